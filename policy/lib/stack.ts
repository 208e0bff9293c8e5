import { PolicyResource } from "@pulumi/policy";
import { statefulTypes } from "./catalogue";
import { recordedInputs } from "./inputs";
import { Environment } from "./environment";
import { judgedEnvironment } from "./stack-configuration";
import { Exposure, internetExposure } from "./reachability";
import { asArray, asString, at, isUnknown, plain } from "./values";

/** Type tokens the pack reads. Relating resources uses these, never Java classes. */
export const TYPES = {
    readyService: "readiness:index:ReadyService",
    monitoringBlock: "readiness:index:Monitoring",
    monitor: "datadog:index/monitor:Monitor",
    slo: "datadog:index/serviceLevelObjective:ServiceLevelObjective",
    serviceDefinition: "datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml",
    pdService: "pagerduty:index/service:Service",
    pdEscalationPolicy: "pagerduty:index/escalationPolicy:EscalationPolicy",
    pdBusinessService: "pagerduty:index/businessService:BusinessService",
    pdServiceDependency: "pagerduty:index/serviceDependency:ServiceDependency",
    pdServiceIntegration: "pagerduty:index/serviceIntegration:ServiceIntegration",
    pdTeam: "pagerduty:index/team:Team",
    pdSchedule: "pagerduty:index/schedule:Schedule",
    pdUser: "pagerduty:index/user:User",
    pdMaintenanceWindow: "pagerduty:index/maintenanceWindow:MaintenanceWindow",
    ddPagerDutyServiceObject: "datadog:pagerduty/serviceObject:ServiceObject",
    downtime: "datadog:index/downtime:Downtime",
    downtimeSchedule: "datadog:index/downtimeSchedule:DowntimeSchedule",
    storageAccount: "azure-native:storage:StorageAccount",
    postgresFlexible: "azure-native:dbforpostgresql:Server",
    postgresConfiguration: "azure-native:dbforpostgresql:Configuration",
    keyVault: "azure-native:keyvault:Vault",
    webApp: "azure-native:web:WebApp",
    appServicePlan: "azure-native:web:AppServicePlan",
    containerApp: "azure-native:app:ContainerApp",
    applicationGateway: "azure-native:network:ApplicationGateway",
    autoscaleSetting: "azure-native:insights:AutoscaleSetting",
    backupVault: "azure-native:dataprotection:BackupVault",
    backupPolicy: "azure-native:dataprotection:BackupPolicy",
    backupInstance: "azure-native:dataprotection:BackupInstance",
    recoveryProtectedItem: "azure-native:recoveryservices:ProtectedItem",
    recoveryProtectionPolicy: "azure-native:recoveryservices:ProtectionPolicy",
} as const;

/** Resources that hold data and so need backups, encryption and `protect` in prod (lib/catalogue.ts). */
export const STATEFUL_TYPES: readonly string[] = statefulTypes();

/**
 * One resource of the stack, with its properties as plain data and its relations as URNs.
 *
 * `props` are what `AnalyzeStack` sent (a real preview sends outputs; see docs/fidelity.md), except
 * that, on a custom resource (one with a provider), a property the preview reports unknown only
 * because the program never set it (the inputs recorded at `Analyze` lack it) is absent: the
 * provider's default would apply there, and the pack treats an absent property as that default,
 * never relied upon. An unknown the program did set
 * stays unknown. `inputs` are the inputs recorded at `Analyze`, for facts only inputs carry (path
 * parameters such as `configurationName`); undefined when the engine did not send `Analyze`. A
 * component's properties are what it registered, and its unknowns stay unknown.
 */
