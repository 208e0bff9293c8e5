import { isoDurationHours } from "./durations";
import { StackResource, StackView } from "./stack";
import { asNumber, asString, at, isUnknown } from "./values";

/**
 * What a scale rule can do: whether an autoscale setting's scale-out rule, or a container app's
 * scale rule, can ever add an instance (a replica). Pure judgements of one rule; lib/capacity.ts
 * turns them into what a profile or an app can reach, which `enable-autoscaling` and
 * `configure-capacity-headroom` both read.
 */

/** What a rule lacks: `violations` it never adds an instance for, or `undecided` what preview cannot show. */
export interface RuleDefects {
    readonly violations: string[];
    readonly undecided: string[];
}

/** True when the rule has no defect: it can add an instance. */
export function counts(defects: RuleDefects): boolean {
    return defects.violations.length === 0 && defects.undecided.length === 0;
}

/** What an autoscale setting scales, as the rule judgement needs it: the resource, how messages name it, and what counts as its own. */
export interface ScaledTarget {
    readonly resource: StackResource;
    /** `plan 'x'` or `scale set 'x'`. */
    readonly label: string;
    /** The resource and the apps on it: a rule may watch a metric of any of them. */
    readonly own: readonly StackResource[];
}

/**
 * Whether a scale-out rule watches a metric of the setting's one target (a plan or scale set) or of an app on it.
 * A known `metricResourceUri` must equal the setting's known `targetResourceUri` or a known id of
 * the plan or its apps (undefined when those ids are unknown in preview, so a fixed id cannot be
 * compared). One unknown in preview counts only when every resource the setting's `profiles` refer
 * to is the plan or an app on it: references are recorded per property, not per rule, so a profile
 * that also refers to another resource may watch that one instead.
 */
function watchesTarget(stack: StackView, s: StackResource, target: ScaledTarget, rule: unknown): { watches: boolean | undefined; others: StackResource[] } {
    const others = stack.dependenciesOf(s, "profiles").filter((r) => !target.own.includes(r));
    const metricUri = at(rule, ["metricTrigger", "metricResourceUri"]);
    const knownUri = asString(metricUri);
    if (knownUri !== undefined) {
        const ids = [s.props.targetResourceUri, ...target.own.map((r) => r.props.id)].map(asString);
        const matches = ids.some((id) => id !== undefined && id.toLowerCase() === knownUri.toLowerCase());
        return { watches: matches ? true : isUnknown(s.props.targetResourceUri) ? undefined : false, others };
    }
    const refs = stack.dependenciesOf(s, "profiles");
    return { watches: isUnknown(metricUri) && refs.length > 0 && others.length === 0, others };
}

/**
 * The values a metric can take, by its name: a percentage (`CpuPercentage`, `MemoryPercentage`)
 * lies in 0..100, a count or length (`HttpQueueLength`, `DiskQueueLength`) is never below 0; of any
 * other metric (a count whose name does not say so, such as `Requests`, included) no bound is
 * assumed. A trigger that adds values up (`statistic` `Sum` across instances, `timeAggregation`
 * `Total` or `Count` over the window) lifts a percentage's upper bound: 4 instances at 60% sum to 240.
 */
function metricRange(name: string, sums: boolean): { low: number; high: number; what: string } {
    if (/percent/i.test(name)) {
        return sums ? { low: 0, high: Infinity, what: "a sum of percentages (never below 0)" } : { low: 0, high: 100, what: "a percentage (0..100)" };
    }
    return /count|length/i.test(name) ? { low: 0, high: Infinity, what: "a count (never below 0)" } : { low: -Infinity, high: Infinity, what: "unbounded" };
}

/** The aggregations that add values up rather than average them (`metricRange`). */
const SUMMING: ReadonlySet<string> = new Set(["Sum", "Total", "Count"]);

/** Whether some value in low..high compares `operator` to `threshold` (Azure's ComparisonOperationType). */
const FIRES: Readonly<Record<string, (low: number, high: number, threshold: number) => boolean>> = {
    GreaterThan: (_low, high, t) => high > t,
    GreaterThanOrEqual: (_low, high, t) => high >= t,
    LessThan: (low, _high, t) => low < t,
    LessThanOrEqual: (low, _high, t) => low <= t,
    Equals: (low, high, t) => low <= t && t <= high,
    NotEquals: (low, high, t) => low !== high || low !== t,
};

/**
 * Whether a rule's metric trigger can ever be met by a value its metric can take (`metricRange`):
 * `CpuPercentage GreaterThan 200`, or a count `LessThan 0`, never fires, so the rule never scales.
 */
