import { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import { evaluate, ReadinessPolicy, ReadinessPolicySpec, Report } from "./readiness-policy";
import { StackResource, StackView } from "./stack";
import { setStackConfiguration, stackConfiguration, StackConfiguration, testStack } from "./stack-configuration";

/**
 * A tiny harness for specs: builds `StackValidationArgs`-shaped objects from
 * plain resource descriptions and collects what a policy reports, without
 * starting the pack (constructing a PolicyPack starts a gRPC server).
 */
export interface ResourceSpec {
    type: string;
    name: string;
    props: Record<string, unknown>;
    protect?: boolean;
    parent?: string;
    /** Property name → names of the resources that property depends on. */
    propertyDependencies?: Record<string, string[]>;
    dependencies?: string[];
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

/**
 * Builds SDK-shaped `PolicyResource`s, resolving dependency names to resources. The properties are
 * frozen, as every policy of one request shares them in the pack (lib/deserialize-once.ts): a
 * policy that writes to them throws, and so reports that it failed to run.
 */
export function policyResources(specs: readonly ResourceSpec[]): PolicyResource[] {
    const built = new Map<string, PolicyResource>();
    for (const s of specs) {
        built.set(s.name, {
            type: s.type,
            name: s.name,
            urn: urnOf(s.type, s.name),
            props: deepFreeze(structuredClone(s.props)),
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

/** `StackValidationArgs` over `specs` with the given policy config. */
export function stackArgs(specs: readonly ResourceSpec[], config: Record<string, unknown> = {}): StackValidationArgs {
    return {
        resources: policyResources(specs),
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

/** Runs a policy's `validateStack` in `stack` and returns what it reported. */
export async function run(policy: ReadinessPolicy, specs: readonly ResourceSpec[], config: Record<string, unknown> = {},
    stack: TestStack = "prod"): Promise<Report[]> {
    const reports: Report[] = [];
    const collect = (r: Report | string, urn?: string) => {
        reports.push(typeof r === "string" ? { message: r, urn } : { message: r.message, urn: r.urn, enforcementLevel: r.enforcementLevel });
    };
    await inStack(stack, () => policy.validateStack(stackArgs(specs, config), collect as never));
    return reports;
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
