/**
 * The PRR checklist item ids (a copy of `shared/prr-items.md`), so the pack can
 * name the item each finding proves without reading files at run time. The
 * manifest spec compares this list with the Markdown table when it is present.
 */
export type ItemKind = "infra" | "sign-off" | "project";

export interface ChecklistItem {
    readonly id: string;
    readonly kind: ItemKind;
}

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
    { id: "slo.objectives", kind: "infra" },
    { id: "slo.indicators", kind: "infra" },
    { id: "monitoring.golden-signals", kind: "infra" },
    { id: "monitoring.anomaly-alerts", kind: "infra" },
    { id: "pagerduty.technical-services", kind: "infra" },
    { id: "pagerduty.business-services", kind: "infra" },
    { id: "pagerduty.escalation", kind: "infra" },
    { id: "support.out-of-hours", kind: "infra" },
    { id: "security.backups", kind: "infra" },
    { id: "security.tls-in-transit", kind: "infra" },
    { id: "security.encryption-at-rest", kind: "infra" },
    { id: "capacity.plan", kind: "infra" },
    { id: "capacity.headroom", kind: "infra" },
    { id: "capacity.autoscaling", kind: "infra" },
    { id: "customer.onboarding", kind: "sign-off" },
    { id: "customer.first-line", kind: "sign-off" },
    { id: "customer.success", kind: "sign-off" },
    { id: "tech.documentation", kind: "infra" },
    { id: "tech.handover", kind: "sign-off" },
    { id: "tech.playbooks", kind: "infra" },
    { id: "tech.change-management", kind: "sign-off" },
    { id: "tech.team-handover", kind: "sign-off" },
    { id: "quality.coverage", kind: "project" },
    { id: "quality.automated-tests", kind: "project" },
    { id: "quality.pulumi", kind: "infra" },
    { id: "quality.redeploy-time", kind: "project" },
    { id: "quality.qa-environment", kind: "project" },
];

/** Ids of the items a policy may declare. */
export type ItemId = string;

/** True when `id` is a known checklist item id. */
export function isItemId(id: string): boolean {
    return CHECKLIST_ITEMS.some((item) => item.id === id);
}