function triggerDefects(rule: unknown, defects: RuleDefects): void {
    const trigger = at(rule, ["metricTrigger"]);
    const [name, operator, threshold] = [at(trigger, ["metricName"]), at(trigger, ["operator"]), at(trigger, ["threshold"])];
    const unknown = [["metricName", name], ["operator", operator], ["threshold", threshold]].filter(([, v]) => isUnknown(v)).map(([k]) => k);
    if (unknown.length > 0) {
        defects.undecided.push(`metricTrigger.${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} unknown in preview, so whether it can fire cannot be shown`);
        return;
    }
    const t = asNumber(threshold);
    const op = asString(operator);
    const metric = asString(name);
    if (metric === undefined || op === undefined || !(op in FIRES) || t === undefined) {
        defects.violations.push(`needs metricTrigger.metricName, an operator (${Object.keys(FIRES).join(", ")}) and a numeric threshold (got ${String(metric)} ${String(op)} ${String(threshold)}), so it never fires`);
        return;
    }
    const aggregations = [at(trigger, ["statistic"]), at(trigger, ["timeAggregation"])];
    const range = metricRange(metric, aggregations.some((a) => SUMMING.has(String(asString(a)))));
    if (!FIRES[op](range.low, range.high, t)) {
        const summed = metricRange(metric, true);
        if (aggregations.some(isUnknown) && FIRES[op](summed.low, summed.high, t)) {
            defects.undecided.push(`metricTrigger.statistic or timeAggregation is unknown in preview, so whether metric '${metric}' can be ${op} ${t} cannot be shown`);
        } else {
            defects.violations.push(`can never fire: metric '${metric}' is ${range.what} and the rule fires when it is ${op} ${t}`);
        }
    }
}

/**
 * Whether a scale-out rule's action adds at least one instance, from the profile's `minimum` where
 * the type counts from the current count. Azure's ScaleAction: `value` is "the number of instances
 * that are involved in the scaling action", at least 1 and 1 when unset. `ChangeCount` adds `value`
 * instances; `PercentChangeCount` adds `value` percent of the current count, whose rounding Azure
 * does not document, so that percent of the minimum must itself reach one instance; `ExactCount`
 * sets the count to `value`, which must exceed the minimum; `ServiceAllowedNextValue` leaves the
 * next count to the service, so what it adds is not stated and it fails.
 */
function actionDefects(rule: unknown, minimum: number | undefined, defects: RuleDefects): void {
    const action = at(rule, ["scaleAction"]);
    const [type, rawValue] = [at(action, ["type"]), at(action, ["value"])];
    const unknown = [["type", type], ["value", rawValue]].filter(([, v]) => isUnknown(v)).map(([k]) => k);
    if (unknown.length > 0) {
        defects.undecided.push(`scaleAction.${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} unknown in preview, so whether it adds an instance cannot be shown`);
        return;
    }
    const value = rawValue === undefined || rawValue === null ? 1 : asNumber(rawValue);
    const kind = asString(type);
    if (kind !== "ChangeCount" && kind !== "PercentChangeCount" && kind !== "ExactCount") {
        defects.violations.push(`scaleAction.type is '${String(kind)}': only ChangeCount, PercentChangeCount or ExactCount state how many instances a scale-out adds`);
    } else if (value === undefined || value < 1 || (kind !== "PercentChangeCount" && !Number.isInteger(value))) {
        defects.violations.push(`scaleAction.value is '${String(rawValue)}': it must be ${kind === "PercentChangeCount" ? "a number" : "a whole number"} of at least 1, or the scale-out adds no instance`);
    } else if (minimum !== undefined && kind === "PercentChangeCount" && minimum * value / 100 < 1) {
        defects.violations.push(`scaleAction PercentChangeCount ${value}% of capacity.minimum ${minimum} is ${minimum * value / 100} instances, less than one, so it may add none`);
    } else if (minimum !== undefined && kind === "ExactCount" && value <= minimum) {
        defects.violations.push(`scaleAction ExactCount ${value} is not above capacity.minimum ${minimum}, so it adds no instance`);
    }
}

/**
 * The longest scale-out cooldown that counts, in hours. Azure waits a rule's `cooldown` after the
 * last scaling action before it may act again and allows up to a week (`P7D`): a rule that waits
 * days adds at most one step per wait, so under a surge it cannot follow the load. Within an hour
 * a profile can still grow several steps while a surge lasts (ReadyService waits `PT5M`).
 */
const MAX_SCALE_OUT_COOLDOWN_HOURS = 1;

