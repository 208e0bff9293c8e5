import { typesJudgedBy } from "../lib/catalogue";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { ENCRYPTION_JUDGE_EVIDENCE, ENCRYPTION_JUDGES, keysReferredBy, keyVaultFindings } from "../lib/stateful-encryption";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { at, isUnknown } from "../lib/values";

const ITEM = "security.encryption-at-rest";

/**
 * The resource types this rule reads by name. Which types' encryption it judges is the catalogue's
 * (lib/catalogue.ts, `JUDGED`): storage accounts here, the others in lib/stateful-encryption.ts;
 * keys, vaults and SQL's TDE resources are evidence.
 */
export const ENCRYPTION_TYPES = {
    storageAccount: TYPES.storageAccount,
    key: "azure-native:keyvault:Key",
    keyVault: TYPES.keyVault,
} as const;

/** The types whose encryption need the catalogue gives this rule; each must have a judge, or it would pass silently. */
const JUDGED: readonly string[] = typesJudgedBy("enable-infrastructure-encryption", "encryption");
for (const type of JUDGED) {
    if (type !== ENCRYPTION_TYPES.storageAccount && ENCRYPTION_JUDGES[type] === undefined) {
        throw new Error(`lib/catalogue.ts gives enable-infrastructure-encryption the encryption need of ${type}, which it has no judge for`);
    }
}

/**
 * The customer-managed key a prod storage account must show: `keySource` Microsoft.Keyvault is only
 * a claim. The key must be a `keyvault:Key` of the stack that the account's `encryption` refers to
 * (a property dependency: `keyVaultProperties.keyName` read from the key), in a vault of the stack
 * with purge protection (a purged key makes the data unreadable for good).
 */
function customerManagedKey(stack: StackView, r: StackResource): Finding[] {
    const keySource = at(r.props, ["encryption", "keySource"]);
    if (isUnknown(keySource)) {
        return [undecided(ITEM, `storage account '${r.name}' encryption.keySource is unknown in preview`, r)];
    }
    if (keySource !== "Microsoft.Keyvault") {
        return [violation(ITEM, `storage account '${r.name}' encryption.keySource is '${String(keySource)}'; prod requires a customer-managed key (Microsoft.Keyvault)`, r)];
    }
    const properties = at(r.props, ["encryption", "keyVaultProperties"]);
    if (isUnknown(properties)) {
        return [undecided(ITEM, `storage account '${r.name}' encryption.keyVaultProperties is unknown in preview`, r)];
    }
    if (properties === undefined || properties === null) {
        return [violation(ITEM, `storage account '${r.name}' encryption.keySource is Microsoft.Keyvault but encryption.keyVaultProperties is not set, so no key is named; prod requires a customer-managed key the stack shows exists`, r)];
    }
    const keys = keysReferredBy(stack, r, "encryption");
    if (keys.length === 0) {
        return [violation(ITEM, `storage account '${r.name}' encryption.keyVaultProperties refers to no ${ENCRYPTION_TYPES.key} of the stack (keyName must be read from the key resource); prod requires a customer-managed key the stack shows exists`, r)];
    }
    return keys.flatMap((key) => keyVaultFindings(stack, r, `storage account '${r.name}'`, key));
}

function storage(stack: StackView, r: StackResource, prod: boolean): Finding[] {
    const findings: Finding[] = [];
    const infra = at(r.props, ["encryption", "requireInfrastructureEncryption"]);
    if (isUnknown(infra)) {
        findings.push(undecided(ITEM, `storage account '${r.name}' encryption.requireInfrastructureEncryption is unknown in preview`, r));
    } else if (infra !== true) {
        findings.push(violation(ITEM, `storage account '${r.name}' encryption.requireInfrastructureEncryption is '${String(infra)}'; it must be true (double AES-256 encryption at rest)`, r));
    }
    return prod ? [...findings, ...customerManagedKey(stack, r)] : findings;
}

/** Stateful resources are encrypted at rest: storage with infrastructure encryption, SQL with TDE; a customer-managed key in prod. */
export const enableInfrastructureEncryption = readinessPolicy({
    name: "enable-infrastructure-encryption",
    description: "Storage accounts require infrastructure encryption (AES-256 twice) and, in prod, a customer-managed key: a keyvault:Key of the stack that encryption.keyVaultProperties refers to, in a Key Vault with purge protection. Azure SQL databases require a TransparentDataEncryption of theirs with state Enabled; in prod, SQL servers a customer-managed TDE protector (keyId, or an EncryptionProtector naming a ServerKey, referring to a keyvault:Key of the stack in a vault with purge protection) and SQL managed instances a keyId referring to one.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [...new Set([...JUDGED, ENCRYPTION_TYPES.key, ENCRYPTION_TYPES.keyVault, ...ENCRYPTION_JUDGE_EVIDENCE])],
    defaults: {},
    check(stack): Finding[] {
        const judged = stack.resources.filter((r) => JUDGED.includes(r.type));
        if (judged.length === 0) {
            return [violation(ITEM, `no stateful resource in the stack to prove encryption at rest (expected one of ${JUDGED.join(", ")})`)];
        }
        const prod = stack.environment() === "prod";
        return judged.flatMap((r) => r.type === ENCRYPTION_TYPES.storageAccount ? storage(stack, r, prod) : ENCRYPTION_JUDGES[r.type](r, { stack, prod }));
    },
});
