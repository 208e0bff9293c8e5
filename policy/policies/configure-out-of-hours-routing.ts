import { componentOf, monitors } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { datadogTag, StackResource, TYPES } from "../lib/stack";
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

/** Every alert is classified page/business-hours and routed; every service has support hours and urgency. */
export const configureOutOfHoursRouting = readinessPolicy({
    name: "configure-out-of-hours-routing",
    description: "Every monitor is tagged routing:page or routing:business-hours and notifies its PagerDuty service; every PagerDuty service has support hours and an urgency rule.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor, TYPES.pdService],
    defaults: {},
    check(stack): Finding[] {
        const findings: Finding[] = [];
        const all = monitors(stack);
        if (all.length === 0) {
            findings.push(violation(ITEM, `no monitor in the stack, so no alert is classified for out-of-hours paging (expected ${TYPES.monitor})`));
        }
        for (const monitor of all) {
            findings.push(...checkMonitor((c) => stack.serviceName(c), monitor).map((p) => violation(ITEM, p, monitor)));
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