/** Whether a scale-out rule's `scaleAction.cooldown` lets it fire again soon enough (`MAX_SCALE_OUT_COOLDOWN_HOURS`). */
function cooldownDefects(rule: unknown, defects: RuleDefects): void {
    const cooldown = at(rule, ["scaleAction", "cooldown"]);
    if (isUnknown(cooldown)) {
        defects.undecided.push("scaleAction.cooldown is unknown in preview, so how often it can add instances cannot be shown");
        return;
    }
    const hours = isoDurationHours(cooldown);
    if (hours === undefined) {
        defects.violations.push(`scaleAction.cooldown is '${String(cooldown)}': state an ISO-8601 duration of at most PT${MAX_SCALE_OUT_COOLDOWN_HOURS}H (such as PT5M)`);
    } else if (hours > MAX_SCALE_OUT_COOLDOWN_HOURS) {
        defects.violations.push(`scaleAction.cooldown is ${String(cooldown)}: it adds instances at most once per ${String(cooldown)}, too slowly to follow a surge; at most PT${MAX_SCALE_OUT_COOLDOWN_HOURS}H is required`);
    }
}

/** Whether a scale-out rule watches a metric of the target or an app on it (`watchesTarget`). */
function metricDefects(stack: StackView, s: StackResource, target: ScaledTarget, rule: unknown, defects: RuleDefects): void {
    const { watches, others } = watchesTarget(stack, s, target, rule);
    if (watches === undefined) {
        defects.undecided.push(`metricTrigger.metricResourceUri is a fixed id and the id of ${target.label} is unknown in preview, so whether it watches it cannot be shown`);
    } else if (!watches) {
        defects.violations.push(`watches no metric of ${target.label} or an app on it (metricTrigger.metricResourceUri must refer to one of them${others.length > 0 ? `; the profiles also refer to ${others.map((o) => `'${o.name}'`).join(", ")}, whose metric a rule may watch instead` : ""})`);
    }
}

/**
 * Why scale-out rule `rule` of a profile of autoscale setting `s` does not add instances of
 * `target` under load (none: it does): it must watch a metric of the target, be able to fire, add
 * an instance and cool down within the hour.
 */
export function scaleOutDefects(stack: StackView, s: StackResource, target: ScaledTarget, rule: unknown, minimum: number | undefined): RuleDefects {
    const defects: RuleDefects = { violations: [], undecided: [] };
    metricDefects(stack, s, target, rule, defects);
    triggerDefects(rule, defects);
    actionDefects(rule, minimum, defects);
    cooldownDefects(rule, defects);
    return defects;
}

/** What a container app's scale rule scales on; a rule that sets none of them (a name alone) never fires. */
export const SCALE_TRIGGERS = ["http", "tcp", "azureQueue", "custom"] as const;

/** A trigger is set when it is an object (or unknown in preview, which the rule's other checks leave undecided). */
export function hasTrigger(value: unknown): boolean {
    return isUnknown(value) || (value !== null && typeof value === "object");
}

/**
 * The most concurrent requests (http) or connections (tcp) per replica a rule may target. The
 * platform adds a replica when the replicas' concurrency exceeds the target (10 when unset); a
 * replica never holds tens of thousands of requests at once, so a rule targeting more never adds
 * one. ReadyService's examples target 50.
 */
export const MAX_CONCURRENCY_PER_REPLICA = 10000;

/** The metadata key of the concurrency an http or tcp rule targets. */
const CONCURRENCY_KEY = { http: "concurrentRequests", tcp: "concurrentConnections" } as const;

/** Whether an http or tcp rule's target concurrency per replica can be reached (`MAX_CONCURRENCY_PER_REPLICA`). */
function concurrencyDefects(kind: "http" | "tcp", trigger: unknown, defects: RuleDefects): void {
    const metadata = at(trigger, ["metadata"]);
    const property = `${kind}.metadata.${CONCURRENCY_KEY[kind]}`;
    const value = at(metadata, [CONCURRENCY_KEY[kind]]);
    if (isUnknown(metadata) || isUnknown(value)) {
        defects.undecided.push(`${isUnknown(metadata) ? `${kind}.metadata` : property} is unknown in preview, so whether it can add a replica cannot be shown`);
        return;
    }
    if (value === undefined || value === null) {
        return; // The platform's default target, 10 per replica, is reached under load.
    }
    const n = asNumber(value);
    if (n === undefined || !Number.isInteger(n) || n < 1) {
        defects.violations.push(`${property} is '${String(value)}': it must be a whole number of at least 1, or the rule never adds a replica`);
    } else if (n > MAX_CONCURRENCY_PER_REPLICA) {
        defects.violations.push(`${property} is ${n}: a replica never holds that many at once, so the rule never adds a replica; at most ${MAX_CONCURRENCY_PER_REPLICA} per replica is allowed`);
    }
}

