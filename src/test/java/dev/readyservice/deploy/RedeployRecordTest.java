package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedeployRecordTest {
    /** A run with the installed provider plugins on a cloud backend: the only kind the report counts. */
    static final RedeployProvenance REAL = new RedeployProvenance("https://api.pulumi.com", List.of());
    static final Instant RECORDED = Instant.parse("2026-11-20T10:00:00Z");
    static final Clock A_WEEK_LATER = Clock.fixed(RECORDED.plus(Duration.ofDays(7)), ZoneOffset.UTC);
    static final ResourceChanges SAME = new ResourceChanges(0, 0, 0, 0, 54);

    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("target/prr/qa/redeploy.json");
    }

    @Test
    void aRecordIsOfTheStackItNamesShortOrQualified() {
        RedeployRecord qualified = new RedeployRecord("org/shop/qa", 300, List.of(), Verdict.PASS, null, RECORDED, null, Map.of(), REAL);

        assertThat(qualified.isOf("qa")).isTrue();
        assertThat(qualified.isOf("org/shop/qa")).isTrue();
        assertThat(qualified.isOf("prod")).isFalse();
        assertThat(qualified.isOf("org/cart/qa")).isFalse();
        assertThat(record(42.5, PhaseStatus.SUCCEEDED, Verdict.PASS, null).isOf("shop/qa")).isTrue();
    }

    static RedeployRecord record(double redeploySeconds, PhaseStatus status, Verdict verdict, PhaseName failed) {
        return new RedeployRecord("qa", 300, List.of(
                new PhaseRecord(PhaseName.CONVERGE, 80.0, new ResourceChanges(54, 0, 0, 0, 0), PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, redeploySeconds, SAME, status)),
                verdict, failed, RECORDED, "3.140.0", Map.of("azure-native", "2.10.0"), REAL);
    }

    /** A fresh record within the 300 s budget passes, one second over it fails. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "42.5  | PASS | | PASS | stack 'qa' redeployed in 42.5 s, within the 300 s budget (2026-11-20T10:00:00Z)",
        "301.0 | FAIL | REDEPLOY | FAIL | stack 'qa' redeployed in 301.0 s, over the 300 s budget (2026-11-20T10:00:00Z)"})
    void aFreshRecordIsJudgedAgainstItsBudget(double seconds, Verdict verdict, PhaseName failed, RedeployItemStatus status, String detail) {
        record(seconds, PhaseStatus.SUCCEEDED, verdict, failed).write(file());

        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE))
                .isEqualTo(new RedeployAssessment(status, detail));
    }

    @Test
    void aFailedPhaseFailsNamingIt() {
        record(3.0, PhaseStatus.FAILED, Verdict.FAIL, PhaseName.REDEPLOY).write(file());

        RedeployAssessment a = RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE);
        assertThat(a.status()).isEqualTo(RedeployItemStatus.FAIL);
        assertThat(a.detail()).isEqualTo("phase 'redeploy' of stack 'qa' failed after 3.0 s (2026-11-20T10:00:00Z)");
    }

    @Test
    void aPassVerdictIsNotTrustedWhenTheRecordedTimesSayOtherwise() {
        record(400.0, PhaseStatus.SUCCEEDED, Verdict.PASS, null).write(file());
        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE).status())
                .isEqualTo(RedeployItemStatus.FAIL);

        RedeployRecord noRedeploy = new RedeployRecord("qa", 300, List.of(), Verdict.PASS, null, RECORDED, null, Map.of(), REAL);
        assertThat(noRedeploy.assess(A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE)).isEqualTo(new RedeployAssessment(
                RedeployItemStatus.FAIL, "record of stack 'qa' has no redeploy phase (2026-11-20T10:00:00Z)"));
    }

    @Test
    void aStaleRecordIsNotMeasuredEvenWhenItPassed() {
        record(42.5, PhaseStatus.SUCCEEDED, Verdict.PASS, null).write(file());

        RedeployAssessment a = RedeployRecord.assess(file(), A_WEEK_LATER, Duration.ofDays(6));
        assertThat(a.status()).isEqualTo(RedeployItemStatus.NOT_MEASURED);
        assertThat(a.status().label()).isEqualTo("not-measured");
        assertThat(a.detail()).contains("older than the allowed 6 days");
        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, Duration.ofDays(7)).status())
                .isEqualTo(RedeployItemStatus.PASS);
    }

    @Test
    void anAbsentRecordIsNotMeasured() {
        RedeployAssessment a = RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE);
        assertThat(a.status()).isEqualTo(RedeployItemStatus.NOT_MEASURED);
        assertThat(a.detail()).isEqualTo("no redeploy record at " + file()
                + "; run `./prr time-redeploy` on a QA stack");
        assertThat(RedeployRecord.read(file())).isEmpty();
    }

    @Test
    void aWrittenRecordReadsBackEqual() {
        RedeployRecord r = record(42.5, PhaseStatus.SUCCEEDED, Verdict.PASS, null);
        r.write(file());
        assertThat(RedeployRecord.read(file())).contains(r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all | is not valid JSON",
        "[1,2] | is not a JSON object",
        "{} | is missing field 'phases'",
        "{\"phases\":{} } | has phases = {}; expected a list of phases",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300} | is missing field 'verdict'",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"maybe\"} | has verdict = \"maybe\"; expected pass or fail",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":\"5m\",\"verdict\":\"pass\"} | has budgetSeconds = \"5m\"; expected a number of zero or more",
        "{\"phases\":[],\"stack\":7,\"budgetSeconds\":300,\"verdict\":\"pass\"} | has stack = 7; expected a string",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"yesterday\"} | has recordedAt = \"yesterday\"; expected an ISO-8601 instant",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"failedPhase\":\"redeploy\",\"recordedAt\":\"2026-11-20T10:00:00Z\"} | is inconsistent: a passing record cannot name failedPhase 'redeploy'",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"failedPhase\":\"lunch\"} | has failedPhase = \"lunch\"; expected a phase name",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"plugins\":[]} | has plugins = []; expected an object",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"providers\":\"cloud\"} | has providers = \"cloud\"; expected plugins or debug-attached",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"providers\":null} | has providers = null; expected plugins or debug-attached",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"providers\":\"plugins\",\"backend\":42} | has backend = 42; expected the backend URL as a string, or null",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"providers\":\"debug-attached\",\"debugProviders\":\"azure-native\"} | has debugProviders = \"azure-native\"; expected a list of package names",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"providers\":\"debug-attached\",\"debugProviders\":[]} | has providers = \"debug-attached\" but debugProviders = []; debug-attached names the attached packages and plugins none",
        "{\"phases\":[],\"stack\":\"qa\",\"budgetSeconds\":300,\"verdict\":\"pass\",\"recordedAt\":\"2026-11-20T10:00:00Z\",\"providers\":\"plugins\",\"debugProviders\":[\"datadog\"]} | has providers = \"plugins\" but debugProviders = [\"datadog\"]",
        "{\"phases\":[7]} | has phases[0] = 7; expected an object",
        "{\"phases\":[{\"name\":\"redeploy\",\"seconds\":1,\"status\":\"succeeded\",\"changes\":{\"create\":-1}}]} | has phases[0].changes.create = -1; expected a whole number",
        "{\"phases\":[{\"name\":\"nap\",\"seconds\":1,\"status\":\"succeeded\",\"changes\":{\"create\":0,\"update\":0,\"delete\":0,\"same\":0}}]} | has phases[0].name = \"nap\"; expected converge, redeploy, destroy or rebuild",
        "{\"phases\":[{\"name\":\"redeploy\",\"seconds\":1,\"status\":\"ok\",\"changes\":{\"create\":0,\"update\":0,\"delete\":0,\"same\":0}}]} | has phases[0].status = \"ok\"; expected succeeded, failed or interrupted",
    })
    void aMalformedRecordIsAnErrorNamingTheFileAndTheProblem(String content, String problem) throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content);

        assertThatThrownBy(() -> RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE))
                .isInstanceOf(MalformedRedeployRecordException.class)
                .hasMessageStartingWith("redeploy record " + file() + " " + problem)
                .satisfies(e -> assertThat(((MalformedRedeployRecordException) e).file()).isEqualTo(file()));
    }

    @Test
    void aRecordThatIsADirectoryCannotBeRead() throws Exception {
        Files.createDirectories(file());
        assertThatThrownBy(() -> RedeployRecord.read(file()))
                .isInstanceOf(MalformedRedeployRecordException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> record(1, PhaseStatus.SUCCEEDED, Verdict.PASS, null).write(file()))
                .hasMessageStartingWith("cannot write redeploy record " + file());
    }

    @Test
    void aRecordKeepsItsVerdictConsistent() {
        assertThatThrownBy(() -> record(1, PhaseStatus.FAILED, Verdict.FAIL, null))
                .hasMessage("a failing record must name failedPhase");
        assertThatThrownBy(() -> new ResourceChanges(0, -1, 0, 0, 0))
                .hasMessageStartingWith("resource change counts must be zero or more");
        assertThatThrownBy(() -> new PhaseRecord(PhaseName.REDEPLOY, -0.1, SAME, PhaseStatus.SUCCEEDED))
                .hasMessage("seconds must be zero or more, got -0.1");
    }

    @Test
    void exitCodesSayOverBudgetFromBroken() {
        assertThat(record(1, PhaseStatus.SUCCEEDED, Verdict.PASS, null).exitCode()).isZero();
        assertThat(record(400, PhaseStatus.SUCCEEDED, Verdict.FAIL, PhaseName.REDEPLOY).exitCode()).isEqualTo(1);
        assertThat(record(4, PhaseStatus.INTERRUPTED, Verdict.FAIL, PhaseName.REDEPLOY).exitCode()).isEqualTo(3);
    }

    @Test
    void secondsAreRoundedToOneDecimalHalfUp() {
        assertThat(PhaseRecord.roundedSeconds(Duration.ofMillis(42_449))).isEqualTo(42.4);
        assertThat(PhaseRecord.roundedSeconds(Duration.ofMillis(42_450))).isEqualTo(42.5);
        assertThat(PhaseRecord.roundedSeconds(Duration.ZERO)).isEqualTo(0.0);
    }

    static RedeployRecord passingWith(RedeployProvenance provenance) {
        RedeployRecord r = record(42.5, PhaseStatus.SUCCEEDED, Verdict.PASS, null);
        return new RedeployRecord(r.stack(), r.budgetSeconds(), r.phases(), r.verdict(), r.failedPhase(), r.recordedAt(),
                r.pulumiVersion(), r.plugins(), provenance);
    }

    @Test
    void aRecordOfDebugAttachedProvidersIsNotMeasuredNamingWhyAndTheRealCommand() {
        RedeployRecord standIns = passingWith(new RedeployProvenance("file:///tmp/state", List.of("azure-native", "datadog")));
        standIns.write(file());

        assertThat(standIns.measuredTheCloud()).isFalse();
        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE)).isEqualTo(new RedeployAssessment(
                RedeployItemStatus.NOT_MEASURED, "redeploy record of stack 'qa' (recorded at 2026-11-20T10:00:00Z, backend file:///tmp/state)"
                        + " timed providers attached with PULUMI_DEBUG_PROVIDERS (azure-native, datadog), such as ReadyService's stand-ins:"
                        + " it measured the engine, not the cloud; measure the real redeploy with the cloud credentials and"
                        + " PULUMI_DEBUG_PROVIDERS unset: `./prr time-redeploy --stack qa`"));
    }

    @Test
    void aRecordOfTheInstalledPluginsCountsOnAnyBackendEvenAnUnknownOne() {
        for (String backend : new String[] {"https://api.pulumi.com", "file:///var/pulumi", "azblob://state", null}) {
            RedeployRecord real = passingWith(new RedeployProvenance(backend, List.of()));
            real.write(file());

            assertThat(real.measuredTheCloud()).isTrue();
            assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE).status()).as(backend)
                    .isEqualTo(RedeployItemStatus.PASS);
        }
    }

    @Test
    void aRecordWrittenBeforeProvidersWereRecordedIsNotMeasuredAskingForANewOne() throws Exception {
        Files.createDirectories(file().getParent());
        // What the previous prr wrote: no backend, providers or debugProviders.
        Files.writeString(file(), """
                {"stack":"qa","budgetSeconds":300,"phases":[{"name":"redeploy","seconds":42.5,
                 "changes":{"create":0,"update":0,"delete":0,"replace":0,"same":57},"status":"succeeded"}],
                 "verdict":"pass","failedPhase":null,"recordedAt":"2026-11-20T10:00:00Z","pulumiVersion":"3.140.0","plugins":{}}
                """);

        assertThat(RedeployRecord.read(file()).orElseThrow().provenance()).isNull();
        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE)).isEqualTo(new RedeployAssessment(
                RedeployItemStatus.NOT_MEASURED, "redeploy record of stack 'qa' (recorded at 2026-11-20T10:00:00Z) does not say which"
                        + " backend and providers it ran with: it was written by a prr older than those fields, so it cannot show the real"
                        + " providers were timed; measure the real redeploy with the cloud credentials and PULUMI_DEBUG_PROVIDERS unset:"
                        + " `./prr time-redeploy --stack qa`"));
    }

    @Test
    void provenanceKeepsThePackagesNotThePortsAndTheBackendWithoutCredentials() {
        RedeployProvenance p = RedeployProvenance.of(java.util.Optional.of("postgres://admin:pw@db.example.com:5432/state?sslmode=require#x"),
                Map.of("PULUMI_DEBUG_PROVIDERS", " azure-native:5001, datadog:5002,azure-native:5003,"));
        assertThat(p).isEqualTo(new RedeployProvenance("postgres://db.example.com:5432/state", List.of("azure-native", "datadog")));
        assertThat(p.providers()).isEqualTo("debug-attached");

        assertThat(RedeployProvenance.of(java.util.Optional.empty(), Map.of("PULUMI_DEBUG_PROVIDERS", " , "))
                .debugProviders()).as("set but unreadable still is not the plugins").hasSize(1);
        RedeployProvenance none = RedeployProvenance.of(java.util.Optional.of("file:///home/ci/.pulumi"), Map.of("PATH", "/bin"));
        assertThat(none).isEqualTo(new RedeployProvenance("file:///home/ci/.pulumi", List.of()));
        assertThat(none.providers()).isEqualTo("plugins");
        assertThat(none.backendText()).isEqualTo("backend file:///home/ci/.pulumi");
        assertThat(new RedeployProvenance(" ", List.of()).backendText()).isEqualTo("an unknown backend");
    }

    @Test
    void aRecordWithProvenanceReadsBackEqual() {
        RedeployRecord standIns = passingWith(new RedeployProvenance("file:///tmp/state", List.of("pagerduty")));
        standIns.write(file());
        assertThat(RedeployRecord.read(file())).contains(standIns);
        RedeployRecord unknownBackend = passingWith(new RedeployProvenance(null, List.of()));
        unknownBackend.write(file());
        assertThat(RedeployRecord.read(file())).contains(unknownBackend);
    }
}
