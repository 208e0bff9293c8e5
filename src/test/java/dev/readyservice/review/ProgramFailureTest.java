package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramFailureTest {

    @Test
    void dropsTheCommandLineTheSdkEchoesButKeepsThePidAndTheError() {
        String sdk = "Running program [PID: 42](/usr/bin/java -cp /a.jar:/b (x).jar Main) failed with an unhandled exception:\n"
                + "java.lang.IllegalStateException: boom\n";

        assertThat(ProgramFailure.tidy(sdk)).isEqualTo(
                "Running program [PID: 42] failed with an unhandled exception:\njava.lang.IllegalStateException: boom");
    }

    @Test
    void leavesOtherMessagesAsTheyAre() {
        assertThat(ProgramFailure.tidy("Running program failed")).isEqualTo("Running program failed");
    }
}
