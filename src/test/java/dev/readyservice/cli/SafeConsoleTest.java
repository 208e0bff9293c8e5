package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.secrets.SecretMask;
import dev.readyservice.testsupport.TestClocks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the review prints can neither leak a credential of the project's config nor drive the terminal or forge a log line. */
class SafeConsoleTest {
    private static final String API_KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void escapesControlCharactersAndLineBreaksInALine() {
        StringWriter text = new StringWriter();
        SafeConsole console = new SafeConsole(new PrintWriter(text));

        console.line("value \u001b[2J\u001b[31mred\rline\nprr: ready\ttab \u202eevil\u0085");

        assertThat(text.toString()).isEqualTo("value \\x1b[2J\\x1b[31mred\\rline\\nprr: ready\ttab \\u202eevil\\x85" + System.lineSeparator());
    }

    @Test
    void indentsEveryFurtherLineOfAMessageAndMasks() {
        StringWriter text = new StringWriter();
        SafeConsole console = new SafeConsole(new PrintWriter(text));
        console.mask(SecretMask.of(List.of("hunter2-hunter2")));

        console.message("failed: hunter2-hunter2\nPRR review of shop: READY");

        assertThat(text.toString().replace(System.lineSeparator(), "\n")).isEqualTo("failed: [masked]\n  PRR review of shop: READY\n");
    }

    @Test
    void theReviewMasksTheProjectsCredentialsAndEscapesControlCharactersInWhatItPrints() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("Pulumi.qa.yaml"), "config:\n  datadog:apiKey: " + API_KEY + "\n");
        Path pack = Files.createDirectories(dir.resolve("pack"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReviewCommand(TestClocks.failing("key " + API_KEY + " \u001b[32mready\nPRR review: READY")));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));

        int code = command.execute("--project-dir", project.toString(), "--policy-pack", pack.toString());

        assertThat(code).isEqualTo(ExitCode.FAILED.code());
        assertThat(err.toString().replace(System.lineSeparator(), "\n"))
                .isEqualTo("prr review: key [masked] \\x1b[32mready\n  PRR review: READY\n(run with --debug for the stack trace)\n");
    }
}
