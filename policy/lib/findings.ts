import { StackResource } from "./stack";

/**
 * What a check found. `violation` fails the item; `undecided` means values are
 * unknown in preview (fails, never a pass); `platform-limit` means the platform
 * cannot meet the checklist and the highest floor it allows is set (advisory); `unassessed` means
 * the resource is of a type the PRR cares about but no policy judges this need for it yet
 * (lib/catalogue.ts; fails, waivable with a reason where the item is waivable).
 */
export type Outcome = "violation" | "undecided" | "platform-limit" | "unassessed";

/** One finding of a readiness check, before waivers and staging are applied. */
export interface Finding {
    readonly item: string;
    readonly outcome: Outcome;
    readonly message: string;
    /** The resource the finding is about; absent for stack-wide findings. */
    readonly resource?: StackResource;
}

/** A violation of `item`, optionally about one resource. */
export function violation(item: string, message: string, resource?: StackResource): Finding {
    return { item, outcome: "violation", message, resource };
}

/** The check cannot decide `item` because a value is unknown in preview. */
export function undecided(item: string, message: string, resource?: StackResource): Finding {
    return { item, outcome: "undecided", message, resource };
}

/** The platform cannot meet `item` as the checklist asks; reported, never silent. */
export function platformLimit(item: string, message: string, resource?: StackResource): Finding {
    return { item, outcome: "platform-limit", message, resource };
}

/** No policy of the pack judges `item` for this resource's type yet: fails, never a silent pass. */
export function unassessed(item: string, message: string, resource?: StackResource): Finding {
    return { item, outcome: "unassessed", message, resource };
}
