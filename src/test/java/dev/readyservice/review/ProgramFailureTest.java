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

    @Test
    void stackFramesAreDroppedWithAHintButTheExceptionLinesStay() {
        String reported = "; it reported:\njava.lang.IllegalStateException: boom\n\tat shop.Main.main(Main.java:12)\n"
                + "Caused by: java.io.IOException: disk\n\tat shop.Disk.read(Disk.java:3)\n\t... 4 more";

        assertThat(ProgramFailure.withoutStackFrames(reported)).isEqualTo(
                "; it reported:\njava.lang.IllegalStateException: boom\nCaused by: java.io.IOException: disk\n"
                        + ProgramFailure.DEBUG_HINT);
    }

    @Test
    void aMessageWithoutFramesIsLeftAsItIs() {
        assertThat(ProgramFailure.withoutStackFrames("; it reported:\nno owner configured")).isEqualTo("; it reported:\nno owner configured");
    }
}
