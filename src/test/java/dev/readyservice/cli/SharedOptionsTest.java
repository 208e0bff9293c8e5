package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.deploy.RedeployOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The flags the {@code prr} commands share, and the exit-code help every command builds from {@link ExitCode}. */
class SharedOptionsTest {
    private static final Path CONFIG = Path.of("/configs/qa.json");

    @Test
    void everyCommandWithAPolicyConfigTakesBothSpellings() {
        List<String> taking = new ArrayList<>();
        for (Map.Entry<String, CommandLine> sub : Prr.commandLine().getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().findOption("--policy-config") == null) {
                continue;
            }
            taking.add(sub.getKey());
            for (String spelling : List.of("--policy-config", "--policy-pack-config")) {
                CommandLine cli = Prr.commandLine();
                CommandLine.ParseResult parsed = cli.parseArgs(sub.getKey(), spelling, CONFIG.toString()).subcommand();
                assertThat(parsed.matchedOption("--policy-config")).as(sub.getKey() + " " + spelling).isNotNull();
                assertThat(policyConfigOf(cli.getSubcommands().get(sub.getKey()))).as(sub.getKey() + " " + spelling).isEqualTo(CONFIG);
            }
        }
        assertThat(taking).containsExactlyInAnyOrder("review", "time-redeploy");
    }

    @Test
    void theHelpShowsOneNameWithItsAlias() {
        StringWriter out = new StringWriter();
        CommandLine prr = Prr.commandLine().setOut(new PrintWriter(out));

        assertThat(prr.execute("review", "--help")).isZero();
        assertThat(out.toString()).containsOnlyOnce("--policy-config, --policy-pack-config=FILE");
    }

    @Test
    void aSharedFlagHasOneDescriptionAndDefaultInEveryCommand() {
        CommandLine prr = Prr.commandLine();
        for (String flag : List.of("--project-dir", "--stack", "--policy-pack", "--policy-config", "--timeout", "--format", "--out")) {
            List<String> shapes = prr.getSubcommands().values().stream().map(CommandLine::getCommandSpec)
                    .filter(spec -> !spec.name().equals("bench") && !(spec.name().equals("report") && flag.equals("--stack")))
                    .map(spec -> spec.findOption(flag)).filter(o -> o != null)
                    .map(o -> String.join("|", o.names()) + " " + Arrays.toString(o.description()) + " " + o.defaultValueString())
                    .distinct().toList();
            assertThat(shapes).as(flag).hasSize(1);
        }
    }

    @Test
    void theExitCodeHelpOfEveryCommandListsEachCodeOnceInOrder() {
        CommandLine prr = Prr.commandLine();
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(prr.getCommandSpec());
        prr.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
        List<String> allCodes = Arrays.stream(ExitCode.values()).map(c -> String.valueOf(c.code())).toList();

        for (CommandSpec spec : specs) {
            List<String> codes = List.copyOf(spec.usageMessage().exitCodeList().keySet());
            assertThat(codes).as(spec.name()).doesNotHaveDuplicates().isSubsetOf(allCodes)
                    .isSortedAccordingTo(java.util.Comparator.comparing(Integer::valueOf)).contains("0", "2");
            assertThat(spec.usageMessage().exitCodeList().values()).as(spec.name()).allSatisfy(m -> assertThat(m).isNotBlank());
        }
        assertThat(prr.getCommandSpec().usageMessage().exitCodeList().keySet()).containsExactlyElementsOf(allCodes);
        assertThat(prr.getSubcommands().get("review").getCommandSpec().usageMessage().exitCodeList().keySet())
                .containsExactlyElementsOf(allCodes);
    }

    @Test
    void theExitCodeHelpIsPrintedOnceUnderItsHeading() {
        StringWriter out = new StringWriter();
        CommandLine prr = Prr.commandLine().setOut(new PrintWriter(out));

        assertThat(prr.execute("report", "--help")).isZero();
        assertThat(out.toString()).containsOnlyOnce("Exit codes:").containsOnlyOnce("  0   ready: no PRR item fails")
                .containsOnlyOnce("  2   bad input: a missing, partial or malformed evidence folder").doesNotContain("  3   ");
    }

    @Test
    void anExitStatusThatIsNotOneOfOursIsABug() {
        assertThat(ExitCode.of(3)).isEqualTo(ExitCode.FAILED);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> ExitCode.of(4))
                .withMessage("exit code 4 is not one of prr's");
    }

    @Test
    void timeRedeployRunsWithThePackAndConfigTheReviewDefaultsTo(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("home");
        Path project = Files.createDirectories(dir.resolve("project"));
        String before = System.getProperty("prr.home");
        System.setProperty("prr.home", home.toString());
        try {
            RedeployOptions bundled = timeRedeploy("--project-dir", project.toString(), "--stack", "acme/shop/prod");
            assertThat(bundled.policyPack()).isEqualTo(home.resolve("policy"));
            assertThat(bundled.policyPackConfig()).isEqualTo(home.resolve("policy/config/prod.json"));

            Path other = dir.resolve("other-pack");
            RedeployOptions given = timeRedeploy("--project-dir", project.toString(), "--policy-pack", other.toString());
            assertThat(given.policyPack()).isEqualTo(other);
            assertThat(given.policyPackConfig()).isEqualTo(other.resolve("config/qa.json"));

            assertThat(timeRedeploy("--project-dir", project.toString(), "--policy-pack-config", CONFIG.toString()).policyPackConfig())
                    .isEqualTo(CONFIG);
        } finally {
            if (before == null) {
                System.clearProperty("prr.home");
            } else {
                System.setProperty("prr.home", before);
            }
        }
    }

    @Test
    void aSharedFlagIsCheckedAlikeInEveryCommandBeforeAnythingRuns(@TempDir Path dir) {
        String from = dir.resolve("no-evidence").toString();
        String project = dir.toString();

        assertThat(prr("report", "--from", from, "--stack", "qa", "--project-dir", project, "--redeploy-max-age", "36501"))
                .isEqualTo("2 prr report: --redeploy-max-age 36501 must be a number of days from 1 to 36500\n");
        assertThat(prr("review", "--project-dir", project, "--redeploy-max-age", "0"))
                .isEqualTo("2 prr review: --redeploy-max-age 0 must be a number of days from 1 to 36500\n");
        assertThat(prr("init", "--project-dir", project, "--timeout", "86401"))
                .isEqualTo("2 prr init: --timeout 86401 must be a number of seconds from 1 to 86400\n");
        assertThat(prr("init", "--project-dir", dir.resolve("absent").toString()))
                .isEqualTo("2 prr init: --project-dir " + dir.resolve("absent") + " is not a directory\n");
        assertThat(prr("report", "--from", from, "--stack", "qa", "--project-dir", project, "--format", "md,pdf"))
                .isEqualTo("2 prr report: --format 'pdf' is not a report format; allowed: md, json, html, junit, sarif, handover\n");
    }

    /** The exit status and stderr of one {@code prr} run. */
    private static String prr(String... args) {
        StringWriter err = new StringWriter();
        CommandLine prr = Prr.commandLine().setErr(new PrintWriter(err));
        int code = prr.execute(args);
        return code + " " + err;
    }

    private static RedeployOptions timeRedeploy(String... args) {
        TimeRedeployCommand command = new TimeRedeployCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    private static Path policyConfigOf(CommandLine command) {
        OptionSpec option = command.getCommandSpec().findOption("--policy-config");
        return option.getValue();
    }
}
