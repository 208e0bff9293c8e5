package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * One checklist item's entry in the report.
 *
 * @param item the checklist item
 * @param status its status
 * @param reason why, in one sentence a reviewer can act on
 * @param policies the policies that decide it (empty for project items)
 * @param evidence the resources of those policies' evidence types, or the sign-off record
 * @param findings the findings of those policies
 */
public record ItemResult(PrrItem item, ItemStatus status, String reason, List<String> policies, List<Evidence> evidence,
        List<Finding> findings) {

    public ItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        policies = List.copyOf(policies);
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
    }

    /** The platform-limit findings: documented limits of a passing item. */
    public List<Finding> platformLimits() {
        return findings.stream().filter(f -> f.outcome() == Outcome.PLATFORM_LIMIT).toList();
    }

    /** True when the item needs someone to act before prod: not measured, or a staged finding. */
    public boolean isOpenAction() {
        return status == ItemStatus.NOT_MEASURED || findings.stream().anyMatch(f -> f.outcome() == Outcome.STAGED);
    }
}
