import { azureModule, entryOf, Need, NEED_ITEMS, NEED_TEXT, typesJudgedBy, UNASSESSED, unassessedNeeds, uncataloguedKind } from "./catalogue";
import { Finding, unassessed } from "./findings";
import { ReadinessPolicy, readinessPolicy } from "./readiness-policy";
import { configuredLevel } from "./stack-configuration";
import { StackResource, StackView } from "./stack";

/**
 * True when `resource`, of a type the catalogue does not list, is a sub-resource of a catalogued
 * resource of its module (a blob container of a storage account, a firewall rule of a SQL server, a
 * route of a CDN profile): one of its properties refers to that resource, or to another such
 * sub-resource, or it is that resource's child. Its needs are judged through that resource.
 * Names alone never relate them: a sub-resource given the account's name as a literal is not related.
 */
export function isSubResource(stack: StackView, resource: StackResource, seen: Set<string> = new Set()): boolean {
    const module = azureModule(resource.type);
    if (module === undefined || seen.has(resource.urn)) {
        return false;
    }
    seen.add(resource.urn);
    const referred = Object.keys(resource.propertyDependencies).flatMap((p) => stack.dependenciesOf(resource, p));
    const parent = resource.parentUrn === undefined ? undefined : stack.find(resource.parentUrn);
    return [...referred, ...(parent === undefined ? [] : [parent])]
        .filter((r) => r.urn !== resource.urn && azureModule(r.type) === module)
        .some((r) => entryOf(r.type) !== undefined || isSubResource(stack, r, seen));
}

/** The policy that judges `need` for `type`, when the policy config disables it (as `Configure` said). */
function disabledJudge(type: string, need: Need): string | undefined {
    const judge = entryOf(type)?.needs[need];
    return typeof judge === "string" && judge !== UNASSESSED && configuredLevel(judge) === "disabled" ? judge : undefined;
}

/**
 * The unassessed findings of `need` over the stack: one per resource, naming it and what is missing.
 * A need whose judging policy the config disables is unassessed too: switching that policy off
 * must not leave its item to pass on the silence of this one.
 */
export function unassessedFindings(stack: StackView, need: Need): Finding[] {
    const item = NEED_ITEMS[need];
    return stack.resources.flatMap((r) => {
        const disabled = disabledJudge(r.type, need);
        if (disabled !== undefined) {
            return [unassessed(item, `${r.type} '${r.name}' needs ${NEED_TEXT[need]}, and ${disabled}, the policy that judges it, `
                + "is disabled by the policy config", r)];
        }
        if (!unassessedNeeds(r.type).includes(need)) {
            return [];
        }
        const kind = uncataloguedKind(r.type);
        if (kind === undefined) {
            return [unassessed(item, `${r.type} '${r.name}' needs ${NEED_TEXT[need]}, and no policy of the pack judges that for this type yet; `
                + "it fails until one does (policy/lib/catalogue.ts), or a waiver with a reason covers it where the item is waivable", r)];
        }
        if (isSubResource(stack, r, new Set())) {
            return [];
        }
        return [unassessed(item, `${r.type} '${r.name}' is of the ${kind} module '${azureModule(r.type)}' but not a type the pack knows `
            + `(policy/lib/catalogue.ts), nor a sub-resource of one (no property refers to one), so its ${NEED_TEXT[need]} cannot be judged`, r)];
    });
}

/**
 * The policy that fails `need`'s item for every resource whose `need` no policy judges. Never
 * waivable in prod: its items are the security items.
 */
export function unassessedPolicy(name: string, need: Need, what: string): ReadinessPolicy {
    const item = NEED_ITEMS[need];
    return readinessPolicy({
        name,
        description: `Every resource the PRR cares about has its ${what} judged: a stateful or ingress type no policy judges yet, `
            + "or an unknown type of a stateful or ingress module, fails as [unassessed], naming the resource.",
        items: [item],
        waivableInProd: false,
        evidenceTypes: typesJudgedBy(UNASSESSED, need),
        defaults: {},
        check(stack: StackView): Finding[] {
            return unassessedFindings(stack, need);
        },
    });
}
