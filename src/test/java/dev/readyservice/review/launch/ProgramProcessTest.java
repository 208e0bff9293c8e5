package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgramProcessTest {
    private static final Path HERE = Path.of(".");

    private static ProgramCommand sh(String script) {
        return new ProgramCommand(List.of("sh", "-c", script), HERE);
    }

    @Test
    void passesTheEnvironmentAndKeepsTheLastFortyLines() {
        List<String> seen = new CopyOnWriteArrayList<>();

        ProgramResult result = ProgramProcess.run(sh("for i in $(seq 1 50); do echo \"$GREETING $i\"; done; exit 3"),
                Map.of("GREETING", "hi"), Duration.ofSeconds(30), seen::add);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.outputTail()).hasSize(40).startsWith("hi 11").endsWith("hi 50");
        assertThat(seen).hasSize(50);
    }

    @Test
    void keepsWhatTheProgramPrintsOnStandardError() {
        ProgramResult result = ProgramProcess.run(sh("echo oops >&2; exit 1"), Map.of(), Duration.ofSeconds(30), null);

        assertThat(result.outputTail()).containsExactly("oops");
    }

    @Test
    void succeedsOnExitZero() {
        assertThat(ProgramProcess.run(sh("true"), Map.of(), Duration.ofSeconds(30), null).succeeded()).isTrue();
    }

    @Test
    void killsTheProgramAndItsChildrenAtTheTimeout() {
        long started = System.nanoTime();

        ProgramResult result = ProgramProcess.run(sh("sleep 300 & echo $!; wait"), Map.of(), Duration.ofSeconds(2), null);

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        long child = Long.parseLong(result.outputTail().get(0).trim());
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void anInterruptStopsTheProgramAndFailsTheReview() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                ProgramProcess.run(sh("sleep 300"), Map.of(), Duration.ofSeconds(60), null);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        runner.start();
        Thread.sleep(500);
        runner.interrupt();
        runner.join(20_000);

        assertThat(runner.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessage("the review was interrupted; sh was stopped");
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("sleep")).toList()).isEmpty();
    }

    @Test
    void saysWhichExecutableCannotStart() {
        assertThatThrownBy(() -> ProgramProcess.run(new ProgramCommand(List.of("/no/such/java"), HERE), Map.of(),
                Duration.ofSeconds(5), null))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot start /no/such/java: ");
    }

    @Test
    void buildsTheLanguageHostCommands() {
        String java = ProgramCommand.javaExecutable();
        assertThat(Path.of(java)).isAbsolute().endsWith(Path.of("bin", "java"));
        assertThat(ProgramCommand.jar(Path.of("/p/app.jar"), HERE).command()).containsExactly(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/p/app.jar");
        assertThat(ProgramCommand.mainClass("a:b", "x.Main", HERE).command()).containsExactly(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "a:b", "x.Main");
        assertThatThrownBy(() -> new ProgramCommand(List.of(), HERE)).hasMessage("a program command needs at least the executable");
    }

    @Test
    void theTailDropsTheOldestLines() {
        OutputTail tail = new OutputTail(3);
        IntStream.range(0, 5).forEach(i -> tail.add("line " + i));
        assertThat(tail.lines()).containsExactly("line 2", "line 3", "line 4");
    }

    /** The pid on the first line of output, gone (or never alive) once the review returned. */
    private static void assertGone(ProgramResult result) {
        long pid = Long.parseLong(result.outputTail().get(0).trim());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d", pid).isEmpty();
    }

    @Test
    void aChildStartedBeforeANormalExitIsEnded() {
        ProgramResult result = ProgramProcess.run(sh("sleep 300 >/dev/null 2>&1 & echo $!; exit 0"), Map.of(), Duration.ofSeconds(30),
                null);

        assertThat(result.succeeded()).isTrue();
        assertGone(result);
    }

    @Test
    void aChildHoldingTheProgramsStdoutIsEndedAndDoesNotHoldTheReview() {
        long started = System.nanoTime();

        ProgramResult result = ProgramProcess.run(sh("sh -c 'sleep 300; echo late' & echo $!; exit 0"), Map.of(),
                Duration.ofSeconds(30), null);

        assertThat(result.succeeded()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertGone(result);
    }

    @Test
    void aDaemonThatLeftTheSessionBeforeATimeoutIsEnded() {
        // Double fork: the subshell exits at once, so the daemon is re-parented to PID 1 in a session of its own.
        ProgramResult result = ProgramProcess.run(sh("(setsid sh -c 'echo $$; exec sleep 300 >/dev/null 2>&1' &); sleep 300"), Map.of(),
                Duration.ofSeconds(3), null);

        assertThat(result.timedOut()).isTrue();
        assertGone(result);
    }

    @Test
    void aDaemonThatLeftTheSessionBeforeANormalExitIsEnded() throws InterruptedException {
        ProgramResult result = ProgramProcess.run(sh("(setsid sh -c 'echo $$; exec sleep 300 >/dev/null 2>&1' &); sleep 1; exit 0"),
                Map.of(), Duration.ofSeconds(30), null);

        assertThat(result.succeeded()).isTrue();
        assertGone(result);
    }

    @Test
    void aLineWithoutEndIsCutNotHeldWhole() {
        ProgramResult result = ProgramProcess.run(sh("head -c 3000000 /dev/zero | tr '\\0' x; echo; echo after"), Map.of(),
                Duration.ofSeconds(30), null);

        assertThat(result.outputTail()).hasSize(2);
        assertThat(result.outputTail().get(0)).hasSizeLessThan(BoundedLinesProbe.MAX + 100)
                .endsWith("x ... [" + (3_000_000 - BoundedLinesProbe.MAX) + " more characters cut]");
        assertThat(result.outputTail().get(1)).isEqualTo("after");
    }

    /** The line limit, named here so this test also compiles against code without one. */
    private static final class BoundedLinesProbe {
        static final int MAX = 16 * 1024;
    }

    @Test
    void colourCodesAreDroppedFromWhatIsKeptForMessages() {
        ProgramResult result = ProgramProcess.run(sh("printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR\\n'; exit 1"), Map.of(),
                Duration.ofSeconds(30), null);

        assertThat(result.outputTail()).containsExactly("[ERROR] COMPILATION ERROR");
    }
}
