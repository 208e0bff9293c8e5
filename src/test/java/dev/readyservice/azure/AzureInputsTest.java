package dev.readyservice.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import org.junit.jupiter.api.Test;

class AzureInputsTest {

    @Test
    void productAcceptsAValidSpecAndNormalisesTheLocation() {
        AzureProduct product = Fixtures.product("prod");
        assertThat(product.location()).isEqualTo("westeurope");
        assertThat(product.prod()).isTrue();
        assertThat(Fixtures.product("qa").prod()).isFalse();
    }

    @Test
    void productListsEveryProblem() {
        assertThatThrownBy(() -> new AzureProduct("Bad Name", "dev", " ", null, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid AzureProduct: product 'Bad Name' must be 2-31 lower-case letters, digits or hyphens, "
                        + "starting with a letter; environment 'dev' must be one of [qa, prod]; location must not be blank; "
                        + "subscriptionId must not be blank; tenantId must not be blank");
    }

    @Test
    void componentListsEveryProblem() {
        assertThatThrownBy(() -> new AzureComponent("API", "batch", false, "health", 0, 2, 3, 0, 10, 0.5, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component 'API' must be")
                .hasMessageContaining("kind 'batch' must be one of [api, ui, worker]")
                .hasMessageContaining("healthCheckPath 'health' must start with '/'")
                .hasMessageContaining("minInstances 0 must be at least 1")
                .hasMessageContaining("defaultInstances 3 must be between minInstances 0 and maxInstances 2")
                .hasMessageContaining("capacity plan (plannedPeakRps 0.0, rpsPerInstance 10.0, headroom 0.5)");
    }

    @Test
    void workersCannotBeCustomerFacing() {
        assertThatThrownBy(() -> new AzureComponent("jobs", "worker", true, "/ready", 1, 2, 1, 5, 5, 1, null))
                .hasMessage("invalid AzureComponent: kind 'worker' cannot be customerFacing: workers take no inbound traffic "
                        + "(publicNetworkAccess Disabled)");
        assertThat(new AzureComponent("jobs", "worker", false, "/ready", 1, 2, 1, 5, 5, 1, null).customerFacing()).isFalse();
    }

    @Test
    void componentCriticalityFollowsCustomerFacing() {
        assertThat(Fixtures.api().criticality()).isEqualTo("customer-facing");
        assertThat(Fixtures.worker().criticality()).isEqualTo("internal");
    }

    @Test
    void dataRejectsRetentionOutsideWhatBlobAndPostgresAllowWithoutClamping() {
        assertThatThrownBy(() -> new AzureData(0, "RAGRS", false, false, null, null))
                .hasMessage("invalid AzureData: backupRetentionDays 0 must be between 1 and 364; "
                        + "redundancy 'RAGRS' must be one of [LRS, ZRS, GRS, GZRS] or unset");
        assertThatThrownBy(() -> new AzureData(36, null, false, true, null, null))
                .hasMessage("invalid AzureData: backupRetentionDays 36 must be between 7 and 35 when postgres is enabled; "
                        + "postgresAdminPassword must be set when postgres is enabled");
        assertThat(new AzureData(35, null, false, true, Output.of("x"), null).backupRetentionDays()).isEqualTo(35);
        assertThat(new AzureData(364, "GRS", true, false, null, null).redundancy()).isEqualTo("GRS");
    }

    @Test
    void dataNeverPrintsThePassword() {
        AzureData data = new AzureData(30, null, true, true, Output.ofSecret("pa55-w0rd"), "https://kv/secrets/c");
        assertThat(data.toString()).contains("postgresAdminPassword=***").doesNotContain("pa55");
        assertThat(new AzureData(30, null, true, false, null, null).toString()).contains("postgresAdminPassword=unset");
    }
}