export interface StackResource {
    readonly type: string;
    readonly name: string;
    readonly urn: string;
    readonly props: Record<string, unknown>;
    readonly inputs?: Readonly<Record<string, unknown>>;
    readonly protect: boolean;
    readonly parentUrn?: string;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/**
 * Settled properties per `AnalyzeStack` properties object. Every policy of one request shares the
 * same deserialised object (lib/deserialize-once.ts), so this is done once per resource, not once
 * per resource and policy.
 */
const settledProps = new WeakMap<object, { inputs: object; settled: Record<string, unknown> }>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `output` without the unknowns `input` shows the program never set (see `StackResource`). */
export function settle(output: unknown, input: unknown): unknown {
    const out = plain(output);
    const inp = plain(input);
    if (Array.isArray(out) && Array.isArray(inp)) {
        return out.map((item, index) => settle(item, inp[index]));
    }
    if (isPlainObject(out) && isPlainObject(inp)) {
        const result: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(out)) {
            if (isUnknown(plain(value)) && !(key in inp)) {
                continue;
            }
            result[key] = settle(value, inp[key]);
        }
        return result;
    }
    return out;
}

function settledOf(props: Record<string, unknown>, inputs: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
    if (inputs === undefined) {
        return props;
    }
    const cached = settledProps.get(props);
    if (cached !== undefined && cached.inputs === inputs) {
        return cached.settled;
    }
    const settled = settle(props, inputs) as Record<string, unknown>;
    settledProps.set(props, { inputs, settled });
    return settled;
}

/**
 * Converts the SDK's stack resources into plain `StackResource`s, each with the inputs `inputsOf`
 * gives for its URN (by default those recorded at `Analyze`, lib/inputs.ts).
 */
export function fromPolicyResources(resources: readonly PolicyResource[],
    inputsOf: (urn: string) => Readonly<Record<string, unknown>> | undefined = recordedInputs): StackResource[] {
    return resources.map((r) => {
        const inputs = inputsOf(r.urn);
        const propertyDependencies: Record<string, string[]> = {};
        for (const [key, deps] of Object.entries(r.propertyDependencies ?? {})) {
            propertyDependencies[key] = (deps ?? []).map((d) => d.urn);
        }
        return {
            type: r.type,
            name: r.name,
            urn: r.urn,
            props: r.provider === undefined
                ? (plain(r.props) ?? {}) as Record<string, unknown>
                : settledOf((plain(r.props) ?? {}) as Record<string, unknown>, inputs),
            inputs,
            protect: Boolean(r.opts?.protect),
            parentUrn: r.parent?.urn ?? r.opts?.parent,
            dependencies: (r.dependencies ?? []).map((d) => d.urn),
            propertyDependencies,
        };
    });
}

/**
 * The last view `stackViewOf` built, with everything it was built from. @pulumi/policy hands each
 * stack policy of one `AnalyzeStack` resources of its own, but their properties are the request's
 * objects (lib/deserialize-once.ts) and the inputs recorded at `Analyze` do not change between
 * policies, so the view built for the first policy serves every other policy of the request and the
 * judgement of the components (lib/component-judgement.ts). Building it per policy, components
 * included, was about a quarter of the pack's own `AnalyzeStack` time at 238 resources
 * (docs/benchmarks.md).
 */
let lastView: { readonly basis: readonly unknown[]; readonly view: StackView } | undefined;

/**
 * The `StackView` of `resources` (as `fromPolicyResources` converts them): the last one built when
 * it was built from the same (every value `fromPolicyResources` reads is identical), else a new one.
 */
export function stackViewOf(resources: readonly PolicyResource[],
    inputsOf: (urn: string) => Readonly<Record<string, unknown>> | undefined = recordedInputs): StackView {
    const basis = basisOf(resources, inputsOf);
    if (lastView !== undefined && sameBasis(lastView.basis, basis)) {
        return lastView.view;
    }
    const view = new StackView(fromPolicyResources(resources, inputsOf));
    lastView = { basis, view };
    return view;
}

/** Everything `fromPolicyResources` reads of `resources`, in order: identical bases give equal views. */
function basisOf(resources: readonly PolicyResource[], inputsOf: (urn: string) => unknown): unknown[] {
    const basis: unknown[] = [inputsOf, resources.length];
    for (const r of resources) {
        basis.push(r.type, r.name, r.urn, plain(r.props), inputsOf(r.urn), r.provider === undefined, Boolean(r.opts?.protect),
            r.parent?.urn ?? r.opts?.parent);
        const dependencies = r.dependencies ?? [];
        basis.push(dependencies.length, ...dependencies.map((d) => d.urn));
        const propertyDependencies = Object.entries(r.propertyDependencies ?? {});
        basis.push(propertyDependencies.length);
        for (const [key, deps] of propertyDependencies) {
            basis.push(key, (deps ?? []).length, ...(deps ?? []).map((d) => d.urn));
        }
    }
    return basis;
}

