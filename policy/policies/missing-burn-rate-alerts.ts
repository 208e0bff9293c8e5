import { queryThreshold, thresholdOf, whyLate } from "../lib/alert-thresholds";
import { burnWindows, DATADOG_LONG_WINDOW_HOURS, maxBurnRate, PAGING_LONG_WINDOW_HOURS } from "../lib/burn-rate";
import { whyMuted } from "../lib/downtimes";
import { whySilent } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { alertText, handleReachesService, handlesIn, outOfHoursUrgency, pagesOutOfHours, serviceOfHandle } from "../lib/paging";
import { readinessPolicy } from "../lib/readiness-policy";
import { componentScope, isScopedTo } from "../lib/signals";
import { Component, datadogTag, datadogTags, StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asNumber, asString, at, isUnknown } from "../lib/values";

const ITEM = "slo.objectives";
const HANDLE_HOW = `a handle '@pagerduty-<service>' reaches a ${TYPES.pdService} only through a datadog:pagerduty/serviceObject:ServiceObject with that serviceName whose serviceKey comes from a PagerDuty service integration of the service (lib/paging.ts)`;

/**
 * The SLO's burn-rate alerts: `slo alert` monitors whose query refers to the SLO resource (a
 * property dependency: the query holds the SLO's id, unknown in preview) and, when the query is
 * known, is a `burn_rate(` query. Tags and names do not relate an alert to an SLO.
 */
function burnAlertsOf(stack: StackView, slo: StackResource): StackResource[] {
    return stack.ofType(TYPES.monitor).filter((m) => asString(m.props.type) === "slo alert"
        && stack.dependenciesOf(m, "query").includes(slo)
        && (isUnknown(m.props.query) || (asString(m.props.query) ?? "").includes("burn_rate(")));
}

/** The lowest target of the SLO's thresholds (the smallest highest burn rate), or why there is none. */
function lowestTarget(slo: StackResource): number | "unknown" | undefined {
    const raw = slo.props.thresholds;
    if (isUnknown(raw)) {
        return "unknown";
    }
    const targets = asArray(raw).map((t) => at(t, ["target"]));
    if (targets.some(isUnknown)) {
        return "unknown";
    }
    const numbers = targets.map(asNumber).filter((n): n is number => n !== undefined && n > 0 && n < 100);
    return numbers.length === 0 ? undefined : Math.min(...numbers);
}

/** The lowest threshold an alert fires at (warning or critical), `unknown`, or undefined when none is set. */
function lowestThreshold(alert: StackResource): number | "unknown" | undefined {
    const values = ["critical", "warning"].map((level) => at(alert.props, ["monitorThresholds", level]));
    if (values.some(isUnknown) || isUnknown(alert.props.monitorThresholds)) {
        return "unknown";
    }
    const numbers = values.map(asNumber).filter((n): n is number => n !== undefined);
    return numbers.length === 0 ? undefined : Math.min(...numbers);
}

/** True when the alert's critical threshold, at which Datadog sends ALERT, is below the highest burn rate. */
function canAlert(alert: StackResource, max: number): boolean {
    const critical = thresholdOf(alert, "critical");
    return typeof critical === "number" && critical < max;
}

/** Why the threshold the alert's query ends with is not its critical one, or undefined when it is (or either is unset). */
function queryDisagrees(alert: StackResource): string | undefined {
    const compared = queryThreshold(asString(alert.props.query) ?? "");
    const critical = thresholdOf(alert, "critical");
    return compared === undefined || typeof critical !== "number" || compared.value === critical ? undefined
        : `compares its burn rate with ${compared.value} but its monitorThresholds.critical is ${critical} (Datadog alerts at the query's threshold and refuses a different critical)`;
}

/** How long a paging burn-rate alert may measure the burn over (docs/evidence.md, slo.objectives). */
interface BurnRateConfig {
    /** The longest long window, in hours, of the alert that pages (default: the SRE workbook's 6). */
    maximumLongWindowHours: number;
}

