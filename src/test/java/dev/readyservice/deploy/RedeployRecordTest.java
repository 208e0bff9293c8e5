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
    static final Instant RECORDED = Instant.parse("2026-11-20T10:00:00Z");
    static final Clock A_WEEK_LATER = Clock.fixed(RECORDED.plus(Duration.ofDays(7)), ZoneOffset.UTC);
    static final ResourceChanges SAME = new ResourceChanges(0, 0, 0, 0, 54);

    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("target/prr/qa/redeploy.json");
    }

    static RedeployRecord record(double redeploySeconds, PhaseStatus status, Verdict verdict, PhaseName failed) {
        return new RedeployRecord("qa", 300, List.of(
                new PhaseRecord(PhaseName.CONVERGE, 80.0, new ResourceChanges(54, 0, 0, 0, 0), PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, redeploySeconds, SAME, status)),
                verdict, failed, RECORDED, "3.140.0", Map.of("azure-native", "2.10.0"));
    }

    @Test
    void aFreshRecordWithinBudgetPasses() {
        record(42.5, PhaseStatus.SUCCEEDED, Verdict.PASS, null).write(file());

        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE)).isEqualTo(
                new RedeployAssessment(RedeployItemStatus.PASS,
                        "stack 'qa' redeployed in 42.5 s, within the 300 s budget (2026-11-20T10:00:00Z)"));
    }

    @Test
    void aFreshRecordOverBudgetFails() {
        record(301.0, PhaseStatus.SUCCEEDED, Verdict.FAIL, PhaseName.REDEPLOY).write(file());

        assertThat(RedeployRecord.assess(file(), A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE)).isEqualTo(
                new RedeployAssessment(RedeployItemStatus.FAIL,
                        "stack 'qa' redeployed in 301.0 s, over the 300 s budget (2026-11-20T10:00:00Z)"));
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

        RedeployRecord noRedeploy = new RedeployRecord("qa", 300, List.of(), Verdict.PASS, null, RECORDED, null, Map.of());
        assertThat(noRedeploy.assess(A_WEEK_LATER, RedeployRecord.DEFAULT_MAX_AGE)).isEqualTo(new RedeployAssessment(
                RedeployItemStatus.FAIL, "record of stack 'qa' has no redeploy phase (2026-11-20T10:00:00Z)"));
    }

    @Test
    void aStaleRecordIsNotMeasuredEvenWhenItPassed() {
        record(42.5, PhaseStatus.SUCCEEDED, Verdict.PASS, null).write(file());

        RedeployAssessment a = RedeployRecord.assess(file(), A_WEEK_LATER, Duration.ofDays(6));
        assertThat(a.status()).isEqualTo(RedeployItemStatus.NOT_MEASURED);
        assertThat(a.status().id()).isEqualTo("not-measured");
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
}
