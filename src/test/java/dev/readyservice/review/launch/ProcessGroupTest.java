package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without setsid (a machine without util-linux) the environment marker alone still finds what escaped. */
class ProcessGroupTest {
    @TempDir
    Path dir;

    private long pidIn(Path file) throws IOException, InterruptedException {
        for (int i = 0; i < 100 && (!Files.exists(file) || Files.readString(file).isBlank()); i++) {
            Thread.sleep(50);
        }
        return Long.parseLong(Files.readString(file).trim());
    }

    @Test
    void withoutSetsidAReparentedChildAndADaemonAreStillEnded() throws IOException, InterruptedException {
        Path child = dir.resolve("child.pid");
        Path daemon = dir.resolve("daemon.pid");
        ProcessGroup group = ProcessGroup.start(new ProcessBuilder("sh", "-c",
                "(sleep 300 </dev/null >/dev/null 2>&1 & echo $! > " + child + "); "
                        + "(setsid sh -c 'echo $$ > " + daemon + "; exec sleep 300' </dev/null >/dev/null 2>&1 &); exit 0"),
                Optional.empty());
        assertThat(group.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        long childPid = pidIn(child);
        long daemonPid = pidIn(daemon);
        // Both were re-parented when their subshells exited: no longer descendants of the program.
        assertThat(ProcessHandle.of(childPid).filter(ProcessHandle::isAlive)).isPresent();
        assertThat(group.process().toHandle().descendants().toList()).isEmpty();

        group.destroy();

        assertThat(ProcessHandle.of(childPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ProcessHandle.of(daemonPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(group.members()).isEmpty();
    }
}
