import { componentOf, monitors } from "../lib/evidence";
import { Finding, undecided, violation } from "../lib/findings";
import { isPageClass, outOfHoursUrgency, pagesOutOfHours, routesOf } from "../lib/paging";
import { readinessPolicy } from "../lib/readiness-policy";
import { datadogTag, StackResource, StackView, TYPES } from "../lib/stack";
import { asArray, asString, at } from "../lib/values";

const ITEM = "support.out-of-hours";
const ROUTINGS = ["page", "business-hours"];

function checkUrgency(service: StackResource): string | undefined {
    const type = asString(at(service.props, ["incidentUrgencyRule", "type"]));
    if (type === "constant") {
        const urgency = asString(at(service.props, ["incidentUrgencyRule", "urgency"]));
        return urgency === "high" ? undefined
            : `PagerDuty service '${service.name}' has a constant urgency rule with urgency '${String(urgency)}'; only 'high' is a deliberate page-at-all-hours choice`;
    }
    if (type === "use_support_hours") {
        const hours = service.props.supportHours;
        const complete = ["type", "timeZone", "startTime", "endTime"].every((k) => asString(at(hours, [k])) !== undefined)
            && asArray(at(hours, ["daysOfWeeks"])).length > 0;
        return complete ? undefined
            : `PagerDuty service '${service.name}' uses support hours but supportHours is incomplete (needs type, timeZone, startTime, endTime and daysOfWeeks)`;
    }
    return `PagerDuty service '${service.name}' has no incidentUrgencyRule of type 'use_support_hours' (with supportHours) or 'constant' with urgency 'high'`;
}

function checkMonitor(stackService: (component: string) => string, monitor: StackResource): string[] {
    const problems: string[] = [];
    const routing = datadogTag(monitor, "routing");
    if (routing === undefined || !ROUTINGS.includes(routing)) {
        problems.push(`monitor '${monitor.name}' has routing tag '${String(routing)}'; it must be tagged 'routing:page' or 'routing:business-hours'`);
    }
    const message = asString(monitor.props.message) ?? "";
    const component = componentOf(monitor);
    const handle = component === undefined ? "@pagerduty-" : `@pagerduty-${stackService(component)}`;
    if (!message.includes(handle)) {
        problems.push(`monitor '${monitor.name}' message does not notify PagerDuty with '${handle}'`);
    }
    return problems;
}

/**
 * What the monitor's handles reach (lib/paging.ts): every handle must reach a PagerDuty service of the
 * stack, and a page-class monitor at least one. Returns the findings and the services reached.
 */
function checkRoutes(stack: StackView, monitor: StackResource): { findings: Finding[]; reached: StackResource[] } {
    const routes = routesOf(stack, monitor);
    const findings = routes.flatMap((r) => (r.gap === undefined ? []
        : [r.gap.outcome === "undecided" ? undecided(ITEM, r.gap.message, monitor) : violation(ITEM, r.gap.message, monitor)]));
    const reached = routes.flatMap((r) => (r.service === undefined ? [] : [r.service]));
    if (isPageClass(monitor) && routes.length === 0) {
        findings.push(violation(ITEM, `monitor '${monitor.name}' is routing:page but notifies no '@pagerduty-<service>' handle, so it pages no one`, monitor));
    }
    return { findings, reached };
}

/** A service that receives page-class alerts must page with high urgency out of support hours. */
function checkPageUrgency(service: StackResource, monitor: StackResource): Finding[] {
    if (asString(at(service.props, ["incidentUrgencyRule", "type"])) !== "use_support_hours") {
        return []; // checkUrgency judges a constant rule (it must be high) and a missing one
    }
    const urgency = outOfHoursUrgency(service);
    if (urgency === "unknown") {
        return [undecided(ITEM, `the urgency of PagerDuty service '${service.name}' outside support hours is unknown in preview, so whether page-class alert '${monitor.name}' wakes anyone cannot be shown`, service)];
    }
    return pagesOutOfHours(urgency) ? []
        : [violation(ITEM, `PagerDuty service '${service.name}' receives page-class alert '${monitor.name}' but its urgency outside support hours is '${String(urgency)}'; it must be 'high' (or 'severity_based') so the page wakes someone`, service)];
}

/**
 * Every alert is classified page/business-hours and routed; every handle reaches a PagerDuty service
 * through an integration in the stack; a service that receives page-class alerts pages with high
 * urgency out of hours; every service has support hours and urgency.
 */
export const configureOutOfHoursRouting = readinessPolicy({
    name: "configure-out-of-hours-routing",
    description: "Every monitor is tagged routing:page or routing:business-hours and notifies its PagerDuty service through a Datadog service object and a PagerDuty integration in the stack; a service receiving page-class alerts has high urgency out of support hours; every PagerDuty service has support hours and an urgency rule.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor, TYPES.pdService, TYPES.ddPagerDutyServiceObject, TYPES.pdServiceIntegration],
    defaults: {},
    check(stack): Finding[] {
        const findings: Finding[] = [];
        const all = monitors(stack);
        if (all.length === 0) {
            findings.push(violation(ITEM, `no monitor in the stack, so no alert is classified for out-of-hours paging (expected ${TYPES.monitor})`));
        }
        // The first page-class monitor that reaches each service, for its urgency check (once per service).
        const paged = new Map<StackResource, StackResource>();
        for (const monitor of all) {
            findings.push(...checkMonitor((c) => stack.serviceName(c), monitor).map((p) => violation(ITEM, p, monitor)));
            const { findings: routeFindings, reached } = checkRoutes(stack, monitor);
            findings.push(...routeFindings);
            for (const service of isPageClass(monitor) ? reached : []) {
                if (!paged.has(service)) {
                    paged.set(service, monitor);
                }
            }
        }
        for (const [service, monitor] of paged) {
            findings.push(...checkPageUrgency(service, monitor));
        }
        const services = stack.ofType(TYPES.pdService);
        if (services.length === 0) {
            findings.push(violation(ITEM, `no PagerDuty service in the stack, so no support hours or urgency rules are set (expected ${TYPES.pdService})`));
        }
        for (const service of services) {
            const problem = checkUrgency(service);
            if (problem !== undefined) {
                findings.push(violation(ITEM, problem, service));
            }
        }
        return findings;
    },
});
