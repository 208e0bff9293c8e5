import { Finding, undecided, violation } from "./findings";
import { StackResource } from "./stack";
import { at, isUnknown } from "./values";

/** The checklist item every TLS judgement proves (policies/enforce-tls-floor.ts and lib/tls-ingress.ts). */
export const TLS_ITEM = "security.tls-in-transit";

/** A setting the program left unset: the platform default would apply, and the pack never relies on a default. */
export function absent(resource: StackResource, property: string, platformDefault: string): Finding {
    return violation(TLS_ITEM, `${resource.type} '${resource.name}' does not set ${property}; the platform's documented default (${platformDefault}) would apply, and the pack never relies on a default`, resource);
}

/**
 * A plaintext switch: a boolean that, set the wrong way, lets clients talk to the endpoint without
 * TLS. Unset, the platform default would apply, which the pack never relies on.
 */
export function plaintextSwitch(r: StackResource, label: string, path: readonly string[], secure: boolean, platformDefault: string): Finding[] {
    const property = path.join(".");
    const v = at(r.props, path);
    if (isUnknown(v)) {
        return [undecided(TLS_ITEM, `${label} '${r.name}' ${property} is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [absent(r, property, platformDefault)];
    }
    return v === secure ? [] : [violation(TLS_ITEM, `${label} '${r.name}' ${property} is '${String(v)}', which accepts plaintext connections; it must be ${secure}`, r)];
}
