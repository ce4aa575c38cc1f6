package io.switchboard.domains.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.internal.GuardedOutbound;
import io.switchboard.domains.core.pii.PiiRecognizers;
import io.switchboard.domains.core.pii.StreamingPiiFilter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuardedOutboundTests {

    private final OutboundPolicy policy =
            new OutboundPolicy(List.of(Pattern.compile("forbidden phrase")), "[stopped]", 20);

    @Test
    void cleanTextPassesWhole() {
        GuardedOutbound out = new GuardedOutbound(new StreamingPiiFilter(PiiRecognizers.defaults()), policy);
        StringBuilder sent = new StringBuilder();
        for (String chunk : List.of("Hello, ", "your order ", "ships tomorrow. ", "Anything else?")) {
            sent.append(out.accept(chunk));
        }
        sent.append(out.finish());

        assertThat(sent).hasToString("Hello, your order ships tomorrow. Anything else?");
        assertThat(out.violation()).isEmpty();
    }

    @Test
    void aForbiddenPhraseSplitAcrossChunksIsNeverSent() {
        GuardedOutbound out = new GuardedOutbound(new StreamingPiiFilter(PiiRecognizers.defaults()), policy);
        String sent = out.accept("Fine text here. forbid")
                + out.accept("den phrase and more")
                + out.accept(" text")
                + out.finish();

        assertThat(sent).isEqualTo("Fine text here. [stopped]");
        assertThat(out.violation()).isPresent();
    }
}
