package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one report comparer of the conformance suite fails on every kind of difference it is there to catch. */
class ReportConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = """
            {"verdict": "not-ready",
             "items": [
               {"id": "security.tls-in-transit", "status": "fail", "reason": "1 violation", "findings": [
                 {"policy": "enforce-tls-floor", "level": "mandatory", "urn": "urn:a", "message": "TLS1_0 is allowed"}]},
               {"id": "quality.pulumi", "status": "pass", "reason": "2 resources", "findings": []}],
             "unassignedFindings": [],
             "notAssessed": [{"type": "random:index/randomString:RandomString", "urn": "urn:r"}]}
            """;

    @Test
    void theSameReportPasses() throws Exception {
        assertThatCode(() -> ReportConformance.assertSameReport(Map.of(), report(), report())).doesNotThrowAnyException();
    }

    @Test
    void aDifferentStatusVerdictFindingReasonOrNotAssessedResourceFails() throws Exception {
        JsonNode real = report();
        ((ObjectNode) real.get("items").get(1)).put("status", "fail");
        assertThatThrownBy(() -> ReportConformance.assertSameReport(Map.of(), real, report())).hasMessageContaining("quality.pulumi");

        JsonNode message = report();
        ((ObjectNode) message.get("items").get(0).get("findings").get(0)).put("message", "TLS1_1 is allowed");
        assertThatThrownBy(() -> ReportConformance.assertSameReport(Map.of(), message, report())).hasMessageContaining("TLS1_1");

        JsonNode reason = report();
        ((ObjectNode) reason.get("items").get(1)).put("reason", "3 resources");
        assertThatThrownBy(() -> ReportConformance.assertSameReport(Map.of(), reason, report())).hasMessageContaining("3 resources");

        JsonNode verdict = report();
        ((ObjectNode) verdict).put("verdict", "ready");
        assertThatThrownBy(() -> ReportConformance.assertSameReport(Map.of(), verdict, report())).hasMessageContaining("verdict");

        JsonNode foreign = report();
        ((ObjectNode) foreign).putArray("notAssessed");
        assertThatThrownBy(() -> ReportConformance.assertSameReport(Map.of(), foreign, report())).hasMessageContaining("not judge");
    }

    @Test
    void aListedDifferenceIsAllowedOnlyWhileItOccurs() throws Exception {
        JsonNode real = report();
        ((ObjectNode) real.get("items").get(1)).put("status", "fail").put("reason", "undecided");
        Map<String, String> listed = Map.of("quality.pulumi", "fail pass");
        assertThatCode(() -> ReportConformance.assertSameReport(listed, real, report())).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportConformance.assertSameReport(listed, report(), report())).hasMessageContaining("quality.pulumi");
    }

    @Test
    void theTableOfDocsFidelityIsReadPerCase() throws Exception {
        String page = "| case | item | real preview | offline review | why |\n| --- | --- | --- | --- | --- |\n"
                + "| reference/qa | `security.backups` | fail | pass | the model differs. |\n"
                + "| ready | `quality.pulumi` | pass | fail | another reason. |\n";
        org.assertj.core.api.Assertions.assertThat(ReportConformance.listedDifferences("reference/qa", page))
                .isEqualTo(Map.of("security.backups", "fail pass"));
        org.assertj.core.api.Assertions.assertThat(ReportConformance.listedDifferences("not-ready", page)).isEmpty();
        // The page itself lists no difference for the reference stacks now (the engines agree on them).
        org.assertj.core.api.Assertions.assertThat(ReportConformance.listedDifferences("reference/qa")).isEmpty();
    }

    private static JsonNode report() throws Exception {
        return JSON.readTree(REPORT);
    }
}
