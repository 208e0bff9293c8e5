/**
 * The catalogue of the Azure resource types the PRR cares about (azure-native 2.10.0 type tokens,
 * each checked against the SDK jar's `@ResourceType`), and what each needs.
 *
 * - **stateful** types hold data: they need backup evidence, encryption at rest, a TLS floor with
 *   no plaintext switch, and `protect` in prod.
 * - **ingress** types take traffic from outside: they need a TLS floor and HTTPS only.
 * - **compute** types run the product: they carry no security need of their own, but every compute
 *   or ingress resource belongs to a component (lib/ownership.ts).
 *
 * Each need names how it is judged: the policy that judges it for this type, a guarantee of the
 * platform (nothing a program can set weakens it; documented, no finding), or `UNASSESSED` (no
 * policy judges it yet: the `missing-*-assessment` policies fail the need's item as `[unassessed]`, naming
 * the resource). A policy that learns to judge a need for a type changes `UNASSESSED` to its name
 * here and takes its type list from `typesJudgedBy`; that is the only place the two meet.
 *
 * Types of the modules in `JUDGED_MODULES` that the catalogue does not list are unassessed too,
 * unless the resource is a sub-resource of a catalogued one (`lib/unassessed.ts`).
 */

/** What a catalogued type needs, keyed by need. */
export type Need = "backup" | "encryption" | "tls" | "protect";

/** A need met by the platform itself, whatever the program sets; `why` is the documented reason. */
export interface PlatformGuarantee {
    readonly platform: string;
}

/** No policy judges this need for this type yet: it fails as `[unassessed]`. */
export const UNASSESSED = "unassessed" as const;

/** How a need is judged: a policy name, a platform guarantee, or `UNASSESSED`. */
export type Judge = string | PlatformGuarantee | typeof UNASSESSED;

/**
 * `part`: a sub-resource type (a blob service, a server parameter, a vault key) that has no needs
 * of its own: its parent type's needs are judged, reading it where it matters (a PostgreSQL TLS
 * parameter, a blob service's soft delete).
 */
export type Kind = "stateful" | "ingress" | "compute" | "part";

export interface CatalogueEntry {
    readonly kind: Kind;
    /** What the type needs and how each need is judged; compute types and parts need nothing. */
    readonly needs: Readonly<Partial<Record<Need, Judge>>>;
    /** For a part: the type it belongs to. */
    readonly partOf?: string;
}

/** The checklist item each need proves. */
export const NEED_ITEMS: Readonly<Record<Need, string>> = {
    backup: "security.backups",
    protect: "security.backups",
    encryption: "security.encryption-at-rest",
    tls: "security.tls-in-transit",
};

/** What each need asks of a resource, for messages. */
export const NEED_TEXT: Readonly<Record<Need, string>> = {
    backup: "backup evidence (retention, frequency, redundancy; geo-redundancy in prod)",
    protect: "the resource option protect: true in prod",
    encryption: "encryption at rest (AES-256; customer-managed key in prod)",
    tls: "a TLS floor with no plaintext switch (HTTPS only)",
};

const BACKUPS = "missing-backups";
const TLS = "enforce-tls-floor";
const ENCRYPTION = "enable-infrastructure-encryption";
/** `protect` is a resource option, the same for every type: one policy judges it for every stateful type. */
const PROTECT = "enable-resource-protection";

const platform = (why: string): PlatformGuarantee => ({ platform: why });
const ALWAYS_ENCRYPTED = platform("always encrypted at rest with AES-256 by the service; no setting turns it off");

/** A stateful type: protect is always judged; the rest as given. */
function stateful(needs: { backup: Judge; encryption: Judge; tls?: Judge }): CatalogueEntry {
    return { kind: "stateful", needs: { ...needs, protect: PROTECT } };
}

function ingress(tls: Judge): CatalogueEntry {
    return { kind: "ingress", needs: { tls } };
}

const COMPUTE: CatalogueEntry = { kind: "compute", needs: {} };

function partOf(type: string): CatalogueEntry {
    return { kind: "part", needs: {}, partOf: type };
}

const STORAGE = "azure-native:storage:StorageAccount";
const POSTGRES = "azure-native:dbforpostgresql:Server";
const MYSQL = "azure-native:dbformysql:Server";
const VAULT = "azure-native:keyvault:Vault";
const SQL_SERVER = "azure-native:sql:Server";
const SQL_DATABASE = "azure-native:sql:Database";

