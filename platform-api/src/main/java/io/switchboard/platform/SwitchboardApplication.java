package io.switchboard.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Switchboard API: the one deployable that wires every module together. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SwitchboardApplication {

    /** Reactor Netty's setting for its event loop count; its default is at least 4 whatever the cores. */
    static final String IO_WORKER_COUNT = "reactor.netty.ioWorkerCount";

    public static void main(String[] args) {
        // one HTTP event loop per core: on a 2-core replica Reactor Netty's four loops only add context switches
        // (docs/benchmarks.md: 350 turns/s served 276/s instead of 234/s); -Dreactor.netty.ioWorkerCount overrides
        if (System.getProperty(IO_WORKER_COUNT) == null) {
            System.setProperty(
                    IO_WORKER_COUNT, Integer.toString(Runtime.getRuntime().availableProcessors()));
        }
        SpringApplication.run(SwitchboardApplication.class, args);
    }
}
