package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An --out the review cannot write is bad input, found before the preview, with the operating system's reason. */
class ReviewCommandOutTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run review(String... args) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Files.writeString(project.resolve("Pulumi.qa.yaml"), "config: {}\n");
        Path pack = Files.createDirectories(dir.resolve("pack"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReviewCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--project-dir", project.toString(), "--policy-pack", pack.toString()}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return new Run(command.execute(all), out.toString(), err.toString());
    }

    @Test
    void anOutUnderProcIsRefusedWithTheReasonBeforeThePreview() throws IOException {
        Run run = review("--out", "/proc/self/prr-reports");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("prr review: the report directory /proc/self/prr-reports cannot be created: ")
                .doesNotContain("Starting program").doesNotContain("\tat ");
        assertThat(run.err().strip()).doesNotEndWith("cannot be created:");
    }

    @Test
    void hugeNumbersAreBadInputNotAStackTrace() throws IOException {
        Run timeout = review("--timeout", "9223372036854775807");
        Run age = review("--redeploy-max-age", "9223372036854775807");
        Run overflow = review("--timeout", "99999999999999999999");

        assertThat(timeout.code()).isEqualTo(2);
        assertThat(age.code()).isEqualTo(2);
        assertThat(overflow.code()).isEqualTo(2);
        assertThat(timeout.err() + age.err() + overflow.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
