package io.switchboard.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StartupHeapTests {

    @Test
    void whatStartUpBuiltIsInTheOldGenerationOnceTheReplicaIsReady() {
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
