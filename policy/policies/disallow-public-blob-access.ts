import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";
import { isUnknown } from "../lib/values";

const ITEM = "security.encryption-at-rest";

/** Data at rest is never publicly readable: storage accounts set `allowBlobPublicAccess: false`. */
export const disallowPublicBlobAccess = readinessPolicy({
    name: "disallow-public-blob-access",
    description: "Storage accounts set allowBlobPublicAccess to false, so data at rest is never anonymously readable.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [TYPES.storageAccount],
    defaults: {},
    check(stack): Finding[] {
        return stack.ofType(TYPES.storageAccount).flatMap((r) => {
            const v = r.props.allowBlobPublicAccess;
            if (isUnknown(v)) {
                return [undecided(ITEM, `storage account '${r.name}' allowBlobPublicAccess is unknown in preview`, r)];
            }
            if (v === undefined) {
                return [violation(ITEM, `storage account '${r.name}' does not set allowBlobPublicAccess; the platform's documented default for this API version (true) would apply`, r)];
            }
            return v === false ? [] : [violation(ITEM, `storage account '${r.name}' allowBlobPublicAccess is '${String(v)}'; it must be false`, r)];
        });
    },
});