/** Every type the PRR cares about. */
export const CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
    // Stateful
    "azure-native:storage:StorageAccount": stateful({ backup: BACKUPS, encryption: ENCRYPTION, tls: TLS }),
    "azure-native:dbforpostgresql:Server": stateful({ backup: BACKUPS, encryption: ALWAYS_ENCRYPTED, tls: TLS }),
    // Citus cluster: its API in azure-native 2.10.0 has no backup retention, redundancy or TLS property to read.
    "azure-native:dbforpostgresql:Cluster": stateful({ backup: UNASSESSED, encryption: ALWAYS_ENCRYPTED, tls: UNASSESSED }),
    "azure-native:dbformysql:Server": stateful({ backup: BACKUPS, encryption: ALWAYS_ENCRYPTED, tls: TLS }),
    // MariaDB: on Azure's retirement path (Microsoft: migrate to MySQL). Its backup and TLS settings sit in an
    // untyped `properties` union that the response flattens, so the preview's outputs show none of them; they
    // would have to be read from the inputs recorded at Analyze. Not done for a retiring service: unassessed.
    "azure-native:dbformariadb:Server": stateful({ backup: UNASSESSED, encryption: ALWAYS_ENCRYPTED, tls: UNASSESSED }),
    // Azure SQL: TLS and the TDE protector (its key) are the server's; backups and the TDE switch are per database.
    "azure-native:sql:Server": stateful({ backup: platform("backups are per database; the server holds none"), encryption: ENCRYPTION, tls: TLS }),
    "azure-native:sql:Database": stateful({ backup: BACKUPS, encryption: ENCRYPTION }),
    // Managed instance backup retention is per managed database, and azure-native 2.10.0 has no short-term
    // retention resource for managed databases: the 7-day default cannot be shown raised.
    "azure-native:sql:ManagedInstance": stateful({ backup: UNASSESSED, encryption: ENCRYPTION, tls: TLS }),
    "azure-native:documentdb:DatabaseAccount": stateful({ backup: BACKUPS, encryption: ALWAYS_ENCRYPTED, tls: TLS }),
    // vCore MongoCluster and managed Cassandra: no backup retention or redundancy,
    // nor a TLS floor, in their APIs for the pack to read.
    "azure-native:documentdb:MongoCluster": stateful({ backup: UNASSESSED, encryption: ALWAYS_ENCRYPTED, tls: UNASSESSED }),
    "azure-native:documentdb:CassandraCluster": stateful({ backup: UNASSESSED, encryption: ALWAYS_ENCRYPTED, tls: UNASSESSED }),
    // Redis: Microsoft documents data persistence as resilience to node failures, "not a data backup or point in
    // time recovery feature" (Azure Managed Redis persistence docs), and a backup as an export: an action, not a
    // resource a program declares. So backups cannot be shown. Encryption: see lib/stateful-encryption.ts.
    "azure-native:cache:Redis": stateful({ backup: UNASSESSED, encryption: ENCRYPTION, tls: TLS }),
    // Redis Enterprise: persistence is not a backup (as Redis). Its customer-managed key
    // (`encryption.customerManagedKeyEncryption.keyEncryptionKeyUrl`) is not judged yet: it is the last type whose
    // encryption is unassessed, and judging it would leave missing-encryption-assessment with no evidence type,
    // which the review reads as "the whole stack" (PrrReport.evidence); lib/unassessed.ts must learn that first.
    "azure-native:cache:RedisEnterprise": stateful({ backup: UNASSESSED, encryption: UNASSESSED, tls: TLS }),
    // Brokers: Azure keeps no backup of messages; "backup" is a Geo-DR pairing of the namespace in prod.
    "azure-native:servicebus:Namespace": stateful({ backup: BACKUPS, encryption: ALWAYS_ENCRYPTED, tls: TLS }),
    "azure-native:eventhub:Namespace": stateful({ backup: BACKUPS, encryption: ALWAYS_ENCRYPTED, tls: TLS }),
    "azure-native:eventhub:Cluster": stateful({
        backup: platform("a dedicated cluster holds no data of its own: the namespaces in it (clusterArmId) do, and each is judged"),
        encryption: ALWAYS_ENCRYPTED,
    }),
    // A managed disk has no network endpoint of its own: no TLS need. Azure Disk Backup keeps operational-tier
    // snapshots only ("the backups aren't copied to the backup vault"), so the vault's redundancy says nothing
    // of them and geo-redundancy cannot be shown.
    "azure-native:compute:Disk": stateful({ backup: UNASSESSED, encryption: ALWAYS_ENCRYPTED }),
    "azure-native:keyvault:Vault": stateful({
        backup: BACKUPS,
        encryption: platform("keys and secrets are always stored encrypted (HSM-protected); no setting turns it off"),
        tls: TLS,
    }),
    "azure-native:keyvault:ManagedHsm": stateful({
        backup: BACKUPS,
        encryption: platform("keys are always held in FIPS 140-2 Level 3 HSMs"),
        tls: TLS,
    }),
    // Ingress (a web app with kind `functionapp` is a function app: same type). Their TLS is judged
    // in lib/tls-ingress.ts; a sub-resource that carries traffic (a route, a custom domain, an API)
    // is judged whether or not its parent is in the stack.
    "azure-native:web:WebApp": ingress(TLS),
    // A slot has its own httpsOnly and siteConfig: judged like a web app.
    "azure-native:web:WebAppSlot": ingress(TLS),
    // Static Web Apps: azure-native 2.10.0 (API 2022-09-01) has no TLS floor or HTTPS-only setting,
    // and no Microsoft source documenting the platform's floor and HTTP redirect was found, so
    // nothing in a preview shows it: it stays unassessed (a waiver with a reason, outside prod).
    "azure-native:web:StaticSite": ingress(UNASSESSED),
    "azure-native:app:ContainerApp": ingress(TLS),
    "azure-native:network:ApplicationGateway": ingress(TLS),
    // Front Door (classic): routing rules (HTTP only as a redirect to HTTPS); the floor is the platform's TLS 1.2.
    "azure-native:network:FrontDoor": ingress(TLS),
    // A CDN profile: an AzureFrontDoor or Standard_Microsoft SKU, judged through its endpoints; any other SKU fails.
    "azure-native:cdn:Profile": ingress(TLS),
    // Front Door Standard/Premium: through its routes (an endpoint without routes carries no traffic).
    "azure-native:cdn:AFDEndpoint": ingress(TLS),
    // Classic CDN: isHttpAllowed false or an HTTP→HTTPS redirect rule; the floor is the platform's TLS 1.2.
    "azure-native:cdn:Endpoint": ingress(TLS),
    // SSL 3.0, TLS 1.0/1.1 switched off for clients and backends; its APIs HTTPS only.
    "azure-native:apimanagement:ApiManagementService": ingress(TLS),
    // Compute
    "azure-native:web:AppServicePlan": COMPUTE,
    "azure-native:web:AppServiceEnvironment": COMPUTE,
    "azure-native:app:ManagedEnvironment": COMPUTE,
    "azure-native:app:Job": COMPUTE,
    "azure-native:containerservice:ManagedCluster": COMPUTE,
    "azure-native:compute:VirtualMachineScaleSet": COMPUTE,
    "azure-native:compute:VirtualMachine": COMPUTE,
    "azure-native:containerinstance:ContainerGroup": COMPUTE,
    // Parts: sub-resources judged through the type they belong to
    "azure-native:storage:BlobServiceProperties": partOf(STORAGE),
    "azure-native:storage:FileServiceProperties": partOf(STORAGE),
    "azure-native:storage:QueueServiceProperties": partOf(STORAGE),
    "azure-native:storage:TableServiceProperties": partOf(STORAGE),
    "azure-native:storage:BlobContainer": partOf(STORAGE),
    "azure-native:storage:FileShare": partOf(STORAGE),
    "azure-native:storage:Queue": partOf(STORAGE),
    "azure-native:storage:Table": partOf(STORAGE),
    "azure-native:storage:ManagementPolicy": partOf(STORAGE),
    "azure-native:dbforpostgresql:Configuration": partOf(POSTGRES),
    "azure-native:dbforpostgresql:Database": partOf(POSTGRES),
    "azure-native:dbforpostgresql:FirewallRule": partOf(POSTGRES),
    "azure-native:dbforpostgresql:Administrator": partOf(POSTGRES),
    "azure-native:dbformysql:Configuration": partOf(MYSQL),
    "azure-native:dbformysql:Database": partOf(MYSQL),
    "azure-native:dbformysql:FirewallRule": partOf(MYSQL),
    "azure-native:sql:TransparentDataEncryption": partOf(SQL_DATABASE),
    "azure-native:sql:BackupShortTermRetentionPolicy": partOf(SQL_DATABASE),
    "azure-native:sql:LongTermRetentionPolicy": partOf(SQL_DATABASE),
    "azure-native:sql:EncryptionProtector": partOf(SQL_SERVER),
    "azure-native:sql:ServerKey": partOf(SQL_SERVER),
    "azure-native:servicebus:DisasterRecoveryConfig": partOf("azure-native:servicebus:Namespace"),
    "azure-native:eventhub:DisasterRecoveryConfig": partOf("azure-native:eventhub:Namespace"),
    "azure-native:cache:Database": partOf("azure-native:cache:RedisEnterprise"),
    "azure-native:keyvault:Key": partOf(VAULT),
    "azure-native:keyvault:Secret": partOf(VAULT),
    // Ingress parts read by enforce-tls-floor (lib/tls-ingress.ts): each judged on its own settings.
    "azure-native:cdn:Route": partOf("azure-native:cdn:AFDEndpoint"),
    "azure-native:cdn:AFDCustomDomain": partOf("azure-native:cdn:Profile"),
    "azure-native:cdn:Rule": partOf("azure-native:cdn:Profile"),
    // A classic custom domain's HTTPS settings are an action, not a property: it serves what its endpoint allows.
    "azure-native:cdn:CustomDomain": partOf("azure-native:cdn:Endpoint"),
    "azure-native:apimanagement:Api": partOf("azure-native:apimanagement:ApiManagementService"),
};

