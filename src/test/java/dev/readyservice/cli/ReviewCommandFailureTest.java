package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.testsupport.TestClocks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An unexpected failure inside the review (here, the clock the pipeline reads first) ends with exit
 * code 3 and one line, and the stack trace only with {@code --debug}.
 */
class ReviewCommandFailureTest {
    @TempDir
    Path dir;

    @Test
    void anUnexpectedFailureIsExitCodeThreeWithAHintInsteadOfAStackTrace() throws IOException {
        Result result = run(false);

        assertThat(result.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(result.err()).isEqualTo("prr review: the clock is broken\n(run with --debug for the stack trace)\n");
    }

    @Test
    void debugShowsTheStackTraceOfAnUnexpectedFailure() throws IOException {
        Result result = run(true);

        assertThat(result.code()).isEqualTo(ExitCode.FAILED.code());
        assertThat(result.err()).startsWith("prr review: the clock is broken\njava.lang.IllegalStateException: the clock is broken\n")
                .contains("\tat dev.readyservice.pipeline.ReviewPipeline.run").doesNotContain("run with --debug");
    }

    private Result run(boolean debug) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path pack = Files.createDirectories(dir.resolve("pack"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReviewCommand(TestClocks.failing("the clock is broken")));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = debug
                ? command.execute("--project-dir", project.toString(), "--policy-pack", pack.toString(), "--debug")
                : command.execute("--project-dir", project.toString(), "--policy-pack", pack.toString());
        assertThat(out.toString()).isEmpty();
        return new Result(code, err.toString().replace(System.lineSeparator(), "\n"));
    }

    private record Result(int code, String err) {
    }
}
