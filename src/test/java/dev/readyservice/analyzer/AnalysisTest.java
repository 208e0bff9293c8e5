package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a pack's policies and an analysis's findings by PRR item. */
class AnalysisTest {

    @Test
    void findsPoliciesAndFindingsByItem() {
        PackInfo pack = new PackInfo("p", null, AnalyzerFixtures.manifest());
        Finding golden = new Finding("missing-golden-signal-monitors", List.of("monitoring.golden-signals"),
                EnforcementLevel.ADVISORY, Outcome.VIOLATION, "m", "");
        Analysis analysis = new Analysis(pack, List.of(golden));

        assertThat(pack.version()).isEmpty();
        assertThat(pack.policiesFor("monitoring.anomaly-alerts")).extracting(PolicyDescriptor::name)
                .containsExactly("missing-golden-signal-monitors");
        assertThat(pack.policiesFor("slo.objectives")).isEmpty();
        assertThat(analysis.findingsFor("monitoring.golden-signals")).containsExactly(golden);
        assertThat(analysis.findingsFor("monitoring.anomaly-alerts")).isEmpty();
    }
}
