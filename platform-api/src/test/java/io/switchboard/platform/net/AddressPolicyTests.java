package io.switchboard.platform.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTests {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, a loopback address",
        "127.255.0.9, a loopback address",
        "::1, a loopback address",
        "10.0.0.1, a private address",
        "172.16.0.1, a private address",
        "172.31.255.255, a private address",
        "192.168.1.1, a private address",
        "fc00::1, a private address",
        "fd12:3456::1, a private address",
        "169.254.169.254, a cloud metadata address",
        "fd00:ec2::254, a cloud metadata address",
        "169.254.1.1, a link-local address",
        "fe80::1, a link-local address",
        "100.64.0.1, a shared (CGNAT) address",
        "100.127.255.254, a shared (CGNAT) address",
        "224.0.0.1, a multicast address",
        "ff02::1, a multicast address",
        "0.0.0.0, an unspecified address",
        "::, an unspecified address",
        "255.255.255.255, a reserved address",
        "::ffff:10.1.2.3, a private address",
        "::ffff:169.254.169.254, a cloud metadata address",
        "64:ff9b::7f00:1, a loopback address",
        "2002:a9fe:a9fe::, a cloud metadata address"
    })
    void internalAddressesAreRefusedWithTheirKind(String address, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "203.0.113.7"})
    void publicAddressesMayBeReached(String address) throws UnknownHostException {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address))).isEmpty();
    }
}