/**
 * Modules whose resources hold data or take traffic: a type of one of them that the catalogue does
 * not list is unassessed (unless it is a sub-resource of a catalogued resource, lib/unassessed.ts),
 * with the needs of the module's kind. Modules that mix compute with much else (web, app, network,
 * compute) are judged by their catalogued types only.
 */
export const JUDGED_MODULES: Readonly<Record<string, Exclude<Kind, "compute">>> = {
    storage: "stateful",
    sql: "stateful",
    dbforpostgresql: "stateful",
    dbformysql: "stateful",
    dbformariadb: "stateful",
    documentdb: "stateful",
    cache: "stateful",
    servicebus: "stateful",
    eventhub: "stateful",
    keyvault: "stateful",
    cdn: "ingress",
    apimanagement: "ingress",
};

/** The needs of each kind, for types the catalogue does not list. */
export const KIND_NEEDS: Readonly<Record<Kind, readonly Need[]>> = {
    stateful: ["backup", "encryption", "tls", "protect"],
    ingress: ["tls"],
    compute: [],
    part: [],
};

/** The catalogue entry of `type`, if it lists it (exact token: a versioned module is another token). */
export function entryOf(type: string): CatalogueEntry | undefined {
    return Object.prototype.hasOwnProperty.call(CATALOGUE, type) ? CATALOGUE[type] : undefined;
}

