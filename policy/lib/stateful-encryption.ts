import { Finding, platformLimit, undecided, violation } from "./findings";
import { referencedOfType, referrersOfType } from "./references";
import { blindText, ofSqlDatabase, unrelatedToAnyDatabase } from "./sql";
import { StackResource, StackView } from "./stack";
import { asString, at, isUnknown } from "./values";

/**
 * How enable-infrastructure-encryption judges encryption at rest of the stateful types other than
 * storage, and the customer-managed key rule every judged type shares: a key is shown only by a
 * `keyvault:Key` of the stack that the resource's key property refers to (a property dependency),
 * in a Key Vault of the stack with purge protection. A key URI written as a literal, or a key
 * source alone, is only a claim.
 */

const ITEM = "security.encryption-at-rest";

export const ENCRYPTION_EVIDENCE = {
    key: "azure-native:keyvault:Key",
    keyVault: "azure-native:keyvault:Vault",
    sqlServer: "azure-native:sql:Server",
    sqlDatabase: "azure-native:sql:Database",
    sqlManagedInstance: "azure-native:sql:ManagedInstance",
    sqlTde: "azure-native:sql:TransparentDataEncryption",
    sqlEncryptionProtector: "azure-native:sql:EncryptionProtector",
    sqlServerKey: "azure-native:sql:ServerKey",
} as const;

/** The `keyvault:Key`s of the stack that `owner`'s `property` refers to by a property dependency. */
export function keysReferredBy(stack: StackView, owner: StackResource, property: string): StackResource[] {
    return stack.dependenciesOf(owner, property).filter((d) => d.type === ENCRYPTION_EVIDENCE.key);
}

/**
 * The `keyvault:Key`s of the stack a key URI property of `owner` names: by a property dependency,
 * or as a literal URI `https://<vault>.vault.azure.net/keys/<key>[/<version>]` whose vault and key
 * are the literal Azure names of a key of the stack and its vault (the same literal-name rule as
 * lib/references.ts). `blind` when the URI is unknown in preview and refers to nothing: in a Java
 * preview `key.keyUriWithVersion()` is unknown and carries no reference (docs/fidelity.md).
 */
export function keysOfUri(stack: StackView, owner: StackResource, property: string): { keys: StackResource[]; blind: boolean } {
    const byDependency = keysReferredBy(stack, owner, property);
    const value = stack.pathParameter(owner, property);
    if (byDependency.length > 0) {
        return { keys: byDependency, blind: false };
    }
    if (isUnknown(value)) {
        return { keys: [], blind: true };
    }
    const uri = /^https:\/\/([^./]+)\.vault\.[^/]+\/keys\/([^/]+)(?:\/[^/]*)?\/?$/i.exec(asString(value) ?? "");
    if (uri === null) {
        return { keys: [], blind: false };
    }
    const [, vaultName, keyName] = uri;
    const keys = stack.ofType(ENCRYPTION_EVIDENCE.key).filter((k) => asString(stack.pathParameter(k, "keyName"))?.toLowerCase() === keyName.toLowerCase()
        && referencedOfType(stack, k, "vaultName", ENCRYPTION_EVIDENCE.keyVault, "vaultName")
            .some((v) => asString(stack.pathParameter(v, "vaultName"))?.toLowerCase() === vaultName.toLowerCase()));
    return { keys, blind: false };
}

/**
 * The findings of customer-managed `key` of `owner` (described as `what`, e.g. "storage account
 * 'x'"): the key's vault (its `vaultName` reference) must be in the stack with purge protection,
 * since a purged key makes the data unreadable for good.
 */
export function keyVaultFindings(stack: StackView, owner: StackResource, what: string, key: StackResource): Finding[] {
    const vaults = referencedOfType(stack, key, "vaultName", ENCRYPTION_EVIDENCE.keyVault, "vaultName");
    if (vaults.length === 0) {
        return [violation(ITEM, `key '${key.name}' (customer-managed key of ${what}) is in no ${ENCRYPTION_EVIDENCE.keyVault} of the stack (vaultName), so its purge protection cannot be shown`, owner)];
    }
    return vaults.flatMap((vault) => {
        const purge = at(vault.props, ["properties", "enablePurgeProtection"]);
        if (isUnknown(purge)) {
            return [undecided(ITEM, `key vault '${vault.name}' properties.enablePurgeProtection is unknown in preview, so the customer-managed key of ${what} cannot be shown safe from purging`, owner)];
        }
        return purge === true ? [] : [violation(ITEM, `key vault '${vault.name}' holds the customer-managed key '${key.name}' of ${what} without purge protection (properties.enablePurgeProtection is '${String(purge)}'); a purged key makes the data unreadable for good`, owner)];
    });
}