/**
 * What is wrong with the windows the alert's query names, or undefined when they are what Datadog
 * accepts (a long window of 1 to 48 hours, a shorter short window) or the query is unknown in
 * preview. A query that refers to its SLO holds the SLO's id, so it is unknown in the first preview
 * of a new SLO: its windows are then not judged (as its threshold is read from monitorThresholds),
 * and a preview of the deployed stack, where the id is known, judges them.
 */
function windowProblem(alert: StackResource): { undecided: boolean; text: string } | undefined {
    const query = asString(alert.props.query);
    if (query === undefined) {
        return undefined;
    }
    const { long, short } = burnWindows(query);
    if (long === undefined || short === undefined) {
        return { undecided: false, text: `names no ${long === undefined ? "long_window(...)" : "short_window(...)"} in its query: Datadog measures a burn rate over a long and a short window, both written in the query` };
    }
    if (long.minutes === undefined || short.minutes === undefined) {
        const unread = long.minutes === undefined ? `long_window("${long.text}")` : `short_window("${short.text}")`;
        return { undecided: true, text: `has a ${unread} the pack cannot read as minutes, hours or days ('5m', '1h', '2d'), so whether Datadog accepts its windows cannot be judged` };
    }
    const { min, max } = DATADOG_LONG_WINDOW_HOURS;
    if (long.minutes < min * 60 || long.minutes > max * 60) {
        return { undecided: false, text: `has a long window of ${long.text}, which Datadog does not accept: the long window must be ${min}h to ${max}h` };
    }
    if (short.minutes >= long.minutes) {
        return { undecided: false, text: `has a short window (${short.text}) not shorter than its long window (${long.text}): Datadog requires the short window to be shorter (it confirms the burn is still going; the SRE workbook makes it 1/12 of the long one)` };
    }
    return undefined;
}

/** The alert's long window in minutes, or undefined when its query is unknown in preview (or names none it can read). */
function longWindowMinutes(alert: StackResource): number | undefined {
    const query = asString(alert.props.query);
    return query === undefined ? undefined : burnWindows(query).long?.minutes;
}

/**
 * The customer-facing component the SLO is of, if any: its SLI's queries are filtered to the
 * component (lib/signals.ts), or its `component:` tag names it.
 */
function customerFacingOf(stack: StackView, slo: StackResource): Component | undefined {
    const queries = [at(slo.props, ["query", "numerator"]), at(slo.props, ["query", "denominator"]),
        ...asArray(at(slo.props, ["sliSpecification", "timeSlice", "query", "queries"])).map((q) => at(q, ["metricQuery", "query"]))]
        .map((q) => asString(q) ?? "").filter((q) => q !== "");
    return stack.components().filter((c) => c.customerFacing).find((c) => datadogTag(slo, "component") === c.name
        || queries.some((q) => isScopedTo(q, componentScope(stack, c.name))));
}

