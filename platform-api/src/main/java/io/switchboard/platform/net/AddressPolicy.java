package io.switchboard.platform.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * The addresses a tenant's URL must never reach, so that a tenant cannot turn the platform against its own network:
 * loopback, private (RFC 1918, fc00::/7), link-local, CGNAT, multicast, unspecified, reserved and cloud metadata
 * addresses. IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
 */
final class AddressPolicy {

    private static final byte[] AWS_METADATA_V6 = {
        (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
    };

    private AddressPolicy() {}

    /** Why {@code address} is refused (e.g. "a loopback address"), or empty when the platform may reach it. */
    static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return Optional.ofNullable(address instanceof Inet6Address ? v6(b) : v4(b));
    }

    private static String v4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 169 && a1 == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254) {
            return "a cloud metadata address";
        }
        if (a0 == 0) {
            return "an unspecified address";
        }
        if (a0 == 127) {
            return "a loopback address";
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return "a private address";
        }
        if (a0 == 169 && a1 == 254) {
            return "a link-local address";
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return "a shared (CGNAT) address";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "a multicast address";
        }
        if (a0 >= 240 || (a0 == 192 && a1 == 0 && b[2] == 0) || (a0 == 198 && (a1 & 0xfe) == 18)) {
            return "a reserved address";
        }
        return null;
    }

    private static String v6(byte[] b) {
        if (Arrays.equals(b, AWS_METADATA_V6)) {
            return "a cloud metadata address";
        }
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return v4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped
        }
        if (zero(b, 0, 12)) {
            if (zero(b, 12, 15) && (b[15] == 0 || b[15] == 1)) {
                return b[15] == 0 ? "an unspecified address" : "a loopback address";
            }
            return v4(Arrays.copyOfRange(b, 12, 16)); // IPv4-compatible
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
            return v4(Arrays.copyOfRange(b, 12, 16)); // NAT64
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return v4(Arrays.copyOfRange(b, 2, 6)); // 6to4
        }
        if ((b0 & 0xfe) == 0xfc) {
            return "a private address";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return "a private address"; // deprecated site-local
        }
        if (b0 == 0xff) {
            return "a multicast address";
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
