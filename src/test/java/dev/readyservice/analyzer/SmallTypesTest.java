package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Value;
import dev.readyservice.review.StructValues;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallTypesTest {

    @Test
    void readsEveryOutcomeMarkerAndStripsIt() {
        assertThat(Outcome.of("[waived] reason: x")).isEqualTo(Outcome.WAIVED);
        assertThat(Outcome.of("  [undecided] id unknown")).isEqualTo(Outcome.UNDECIDED);
        assertThat(Outcome.of("[unassessed] azure-native:sql:Database 'orders-db' needs backup evidence")).isEqualTo(Outcome.UNASSESSED);
        assertThat(Outcome.stripMarker("[unassessed] azure-native:sql:Database 'orders-db'")).isEqualTo("azure-native:sql:Database 'orders-db'");
        assertThat(Outcome.of("[platform-limit] TLS1_2 is the highest")).isEqualTo(Outcome.PLATFORM_LIMIT);
        assertThat(Outcome.of("[staged] mandatory from 2027-01-01")).isEqualTo(Outcome.STAGED);
        assertThat(Outcome.stripMarker("[staged] mandatory from 2027-01-01")).isEqualTo("mandatory from 2027-01-01");
    }

    @Test
    void aMessageWithoutAKnownMarkerIsAViolation() {
        assertThat(Outcome.of("storage is not encrypted [waived]")).isEqualTo(Outcome.VIOLATION);
        assertThat(Outcome.of("[waiver] typo")).isEqualTo(Outcome.VIOLATION);
        assertThat(Outcome.of(null)).isEqualTo(Outcome.VIOLATION);
        assertThat(Outcome.stripMarker("[waiver] typo")).isEqualTo("[waiver] typo");
    }

    @Test
    void onlyViolationsUndecidedUnassessedAndNotCheckedBlock() {
        assertThat(Arrays.stream(Outcome.values()).filter(o -> finding(o).blocks()))
                .containsExactly(Outcome.VIOLATION, Outcome.UNDECIDED, Outcome.UNASSESSED, Outcome.NOT_CHECKED);
        assertThat(Outcome.of("[not-checked] security.backups not checked as prod requires")).isEqualTo(Outcome.NOT_CHECKED);
    }

    private static Finding finding(Outcome outcome) {
        return new Finding("p", null, EnforcementLevel.MANDATORY, outcome, null, null);
    }

    @Test
    void parsesEnforcementLevelsByTheirConfigNames() {
        assertThat(EnforcementLevel.parse("mandatory")).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(EnforcementLevel.ADVISORY.wireName()).isEqualTo("advisory");
        assertThatThrownBy(() -> EnforcementLevel.parse("Mandatory"))
                .hasMessage("enforcementLevel 'Mandatory' is not one of advisory, mandatory, disabled, remediate");
    }

    @Test
    void convertsWireValuesToProtobufValues() {
        Value value = StructValues.toValue(Map.of("list", Arrays.asList("a", 1, true, null)));

        List<Value> list = value.getStructValue().getFieldsOrThrow("list").getListValue().getValuesList();
        assertThat(list.get(0).getStringValue()).isEqualTo("a");
        assertThat(list.get(1).getNumberValue()).isEqualTo(1.0);
        assertThat(list.get(2).getBoolValue()).isTrue();
        assertThat(list.get(3).hasNullValue()).isTrue();
        assertThatThrownBy(() -> StructValues.toValue(new Object())).hasMessageContaining("java.lang.Object");
    }

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

    @Test
    void aFindingOfAMultiItemPolicyAffectsOnlyTheItemsItsMessageNames() {
        List<String> items = List.of("customer.onboarding", "customer.first-line");
        assertThat(AnalyzerClient.itemsOf(items, "customer.first-line has no sign-off")).containsExactly("customer.first-line");
        assertThat(AnalyzerClient.itemsOf(items, "sign-offs are stale")).isEqualTo(items);
        assertThat(AnalyzerClient.itemsOf(List.of("a.b"), "nothing named")).containsExactly("a.b");
    }

    @Test
    void readsTheMessageAfterThePolicyDescription() {
        pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic withMessage = pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic.newBuilder()
                .setDescription("TLS floor").setMessage("TLS floor\n[platform-limit] TLS1_2 is the highest").build();
        pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic descriptionOnly = withMessage.toBuilder().setMessage("TLS floor").build();
        pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic objectForm = withMessage.toBuilder().setMessage("[waived] ok").build();

        assertThat(AnalyzerClient.reportedMessage(withMessage)).isEqualTo("[platform-limit] TLS1_2 is the highest");
        assertThat(AnalyzerClient.reportedMessage(descriptionOnly)).isEqualTo("TLS floor");
        assertThat(AnalyzerClient.reportedMessage(objectForm)).isEqualTo("[waived] ok");
        assertThat(AnalyzerClient.reportedMessage(withMessage.toBuilder().setDescription("").build()))
                .isEqualTo("TLS floor\n[platform-limit] TLS1_2 is the highest");
    }

    @Test
    void readsTheUrnOfAProviderReference() {
        assertThat(AnalyzerRequests.providerUrn("urn:a::b::pulumi:providers:x::p::04da")).isEqualTo("urn:a::b::pulumi:providers:x::p");
        assertThat(AnalyzerRequests.providerUrn("no-separator")).isEqualTo("no-separator");
    }
}
