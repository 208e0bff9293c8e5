package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.JudgedComponent;
import dev.readyservice.report.rules.ProductComponents;
import dev.readyservice.report.rules.ReportBuilder;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The report shows which components are customer-facing as the policy pack judged them, and why: a
 * component tagged {@code criticality: internal} whose web app the internet reaches is customer-facing
 * in every format, naming what reaches it; one closed to the internet stays internal. The report never
 * judges reachability itself: without the pack's judgement it shows what is declared, and says so.
 */
class CriticalityInReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHY = "web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)";
    /** What the pack hands over for the preview below (policy/lib/component-judgement.spec.ts judges the same two apps so). */
    private static final List<JudgedComponent> JUDGED = List.of(new JudgedComponent("batch", false, "", false),
            new JudgedComponent("web", true, WHY, false));

    private static RecordedResource webApp(String name, String component, String publicNetworkAccess) {
        return new RecordedResource("urn:pulumi:qa::shop::azure-native:web:WebApp::" + name, "azure-native:web:WebApp", name, true, "",
                Map.of("publicNetworkAccess", publicNetworkAccess, "tags", Map.of("component", component, "criticality", "internal")),
                null, null, null, false, false, null, null);
    }

    /** A public web app tagged internal, and a closed one tagged internal. */
    private static Preview preview() {
        return new Preview("shop", "qa", List.of(webApp("shop-web", "web", "Enabled"), webApp("shop-batch", "batch", "Disabled")),
                List.of(), Set.of(), Duration.ZERO);
    }

    private static PrrReport report(Optional<List<JudgedComponent>> judgement) {
        Analysis analysis = new Analysis(ReportFixtures.pack(), List.of(), List.of(), judgement);
        return ReportBuilder.build(preview(), analysis, ReportFixtures.artefacts(), ReportFixtures.CLOCK);
    }

    private static JsonNode component(JsonNode report, String name) {
        for (JsonNode c : report.get("components")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no component " + name + " in " + report.get("components"));
    }

    @Test
    void aComponentTaggedInternalThatTheInternetReachesIsCustomerFacingWithThePacksReason() throws IOException {
        PrrReport report = report(Optional.of(JUDGED));

        JsonNode json = JSON.readTree(ReportWriter.render(report, Format.JSON));
        JsonNode web = component(json, "web");
        assertThat(web.get("customerFacing").asBoolean()).isTrue();
        assertThat(web.get("criticalityJudgedBy").asText()).isEqualTo("policy-pack");
        assertThat(web.get("criticalityWhy").asText())
                .isEqualTo("customer-facing, whatever its spec and tags say: the policy pack found that the internet reaches " + WHY);
        JsonNode batch = component(json, "batch");
        assertThat(batch.get("customerFacing").asBoolean()).isFalse();
        assertThat(batch.get("criticalityJudgedBy").asText()).isEqualTo("policy-pack");
        assertThat(batch.get("criticalityWhy").asText())
                .isEqualTo("internal: nothing declares it customer-facing, and the policy pack found nothing that reaches it from the internet");

        String markdown = ReportWriter.render(report, Format.MARKDOWN);
        assertThat(markdown).contains("| Component | Criticality | Why |")
                .contains("| `web` | **customer-facing** | customer-facing, whatever its spec and tags say: the policy pack found that the "
                        + "internet reaches web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet) |")
                .contains("| `batch` | **internal** | internal: nothing declares it customer-facing")
                .contains("web (customer-facing)").contains("batch (internal)");
        assertThat(ReportWriter.render(report, Format.HANDOVER)).contains("### web (customer-facing)")
                .contains("- Criticality: customer-facing, whatever its spec and tags say: the policy pack found that the internet reaches");
        assertThat(ReportWriter.render(report, Format.HTML)).contains("<h3>web (customer-facing)</h3>")
                .contains("<p class=\"criticality\">customer-facing, whatever its spec and tags say");
    }

    @Test
    void withoutThePacksJudgementTheReportShowsWhatIsDeclaredAndSaysThePackMayJudgeOtherwise() throws IOException {
        PrrReport report = report(Optional.empty());

        JsonNode web = component(JSON.readTree(ReportWriter.render(report, Format.JSON)), "web");
        assertThat(web.get("customerFacing").asBoolean()).as("the tag says internal, and nothing else is known here").isFalse();
        assertThat(web.get("criticalityJudgedBy").asText()).isEqualTo("declared");
        assertThat(web.get("criticalityWhy").asText()).isEqualTo(ProductComponents.AS_DECLARED);
        assertThat(ReportWriter.render(report, Format.MARKDOWN)).contains("| `web` | **internal** | criticality as declared (ReadyService spec, "
                + "criticality tags); the policy pack did not hand over its judgement, and may judge it customer-facing because the internet "
                + "reaches it: see its findings |");
    }

    @Test
    void anUndecidedReachIsCustomerFacingUntilKnownAndSaysSo() {
        String unknown = "web app 'shop-web' publicNetworkAccess is unknown in preview";
        ProductView product = report(Optional.of(List.of(new JudgedComponent("batch", false, "", false),
                new JudgedComponent("web", true, unknown, true)))).product();

        assertThat(product.components().get(1).customerFacing()).isTrue();
        assertThat(product.components().get(1).criticalityWhy()).isEqualTo("treated as customer-facing by the policy pack: nothing known "
                + "reaches it from the internet, but " + unknown + ", so its customer-facing requirements apply until that is known");
    }

    @Test
    void aComponentOnlyThePackNamesIsShownAndOneItDoesNotNameKeepsItsDeclaration() {
        ProductView product = report(Optional.of(List.of(new JudgedComponent("gateway", true, "Application Gateway 'gw' (a frontend "
                + "IP configuration with a publicIPAddress)", false), new JudgedComponent("web", true, WHY, false)))).product();

        assertThat(product.components()).extracting(ProductView.Component::name, ProductView.Component::customerFacing,
                ProductView.Component::judgedByPack).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("batch", false, false),
                        org.assertj.core.groups.Tuple.tuple("gateway", true, true),
                        org.assertj.core.groups.Tuple.tuple("web", true, true));
        assertThat(product.components().get(0).criticalityWhy())
                .isEqualTo("criticality as declared (ReadyService spec, criticality tags): the policy pack judged no component of this name");
    }
}