/** The module of an azure-native token without its API version (`storage/v20230101` → `storage`), else undefined. */
export function azureModule(type: string): string | undefined {
    const parts = type.split(":");
    return parts.length === 3 && parts[0] === "azure-native" ? parts[1].split("/")[0] : undefined;
}

/** The kind of the judged module `type` is in, when the catalogue does not list `type` itself. */
export function uncataloguedKind(type: string): Exclude<Kind, "compute"> | undefined {
    if (entryOf(type) !== undefined) {
        return undefined;
    }
    const module = azureModule(type);
    return module !== undefined && Object.prototype.hasOwnProperty.call(JUDGED_MODULES, module) ? JUDGED_MODULES[module] : undefined;
}

function typesOfKind(kind: Kind): string[] {
    return Object.entries(CATALOGUE).filter(([, e]) => e.kind === kind).map(([type]) => type);
}

/** Stateful types: backups, encryption at rest, TLS and `protect` in prod. */
export function statefulTypes(): string[] {
    return typesOfKind("stateful");
}

/** Ingress types: a TLS floor and HTTPS only. */
export function ingressTypes(): string[] {
    return typesOfKind("ingress");
}

/** Sub-resource types judged through the type they belong to. */
export function partTypes(): string[] {
    return typesOfKind("part");
}

/** Compute types. */
export function computeTypes(): string[] {
    return typesOfKind("compute");
}

/** Types a resource of which must belong to a component: compute and ingress. */
export function componentTypes(): string[] {
    return [...computeTypes(), ...ingressTypes()];
}

/** The types for which `policy` judges `need` (any need when absent), in catalogue order. */
export function typesJudgedBy(policy: string, need?: Need): string[] {
    return Object.entries(CATALOGUE)
        .filter(([, e]) => Object.entries(e.needs).some(([n, judge]) => judge === policy && (need === undefined || n === need)))
        .map(([type]) => type);
}

/** The needs of `type` no policy judges: catalogued `UNASSESSED` ones, or every need of an uncatalogued type's module kind. */
export function unassessedNeeds(type: string): Need[] {
    const entry = entryOf(type);
    if (entry !== undefined) {
        return (Object.entries(entry.needs) as [Need, Judge][]).filter(([, judge]) => judge === UNASSESSED).map(([need]) => need);
    }
    const kind = uncataloguedKind(type);
    return kind === undefined ? [] : [...KIND_NEEDS[kind]];
}

/** True when the pack judges every need of `type` (or `type` has none the PRR cares about). */
export function isAssessable(type: string): boolean {
    return unassessedNeeds(type).length === 0;
}

/** The platform's guarantee for `need` of `type`, if the catalogue records one. */
export function platformGuarantee(type: string, need: Need): string | undefined {
    const judge = entryOf(type)?.needs[need];
    return typeof judge === "object" ? judge.platform : undefined;
}
