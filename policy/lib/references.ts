import { StackResource, StackView } from "./stack";
import { asString } from "./values";

/**
 * Which resource a property of another refers to: the one idea every "evidence follows references"
 * rule uses (a PostgreSQL setting's server, a backup policy's vault, a key's vault).
 *
 * A property refers to a resource when the engine reports a property dependency of that property on
 * it (the program passed one of its outputs), or when the program wrote the same literal Azure name
 * into both: the property of `from` and the name path parameter of `to` (recorded at `Analyze`, see
 * `StackView.pathParameter`). Explicit `dependsOn`, Pulumi resource names and tags never relate two
 * resources: they say nothing about what the property points at.
 */
export function refersTo(stack: StackView, from: StackResource, property: string, to: StackResource, nameParameter: string): boolean {
    if (stack.dependenciesOf(from, property).some((d) => d.urn === to.urn)) {
        return true;
    }
    const literal = asString(stack.pathParameter(from, property));
    return literal !== undefined && literal === asString(stack.pathParameter(to, nameParameter));
}

/** The resources of `type` that `from`'s `property` refers to (see `refersTo`). */
export function referencedOfType(stack: StackView, from: StackResource, property: string, type: string, nameParameter: string): StackResource[] {
    return stack.ofType(type).filter((to) => refersTo(stack, from, property, to, nameParameter));
}

/** The resources of `type` whose `property` refers to `to` (see `refersTo`). */
export function referrersOfType(stack: StackView, to: StackResource, type: string, property: string, nameParameter: string): StackResource[] {
    return stack.ofType(type).filter((from) => refersTo(stack, from, property, to, nameParameter));
}