/** What each judge is given. */
export interface EncryptionContext {
    readonly stack: StackView;
    readonly prod: boolean;
}

type Judge = (r: StackResource, ctx: EncryptionContext) => Finding[];

/**
 * An Azure SQL server's TDE protector. Every database of a server is encrypted by transparent data
 * encryption with the server's protector; by default the service's own key. In prod the protector
 * must be a customer-managed key the stack shows: the server's `keyId` refers to a `keyvault:Key`,
 * or an EncryptionProtector of the server has serverKeyType AzureKeyVault and names (serverKeyName)
 * a ServerKey of the server whose `uri` refers to a `keyvault:Key`. An EncryptionProtector of the
 * server set to ServiceManaged turns the key back to the service's, whatever `keyId` says.
 */
function sqlServer(r: StackResource, ctx: EncryptionContext): Finding[] {
    if (!ctx.prod) {
        return [];
    }
    const what = `SQL server '${r.name}'`;
    const { stack } = ctx;
    const protectors = referrersOfType(stack, r, ENCRYPTION_EVIDENCE.sqlEncryptionProtector, "serverName", "serverName");
    if (protectors.some((p) => isUnknown(p.props.serverKeyType))) {
        return [undecided(ITEM, `${what}: the serverKeyType of its encryption protector is unknown in preview`, r)];
    }
    const serviceManaged = protectors.filter((p) => p.props.serverKeyType !== "AzureKeyVault");
    if (serviceManaged.length > 0) {
        return [violation(ITEM, `${what} has encryption protector ${serviceManaged.map((p) => `'${p.name}'`).join(", ")} with serverKeyType '${String(serviceManaged[0].props.serverKeyType)}'; prod requires a customer-managed TDE protector (AzureKeyVault)`, r)];
    }
    const named = [
        ...(r.props.keyId === undefined && stack.pathParameter(r, "keyId") === undefined ? [] : [keysOfUri(stack, r, "keyId")]),
        ...protectors.flatMap((p) => referencedOfType(stack, p, "serverKeyName", ENCRYPTION_EVIDENCE.sqlServerKey, "keyName")
            .map((serverKey) => keysOfUri(stack, serverKey, "uri"))),
    ];
    const keys = [...new Set(named.flatMap((n) => n.keys))];
    if (keys.length === 0 && named.some((n) => n.blind)) {
        return [undecided(ITEM, `${what}: its TDE key URI (keyId, or a ServerKey's uri) is unknown in preview and refers to no resource, so the key cannot be shown to be a ${ENCRYPTION_EVIDENCE.key} of the stack (in a Java preview keyUriWithVersion() carries no reference: write the key's URI from the vault's and key's Azure names)`, r)];
    }
    if (keys.length === 0) {
        return [violation(ITEM, `${what} shows no customer-managed TDE protector: prod requires the server's keyId, or the uri of the ${ENCRYPTION_EVIDENCE.sqlServerKey} its ${ENCRYPTION_EVIDENCE.sqlEncryptionProtector} names (serverKeyType AzureKeyVault), to refer to a ${ENCRYPTION_EVIDENCE.key} of the stack (read from the key resource)`, r)];
    }
    return keys.flatMap((key) => keyVaultFindings(stack, r, what, key));
}

/**
 * An Azure SQL database: transparent data encryption on, shown by a TransparentDataEncryption of
 * the database (databaseName and serverName referring to it) with state Enabled. TDE is on for new
 * databases by default, a default the pack does not rely on: a program can turn it off with this
 * very resource. Its key is the server's protector (judged with the server).
 */
