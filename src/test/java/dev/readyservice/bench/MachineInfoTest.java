package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The machine a benchmark ran on. */
class MachineInfoTest {

    @Test
    void readsMachineFields() {
        assertThat(MachineInfo.field("processor\t: 0\nmodel name\t: Intel Xeon\n", "model name")).contains("Intel Xeon");
        assertThat(MachineInfo.field("processor\t: 0\n", "model name")).isEmpty();
        MachineInfo here = MachineInfo.detect(Instant.EPOCH);
        assertThat(here.processors()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(here.memoryKib()).isPositive();
        assertThat(here.java()).contains(System.getProperty("java.runtime.version"));
    }
}
