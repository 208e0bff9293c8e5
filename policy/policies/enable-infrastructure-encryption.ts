import { typesJudgedBy } from "../lib/catalogue";
import { Finding, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { referencedOfType } from "../lib/references";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { at, isUnknown } from "../lib/values";

const ITEM = "security.encryption-at-rest";

/**
 * The resource types this rule reads by name. Which types' encryption it judges is the catalogue's
 * (lib/catalogue.ts, `JUDGED`): storage accounts only; the key and its vault are evidence.
 */
export const ENCRYPTION_TYPES = {
    storageAccount: TYPES.storageAccount,
    key: "azure-native:keyvault:Key",
    keyVault: TYPES.keyVault,
} as const;

/** The types whose encryption need the catalogue gives this rule; `check` reads storage accounts, so that must be all. */
const JUDGED: readonly string[] = typesJudgedBy("enable-infrastructure-encryption", "encryption");
if (JUDGED.join() !== ENCRYPTION_TYPES.storageAccount) {
    throw new Error(`lib/catalogue.ts gives enable-infrastructure-encryption the encryption need of ${JUDGED.join(", ")}; it judges ${ENCRYPTION_TYPES.storageAccount} only`);
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
    const keys = stack.dependenciesOf(r, "encryption").filter((d) => d.type === ENCRYPTION_TYPES.key);
    if (keys.length === 0) {
        return [violation(ITEM, `storage account '${r.name}' encryption.keyVaultProperties refers to no ${ENCRYPTION_TYPES.key} of the stack (keyName must be read from the key resource); prod requires a customer-managed key the stack shows exists`, r)];
    }
    return keys.flatMap((key) => keyVaultOf(stack, r, key));
}

function keyVaultOf(stack: StackView, account: StackResource, key: StackResource): Finding[] {
    const vaults = referencedOfType(stack, key, "vaultName", ENCRYPTION_TYPES.keyVault, "vaultName");
    if (vaults.length === 0) {
        return [violation(ITEM, `key '${key.name}' (customer-managed key of storage account '${account.name}') is in no ${ENCRYPTION_TYPES.keyVault} of the stack (vaultName), so its purge protection cannot be shown`, account)];
    }
    return vaults.flatMap((vault) => {
        const purge = at(vault.props, ["properties", "enablePurgeProtection"]);
        if (isUnknown(purge)) {
            return [undecided(ITEM, `key vault '${vault.name}' properties.enablePurgeProtection is unknown in preview, so the customer-managed key of storage account '${account.name}' cannot be shown safe from purging`, account)];
        }
        return purge === true ? [] : [violation(ITEM, `key vault '${vault.name}' holds the customer-managed key '${key.name}' of storage account '${account.name}' without purge protection (properties.enablePurgeProtection is '${String(purge)}'); a purged key makes the data unreadable for good`, account)];
    });
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

/** Storage is encrypted at rest with infrastructure encryption, and with a customer-managed key in prod. */
export const enableInfrastructureEncryption = readinessPolicy({
    name: "enable-infrastructure-encryption",
    description: "Storage accounts require infrastructure encryption (AES-256 twice) and, in prod, a customer-managed key: a keyvault:Key of the stack that encryption.keyVaultProperties refers to, in a Key Vault with purge protection.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [...JUDGED, ENCRYPTION_TYPES.key, ENCRYPTION_TYPES.keyVault],
    defaults: {},
    check(stack): Finding[] {
        const accounts = stack.ofType(ENCRYPTION_TYPES.storageAccount);
        if (accounts.length === 0) {
            return [violation(ITEM, `no storage account in the stack to prove encryption at rest (expected ${TYPES.storageAccount})`)];
        }
        const prod = stack.environment() === "prod";
        return accounts.flatMap((r) => storage(stack, r, prod));
    },
});
