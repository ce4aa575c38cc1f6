package io.switchboard.platform.crm;

import java.util.concurrent.Callable;

/**
 * Where the CRM ports may block: only inside {@link #allow}, which the turn path enters on its bounded domain
 * scheduler. Anywhere else a lookup throws {@link Refused} before it does any I/O. A positive scope rather than "not a
 * Reactor thread": the Redis client's threads are not marked non-blocking, and a lookup there would stall Redis.
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

    /** A CRM lookup outside {@link #allow}: nothing was sent. */
    public static final class Refused extends RuntimeException {

        public Refused() {
            super("a CRM lookup blocks; it runs only inside BlockingLookups.allow", null, false, false);
        }
    }
}
