package dev.readyservice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.deploy.CommandLocator;
import dev.readyservice.deploy.RedeployOptions;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.RedeployTimer;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.deploy.StackOperationException;
import dev.readyservice.deploy.StackOperations;
import dev.readyservice.deploy.StackOperationsFactory;
import dev.readyservice.deploy.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimeRedeployCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:30:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> CREDENTIALS = Map.of(
            "ARM_CLIENT_ID", "client-id-5511", "ARM_CLIENT_SECRET", "s3cr3t-client-Zq9", "ARM_TENANT_ID", "tenant-0a0a",
            "ARM_SUBSCRIPTION_ID", "sub-1234", "DATADOG_API_KEY", "dd-api-7f1e2d", "DATADOG_APP_KEY", "dd-app-99ab",
            "PAGERDUTY_TOKEN", "pd-token-1xY", "PULUMI_CONFIG_PASSPHRASE", "passphrase-Hx7");
    private static final CommandLocator NO_PULUMI = name -> Optional.empty();
    private static final CommandLocator PULUMI = name -> Optional.of(Path.of("/usr/local/bin/" + name));
    /** The project itself: its stack files, policy pack and policy config are what a real run would use. */
    private static final Path PROJECT = Path.of(".").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    private final AtomicInteger opened = new AtomicInteger();

    record Result(int code, String out, String err) {
    }

    private Result run(Function<RedeployOptions, RedeployTimer> timers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TimeRedeployCommand(timers));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A timer whose every {@code up} takes {@code upSeconds} on a fake ticker, or runs {@code up} instead when given. */
    private Function<RedeployOptions, RedeployTimer> timer(Map<String, String> env, CommandLocator locator, StackOperations ops) {
        StackOperationsFactory factory = (options, environment) -> {
            opened.incrementAndGet();
            return ops;
        };
        AtomicLong nanos = new AtomicLong();
        return options -> new RedeployTimer(options, env, locator, factory, CLOCK, () -> nanos.addAndGet(30_000_000_000L));
    }

    private static StackOperations ops(ThrowingUp up) {
        return new StackOperations() {
            @Override
            public ResourceChanges up() throws StackOperationException, InterruptedException {
                return up.up();
            }

            @Override
            public ResourceChanges destroy() {
                return new ResourceChanges(0, 0, 54, 0, 0);
            }

            @Override
            public Optional<String> pulumiVersion() {
                return Optional.of("v3.140.0");
            }

            @Override
            public Map<String, String> pluginVersions() {
                return Map.of();
            }

            @Override
            public Optional<String> backendUrl() {
                return Optional.of("https://api.pulumi.com");
            }
        };
    }

    interface ThrowingUp {
        ResourceChanges up() throws StackOperationException, InterruptedException;
    }

    private static final StackOperations UNCHANGED = ops(() -> new ResourceChanges(0, 0, 0, 0, 54));

    @Test
    void withoutPulumiOrCredentialsNothingRunsAndEveryMissingThingIsListed() {
        Result r = run(timer(Map.of(), NO_PULUMI, UNCHANGED), "--stack", "qa", "--project-dir", PROJECT.toString(),
                "--record", tmp.resolve("r.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("prr time-redeploy: cannot time a redeploy; fix these first:\n")
                .contains("pulumi CLI not found on PATH", "ARM_CLIENT_ID", "ARM_CLIENT_SECRET", "ARM_TENANT_ID", "ARM_SUBSCRIPTION_ID",
                        "DATADOG_API_KEY", "DATADOG_APP_KEY", "PAGERDUTY_TOKEN", "PULUMI_CONFIG_PASSPHRASE")
                .doesNotContain("policy pack not found");
        assertThat(opened).hasValue(0);
        assertThat(tmp.resolve("r.json")).doesNotExist();
    }

    @Test
    void withCredentialsButNoPulumiOnlyTheCliIsMissingAndNoSecretIsPrinted() {
        Result r = run(timer(CREDENTIALS, NO_PULUMI, UNCHANGED), "--project-dir", PROJECT.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("prr time-redeploy: cannot time a redeploy; fix these first:\n    - pulumi CLI not found on PATH:"
                + " install it (https://www.pulumi.com/docs/install/) and check that `pulumi version` runs\n");
        CREDENTIALS.values().forEach(secret -> assertThat(r.err()).doesNotContain(secret));
    }

    @Test
    void aBadBudgetIsBadInputAndNothingIsChecked() {
        AtomicInteger built = new AtomicInteger();
        Result r = run(options -> {
            built.incrementAndGet();
            return timer(CREDENTIALS, PULUMI, UNCHANGED).apply(options);
        }, "--budget", "five minutes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("prr time-redeploy: budget").contains("five minutes");
        assertThat(built).hasValue(0);
    }

    @Test
    void aBadStackNameIsBadInput() {
        Result r = run(timer(CREDENTIALS, PULUMI, UNCHANGED), "--stack", "qa prod");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("prr time-redeploy: stack: 'qa prod' is not a stack name; expected letters, digits, '-', '_' or '.',"
                + " optionally as org/project/stack\n");
    }

    @Test
    void aRedeployWithinBudgetPassesAndPrintsPhasesAndTheRecord() throws Exception {
        Path record = tmp.resolve("redeploy.json");
        Result r = run(timer(CREDENTIALS, PULUMI, UNCHANGED), "--project-dir", PROJECT.toString(), "--record", record.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("Redeploy of stack qa: PASS, budget 300 s\n"
                + "  converge     30.0 s  succeeded   0 created, 0 updated, 0 replaced, 0 deleted, 54 unchanged\n"
                + "  redeploy     30.0 s  succeeded   0 created, 0 updated, 0 replaced, 0 deleted, 54 unchanged\n"
                + "  backend https://api.pulumi.com, providers: the installed plugins\n"
                + "  record: " + record + "\n"
                + "  note: `prr review --stack qa` reads " + PROJECT.resolve("target/prr/qa/redeploy.json") + ", not this record\n");
        assertThat(RedeployRecord.read(record)).get().extracting(RedeployRecord::verdict).isEqualTo(Verdict.PASS);
    }

    @Test
    void aRedeployWithStandInProvidersSaysTheReviewDoesNotCountIt() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(CREDENTIALS);
        env.put("PULUMI_DEBUG_PROVIDERS", "azure-native:41001,datadog:41002");
        Path record = tmp.resolve("redeploy.json");
        Result r = run(timer(env, PULUMI, UNCHANGED), "--project-dir", PROJECT.toString(), "--record", record.toString());

        assertThat(r.code()).as("the run itself passed").isZero();
        assertThat(r.out()).contains("  backend https://api.pulumi.com, providers: attached with PULUMI_DEBUG_PROVIDERS (azure-native,"
                + " datadog); stand-ins or a debugger, so `prr review` does not count this record as the redeploy measurement\n")
                .doesNotContain("41001");
        assertThat(RedeployRecord.read(record).orElseThrow().measuredTheCloud()).isFalse();
        String written = r.out() + r.err() + Files.readString(record);
        CREDENTIALS.values().forEach(secret -> assertThat(written).doesNotContain(secret));
    }

    @Test
    void aRedeployOverBudgetExitsOne() {
        Result r = run(timer(CREDENTIALS, PULUMI, UNCHANGED), "--project-dir", PROJECT.toString(), "--budget", "20s",
                "--record", tmp.resolve("r.json").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("Redeploy of stack qa: FAIL (phase redeploy), budget 20 s\n");
    }

    @Test
    void aFailedPhaseExitsThree() {
        Result r = run(timer(CREDENTIALS, PULUMI, ops(() -> {
            throw new StackOperationException("update failed", null);
        })), "--project-dir", PROJECT.toString(), "--record", tmp.resolve("r.json").toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).startsWith("Redeploy of stack qa: FAIL (phase converge), budget 300 s\n  converge     30.0 s  failed");
    }

    @Test
    void anUnexpectedErrorExitsThreeWithoutAStackTrace() {
        Result r = run(timer(CREDENTIALS, PULUMI, ops(() -> {
            throw new IllegalStateException("engine exploded");
        })), "--project-dir", PROJECT.toString(), "--record", tmp.resolve("r.json").toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("prr time-redeploy: IllegalStateException: engine exploded\n");
        assertThat(tmp.resolve("r.json")).exists();
    }

    @Test
    void aFailureThatQuotesAPlainConfigCredentialOrControlCharactersPrintsNeither() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(project.resolve("Pulumi.yaml"), "name: shop\nruntime: java\n");
        Files.writeString(project.resolve("Pulumi.qa.yaml"), "config:\n  shop:dbPassword: hunter2-Plain-Pw\n");
        Result r = run(timer(CREDENTIALS, PULUMI, ops(() -> {
            throw new IllegalStateException("login failed for hunter2-Plain-Pw\u001b[2K\nprr time-redeploy: forged line");
        })), "--project-dir", project.toString(), "--record", tmp.resolve("r.json").toString(),
                "--policy-pack", PROJECT.resolve("policy").toString(), "--policy-pack-config", PROJECT.resolve("policy/config/qa.json").toString());

        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("hunter2-Plain-Pw").doesNotContain("\u001b").contains("[masked]")
                .doesNotContain("\nprr time-redeploy: forged line");
    }

    @Test
    void theDefaultRecordIsWhereTheReviewReadsItAndNoNoteIsPrinted() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.copy(PROJECT.resolve("Pulumi.qa.yaml"), project.resolve("Pulumi.qa.yaml"));
        Result r = run(timer(CREDENTIALS, PULUMI, UNCHANGED), "--project-dir", project.toString(),
                "--policy-pack", PROJECT.resolve("policy").toString(), "--policy-pack-config", PROJECT.resolve("policy/config/qa.json").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("  record: " + project.resolve("target/prr/qa/redeploy.json") + "\n").doesNotContain("note:");
        assertThat(project.resolve("target/prr/qa/redeploy.json")).exists();
    }

    @Test
    void helpListsTheExitCodesAndIsReachableFromPrr() {
        StringWriter out = new StringWriter();
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(out));

        assertThat(prr.execute("time-redeploy", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: prr time-redeploy", "--budget=DURATION", "e.g. 5m, 300s, 2m30s. Default:\n                            5m.", "--rebuild",
                "Exit codes:", "0   the redeploy finished within the budget", "1   the redeploy finished over the budget",
                "2   bad input or a missing precondition", "3   a Pulumi operation failed or was interrupted");
    }

    @Test
    void theBundledCommandRefusesABadBudgetBeforeLookingAtTheMachine() {
        StringWriter err = new StringWriter();
        CommandLine prr = Prr.commandLine();
        prr.setErr(new PrintWriter(err));

        assertThat(prr.execute("time-redeploy", "--stack", "qa", "--budget", "0s")).isEqualTo(2);
        assertThat(err.toString()).startsWith("prr time-redeploy: budget");
        assertThat(List.of(prr.getSubcommands().keySet().toArray())).contains("review", "time-redeploy");
    }
}
