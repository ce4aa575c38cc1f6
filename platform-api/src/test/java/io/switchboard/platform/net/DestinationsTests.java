package io.switchboard.platform.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

public class DestinationsTests {

    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.com", List.of("93.184.215.14"),
            "rebind.example.com", List.of("93.184.215.14", "10.0.0.7"),
            "internal.example.com", List.of("169.254.169.254"));

    private final Destinations destinations =
            new Destinations(List.of("127.0.0.1"), DestinationsTests::resolve, Schedulers.immediate());

    @Test
    void aPublicHostIsPinnedToItsAddressUnderItsName() throws Exception {
        InetAddress pinned = destinations.pin(url("https://Hooks.Example.com/in"));
        assertThat(pinned.getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(pinned.getHostName()).isEqualTo("hooks.example.com");
    }

    @Test
    void anyInternalAddressAmongTheAnswersIsRefused() {
        assertThatThrownBy(() -> destinations.pin(url("https://rebind.example.com/")))
                .isInstanceOf(Destinations.Refused.class)
                .hasMessageContaining("a private address");
        assertThatThrownBy(() -> destinations.pin(url("http://internal.example.com/")))
                .hasMessageContaining("a cloud metadata address");
    }

    @Test
    void theAllowListExemptsOnlyTheHostAsWritten() throws Exception {
        assertThat(destinations.pin(url("http://127.0.0.1:9/")).getHostAddress())
                .isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> destinations.pin(url("http://127.0.0.2:9/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> destinations.pin(url("http://[::1]:9/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> destinations.pin(url("http://nowhere.example.com/")))
                .hasMessageContaining("does not resolve");
    }

    @Test
    void urlsOtherThanPlainHttpOrHttpsAreInvalid() {
        assertThat(OutboundUrl.parse("ftp://hooks.example.com/")).isInstanceOf(OutboundUrl.Parsed.Invalid.class);
        assertThat(OutboundUrl.parse("file:///etc/passwd")).isInstanceOf(OutboundUrl.Parsed.Invalid.class);
        assertThat(OutboundUrl.parse("https://user:pw@hooks.example.com/"))
                .isInstanceOf(OutboundUrl.Parsed.Invalid.class);
        assertThat(OutboundUrl.parse("not a url")).isInstanceOf(OutboundUrl.Parsed.Invalid.class);
        OutboundUrl v6 = url("http://[::1]:8080/a/b?x=1");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.hostHeader()).isEqualTo("[::1]:8080");
        assertThat(v6.target()).isEqualTo("/a/b?x=1");
        assertThat(url("https://hooks.example.com").target()).isEqualTo("/");
        assertThat(url("https://hooks.example.com").port()).isEqualTo(443);
    }

    public static OutboundUrl url(String url) {
        return ((OutboundUrl.Parsed.Valid) OutboundUrl.parse(url)).url();
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (AddressPolicyTestsSupport.isLiteral(host)) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        List<String> answers = DNS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[answers.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = InetAddress.getByName(answers.get(i));
        }
        return addresses;
    }

    /** Literal addresses need no DNS, as with the JDK's resolver. */
    static final class AddressPolicyTestsSupport {
        static boolean isLiteral(String host) {
            return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        }
    }
}
