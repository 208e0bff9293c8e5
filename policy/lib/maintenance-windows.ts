import { silentForGood } from "./downtimes";
import { StackResource, StackView, TYPES } from "./stack";
import { asArray, asString, isUnknown } from "./values";

/**
 * PagerDuty maintenance windows of the stack that keep a service from opening incidents for good.
 * While a `pagerduty:index/maintenanceWindow:MaintenanceWindow` holds a service, PagerDuty triggers
 * no incident and sends no notification for it, whatever reaches it; so a service held for longer
 * than a planned maintenance pages no one, as a monitor a downtime keeps muted notifies no one
 * (the same bound, lib/downtimes.ts `MAINTENANCE_BOUND_HOURS`: a window still to come or running
 * that lasts longer, counted from now). A window over, or a short one, is fine.
 *
 * A window holds the services its `services` refer to (property dependencies: the ids of services
 * of the stack) and those whose known `id` it lists. Ids unknown in preview with no such reference
 * may be any service: undecided, never a pass. Times unknown in preview or unreadable: undecided.
 */

/** Why `service` is held silent by a maintenance window of the stack (`undecided` when preview hides whether), or undefined. */
export function whyInMaintenance(stack: StackView, service: StackResource): { outcome: "violation" | "undecided"; reason: string } | undefined {
    const id = asString(service.props.id);
    let undecided: string | undefined;
    for (const w of stack.ofType(TYPES.pdMaintenanceWindow)) {
        const listed = w.props.services;
        const refers = stack.dependenciesOf(w, "services");
        const holds = refers.some((r) => r.urn === service.urn)
            || (id !== undefined && id !== "" && asArray(listed).some((s) => !isUnknown(s) && asString(s) === id));
        const maybe = !holds && refers.length === 0 && (isUnknown(listed) || asArray(listed).some(isUnknown));
        if (!holds && !maybe) {
            continue;
        }
        const silent = silentForGood(w.props.startTime, w.props.endTime, { start: "startTime", end: "endTime" });
        const label = `PagerDuty maintenance window '${w.name}' (${TYPES.pdMaintenanceWindow})`;
        if ("unknown" in silent) {
            undecided ??= `${label} ${holds ? "holds" : "may hold"} its service '${service.name}', and ${silent.unknown}, so whether it lets the service open incidents cannot be shown`;
        } else if (silent.why !== false) {
            if (holds) {
                return { outcome: "violation", reason: `${label} holds its service '${service.name}', during which PagerDuty opens no incident and notifies no one, and ${silent.why}` };
            }
            undecided ??= `${label} lists service ids unknown in preview that no service of the stack explains, so it may hold service '${service.name}', and ${silent.why}`;
        }
    }
    return undecided === undefined ? undefined : { outcome: "undecided", reason: undecided };
}
