package io.switchboard.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupHeapTests {

    /** Kept reachable: stands for what start-up builds and keeps for the process's life. */
    private static final List<byte[]> builtAtStartUp = new ArrayList<>();

    @Test
    void whatStartUpBuiltIsInTheOldGenerationOnceTheReplicaIsReady() {
        for (int i = 0; i < 64; i++) {
            builtAtStartUp.add(new byte[16 * 1024]);
        }
        long fullCollections = fullCollections();

        new StartupHeap().tenure();

        assertThat(fullCollections()).isGreaterThan(fullCollections);
        // no survivor space is left afterwards: nothing made before readiness waits to be copied again
        assertThat(used("Survivor Space")).isZero();
    }

    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().contains("Old Generation"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long used(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().endsWith(pool))
                .mapToLong(p -> p.getUsage().getUsed())
                .sum();
    }
}
