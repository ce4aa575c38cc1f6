package io.switchboard.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test's HTTP call times out, prints every thread of the JVM before the failure is reported: a hang is
 * otherwise gone without a trace by the time anyone reads the build log. Register with
 * {@code @ExtendWith(ThreadDumpOnTimeout.class)}.
 */
public final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (isTimeout(thrown)) {
            var dump = new StringBuilder("Thread dump at the timeout of " + context.getDisplayName() + ":\n");
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
                if (thread.getLockName() != null) {
                    dump.append(" on ")
                            .append(thread.getLockName())
                            .append(" owned by ")
                            .append(thread.getLockOwnerName());
                }
                dump.append('\n');
                for (StackTraceElement frame : thread.getStackTrace()) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
            System.err.println(dump);
        }
        throw thrown;
    }

    private static boolean isTimeout(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException
                    || String.valueOf(t.getMessage()).startsWith("Timeout on blocking read")) {
                return true;
            }
        }
        return false;
    }
}
