package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without setsid (a machine without util-linux) the environment marker alone still finds what escaped;
 * with it, only a command that can be found is wrapped, so a missing one fails as Java reports it.
 */
class ProcessGroupTest {
    @TempDir
    Path dir;

    private long pidIn(Path file) throws IOException, InterruptedException {
        for (int i = 0; i < 100 && (!Files.exists(file) || Files.readString(file).isBlank()); i++) {
            Thread.sleep(50);
        }
        return Long.parseLong(Files.readString(file).trim());
    }

    /** A stand-in setsid that notes it was used, then runs the command it wraps. */
    private Path recordingSetsid(Path used) throws IOException {
        Path setsid = dir.resolve("setsid");
        Files.writeString(setsid, "#!/bin/sh\necho \"$2\" >> " + used + "\nshift\nexec \"$@\"\n");
        assertThat(setsid.toFile().setExecutable(true)).isTrue();
        return setsid;
    }

    @Test
    void wrapsOnlyACommandTheOnePathLookupFinds() throws IOException, InterruptedException {
        Path used = dir.resolve("used");
        Path setsid = recordingSetsid(used);
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.writeString(bin.resolve("tool"), "#!/bin/sh\nexit 0\n");
        assertThat(bin.resolve("tool").toFile().setExecutable(true)).isTrue();
        Files.createDirectory(bin.resolve("folder"));

        ProcessBuilder byName = new ProcessBuilder("tool").directory(dir.toFile());
        byName.environment().put("PATH", bin.toString());
        assertThat(ProcessGroup.start(byName, Optional.of(setsid)).process().waitFor()).isZero();
        ProcessBuilder byRelativePath = new ProcessBuilder("./tool").directory(bin.toFile());
        assertThat(ProcessGroup.start(byRelativePath, Optional.of(setsid)).process().waitFor()).isZero();
        assertThat(Files.readAllLines(used)).containsExactly("tool", "./tool");

        // A folder on PATH is no executable: Java says the command cannot run, not setsid's 126.
        ProcessBuilder folder = new ProcessBuilder("folder").directory(dir.toFile());
        folder.environment().put("PATH", bin.toString());
        assertThatThrownBy(() -> ProcessGroup.start(folder, Optional.of(setsid))).isInstanceOf(IOException.class)
                .hasMessageContaining("folder");
        assertThat(Files.readAllLines(used)).containsExactly("tool", "./tool");
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