function sqlDatabase(r: StackResource, ctx: EncryptionContext): Finding[] {
    const what = `SQL database '${r.name}'`;
    const tde = ofSqlDatabase(ctx.stack, r, ENCRYPTION_EVIDENCE.sqlTde);
    const blind = unrelatedToAnyDatabase(ctx.stack, ENCRYPTION_EVIDENCE.sqlTde);
    if (tde.length === 0 && blind.length > 0) {
        return [undecided(ITEM, blindText(r, blind, "transparent data encryption setting"), r)];
    }
    if (tde.length === 0) {
        return [violation(ITEM, `${what} has no ${ENCRYPTION_EVIDENCE.sqlTde} whose databaseName refers to it; the platform's documented default (Enabled for new databases) is not relied upon, state Enabled is required`, r)];
    }
    if (tde.some((t) => isUnknown(t.props.state))) {
        return [undecided(ITEM, `${what} transparent data encryption state is unknown in preview`, r)];
    }
    const off = tde.filter((t) => t.props.state !== "Enabled");
    return off.length === 0 ? []
        : [violation(ITEM, `${what} transparent data encryption is '${String(off[0].props.state)}' ('${off[0].name}'); it must be Enabled`, r)];
}

/**
 * An Azure SQL managed instance: TDE with the service's key by default; in prod its `keyId` must
 * refer to a `keyvault:Key` of the stack (in a vault with purge protection).
 */
function sqlManagedInstance(r: StackResource, ctx: EncryptionContext): Finding[] {
    if (!ctx.prod) {
        return [];
    }
    const what = `SQL managed instance '${r.name}'`;
    const { keys, blind } = keysOfUri(ctx.stack, r, "keyId");
    if (keys.length === 0 && blind) {
        return [undecided(ITEM, `${what} keyId is unknown in preview and refers to no resource, so its key cannot be shown to be a ${ENCRYPTION_EVIDENCE.key} of the stack`, r)];
    }
    if (keys.length === 0) {
        return [violation(ITEM, `${what} keyId refers to no ${ENCRYPTION_EVIDENCE.key} of the stack (read it from the key resource); prod requires a customer-managed TDE key the stack shows exists`, r)];
    }
    return keys.flatMap((key) => keyVaultFindings(ctx.stack, r, what, key));
}

/**
 * An Azure Cache for Redis: its data lives in memory, unencrypted, as a cache's does; what reaches
 * disk (OS and temporary disks, export files) is encrypted with Microsoft-managed keys, except on
 * the Basic and Standard C0 and C1 sizes, which support no disk encryption at all. Customer-managed
 * keys exist only in the Enterprise tiers (cache:RedisEnterprise), so in prod that is reported as a
 * [platform-limit].
 */
function redis(r: StackResource, ctx: EncryptionContext): Finding[] {
    const what = `Redis cache '${r.name}'`;
    const family = at(r.props, ["sku", "family"]);
    const capacity = at(r.props, ["sku", "capacity"]);
    if (isUnknown(family) || isUnknown(capacity)) {
        return [undecided(ITEM, `${what} sku is unknown in preview, so whether its disks are encrypted cannot be read`, r)];
    }
    if (family !== "P" && (typeof capacity !== "number" || capacity <= 1)) {
        return [violation(ITEM, `${what} is sku family '${String(family)}' capacity '${String(capacity)}': the Basic and Standard C0 and C1 sizes support no disk encryption; C2 or larger, or Premium, is required`, r)];
    }
    return ctx.prod
        ? [platformLimit(ITEM, `${what} encrypts what reaches disk with Microsoft-managed keys; customer-managed keys exist only in the Enterprise tiers, so prod's customer-managed key cannot be required of this type`, r)]
        : [];
}

/** The judges of the stateful types other than storage, by type. */
export const ENCRYPTION_JUDGES: Readonly<Record<string, Judge>> = {
    [ENCRYPTION_EVIDENCE.sqlServer]: sqlServer,
    [ENCRYPTION_EVIDENCE.sqlDatabase]: sqlDatabase,
    [ENCRYPTION_EVIDENCE.sqlManagedInstance]: sqlManagedInstance,
    "azure-native:cache:Redis": redis,
};

/** Resources these judges read besides the judged types. */
export const ENCRYPTION_JUDGE_EVIDENCE: readonly string[] = [
    ENCRYPTION_EVIDENCE.key, ENCRYPTION_EVIDENCE.keyVault, ENCRYPTION_EVIDENCE.sqlTde,
    ENCRYPTION_EVIDENCE.sqlEncryptionProtector, ENCRYPTION_EVIDENCE.sqlServerKey,
];
