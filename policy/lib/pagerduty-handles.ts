import { StackResource, StackView, TYPES } from "./stack";
import { asString } from "./values";

/**
 * Which `@pagerduty-<service>` handles of a monitor message reach PagerDuty through the stack. Kept
 * minimal and in one place: paging end to end (urgency, escalation) is judged elsewhere.
 */

/** Datadog's PagerDuty integration object: makes `@pagerduty-<serviceName>` deliver to PagerDuty. */
export const DATADOG_PAGERDUTY_SERVICE = "datadog:pagerduty/serviceObject:ServiceObject";

/** The `@pagerduty-<service>` handles a message names, in order, without duplicates. */
export function pagerDutyHandles(message: string): string[] {
    return [...new Set([...message.matchAll(/@pagerduty-([A-Za-z0-9_.-]+)/g)].map((m) => m[1]))];
}

/**
 * The part of a message Datadog sends when the monitor is in ALERT: the text outside conditional
 * blocks, plus `{{#is_alert}}` blocks (warning-only, recovery-only or no-data-only blocks dropped).
 */
export function alertText(message: string): string {
    return message
        .replace(/\{\{\^(\w+)\}\}[\s\S]*?\{\{\/\1\}\}/g, "")
        .replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_all, condition: string, body: string) => (condition === "is_alert" ? body : ""));
}

/**
 * True when `service` is reachable: a `pagerduty:index/service:Service` named `service` is in the
 * stack, and a Datadog PagerDuty integration object for that service name.
 */
export function reachesPagerDuty(stack: StackView, service: string): boolean {
    const named = (r: StackResource, key: string) => asString(r.props[key]) === service;
    return stack.ofType(TYPES.pdService).some((r) => named(r, "name"))
        && stack.ofType(DATADOG_PAGERDUTY_SERVICE).some((r) => named(r, "serviceName"));
}
