package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.cli.Prr;
import dev.readyservice.deploy.PhaseName;
import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PhaseStatus;
import dev.readyservice.deploy.RedeployOptions;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.deploy.Verdict;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.ItemStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quality.redeploy-time} and {@code prr time-redeploy} agree on where the record lives and what it says. */
class RedeployItemTest {
    /** A run with the installed provider plugins on a cloud backend: the only kind the report counts. */
    static final RedeployProvenance REAL = new RedeployProvenance("https://api.pulumi.com", List.of());
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final ResourceChanges SAME = new ResourceChanges(0, 0, 0, 0, 54);

    @TempDir
    Path project;

    private Decision decide() {
        return ItemRules.project("quality.redeploy-time", ProjectArtefacts.read(project, "qa"), NOW);
    }

    private void record(Verdict verdict, PhaseName failed, PhaseRecord... phases) {
        new RedeployRecord("qa", 300, List.of(phases), verdict, failed, Instant.parse("2026-11-27T00:20:00Z"), "v3.140.0", Map.of(), REAL)
                .write(RedeployOptions.defaultRecordFile(project, "qa"));
    }

    @Test
    void withoutARecordTheItemIsNotMeasuredAndNamesTheCommandThatMeasuresIt() {
        assertThat(decide()).isEqualTo(new Decision(ItemStatus.NOT_MEASURED,
                "target/prr/qa/redeploy.json is absent; measure it with `./prr time-redeploy --stack qa`"));
        CommandLine.ParseResult parsed = Prr.commandLine().parseArgs("time-redeploy", "--stack", "qa");
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("time-redeploy");
        assertThat(parsed.subcommand().matchedOptionValue("--stack", "")).isEqualTo("qa");
    }

    @Test
    void theCommandWritesItsRecordWhereTheReportReadsIt() {
        assertThat(RedeployOptions.defaultRecordFile(project, "qa")).isEqualTo(project.resolve(ProjectArtefacts.redeployPath("qa")));
    }

    @Test
    void aPassingRecordPassesTheItem() {
        record(Verdict.PASS, null, new PhaseRecord(PhaseName.CONVERGE, 250.0, SAME, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 42.5, SAME, PhaseStatus.SUCCEEDED));

        assertThat(decide()).isEqualTo(new Decision(ItemStatus.PASS,
                "stack 'qa' redeployed in 42.5 s, within the 300 s budget (2026-11-27T00:20:00Z)"));
    }

    @Test
    void anInterruptedRunFailsTheItem() {
        record(Verdict.FAIL, PhaseName.REDEPLOY, new PhaseRecord(PhaseName.CONVERGE, 250.0, SAME, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 0, ResourceChanges.NONE, PhaseStatus.INTERRUPTED));

        assertThat(decide().status()).isEqualTo(ItemStatus.FAIL);
    }
}