/**
 * The Kubernetes HorizontalPodAutoscaler's default tolerance, which container apps' scale rules run
 * on (KEDA hands cpu and memory to the HPA): it changes the replica count only when usage over target
 * differs from 1 by more than this ("Horizontal Pod Autoscaling", algorithm details).
 */
export const HPA_TOLERANCE = 0.1;

/**
 * The metric types KEDA's cpu and memory scalers accept in `metadata.type`, compared exactly
 * (kedacore/keda pkg/scalers/cpu_memory_scaler.go, `parseResourceMetadata`).
 */
const KEDA_METRIC_TYPES = ["Utilization", "AverageValue"];

/**
 * Whether KEDA reads `value` as a Utilization target: it parses it with Go's
 * `strconv.ParseInt(value, 10, 32)`, so an optional sign and decimal digits only, within 32 bits
 * (`70`, not `70.5`, ` 70` or `70%`).
 */
function isInt32Text(value: unknown): boolean {
    const text = typeof value === "number" ? (Number.isInteger(value) ? String(value) : "") : asString(value) ?? "";
    return /^[+-]?\d+$/.test(text) && Math.abs(Number(text)) <= 2 ** 31 - (text.startsWith("-") ? 0 : 1);
}

/**
 * The number of a Kubernetes quantity (`500m`, `100n`, `1.5`, `256Mi`, `1e3`), as KEDA parses an
 * AverageValue target (`resource.MustParse`); `undefined` when it is none. Only whether it is above
 * 0 is judged, so the suffix's scale is not applied.
 */
