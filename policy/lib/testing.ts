import * as assert from "node:assert/strict";
import { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { forgetInputs } from "./inputs";
import { previewOutputs } from "./preview-shape";
import { evaluate, ReadinessPolicy, ReadinessPolicySpec, Report } from "./readiness-policy";
import { StackResource, StackView, TYPES } from "./stack";
import { setStackConfiguration, stackConfiguration, StackConfiguration, testStack } from "./stack-configuration";

/* eslint-disable @typescript-eslint/no-require-imports */
const analyzerPb = require("@pulumi/pulumi/proto/analyzer_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * A tiny harness for specs: builds `StackValidationArgs`-shaped objects from
 * plain resource descriptions and collects what a policy reports, without
 * starting the pack (constructing a PolicyPack starts a gRPC server).
 */
export interface ResourceSpec {
    type: string;
    name: string;
    /** The resource's inputs, as the program gives them. */
    props: Record<string, unknown>;
    /**
     * A component's registered outputs. Unset: a `readiness:index:ReadyService` registers its spec
     * (its inputs), as the component does; any other component registers nothing.
     */
    outputs?: Record<string, unknown>;
    /** False for a component. Unset: only `readiness:index:ReadyService` is a component. */
    custom?: boolean;
    protect?: boolean;
    parent?: string;
    /** Property name → names of the resources that property depends on. */
    propertyDependencies?: Record<string, string[]>;
    dependencies?: string[];
}

/** What `AnalyzeStack` is sent: the inputs (the offline engine before docs/fidelity.md) or a real preview's outputs. */
export type Shape = "inputs" | "outputs";

function isCustom(s: ResourceSpec): boolean {
    return s.custom ?? s.type !== TYPES.readyService;
}

/** `value` as it crosses the wire: JSON data, so a property set to `undefined` is not there at all. */
function wire<T>(value: T): T {
    return value === undefined ? value : JSON.parse(JSON.stringify(value)) as T;
}

/** The properties `AnalyzeStack` sees for `s` in `shape`. */
export function shapedProps(s: ResourceSpec, shape: Shape): Record<string, unknown> {
    const inputs = wire(s.props);
    if (shape === "inputs") {
        return inputs;
    }
    return previewOutputs(s.type, isCustom(s), inputs, wire(s.outputs) ?? (s.type === TYPES.readyService ? inputs : undefined));
}

/** The URN the harness gives a resource. */
export function urnOf(type: string, name: string): string {
    return `urn:pulumi:prod::shop::${type}::${name}`;
}

/** `value` and everything in it, frozen: a write to it throws. */
export function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
    }
    return value;
}

/** The `ConfigureStack` request the engine sends before a preview of `stack` of project `shop` (organization `example`). */
export function configureStackRequest(stack: string, config: Record<string, string> = {}): unknown {
    const request = new analyzerPb.AnalyzerStackConfigureRequest();
    request.setStack(stack);
    request.setProject("shop");
    request.setOrganization("example");
    request.setDryRun(true);
    for (const [k, v] of Object.entries(config)) {
        request.getConfigMap().set(k, v);
    }
    return request;
}

/**
 * Builds SDK-shaped `PolicyResource`s, resolving dependency names to resources. The properties are
 * frozen, as every policy of one request shares them in the pack (lib/deserialize-once.ts): a
 * policy that writes to them throws, and so reports that it failed to run.
 */
export function policyResources(specs: readonly ResourceSpec[], shape: Shape = "inputs"): PolicyResource[] {
    const built = new Map<string, PolicyResource>();
    for (const s of specs) {
        const pkg = s.type.substring(0, s.type.indexOf(":"));
        built.set(s.name, {
            type: s.type,
            name: s.name,
            urn: urnOf(s.type, s.name),
            props: deepFreeze(shapedProps(s, shape)),
            // Both engines name a custom resource's provider; a component has none.
            provider: isCustom(s) ? { type: `pulumi:providers:${pkg}`, name: "default", urn: `urn:pulumi:prod::shop::pulumi:providers:${pkg}::default`, props: {} } : undefined,
            opts: { protect: s.protect ?? false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [],
                customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 } },
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        } as PolicyResource);
    }
    const lookup = (name: string): PolicyResource => {
        const r = built.get(name);
        if (r === undefined) {
            throw new Error(`fixture names unknown resource '${name}'`);
        }
        return r;
    };
    for (const s of specs) {
        const r = built.get(s.name)!;
        r.parent = s.parent === undefined ? undefined : lookup(s.parent);
        r.dependencies = (s.dependencies ?? []).map(lookup);
        for (const [prop, names] of Object.entries(s.propertyDependencies ?? {})) {
            r.propertyDependencies[prop] = names.map(lookup);
        }
    }
    return [...built.values()];
}

