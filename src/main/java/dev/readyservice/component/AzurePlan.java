package dev.readyservice.component;

import com.pulumi.core.Output;
import dev.readyservice.azure.AzureComponent;
import dev.readyservice.azure.AzureData;
import dev.readyservice.azure.AzureProduct;
import java.util.List;

/** Maps a validated spec to the Azure factories' inputs. */
final class AzurePlan {
    private AzurePlan() {
    }

    static AzureProduct product(ReadyServiceArgs spec) {
        ProductSpec p = spec.product();
        return new AzureProduct(p.name(), p.environment(), p.location(), p.subscriptionId(), p.tenantId());
    }

    static List<AzureComponent> components(ReadyServiceArgs spec) {
        return spec.components().stream().map(c -> {
            CapacityPlan plan = c.capacity();
            return new AzureComponent(c.name(), c.kind(), c.customerFacing(), c.healthCheckPath(), plan.minInstances(),
                    plan.maxInstances(), plan.minInstances(), plan.plannedPeakRps(), plan.rpsPerInstance(), plan.headroom(), null);
        }).toList();
    }

    static AzureData data(ReadyServiceArgs spec) {
        DataSpec d = spec.data();
        Output<String> password = spec.postgresAdministratorPassword().orElse(null);
        return new AzureData(d.backupRetentionDays(), d.redundancy(), d.customerManagedKey(), d.postgres(), password,
                spec.product().tlsCertificateSecretId(), d.storageAccountName());
    }
}
