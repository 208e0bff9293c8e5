package dev.readyservice.report.rules;

import dev.readyservice.evidence.qaenv.ConfigDifference;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.Evidence;
import dev.readyservice.report.ItemStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides PRR item {@code quality.qa-environment} from {@link QaParity}, the same way whichever
 * stack is reviewed: the item is about the project having a QA stack that mirrors prod, not about
 * the stack under review.
 *
 * <ul>
 *   <li>no {@code Pulumi.qa.yaml}: {@code fail}; there is no QA environment, which is a fact, not a
 *       missing measurement;</li>
 *   <li>{@code Pulumi.qa.yaml} but no {@code Pulumi.prod.yaml}: {@code not-measured}; a product
 *       before its first prod stack has nothing to mirror yet, and the open action says so;</li>
 *   <li>both: {@code fail} naming every key that differs where it must not, with both values;
 *       {@code pass} otherwise. Either way the allowed differences are named in the reason and
 *       listed, with both values and the rule, as the item's evidence.</li>
 * </ul>
 */
final class QaEnvironmentRule {
    private QaEnvironmentRule() {
    }

    static Decision decide(QaParity parity) {
        return switch (parity.state()) {
            case NO_QA_STACK -> new Decision(ItemStatus.FAIL, "no QA stack: " + QaParity.QA_STACK_FILE
                    + " is absent; create one (`pulumi stack init qa`) that mirrors " + QaParity.PROD_STACK_FILE
                    + " so changes are validated before production");
            case NO_PROD_STACK -> new Decision(ItemStatus.NOT_MEASURED, QaParity.QA_STACK_FILE
                    + " defines the QA stack, but " + QaParity.PROD_STACK_FILE + " is absent, so whether QA mirrors prod"
                    + " cannot be checked; measure it with `pulumi stack init prod`");
            case COMPARED -> compared(parity);
        };
    }

    private static Decision compared(QaParity parity) {
        List<ConfigDifference> allowed = parity.allowedDifferences();
        List<ConfigDifference> disallowed = parity.disallowedDifferences();
        String allowedText = allowed.isEmpty() ? ""
                : "; " + allowed.size() + " allowed difference" + (allowed.size() == 1 ? "" : "s") + ": " + grouped(allowed);
        if (!disallowed.isEmpty()) {
            return new Decision(ItemStatus.FAIL, "QA differs from prod where it must not: "
                    + disallowed.stream().map(ConfigDifference::describe).collect(Collectors.joining("; ")) + allowedText);
        }
        return new Decision(ItemStatus.PASS, QaParity.QA_STACK_FILE + " mirrors " + QaParity.PROD_STACK_FILE
                + (allowed.isEmpty() ? " exactly" : allowedText));
    }

    /** One evidence entry per difference, allowed or not, so the reader sees both values and the rule. */
    static List<Evidence> evidence(QaParity parity) {
        List<Evidence> evidence = new ArrayList<>();
        for (ConfigDifference d : parity.differences()) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("qa", d.qaValue());
            properties.put("prod", d.prodValue());
            properties.put("allowed", d.allowed() ? "yes" : "no");
            properties.put("why", d.why());
            evidence.add(new Evidence(d.key(), Evidence.CONFIG_DIFFERENCE_TYPE, d.key(), d.component(), properties));
        }
        return evidence;
    }

    /** Keys grouped by their parent, e.g. {@code readyservice:components[api].capacity.{minInstances, maxInstances}}. */
    static String grouped(List<ConfigDifference> differences) {
        Map<String, List<String>> byParent = new LinkedHashMap<>();
        for (ConfigDifference d : differences) {
            int dot = d.key().lastIndexOf('.');
            String parent = dot < 0 ? "" : d.key().substring(0, dot);
            byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(dot < 0 ? d.key() : d.key().substring(dot + 1));
        }
        return byParent.entrySet().stream().map(e -> {
            if (e.getKey().isEmpty()) {
                return String.join(", ", e.getValue());
            }
            return e.getValue().size() == 1 ? e.getKey() + "." + e.getValue().get(0)
                    : e.getKey() + ".{" + String.join(", ", e.getValue()) + "}";
        }).collect(Collectors.joining(", "));
    }
}