/** One SLO's findings: alerts exist, each can fire for its target and reaches PagerDuty, and one pages. */
function checkSlo(stack: StackView, slo: StackResource, config: BurnRateConfig): Finding[] {
    const sloName = asString(slo.props.name) ?? slo.name;
    const alerts = burnAlertsOf(stack, slo);
    if (alerts.length === 0) {
        const tagged = stack.ofType(TYPES.monitor).find((m) => datadogTags(m).get("slo")?.includes(sloName));
        return [tagged !== undefined
            ? violation(ITEM, `monitor '${tagged.name}' is tagged 'slo:${sloName}' but is no burn-rate alert of SLO '${sloName}': it must be of type 'slo alert' with a burn_rate() query that refers to the SLO resource '${slo.name}' (a property dependency of its query)`, tagged)
            : violation(ITEM, `SLO '${sloName}' has no burn-rate alert (a ${TYPES.monitor} of type 'slo alert' whose burn_rate() query refers to the SLO resource '${slo.name}')`, slo)];
    }
    const target = lowestTarget(slo);
    if (target === "unknown") {
        return [undecided(ITEM, `SLO '${sloName}' target is unknown in preview, so whether its burn-rate alerts can fire cannot be judged`, slo)];
    }
    if (target === undefined) {
        return [violation(ITEM, `SLO '${sloName}' has no target between 0 and 100, so none of its burn-rate alerts can be judged able to fire`, slo)];
    }
    const max = maxBurnRate(target);
    const findings: Finding[] = [];
    const working: StackResource[] = [];
    for (const alert of alerts) {
        const threshold = lowestThreshold(alert);
        const message = alert.props.message;
        const silent = whySilent(alert);
        const muted = whyMuted(stack, alert);
        const late = whyLate(alert);
        if (silent !== undefined) {
            findings.push(violation(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' notifies no one: ${silent}`, alert));
        } else if (muted !== undefined) {
            findings.push((muted.kind === "hollow" ? violation : undecided)(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' ${muted.kind === "hollow" ? "notifies no one" : "may notify no one"}: ${muted.reason}`, alert));
        } else if (late !== undefined) {
            findings.push((late.kind === "hollow" ? violation : undecided)(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' ${late.kind === "hollow" ? "notifies too late" : "may notify too late"}: ${late.reason}`, alert));
        } else if (threshold === "unknown") {
            findings.push(undecided(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' has thresholds unknown in preview`, alert));
        } else if (threshold === undefined) {
            findings.push(violation(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' has no monitorThresholds.critical`, alert));
        } else if (queryDisagrees(alert) !== undefined) {
            findings.push(violation(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' ${queryDisagrees(alert)}`, alert));
        } else if (windowProblem(alert) !== undefined) {
            const problem = windowProblem(alert)!;
            findings.push((problem.undecided ? undecided : violation)(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' ${problem.text}`, alert));
        } else if (threshold >= max) {
            findings.push(violation(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' can never fire: its lowest threshold ${threshold} is not below ${max}, the highest burn rate a ${target}% target allows (1 / (1 - target))`, alert));
        } else if (isUnknown(message)) {
            findings.push(undecided(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' has a message unknown in preview, so whom it notifies cannot be judged`, alert));
        } else {
            const handles = handlesIn(asString(message) ?? "");
            if (!handles.some((h) => handleReachesService(stack, h))) {
                const named = handles.length === 0 ? "no @pagerduty- handle" : handles.map((h) => `@pagerduty-${h}`).join(", ");
                findings.push(violation(ITEM, `burn-rate alert '${alert.name}' of SLO '${sloName}' notifies no PagerDuty service of the stack (its message names ${named}; ${HANDLE_HOW})`, alert));
            } else {
                working.push(alert);
            }
        }
    }
    // Only ALERT pages (a WARN reaches PagerDuty as a warning, low urgency): the paging alert's
    // critical threshold itself must be reachable, not only its warning; and for a customer-facing
    // component's SLO the service it reaches must wake someone out of support hours, when a budget
    // burning fast matters as much (an internal component's SLO may wait for business hours).
    // A page must come in time: the alert that pages measures the burn over a long window of at most
    // maximumLongWindowHours (a window unknown in preview is not judged, see windowProblem).
    const servicesPaged = (a: StackResource) => handlesIn(alertText(asString(a.props.message) ?? ""))
        .map((h) => serviceOfHandle(stack, h)).filter((s): s is StackResource => s !== undefined);
    const pagers = working.filter((a) => canAlert(a, max) && servicesPaged(a).length > 0);
    const limit = config.maximumLongWindowHours;
    const timely = pagers.filter((a) => (longWindowMinutes(a) ?? 0) <= limit * 60);
    if (findings.length === 0 && pagers.length > 0 && timely.length === 0) {
        const slow = pagers.map((a) => `'${a.name}' over ${burnWindows(asString(a.props.query) ?? "").long?.text}`).join(", ");
        return [violation(ITEM, `SLO '${sloName}' has no burn-rate alert that pages in time: the alerts that page (${slow}) measure the burn over a long window of more than ${limit}h (maximumLongWindowHours; the SRE workbook pages on 1h and 6h windows and opens a ticket on longer ones)`, slo)];
    }
    const paged = timely.flatMap(servicesPaged);
    const facing = customerFacingOf(stack, slo);
    const wakes = (s: StackResource) => facing === undefined || pagesOutOfHours(outOfHoursUrgency(s));
    if (findings.length > 0 || paged.some(wakes)) {
        return findings;
    }
    const unknown = paged.find((s) => outOfHoursUrgency(s) === "unknown");
    if (unknown !== undefined) {
        return [undecided(ITEM, `SLO '${sloName}' pages PagerDuty service '${unknown.name}', whose urgency out of support hours is unknown in preview, so whether its burn-rate alerts wake anyone cannot be shown`, slo)];
    }
    const services = [...new Set(paged.map((s) => `'${s.name}'`))];
    const why = services.length === 0
        ? `none notifies its PagerDuty service when in ALERT (outside '{{#is_warning}}'-style blocks) with a critical threshold below ${max}, the highest burn rate a ${target}% target allows`
        : `the PagerDuty service${services.length > 1 ? "s" : ""} its alerts page (${services.join(", ")}) open${services.length > 1 ? "" : "s"} low-urgency incidents out of support hours (incidentUrgencyRule: 'constant' 'high', or 'use_support_hours' with outsideSupportHours urgency 'high' or 'severity_based', wakes someone)`;
    // Paging reached but low-urgency at night: a fault only because the component is customer-facing.
    const exposure = services.length === 0 ? undefined : facing?.exposure;
    if (exposure?.undecided === true) {
        return [undecided(ITEM, `SLO '${sloName}' has no burn-rate alert that pages out of support hours (${why}), which component '${facing?.name}' needs if the internet reaches it: ${exposure.why}`, slo)];
    }
    const because = exposure === undefined ? ""
        : `; component '${facing?.name}' is customer-facing, whatever its tags and spec say, because the internet reaches ${exposure.why}`;
    return [violation(ITEM, `SLO '${sloName}' has no burn-rate alert that pages: ${why}${because}`, slo)];
}

/**
 * Every SLO has burn-rate alerts that refer to it, can fire for its target, measure over windows
 * Datadog accepts, reach a PagerDuty service of the stack, and one of which pages in time.
 */
export const missingBurnRateAlerts = readinessPolicy<BurnRateConfig>({
    name: "missing-burn-rate-alerts",
    description: "Every SLO has burn-rate alerts ('slo alert' monitors whose query refers to the SLO) with a threshold below 1/(1 - target) and windows Datadog accepts (long 1h to 48h, short shorter), notifying a PagerDuty service of the stack, one of them paging with a long window of at most maximumLongWindowHours.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.slo, TYPES.monitor, TYPES.downtime, TYPES.downtimeSchedule],
    configProperties: {
        maximumLongWindowHours: {
            type: "number", default: PAGING_LONG_WINDOW_HOURS,
            description: "Longest long window, in hours, of the burn-rate alert that pages (the SRE workbook pages on 1h and 6h windows).",
        },
    },
    defaults: { maximumLongWindowHours: PAGING_LONG_WINDOW_HOURS },
    prodFloors: { maximumLongWindowHours: "atMost" },
    check(stack, config): Finding[] {
        const slos = stack.ofType(TYPES.slo);
        if (slos.length === 0) {
            return [violation(ITEM, `no SLO in the stack, so there are no burn-rate alerts (expected ${TYPES.slo} resources with 'slo alert' monitors)`)];
        }
        return slos.flatMap((slo) => checkSlo(stack, slo, config));
    },
});
