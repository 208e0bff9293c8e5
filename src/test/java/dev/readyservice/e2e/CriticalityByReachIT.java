package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.InternalTaggedApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The review of a program whose two web apps are tagged {@code criticality: internal}
 * ({@link InternalTaggedApps}) shows, as the real pack judged over the Analyzer protocol, the public
 * one customer-facing with what reaches it, and the closed one internal: the report renders the pack's
 * judgement and does not trust the tag.
 */
class CriticalityByReachIT {
    @RegisterExtension
    static final ReviewedShop SHOP = new ReviewedShop(InternalTaggedApps.class, "qa");

    private static JsonNode component(String name) {
        for (JsonNode c : SHOP.run().json().get("components")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("the report has no component " + name + ": " + SHOP.run().json().get("components"));
    }

    @Test
    void theAppTheInternetReachesIsCustomerFacingWhateverItsTagSays() {
        JsonNode web = component("web");
        assertThat(web.get("customerFacing").asBoolean()).as(web.toString()).isTrue();
        assertThat(web.get("criticalityJudgedBy").asText()).isEqualTo("policy-pack");
        assertThat(web.get("criticalityWhy").asText()).isEqualTo("customer-facing, whatever its spec and tags say: the policy pack found "
                + "that the internet reaches web app 'shop-web' (publicNetworkAccess 'Enabled', and its access restrictions do not deny the internet)");
        // The same judgement the pack's findings act on: the raised component needs an availability SLO.
        assertThat(SHOP.failed("slo.objectives")).anySatisfy(m -> assertThat(m).contains("component 'web'")
                .contains("because the internet reaches web app 'shop-web'"));
    }

    @Test
    void theClosedAppTaggedInternalStaysInternal() {
        JsonNode batch = component("batch");
        assertThat(batch.get("customerFacing").asBoolean()).as(batch.toString()).isFalse();
        assertThat(batch.get("criticalityJudgedBy").asText()).isEqualTo("policy-pack");
        assertThat(batch.get("criticalityWhy").asText())
                .isEqualTo("internal: nothing declares it customer-facing, and the policy pack found nothing that reaches it from the internet");
        assertThat(SHOP.run().messages("slo.objectives")).noneMatch(m -> m.contains("component 'batch'"));
    }
}
