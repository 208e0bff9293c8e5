package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Automation API adapter against a fake Pulumi CLI (the SDK's {@link PulumiCommand} seam):
 * which commands it runs, how it reads their answers, and how it reports their failures.
 */
class AutomationStackOperationsTest {
    static final String HISTORY = "[{\"kind\":\"update\",\"startTime\":\"2026-11-26T23:40:00.000Z\",\"message\":\"\","
            + "\"environment\":{},\"config\":{},\"result\":\"succeeded\",\"endTime\":\"2026-11-26T23:40:42.000Z\","
            + "\"version\":2,\"resourceChanges\":{\"same\":54,\"create\":1,\"update\":2}}]";
    static final String PLUGINS = "[{\"name\":\"azure-native\",\"kind\":\"resource\",\"version\":\"2.10.0\"},"
            + "{\"name\":\"java\",\"kind\":\"language\",\"version\":\"1.0.0\"}]";

    @TempDir
    Path project;
    FakePulumi pulumi = new FakePulumi();

    /** Answers each subcommand from a table; an answer with a non-zero code fails as the real CLI would. */
    static final class FakePulumi implements PulumiCommand {
        final List<List<String>> calls = new ArrayList<>();
        final Map<String, CommandResult> answers = new HashMap<>();

        @Override
        public Version version() {
            return Version.of(3, 140, 0);
        }

        @Override
        public CommandResult run(List<String> args, CommandRunOptions options) throws CommandException {
            calls.add(List.copyOf(args));
            String key = args.get(0).equals("stack") ? "stack " + args.get(1) : args.get(0);
            CommandResult r = answers.getOrDefault(key, new CommandResult(0, "{}", ""));
            if (r.code() != 0) {
                throw new CommandException(r);
            }
            return r;
        }

        List<String> call(String first) {
            return calls.stream().filter(c -> c.get(0).equals(first)).findFirst().orElseThrow();
        }
    }

    @BeforeEach
    void project() throws Exception {
        Files.writeString(project.resolve("Pulumi.yaml"), "name: checkout\nruntime: java\n");
        pulumi.answers.put("stack history", new CommandResult(0, HISTORY, ""));
        pulumi.answers.put("plugin", new CommandResult(0, PLUGINS, ""));
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    StackOperations open() throws StackOperationException {
        return AutomationStackOperations.factory(() -> pulumi)
                .open(RedeployOptions.builder().projectDir(project).build(), Map.of("DATADOG_API_KEY", "x"));
    }

    @Test
    void upRunsWithThePolicyPackAndReadsTheChangesFromTheUpdateSummary() throws Exception {
        ResourceChanges changes = open().up();

        assertThat(changes).isEqualTo(new ResourceChanges(1, 2, 0, 0, 54));
        assertThat(pulumi.calls.get(0)).containsExactly("stack", "select", "--stack", "qa");
        assertThat(pulumi.call("up")).contains("--yes", "--skip-preview")
                .containsSequence("--policy-pack", project.resolve("policy").toString())
                .containsSequence("--policy-pack-config", project.resolve("policy/config/qa.json").toString());
    }

    @Test
    void aFailedUpIsAStackOperationFailureCarryingPulumisMessage() throws Exception {
        pulumi.answers.put("up", new CommandResult(255, "", "error: 409 Conflict: storage account name taken"));

        StackOperations ops = open();

        assertThatThrownBy(ops::up).isInstanceOf(StackOperationException.class)
                .hasMessageStartingWith("pulumi up failed:")
                .hasMessageContaining("409 Conflict");
    }

    @Test
    void aFailureWhileTheThreadIsInterruptedIsAnInterrupt() throws Exception {
        pulumi.answers.put("up", new CommandResult(130, "", "error: interrupted"));
        StackOperations ops = open();
        Thread.currentThread().interrupt();

        assertThatThrownBy(ops::up).isInstanceOf(InterruptedException.class).hasMessage("pulumi up was interrupted");
    }

    @Test
    void destroyRunsDestroyAndItsFailureNamesIt() throws Exception {
        StackOperations ops = open();
        assertThat(ops.destroy()).isEqualTo(new ResourceChanges(1, 2, 0, 0, 54));
        assertThat(pulumi.call("destroy")).contains("--yes");

        pulumi.answers.put("destroy", new CommandResult(1, "", "error: resource is protected"));
        assertThatThrownBy(ops::destroy).isInstanceOf(StackOperationException.class)
                .hasMessageStartingWith("pulumi destroy failed:");
    }

    @Test
    void reportsTheCliVersionAndOnlyResourcePlugins() throws Exception {
        StackOperations ops = open();
        assertThat(ops.pulumiVersion()).contains("3.140.0");
        assertThat(ops.pluginVersions()).containsExactly(Map.entry("azure-native", "2.10.0"));
    }

    @Test
    void pluginsThatCannotBeListedAreLeftOutRatherThanFailingTheRun() throws Exception {
        pulumi.answers.put("plugin", new CommandResult(1, "", "error: no plugins dir"));
        assertThat(open().pluginVersions()).isEmpty();
        pulumi.answers.put("plugin", new CommandResult(0, "", ""));
        assertThat(open().pluginVersions()).isEmpty();
    }

    @Test
    void theCliIsGivenItsOwnPolicyPackConfigFlagNotTheSdksMisspelling() throws Exception {
        open().up();
        assertThat(pulumi.call("up")).doesNotContain(PolicyPackConfigFlagFix.SDK_FLAG);
    }

    @Test
    void noPulumiCliMeansTheStackCannotBeSelected() {
        StackOperationsFactory noCli = AutomationStackOperations.factory(() -> {
            throw new com.pulumi.automation.AutomationException("pulumi: command not found");
        });
        assertThatThrownBy(() -> noCli.open(RedeployOptions.builder().projectDir(project).build(), Map.of()))
                .isInstanceOf(StackOperationException.class)
                .hasMessage("cannot select stack 'qa' in " + project + ": pulumi: command not found");
    }

    @Test
    void aStackThatCannotBeSelectedNamesTheStackAndProject() {
        pulumi.answers.put("stack select", new CommandResult(255, "", "error: no stack named 'qa'"));
        pulumi.answers.put("stack init", new CommandResult(255, "", "error: backend unreachable"));

        assertThatThrownBy(this::open).isInstanceOf(StackOperationException.class)
                .hasMessageStartingWith("cannot select stack 'qa' in " + project);
    }
}
