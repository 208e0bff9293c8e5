import { computeTypes, componentTypes, entryOf } from "./catalogue";
import { azureTag, datadogTag, StackResource, StackView, TYPES } from "./stack";
import { asArray, asString, isUnknown, plain } from "./values";

/**
 * Which component each compute or ingress resource belongs to (docs/evidence.md, "Components").
 * A resource belongs to the components
 *
 * 1. its own `component` tag names (an Azure tag, or a `component:` tag);
 * 2. an ancestor (its Pulumi parent, or theirs) belongs to;
 * 3. a compute or ingress resource belongs to, when one of its properties refers to that resource
 *    (a web app's `serverFarmId` on a tagged plan, a container app's `managedEnvironmentId`, a
 *    gateway's backend on a tagged web app's host name);
 * 4. for a compute type that hosts others (a plan, a container apps environment, a cluster): the
 *    resources it hosts belong to (a property of theirs refers to it);
 * 5. a `readiness:index:Monitoring` block (the monitors of one component) whose `webAppId`,
 *    `planId` or `containerAppId` refers to it names (see `claims`): the block says which compute
 *    its monitors watch, as a tag would.
 *
 * Only property references relate resources: `dependsOn` and names prove nothing. References stop
 * at compute and ingress resources, so an app that reads a shared storage account does not join
 * that account's component, and a gateway never pulls the apps behind it into its own. A resource
 * may belong to several components (a plan hosting two components' apps).
 */
export interface Ownership {
    /** Components per URN of every compute or ingress resource (empty: it belongs to none). */
    readonly owners: ReadonlyMap<string, readonly string[]>;
    /** Compute or ingress resources that belong to no component, in stack order. */
    readonly unowned: readonly StackResource[];
    /** The unowned ones whose own `component` tag is unknown in preview: undecided, not a violation. */
    readonly undecided: readonly StackResource[];
}

type TagValue = { name?: string; unknown: boolean };

function ownTag(r: StackResource): TagValue {
    const tags = plain(r.props.tags);
    const raw = tags !== null && typeof tags === "object" ? plain((tags as Record<string, unknown>).component) : tags;
    // The tag, or the whole tag map, unknown in preview: which component it names cannot be known.
    if (raw !== undefined && isUnknown(raw)) {
        return { unknown: true };
    }
    const name = azureTag(r, "component") ?? datadogTag(r, "component");
    return { name: name === undefined || name.trim() === "" || isUnknown(name) ? undefined : name, unknown: false };
}

/** What `readiness:index:Monitoring` blocks say about their component's compute. */
export interface Claims {
    /** Components per URN of each compute resource a block's `webAppId`, `planId` or `containerAppId` refers to. */
    readonly resources: ReadonlyMap<string, ReadonlySet<string>>;
    /**
     * Azure names per component of compute outside the program (given to a block as literal resource
     * IDs): no resource of the stack carries them, so the block's `namesOutsideTheProgram` are all
     * there is to scope monitors by.
     */
    readonly namesOutsideTheProgram: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The block properties that refer to the compute it watches. */
const CLAIMING_PROPERTIES = ["webAppId", "planId", "containerAppId"] as const;

/**
 * The claims of every monitoring block with a known `component` output. Only property references
 * claim a resource of the stack: a literal id relates nothing (it only names compute outside it).
 */
const claimsPerStack = new WeakMap<StackView, Claims>();

export function claims(stack: StackView): Claims {
    const cached = claimsPerStack.get(stack);
    if (cached !== undefined) {
        return cached;
    }
    const compute = new Set(componentTypes());
    const resources = new Map<string, Set<string>>();
    const names = new Map<string, Set<string>>();
    for (const block of stack.ofType(TYPES.monitoringBlock)) {
        const component = asString(block.props.component);
        if (component === undefined || isUnknown(component) || component.trim() === "") {
            continue;
        }
        for (const property of CLAIMING_PROPERTIES) {
            for (const d of stack.dependenciesOf(block, property)) {
                if (compute.has(d.type)) {
                    resources.set(d.urn, (resources.get(d.urn) ?? new Set<string>()).add(component));
                }
            }
        }
        for (const n of asArray(block.props.namesOutsideTheProgram)) {
            const name = asString(n);
            if (name !== undefined && !isUnknown(name) && name.trim() !== "") {
                names.set(component, (names.get(component) ?? new Set<string>()).add(name.toLowerCase()));
            }
        }
    }
    const found = { resources, namesOutsideTheProgram: names };
    claimsPerStack.set(stack, found);
    return found;
}

/**
 * True when `r` is an Azure resource its `component` tag, or a monitoring block's claim, puts in
 * `component`: what names a component in monitor scopes (lib/signals.ts) and what its autoscale
 * settings must target (lib/capacity.ts).
 */
export function namesComponent(stack: StackView, r: StackResource, component: string): boolean {
    return r.type.startsWith("azure-native:")
        && (azureTag(r, "component") === component || (claims(stack).resources.get(r.urn)?.has(component) ?? false));
}

const ownerships = new WeakMap<StackView, Ownership>();

/** The ownership of every compute and ingress resource of the stack (computed once per view). */
export function ownership(stack: StackView): Ownership {
    const cached = ownerships.get(stack);
    if (cached !== undefined) {
        return cached;
    }
    const candidateTypes = new Set(componentTypes());
    const hosts = new Set(computeTypes());
    const owners = new Map<string, Set<string>>();
    const add = (urn: string, names: Iterable<string>): boolean => {
        const set = owners.get(urn) ?? new Set<string>();
        const before = set.size;
        for (const n of names) {
            set.add(n);
        }
        owners.set(urn, set);
        return set.size > before;
    };
    for (const r of stack.resources) {
        const tag = ownTag(r).name;
        add(r.urn, tag === undefined ? [] : [tag]);
    }
    for (const [urn, components] of claims(stack).resources) {
        add(urn, components);
    }
    const referred = (r: StackResource) => Object.keys(r.propertyDependencies)
        .flatMap((p) => stack.dependenciesOf(r, p))
        .filter((d) => d.urn !== r.urn && candidateTypes.has(d.type));
    // Propagate to a fixed point: each pass only adds names, so it ends.
    for (let changed = true; changed;) {
        changed = false;
        for (const r of stack.resources) {
            const parent = r.parentUrn === undefined ? undefined : owners.get(r.parentUrn);
            if (parent !== undefined && add(r.urn, parent)) {
                changed = true;
            }
            if (!candidateTypes.has(r.type)) {
                continue;
            }
            for (const d of referred(r)) {
                if (add(r.urn, owners.get(d.urn) ?? [])) {
                    changed = true;
                }
                if (hosts.has(d.type) && add(d.urn, owners.get(r.urn) ?? [])) {
                    changed = true;
                }
            }
        }
    }
    const result = new Map<string, string[]>();
    const unowned: StackResource[] = [];
    const undecided: StackResource[] = [];
    for (const r of stack.resources) {
        if (!candidateTypes.has(r.type) || entryOf(r.type) === undefined) {
            continue;
        }
        const names = [...(owners.get(r.urn) ?? [])].sort();
        result.set(r.urn, names);
        if (names.length === 0) {
            (ownTag(r).unknown ? undecided : unowned).push(r);
        }
    }
    const computed = { owners: result, unowned, undecided };
    ownerships.set(stack, computed);
    return computed;
}