/** `StackValidationArgs` over `specs` (shaped as `shape`) with the given policy config. */
export function stackArgs(specs: readonly ResourceSpec[], config: Record<string, unknown> = {}, shape: Shape = "inputs"): StackValidationArgs {
    return {
        resources: policyResources(specs, shape),
        stackTags: new Map(),
        getConfig: <T extends object>() => config as T,
        notApplicable: (reason?: string): never => {
            throw new Error(`notApplicable: ${reason}`);
        },
    };
}

/**
 * The stack a spec runs in: a stack name (as ConfigureStack gives it), or a whole configuration.
 * Specs run in the stack `prod` unless they say otherwise.
 */
export type TestStack = string | StackConfiguration;

/** Runs `body` with the engine having described `stack`, then restores what it had said. */
export async function inStack<T>(stack: TestStack, body: () => T | Promise<T>): Promise<T> {
    const before = stackConfiguration();
    setStackConfiguration(typeof stack === "string" ? testStack(stack) : stack);
    try {
        return await body();
    } finally {
        setStackConfiguration(before);
    }
}

/**
 * Runs a policy as the engine does, in `stack`: `Analyze` (its `validateResource`) with every
 * resource's inputs, then `validateStack` over the resources shaped as `shape`; returns what it reported.
 */
export async function runShaped(policy: ReadinessPolicy, specs: readonly ResourceSpec[], config: Record<string, unknown>, shape: Shape,
    stack: TestStack = "prod"): Promise<Report[]> {
    forgetInputs();
    for (const s of specs) {
        policy.validateResource({ type: s.type, name: s.name, urn: urnOf(s.type, s.name), props: deepFreeze(wire(s.props)) } as ResourceValidationArgs);
    }
    const reports: Report[] = [];
    const collect = (r: Report | string, urn?: string) => {
        reports.push(typeof r === "string" ? { message: r, urn } : { message: r.message, urn: r.urn, enforcementLevel: r.enforcementLevel });
    };
    await inStack(stack, () => policy.validateStack(stackArgs(specs, config, shape), collect as never));
    forgetInputs();
    return reports;
}

/**
 * Runs a policy over `specs` in `stack` twice, as the offline engine once sent them (inputs to
 * `AnalyzeStack`) and as a real preview does (outputs, lib/preview-shape.ts), fails unless both give
 * the same reports, and returns them: every spec holds for real-preview-shaped resources too.
 */
export async function run(policy: ReadinessPolicy, specs: readonly ResourceSpec[], config: Record<string, unknown> = {},
    stack: TestStack = "prod"): Promise<Report[]> {
    const overInputs = await runShaped(policy, specs, config, "inputs", stack);
    const overOutputs = await runShaped(policy, specs, config, "outputs", stack);
    assert.deepEqual(overOutputs, overInputs, `${policy.name} reports differently over a real preview's outputs than over inputs`);
    return overOutputs;
}

/** Messages reported by `policy` over `specs` in `stack`. */
export async function messages(policy: ReadinessPolicy, specs: readonly ResourceSpec[], config: Record<string, unknown> = {},
    stack: TestStack = "prod"): Promise<string[]> {
    return (await run(policy, specs, config, stack)).map((r) => r.message);
}

/** Evaluates a spec directly over plain stack resources in `stack`. */
export function evaluateSpec<C extends object>(spec: ReadinessPolicySpec<C>, resources: StackResource[], config: C, stack = "prod"): Report[] {
    const before = stackConfiguration();
    setStackConfiguration(testStack(stack));
    try {
        return evaluate(spec, new StackView(resources), config);
    } finally {
        setStackConfiguration(before);
    }
}

/** A deep copy of `specs` with `edit` applied to the resource named `name`. */
export function editing(specs: readonly ResourceSpec[], name: string, edit: (r: ResourceSpec) => void): ResourceSpec[] {
    const copy = JSON.parse(JSON.stringify(specs)) as ResourceSpec[];
    const target = copy.find((r) => r.name === name);
    if (target === undefined) {
        throw new Error(`fixture has no resource '${name}'`);
    }
    edit(target);
    return copy;
}

/** A deep copy of `specs` without the named resources (and without references to them). */
export function without(specs: readonly ResourceSpec[], ...names: string[]): ResourceSpec[] {
    const kept = (JSON.parse(JSON.stringify(specs)) as ResourceSpec[]).filter((r) => !names.includes(r.name));
    for (const r of kept) {
        r.dependencies = r.dependencies?.filter((d) => !names.includes(d));
        for (const [prop, deps] of Object.entries(r.propertyDependencies ?? {})) {
            r.propertyDependencies![prop] = deps.filter((d) => !names.includes(d));
        }
        if (r.parent !== undefined && names.includes(r.parent)) {
            r.parent = undefined;
        }
    }
    return kept;
}

/** A deep copy of `specs` without every resource of `type`. */
export function withoutType(specs: readonly ResourceSpec[], type: string): ResourceSpec[] {
    return without(specs, ...specs.filter((r) => r.type === type).map((r) => r.name));
}
