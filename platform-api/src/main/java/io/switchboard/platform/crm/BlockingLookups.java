package io.switchboard.platform.crm;

import java.util.concurrent.Callable;

/**
 * Where the CRM ports may block: only inside {@link #allow}. Anywhere else a lookup throws {@link Refused} before it
 * does any I/O, so a caller can run a domain's inbound step where it already is (an event loop, most turns never
 * reach a port) and run it again on a thread that may block when it does: the step is a function of its input apart
 * from the port calls.
 */
public final class BlockingLookups {

    private static final ScopedValue<Boolean> ALLOWED = ScopedValue.newInstance();

    private BlockingLookups() {}

    /** Runs {@code work} with CRM lookups allowed to block; call it only on a thread that may block. */
    public static <T> T allow(Callable<T> work) throws Exception {
        return ScopedValue.where(ALLOWED, Boolean.TRUE).call(work::call);
    }

    /** Whether the current code runs inside {@link #allow}. */
    public static boolean allowed() {
        return ALLOWED.isBound();
    }

    /** A CRM lookup outside {@link #allow}: nothing was sent; run the step again where blocking is allowed. */
    public static final class Refused extends RuntimeException {

        public Refused() {
            super("a CRM lookup blocks; it runs only inside BlockingLookups.allow", null, false, false);
        }
    }
}
