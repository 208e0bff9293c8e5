package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.readyservice.pipeline.ReviewOptions;
import dev.readyservice.report.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@link ReviewCommand#options()}: every default resolved, every bad flag named with its value. */
class ReviewCommandOptionsTest {
    @TempDir
    Path dir;
    private Path project;
    private Path home;
    private String homeBefore;

    @BeforeEach
    void layout() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        home = dir.resolve("home");
        Files.createDirectories(home.resolve("policy/config"));
        homeBefore = System.getProperty("prr.home");
        System.setProperty("prr.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (homeBefore == null) {
            System.clearProperty("prr.home");
        } else {
            System.setProperty("prr.home", homeBefore);
        }
    }

    @Test
    void defaultsAreTheQaStackTheBundledPackAllFormatsAndFiveMinutes() {
        ReviewOptions options = parse("--project-dir", project.toString());

        assertThat(options).isEqualTo(new ReviewOptions(project, "qa", home.resolve("policy"), Optional.empty(),
                project.resolve("target/prr/qa"), EnumSet.allOf(Format.class), Duration.ofSeconds(300), false,
                project.resolve("docs/playbooks"), Duration.ofDays(30)));
    }

    @Test
    void thePackConfigOfTheStackIsUsedWhenItExists() throws IOException {
        Path prodConfig = Files.writeString(home.resolve("policy/config/prod.json"), "{}");

        assertThat(parse("--project-dir", project.toString(), "--stack", "prod").policyConfig()).contains(prodConfig);
        assertThat(parse("--project-dir", project.toString(), "--stack", "qa").policyConfig()).isEmpty();
    }

    @Test
    void withoutPrrHomeThePackIsPolicyInTheWorkingDirectory() {
        System.clearProperty("prr.home");

        ReviewOptions options = parse("--project-dir", project.toString());

        assertThat(options.policyPack()).isEqualTo(Path.of("policy").toAbsolutePath().normalize());
    }

    @Test
    void everyFlagIsTakenAsGiven() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Path config = Files.writeString(dir.resolve("mine.json"), "{}");
        Path out = dir.resolve("reports");

        ReviewOptions options = parse("--project-dir", project.toString(), "--stack", "prod.eu-1", "--policy-pack", pack.toString(),
                "--policy-config", config.toString(), "--out", out.toString(), "--format", "JSON, md", "--timeout", "7", "--debug");

        assertThat(options).isEqualTo(new ReviewOptions(project, "prod.eu-1", pack, Optional.of(config), out,
                EnumSet.of(Format.JSON, Format.MARKDOWN), Duration.ofSeconds(7), true, project.resolve("docs/playbooks"),
                Duration.ofDays(30)));
    }

    @Test
    void aProjectDirThatIsNotADirectoryIsNamed() {
        Path missing = dir.resolve("nope");

        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", missing.toString()))
                .withMessage("--project-dir " + missing + " is not a directory");
    }

    @Test
    void aQualifiedStackNameIsRefusedNamingTheShortNameAndItsFolder() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), "--stack", "org/shop/qa"))
                .withMessage("--stack 'org/shop/qa': give the stack's short name, 'qa' (its config is Pulumi.qa.yaml; its reports go to target/prr/qa)");
    }

    @Test
    void aStackNameOfDotsIsRefusedItWouldNameAParentFolder() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), "--stack", ".."))
                .withMessageStartingWith("--stack '..' is not a stack name");
    }

    /** A pack or config that is not there is named with the flag and the path given. */
    @ParameterizedTest
    @CsvSource({"--policy-pack, no-pack, is not a directory", "--policy-config, qa.json, does not exist"})
    void aMissingPathIsNamed(String flag, String name, String problem) {
        Path missing = dir.resolve(name);

        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), flag, missing.toString()))
                .withMessage(flag + " " + missing + " " + problem);
    }

    @Test
    void pinnedAnswerFilesAreTakenAbsoluteAndAMissingOneIsNamed() throws IOException {
        Path invokes = Files.writeString(project.resolve("invokes.yaml"), "[]");
        Path missing = project.resolve("stacks.json");

        ReviewOptions options = parse("--project-dir", project.toString(), "--invokes", invokes.toString());
        assertThat(options.invokesFile()).hasValue(invokes.toAbsolutePath().normalize());
        assertThat(options.stackOutputsFile()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), "--stack-outputs", missing.toString()))
                .withMessage("--stack-outputs " + missing + " does not exist or is not a file");
    }

    @Test
    void aPolicyConfigThatIsADirectoryIsSaidToBeOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("config"));

        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), "--policy-config", folder.toString()))
                .withMessage("--policy-config " + folder + " is a directory; give the policy config file");
    }

    @Test
    void aRedeployRecordCountsForThirtyDaysUnlessToldOtherwise() {
        assertThat(parse("--project-dir", project.toString()).redeployMaxAge()).isEqualTo(Duration.ofDays(30));
        assertThat(parse("--project-dir", project.toString(), "--redeploy-max-age", "7").redeployMaxAge()).isEqualTo(Duration.ofDays(7));
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), "--redeploy-max-age", "0"))
                .withMessage("--redeploy-max-age 0 must be a number of days from 1 to 36500");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--project-dir", project.toString(), "--redeploy-max-age", "9223372036854775807"))
                .withMessage("--redeploy-max-age 9223372036854775807 must be a number of days from 1 to 36500");
    }

    /**
     * A value no review could use is named with its flag and what is allowed: a stack name with a
     * slash, an unknown format, a timeout that is not positive or overflows.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--stack   | ../prod             | --stack '../prod' is not a stack name (letters, digits, '-', '_', '.')",
        "--format  | md,pdf              | --format 'pdf' is not a report format; allowed: md, json, html, junit, sarif, handover",
        "--timeout | 0                   | --timeout 0 must be a number of seconds from 1 to 86400",
        "--timeout | -5                  | --timeout -5 must be a number of seconds from 1 to 86400",
        "--timeout | 9223372036854775807 | --timeout 9223372036854775807 must be a number of seconds from 1 to 86400"})
    void aValueNoReviewCouldUseIsNamedWithWhatIsAllowed(String flag, String value, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), flag, value))
                .withMessage(message);
    }

    @Test
    void anOutThatIsAFileIsNamedBeforeTheReviewRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), "not a folder");

        assertThatIllegalArgumentException().isThrownBy(() -> parse("--project-dir", project.toString(), "--out", file.toString()))
                .withMessage("--out " + file + " is not a directory");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("--project-dir", project.toString(), "--out", file.resolve("qa").toString()))
                .withMessage("--out " + file.resolve("qa") + " cannot be created: " + file + " is not a directory");
    }

    @Test
    void anOutThatDoesNotExistYetIsAccepted() {
        Path nested = dir.resolve("a/b/c");

        assertThat(parse("--project-dir", project.toString(), "--out", nested.toString()).outDir()).isEqualTo(nested);
    }

    @Test
    void everyFormatNameMapsToItsFormat() {
        assertThat(parse("--project-dir", project.toString(), "--format", "md").formats()).containsExactly(Format.MARKDOWN);
        assertThat(parse("--project-dir", project.toString(), "--format", "junit,sarif,handover").formats())
                .containsExactlyInAnyOrder(Format.JUNIT, Format.SARIF, Format.HANDOVER);
        assertThat(java.util.Arrays.stream(ReportFiles.FormatName.values()).map(ReportFiles.FormatName::format))
                .containsExactlyInAnyOrder(Format.values());
    }

    private static ReviewOptions parse(String... args) {
        ReviewCommand command = new ReviewCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command.options();
    }
}