function quantityAmount(value: unknown): number | undefined {
    const text = typeof value === "number" ? String(value) : asString(value) ?? "";
    const match = /^\+?(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(text);
    return match === null ? undefined : Number(match[1]);
}

/** The highest utilization target (a whole percentage) that usage of at most 100% can exceed by more than {@link HPA_TOLERANCE}. */
export const MAX_UTILIZATION_TARGET = Math.ceil(100 / (1 + HPA_TOLERANCE)) - 1;

/**
 * Whether a `cpu` or `memory` custom rule's target can be exceeded. With `metadata.type`
 * `Utilization` `metadata.value` is a percentage of the container's requested cpu or
 * memory, which in a container app is also its limit: usage never exceeds 100%, and the platform
 * adds a replica only when usage exceeds the target by more than the HPA's tolerance (10%), so the
 * target must lie above 0 and at most {@link MAX_UTILIZATION_TARGET} (95 would need usage above
 * 104.5%). With `AverageValue` it is an amount per replica (millicores, bytes), which must be above 0.
 * KEDA fails the scaler, which then never adds a replica, on a `metadata.type` unset or other than
 * exactly `Utilization` or `AverageValue`, on a Utilization `value` that is not a whole number and
 * on an AverageValue that is not a quantity.
 */
function utilizationDefects(scaler: string, trigger: unknown, defects: RuleDefects): void {
    const metadata = at(trigger, ["metadata"]);
    const [type, value] = [at(metadata, ["type"]), at(metadata, ["value"])];
    if (isUnknown(metadata) || isUnknown(type) || isUnknown(value)) {
        const what = isUnknown(metadata) ? "custom.metadata" : isUnknown(type) ? "custom.metadata.type" : "custom.metadata.value";
        defects.undecided.push(`${what} is unknown in preview, so whether the ${scaler} rule can add a replica cannot be shown`);
        return;
    }
    const typeText = asString(type);
    if (typeText === undefined || typeText === "") {
        defects.violations.push(`custom (${scaler}) metadata.type is unset: KEDA's ${scaler} scaler needs ${KEDA_METRIC_TYPES.map((t) => `'${t}'`).join(" or ")} `
            + "there (a container app's rule has no metricType) and fails without it, so the rule never adds a replica");
        return;
    }
    if (!KEDA_METRIC_TYPES.includes(typeText)) {
        defects.violations.push(`custom (${scaler}) metadata.type is '${typeText}': KEDA's ${scaler} scaler reads exactly ${KEDA_METRIC_TYPES.map((t) => `'${t}'`).join(" or ")} `
            + "and fails on anything else, so the rule never adds a replica");
        return;
    }
    const average = typeText === "AverageValue";
    const n = average ? quantityAmount(value) : asNumber(value);
    if (average && n === undefined) {
        defects.violations.push(`custom (${scaler}) metadata.value is '${String(value)}': KEDA reads an AverageValue target as a Kubernetes quantity `
            + "(such as '500m' or '256Mi') and fails on anything else, so the rule never adds a replica");
    } else if (!average && !isInt32Text(value)) {
        defects.violations.push(`custom (${scaler}) metadata.value is '${String(value)}': KEDA reads a Utilization target as a whole number `
            + "(a percentage such as '70') and fails on anything else, so the rule never adds a replica");
    } else if (n === undefined || n <= 0) {
        defects.violations.push(`custom (${scaler}) metadata.value is '${String(value)}': state a target above 0, or the rule never adds a replica`);
    } else if (!average && 100 / n <= 1 + HPA_TOLERANCE) {
        defects.violations.push(`custom (${scaler}) metadata.value is ${n}: it is a utilization of the container's ${scaler}, which never exceeds 100%, `
            + `and a replica is added only when usage exceeds the target by more than ${HPA_TOLERANCE * 100}% (the HPA's tolerance), `
            + `so the rule never adds a replica; a target above 0 and at most ${MAX_UTILIZATION_TARGET} is required`);
    }
}

/** Whether an azureQueue rule names a queue and a positive target length. */
function queueDefects(trigger: unknown, defects: RuleDefects): void {
    const [name, length] = [at(trigger, ["queueName"]), at(trigger, ["queueLength"])];
    if (isUnknown(name) || isUnknown(length)) {
        defects.undecided.push(`azureQueue.${isUnknown(name) ? "queueName" : "queueLength"} is unknown in preview, so whether it can add a replica cannot be shown`);
        return;
    }
    const n = asNumber(length);
    if (asString(name) === undefined || asString(name)!.trim() === "") {
        defects.violations.push("azureQueue.queueName is unset: a rule that reads no queue never adds a replica");
    } else if (length !== undefined && length !== null && (n === undefined || !Number.isInteger(n) || n < 1)) {
        defects.violations.push(`azureQueue.queueLength is '${String(length)}': it must be a whole number of at least 1, or the rule never adds a replica`);
    }
}

/** Whether a custom rule names its scaler and, for `cpu` and `memory`, targets a reachable utilization. */
function customDefects(trigger: unknown, defects: RuleDefects): void {
    const type = at(trigger, ["type"]);
    if (isUnknown(type)) {
        defects.undecided.push("custom.type is unknown in preview, so whether it can add a replica cannot be shown");
        return;
    }
    const scaler = asString(type)?.trim().toLowerCase();
    if (scaler === undefined || scaler === "") {
        defects.violations.push("custom.type is unset: a custom rule names no scaler, so it never adds a replica");
    } else if (scaler === "cpu" || scaler === "memory") {
        utilizationDefects(scaler, trigger, defects);
    }
    // Other scalers (a Service Bus queue, Kafka lag, ...) carry metadata of their own, not judged here.
}

/**
 * Why a container app's scale rule (`template.scale.rules[]`) never adds a replica (none: it can):
 * it sets no trigger (a name alone), or the trigger's numbers can never be met (`concurrencyDefects`,
 * `utilizationDefects`, `queueDefects`, `customDefects`). A rule unknown in preview is undecided.
 */
export function containerRuleDefects(rule: unknown): RuleDefects {
    const defects: RuleDefects = { violations: [], undecided: [] };
    if (isUnknown(rule)) {
        defects.undecided.push("is unknown in preview, so whether it can add a replica cannot be shown");
        return defects;
    }
    const triggers = SCALE_TRIGGERS.filter((t) => hasTrigger(at(rule, [t])));
    if (triggers.length === 0) {
        defects.violations.push(`sets no trigger (none of ${SCALE_TRIGGERS.join(", ")}), so it never adds a replica`);
    }
    for (const t of triggers) {
        const trigger = at(rule, [t]);
        if (isUnknown(trigger)) {
            defects.undecided.push(`${t} is unknown in preview, so whether it can add a replica cannot be shown`);
        } else if (t === "http" || t === "tcp") {
            concurrencyDefects(t, trigger, defects);
        } else if (t === "azureQueue") {
            queueDefects(trigger, defects);
        } else {
            customDefects(trigger, defects);
        }
    }
    return defects;
}

/** How messages name rule `index` (0-based) of `rules`: its `name` when it has one, else its position. */
export function ruleLabel(rules: readonly unknown[], index: number): string {
    const name = asString(at(rules[index], ["name"]));
    return name !== undefined && name.trim() !== "" ? `scale rule '${name}'` : `scale rule ${index + 1}`;
}
