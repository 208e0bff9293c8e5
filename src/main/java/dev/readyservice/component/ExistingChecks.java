package dev.readyservice.component;

import dev.readyservice.model.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link ReadyService} can see is wrong in the existing resources it was handed, judged on the
 * spec as the team gave it (before defaults): IDs of another type, names missing, and settings that
 * describe the compute or storage the component would create itself, which it does not create over
 * existing resources. What the existing resources themselves must do (TLS floor, encryption,
 * {@code protect}) is the policy pack's to judge, as in any program.
 */
final class ExistingChecks {
    private ExistingChecks() {
    }

    static List<Violation> of(ReadyServiceArgs spec) {
        List<Violation> found = new ArrayList<>();
        if (!spec.overExistingResources()) {
            return found;
        }
        String subscriptionId = spec.product() == null ? null : spec.product().subscriptionId();
        Set<String> names = spec.components().stream().filter(c -> c != null).map(ComponentSpec::name).collect(Collectors.toSet());
        Set<String> workers = spec.components().stream().filter(c -> c != null && c.componentKind() == ComponentKind.WORKER)
                .map(ComponentSpec::name).collect(Collectors.toSet());
        for (Map.Entry<String, ExistingCompute> e : spec.existingCompute().entrySet()) {
            String at = "existingCompute." + e.getKey();
            if (!names.contains(e.getKey())) {
                found.add(new Violation(at, "'" + e.getKey() + "'", "the name of a component of the spec: " + names.stream().sorted().toList()));
            }
            if (e.getValue() == null) {
                found.add(new Violation(at, "<unset>", "an ExistingCompute"));
            } else {
                found.addAll(e.getValue().problems(at, subscriptionId, workers.contains(e.getKey())));
            }
        }
        for (int i = 0; i < spec.components().size(); i++) {
            ComponentSpec c = spec.components().get(i);
            if (c == null) {
                continue;
            }
            String at = "components[" + i + "]";
            if (!spec.existingCompute().containsKey(c.name())) {
                found.add(new Violation(at + ".existing", "<unset>", "existing compute for '" + c.name()
                        + "' (ReadyServiceArgs.existing(\"" + c.name() + "\", ExistingCompute...)): over existing resources the component "
                        + "creates no compute, so every component names its own"));
            }
            if (c.healthCheckPath() != null) {
                found.add(new Violation(at + ".healthCheckPath", "'" + c.healthCheckPath() + "'",
                        "unset: it configures the web app ReadyService would create; set the health check on your own app"));
            }
        }
        if (spec.product() != null && spec.product().tlsCertificateSecretId() != null) {
            found.add(new Violation("product.tlsCertificateSecretId", "'" + spec.product().tlsCertificateSecretId() + "'",
                    "unset: it is the certificate of the gateway ReadyService would create; over existing compute your own ingress serves TLS"));
        }
        DataSpec d = spec.data();
        if (d != null) {
            newStorage(found, "data.storageAccountName", d.storageAccountName());
            newStorage(found, "data.postgres", d.postgres() == null || !d.postgres() ? null : "true");
            newStorage(found, "data.redundancy", d.redundancy());
            newStorage(found, "data.customerManagedKey", d.customerManagedKey() == null ? null : String.valueOf(d.customerManagedKey()));
        }
        for (int i = 0; i < spec.existingData().size(); i++) {
            ExistingData x = spec.existingData().get(i);
            if (x == null) {
                found.add(new Violation("existingData[" + i + "]", "<unset>", "an ExistingData"));
            } else {
                found.addAll(x.problems("existingData[" + i + "]", subscriptionId));
            }
        }
        return found;
    }

    private static void newStorage(List<Violation> found, String field, String value) {
        if (value != null) {
            found.add(new Violation(field, "'" + value + "'", "unset: it describes the storage ReadyService would create; "
                    + "over existing resources the policy pack judges your own storage's settings"));
        }
    }
}
