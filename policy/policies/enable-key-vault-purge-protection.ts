import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";
import { at, isUnknown } from "../lib/values";

const ITEM = "security.backups";

/** Key Vaults keep deleted keys recoverable: soft delete and purge protection on. */
export const enableKeyVaultPurgeProtection = readinessPolicy({
    name: "enable-key-vault-purge-protection",
    description: "Key Vaults enable soft delete and purge protection, so keys (including customer-managed keys) can always be recovered.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [TYPES.keyVault],
    defaults: {},
    check(stack): Finding[] {
        return stack.ofType(TYPES.keyVault).flatMap((r) => ["enableSoftDelete", "enablePurgeProtection"].flatMap((key) => {
            const v = at(r.props, ["properties", key]);
            if (isUnknown(v)) {
                return [undecided(ITEM, `key vault '${r.name}' properties.${key} is unknown in preview`, r)];
            }
            return v === true ? [] : [violation(ITEM, `key vault '${r.name}' properties.${key} is '${String(v)}'; it must be true`, r)];
        }));
    },
});
