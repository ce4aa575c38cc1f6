package io.switchboard.platform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process used during a benchmark step, read from {@code /proc/<pid>/stat} (user + system clock ticks,
 * 100 per second on Linux), and its threads' context switches, summed from {@code /proc/<pid>/task/}: the cost of one
 * request and the thread hand-offs it takes, which contention on a shared machine changes far less than latency.
 */
final class CpuTime {

    private static final double MS_PER_TICK = 10.0;

    private CpuTime() {}

    /** A measurement started now, or one that reports nothing when {@code pid} is unset. */
    static Split start(String pid) {
        return new Split(pid, pid == null ? 0 : ticks(pid), pid == null ? 0 : switches(pid));
    }

    record Split(String pid, long startTicks, long startSwitches) {

        /** {@code "  CPU x.xx ms/request  y.y switches/request"} over the step, or "" when no pid was given. */
        String perRequest(long requests) {
            if (pid == null || requests == 0) {
                return "";
            }
            double ms = (ticks(pid) - startTicks) * MS_PER_TICK / requests;
            double switches = (switches(pid) - startSwitches) / (double) requests;
            return String.format("  CPU %.2f ms/request  %.1f switches/request", ms, switches);
        }
    }

    /** Voluntary and involuntary context switches of the threads alive now (threads that ended are not counted). */
    private static long switches(String pid) {
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            return tasks.mapToLong(task -> {
                        try {
                            return Files.readAllLines(task.resolve("status")).stream()
                                    .filter(line -> line.contains("ctxt_switches:"))
                                    .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(':') + 1)
                                            .strip()))
                                    .sum();
                        } catch (IOException threadEnded) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the threads of process " + pid, e);
        }
    }

    private static long ticks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // fields after the command name (which may hold spaces) start after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
        }
    }
}
