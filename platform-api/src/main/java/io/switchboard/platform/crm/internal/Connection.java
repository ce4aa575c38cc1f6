package io.switchboard.platform.crm.internal;

import io.switchboard.platform.net.OutboundUrl;

/** How the platform reaches one tenant's CRM, as the hot path needs it. */
sealed interface Connection {

    /** The tenant has connected no CRM. */
    record None() implements Connection {}

    /** The platform's built-in demo directory. */
    record Demo() implements Connection {}

    /** The tenant's own server: the two endpoints of the contract and the shared secret that signs requests. */
    record Http(OutboundUrl verify, OutboundUrl orders, String secret) implements Connection {
        @Override
        public String toString() {
            return "Http[" + verify.host() + ", secret redacted]";
        }
    }
}
