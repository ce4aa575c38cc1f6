package io.switchboard.domains.core.internal;

import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.OutboundStream;
import io.switchboard.domains.core.pii.StreamingPiiFilter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks PII, then checks the flow's forbidden phrases while holding back only the policy's few characters; on a
 * violation it drops the phrase and what follows and sends the policy's replacement instead.
 */
public final class GuardedOutbound implements OutboundStream {

    private final StreamingPiiFilter pii;
    private final OutboundPolicy policy;
    private final StringBuilder text = new StringBuilder();
    private int released;
    private String violation = "";

    public GuardedOutbound(StreamingPiiFilter pii, OutboundPolicy policy) {
        this.pii = pii;
        this.policy = policy;
    }

    @Override
    public String accept(String chunk) {
        if (!violation.isEmpty()) {
            return "";
        }
        text.append(pii.accept(chunk));
        return release(false);
    }

    @Override
    public String finish() {
        if (!violation.isEmpty()) {
            return "";
        }
        text.append(pii.finish());
        return release(true);
    }

    @Override
    public Optional<String> violation() {
        return violation.isEmpty() ? Optional.empty() : Optional.of(violation);
    }

    private String release(boolean all) {
        int from = Math.max(0, released - policy.holdback());
        for (Pattern forbidden : policy.forbidden()) {
            Matcher m = forbidden.matcher(text).region(from, text.length());
            if (m.find()) {
                violation = forbidden.pattern();
                String safe = m.start() > released ? text.substring(released, m.start()) : "";
                released = text.length();
                return safe + policy.replacement();
            }
        }
        int upTo = all ? text.length() : Math.max(released, text.length() - policy.holdback());
        String out = text.substring(released, upTo);
        released = upTo;
        return out;
    }
}
