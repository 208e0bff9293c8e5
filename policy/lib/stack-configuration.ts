// What the engine tells the pack about the stack under review, kept where every policy can read it.
//
// The Pulumi CLI gives a policy pack the stack twice: in the launch environment (PULUMI_CONFIG,
// PULUMI_STACK / PULUMI_NODEJS_STACK, PULUMI_PROJECT, ...; pulumi/pulumi analyzer_plugin.go
// constructEnv) and in the ConfigureStack call (stack, project, organization, config, tags). Its
// Configure call then gives every policy its enforcement level. @pulumi/policy 1.21 keeps only
// the stack tags of ConfigureStack and hides the levels from policies (getConfig drops them), so
// we wrap the two handlers where its server registers them and record what they carry, then hand
// the call on unchanged. The launch environment is the fallback for an engine that does not send
// ConfigureStack.

import { EnforcementLevel } from "@pulumi/policy";
import { judgeEnvironment, JudgedEnvironment } from "./environment";

/** The stack under review as the engine described it. */
export interface StackConfiguration {
    readonly stack?: string;
    readonly project?: string;
    readonly organization?: string;
    /** Stack config, `ns:key` → value as a string (structured values are JSON). */
    readonly config: Readonly<Record<string, string>>;
    /** Where this came from: the ConfigureStack call, the launch environment, or nothing. */
    readonly via: "ConfigureStack" | "launch environment" | "nothing";
}

/** Reads the stack from the environment the CLI launches a pack with. */
export function fromLaunchEnvironment(env: NodeJS.ProcessEnv): StackConfiguration {
    const stack = env.PULUMI_NODEJS_STACK ?? env.PULUMI_STACK;
    let config: Record<string, string> = {};
    try {
        const parsed = JSON.parse(env.PULUMI_CONFIG ?? "{}") as unknown;
        if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
            config = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
        }
    } catch {
        config = {};
    }
    return {
        stack,
        project: env.PULUMI_NODEJS_PROJECT ?? env.PULUMI_PROJECT,
        organization: env.PULUMI_NODEJS_ORGANIZATION ?? env.PULUMI_ORGANIZATION,
        config,
        via: stack === undefined ? "nothing" : "launch environment",
    };
}

interface JspbMap { forEach(f: (value: string, key: string) => void): void }
interface ConfigureStackRequest {
    getStack(): string; getProject(): string; getOrganization(): string; getConfigMap(): JspbMap;
}
interface ConfigureRequest { getPolicyconfigMap(): { forEach(f: (value: { getEnforcementlevel(): number }, key: string) => void): void } }

/** Reads a `ConfigureStack` request (exported for tests). */
export function fromConfigureStack(request: ConfigureStackRequest): StackConfiguration {
    const config: Record<string, string> = {};
    request.getConfigMap().forEach((value, key) => {
        config[key] = value;
    });
    return {
        stack: request.getStack() || undefined,
        project: request.getProject() || undefined,
        organization: request.getOrganization() || undefined,
        config,
        via: "ConfigureStack",
    };
}

// The proto enum of pulumirpc.EnforcementLevel, in wire order.
const LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];

let current: StackConfiguration = fromLaunchEnvironment(process.env);
let levels = new Map<string, EnforcementLevel>();

/** The stack under review. */
export function stackConfiguration(): StackConfiguration {
    return current;
}

/** The environment the stack is judged as (lib/environment.ts has the rule). */
export function judgedEnvironment(): JudgedEnvironment {
    return judgeEnvironment(current.stack, current.config);
}

/** The enforcement level `Configure` gave `policy`, when the pack has been configured. */
export function configuredLevel(policy: string): EnforcementLevel | undefined {
    return levels.get(policy);
}

/** Replaces what the engine said (tests; the real pack learns it from the engine). */
export function setStackConfiguration(configuration: StackConfiguration, configured: ReadonlyMap<string, EnforcementLevel> = new Map()): void {
    current = configuration;
    levels = new Map(configured);
}

/** A test stack named `stack` with `config`. */
export function testStack(stack: string | undefined, config: Record<string, string> = {}): StackConfiguration {
    return { stack, project: "shop", config, via: stack === undefined ? "nothing" : "ConfigureStack" };
}

type Handler = (call: { request: unknown }, callback: (...args: unknown[]) => void) => unknown;

/** Wraps the `configureStack` and `configure` handlers of `implementation` so they record what they carry. */
export function recording(implementation: Record<string, unknown>): Record<string, unknown> {
    const wrapped = { ...implementation };
    const configureStack = implementation.configureStack as Handler | undefined;
    if (configureStack !== undefined) {
        wrapped.configureStack = (call: { request: unknown }, callback: (...args: unknown[]) => void) => {
            try {
                const told = fromConfigureStack(call.request as ConfigureStackRequest);
                // A request without a stack name says less than the launch environment did.
                current = told.stack === undefined ? current : told;
            } catch {
                // An engine whose request we cannot read leaves the launch environment in place.
            }
            return configureStack(call, callback);
        };
    }
    const configure = implementation.configure as Handler | undefined;
    if (configure !== undefined) {
        wrapped.configure = (call: { request: unknown }, callback: (...args: unknown[]) => void) => {
            try {
                const configured = new Map<string, EnforcementLevel>();
                (call.request as ConfigureRequest).getPolicyconfigMap().forEach((value, key) => {
                    configured.set(key, LEVELS[value.getEnforcementlevel()] ?? "advisory");
                });
                levels = configured;
            } catch {
                levels = new Map();
            }
            return configure(call, callback);
        };
    }
    return wrapped;
}

const RECORDING = Symbol.for("readyservice.recordStackConfiguration");

/** Makes the pack's Analyzer server record ConfigureStack and Configure; call before `new PolicyPack`. */
export function recordStackConfiguration(): void {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const grpcPath = require.resolve("@grpc/grpc-js", { paths: [require.resolve("@pulumi/policy/server")] });
    const grpc = require(grpcPath) as { Server: { prototype: Record<string | symbol, unknown> } };
    /* eslint-enable @typescript-eslint/no-require-imports */
    const proto = grpc.Server.prototype;
    if (proto[RECORDING]) {
        return;
    }
    const addService = proto.addService as (this: unknown, service: unknown, implementation: Record<string, unknown>) => void;
    proto.addService = function (this: unknown, service: unknown, implementation: Record<string, unknown>) {
        return addService.call(this, service, recording(implementation));
    };
    proto[RECORDING] = true;
}