function sameBasis(a: readonly unknown[], b: readonly unknown[]): boolean {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Parsed tags per resource. A `StackResource` never changes once built, and policies ask for the
 * same tags of the same monitors once per component: at 100 components, parsing them again each
 * time was the largest part of `AnalyzeStack` (docs/benchmarks.md).
 */
const parsedTags = new WeakMap<StackResource, Map<string, string[]>>();

/** Datadog-style `key:value` tags of a resource, as key → values. */
export function datadogTags(resource: StackResource): Map<string, string[]> {
    const cached = parsedTags.get(resource);
    if (cached !== undefined) {
        return cached;
    }
    const tags = new Map<string, string[]>();
    for (const tag of asArray(resource.props.tags)) {
        const text = asString(tag);
        if (text === undefined) {
            continue;
        }
        const colon = text.indexOf(":");
        const key = colon < 0 ? text : text.substring(0, colon);
        const value = colon < 0 ? "" : text.substring(colon + 1);
        tags.set(key, [...(tags.get(key) ?? []), value]);
    }
    parsedTags.set(resource, tags);
    return tags;
}

/** The first value of a Datadog tag, or `undefined`. */
export function datadogTag(resource: StackResource, key: string): string | undefined {
    return datadogTags(resource).get(key)?.[0];
}

/** Azure-style tag map value, or `undefined`. */
export function azureTag(resource: StackResource, key: string): string | undefined {
    const tags = plain(resource.props.tags);
    if (tags === null || typeof tags !== "object" || Array.isArray(tags)) {
        return undefined;
    }
    return asString((tags as Record<string, unknown>)[key]);
}

/** A component of the product, discovered from tags and the ReadyService spec. */
export interface Component {
    readonly name: string;
    /**
     * True when the internet reaches it (`exposure`), or its ReadyService spec or a `criticality`
     * tag says so: a spec or a tag may raise criticality, never lower it.
     */
    readonly customerFacing: boolean;
    /**
     * Set when the internet reaching it (lib/reachability.ts), and nothing its spec or tags say, is
     * what makes it customer-facing: what reaches it, or might (`undecided`, unknown in preview).
     */
    readonly exposure?: Exposure;
}

export type { Environment } from "./environment";

/**
 * A read-only view of the stack with the lookups every policy needs: resources
 * by type or URN, the `ReadyService` spec when present, the product, its
 * environment and its components (see docs/evidence.md, "Components").
 */
export class StackView {
    private readonly byUrn: Map<string, StackResource>;
    private readonly byType = new Map<string, StackResource[]>();
    /** `components()`, judged once: a view never changes, and most policies ask for them. */
    private judged?: readonly Component[];

    constructor(readonly resources: readonly StackResource[]) {
        this.byUrn = new Map(resources.map((r) => [r.urn, r]));
        for (const r of resources) {
            const sameType = this.byType.get(r.type);
            if (sameType === undefined) {
                this.byType.set(r.type, [r]);
            } else {
                sameType.push(r);
            }
        }
    }

    /** Resources of one type token, in stack order (a copy: callers may sort or filter it). */
    ofType(type: string): StackResource[] {
        return [...(this.byType.get(type) ?? [])];
    }

    /** The resource with this URN, if it is in the stack. */
    find(urn: string): StackResource | undefined {
        return this.byUrn.get(urn);
    }

    /** Every resource `resource` depends on, through its properties or explicitly. */
    dependenciesOf(resource: StackResource, property?: string): StackResource[] {
        const urns = property !== undefined
            ? [...(resource.propertyDependencies[property] ?? [])]
            : [...Object.values(resource.propertyDependencies).flat(), ...resource.dependencies];
        return [...new Set(urns)].map((u) => this.byUrn.get(u)).filter((r): r is StackResource => r !== undefined);
    }

    /**
     * The resolved spec of the first `readiness:index:ReadyService` component, if any: what it
     * registered as its outputs (product, components, paging, data, signOffs), which is what
     * `AnalyzeStack` shows of a component in a real preview.
     */
    readyServiceSpec(): Record<string, unknown> | undefined {
        const component = this.ofType(TYPES.readyService)[0];
        return component === undefined ? undefined : component.props;
    }

    /**
     * A path parameter (an azure-native input the API's response does not echo, such as
     * `configurationName` or `serverName`): from the inputs recorded at `Analyze`, else from the
     * properties (an engine that sends inputs to `AnalyzeStack`).
     */
    pathParameter(resource: StackResource, name: string): unknown {
        return resource.inputs !== undefined && name in resource.inputs ? resource.inputs[name] : resource.props[name];
    }

    /** The product name: ReadyService spec, else the most common `product` tag. */
    product(): string | undefined {
        const fromInputs = asString(at(this.readyServiceSpec(), ["product", "name"]));
        if (fromInputs !== undefined) {
            return fromInputs;
        }
        const names = this.resources
            .map((r) => azureTag(r, "product") ?? datadogTag(r, "product"))
            .filter((n): n is string => n !== undefined);
        return mostCommon(names);
    }

    /**
     * The environment the stack is judged as: from the review (stack name, stack config), never from
     * the program's tags or inputs (lib/environment.ts has the rule).
     */
    environment(): Environment {
        return judgedEnvironment().environment;
    }

    /**
     * The components of the product, sorted by name: named by the ReadyService spec, `component`
     * tags, and the ownership of compute and ingress (lib/ownership.ts); customer-facing when the
     * internet reaches them (lib/reachability.ts) or the spec or a `criticality` tag says so.
     */
    components(): Component[] {
        if (this.judged === undefined) {
            this.judged = this.judgeComponents().map((c) => Object.freeze(c));
        }
        return [...this.judged];
    }

    private judgeComponents(): Component[] {
        const facing = new Map<string, boolean>();
        const note = (name: string | undefined, criticality: string | undefined) => {
            if (name === undefined || name === "" || isUnknown(name)) {
                return;
            }
            facing.set(name, (facing.get(name) ?? false) || criticality === "customer-facing");
        };
        for (const spec of asArray(at(this.readyServiceSpec(), ["components"]))) {
            const customerFacing = at(spec, ["customerFacing"]) === true;
            note(asString(at(spec, ["name"])), customerFacing ? "customer-facing" : "internal");
        }
        for (const r of this.resources) {
            if (r.type.startsWith("azure-native:")) {
                note(azureTag(r, "component"), azureTag(r, "criticality"));
            } else if (r.type === TYPES.monitor || r.type === TYPES.slo) {
                note(datadogTag(r, "component"), datadogTag(r, "criticality"));
            }
        }
        // Substance last: what the internet reaches is customer-facing, whatever the tags said.
        const raised = new Map<string, Exposure>();
        for (const [name, exposure] of internetExposure(this)) {
            if (facing.get(name) !== true) {
                raised.set(name, exposure);
                facing.set(name, true);
            }
        }
        return [...facing.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, customerFacing]) => {
                const exposure = raised.get(name);
                return exposure === undefined ? { name, customerFacing } : { name, customerFacing, exposure };
            });
    }

    /** `<product>-<component>`, the service name used by Datadog and PagerDuty. */
    serviceName(component: string): string {
        const product = this.product();
        return product === undefined ? component : `${product}-${component}`;
    }

    /** Datadog resources of `type` whose tags name `component`. */
    datadogFor(type: string, component: string): StackResource[] {
        const service = this.serviceName(component);
        return this.ofType(type).filter((r) =>
            datadogTag(r, "component") === component || datadogTag(r, "service") === service);
    }
}

function mostCommon(values: readonly string[]): string | undefined {
    const counts = new Map<string, number>();
    for (const v of values) {
        if (!isUnknown(v)) {
            counts.set(v, (counts.get(v) ?? 0) + 1);
        }
    }
    let best: string | undefined;
    for (const [v, n] of counts) {
        if (best === undefined || n > (counts.get(best) ?? 0)) {
            best = v;
        }
    }
    return best;
}
