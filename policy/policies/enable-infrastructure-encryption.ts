import { Finding, undecided, violation } from "../lib/findings";
import { typesJudgedBy } from "../lib/catalogue";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { at, isUnknown } from "../lib/values";

const ITEM = "security.encryption-at-rest";

function storage(r: StackResource, prod: boolean): Finding[] {
    const findings: Finding[] = [];
    const infra = at(r.props, ["encryption", "requireInfrastructureEncryption"]);
    if (isUnknown(infra)) {
        findings.push(undecided(ITEM, `storage account '${r.name}' encryption.requireInfrastructureEncryption is unknown in preview`, r));
    } else if (infra !== true) {
        findings.push(violation(ITEM, `storage account '${r.name}' encryption.requireInfrastructureEncryption is '${String(infra)}'; it must be true (double AES-256 encryption at rest)`, r));
    }
    const keySource = at(r.props, ["encryption", "keySource"]);
    if (prod && isUnknown(keySource)) {
        findings.push(undecided(ITEM, `storage account '${r.name}' encryption.keySource is unknown in preview`, r));
    } else if (prod && keySource !== "Microsoft.Keyvault") {
        findings.push(violation(ITEM, `storage account '${r.name}' encryption.keySource is '${String(keySource)}'; prod requires a customer-managed key (Microsoft.Keyvault)`, r));
    }
    return findings;
}

/** Storage is encrypted at rest with infrastructure encryption, and with a customer-managed key in prod. */
export const enableInfrastructureEncryption = readinessPolicy({
    name: "enable-infrastructure-encryption",
    description: "Storage accounts require infrastructure encryption (AES-256 twice) and, in prod, a customer-managed key in Key Vault.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: typesJudgedBy("enable-infrastructure-encryption", "encryption"),
    defaults: {},
    check(stack): Finding[] {
        const accounts = stack.ofType(TYPES.storageAccount);
        if (accounts.length === 0) {
            return [violation(ITEM, `no storage account in the stack to prove encryption at rest (expected ${TYPES.storageAccount})`)];
        }
        const prod = stack.environment() === "prod";
        return accounts.flatMap((r) => storage(r, prod));
    },
});
