import { Finding, platformLimit, undecided, violation } from "./findings";
import { referrersOfType } from "./references";
import { StackResource, StackView } from "./stack";
import { isUnknown } from "./values";

/**
 * How enforce-tls-floor judges the TLS floor of the stateful types beyond those it has always
 * judged: each type's floor property, the values it accepts, and the highest floor its API lets a
 * program require (at the API versions azure-native 2.10.0 calls; the enums are the SDK's). None of
 * these types has a plaintext switch in its API: every connection to them is TLS.
 */

const ITEM = "security.tls-in-transit";

interface TlsFloor {
    readonly label: string;
    /** The floor property, at the top of the resource. */
    readonly property: string;
    /** Values that meet the floor, weakest first. */
    readonly accepted: readonly string[];
    /** Accepted values that are the highest the API offers but below TLS 1.3: reported as [platform-limit]. */
    readonly limited: readonly string[];
    /** The platform's documented default when unset, for the message. */
    readonly platformDefault: string;
}

const FLOORS: Readonly<Record<string, TlsFloor>> = {
    // ManagedInstance.minimalTlsVersion is a free string ('None', '1.0', '1.1', '1.2'), as Server's.
    "azure-native:sql:ManagedInstance": {
        label: "SQL managed instance", property: "minimalTlsVersion", accepted: ["1.2", "1.3"], limited: ["1.2"], platformDefault: "the service's, which has changed over time",
    },
    // MinimalTlsVersion: Tls, Tls11, Tls12.
    "azure-native:documentdb:DatabaseAccount": {
        label: "Cosmos DB account", property: "minimalTlsVersion", accepted: ["Tls12"], limited: ["Tls12"], platformDefault: "the service's, which has changed over time",
    },
    // TlsVersion: 1.0, 1.1, 1.2 (newer API versions add 1.3; the property takes any string, so 1.3 passes
    // where the API the provider calls accepts it, and a deploy fails where it does not).
    "azure-native:servicebus:Namespace": {
        label: "Service Bus namespace", property: "minimumTlsVersion", accepted: ["1.2", "1.3"], limited: ["1.2"],
        platformDefault: "1.2 since TLS 1.0 and 1.1 were retired",
    },
    "azure-native:cache:RedisEnterprise": {
        label: "Redis Enterprise cluster", property: "minimumTlsVersion", accepted: ["1.2"], limited: ["1.2"],
        platformDefault: "the service's, which has changed over time",
    },
    "azure-native:eventhub:Namespace": {
        label: "Event Hubs namespace", property: "minimumTlsVersion", accepted: ["1.2", "1.3"], limited: ["1.2"],
        platformDefault: "1.2 since TLS 1.0 and 1.1 were retired",
    },
};

/** The floor of `r`: unknown, unset (the default is never relied on), below the floor, or met. */
function judgeFloor(r: StackResource, f: TlsFloor): Finding[] {
    const v = r.props[f.property];
    if (isUnknown(v)) {
        return [undecided(ITEM, `${f.label} '${r.name}' ${f.property} is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [violation(ITEM, `${r.type} '${r.name}' does not set ${f.property}; the platform's documented default (${f.platformDefault}) would apply, and the pack never relies on a default`, r)];
    }
    if (typeof v !== "string" || !f.accepted.includes(v)) {
        return [violation(ITEM, `${f.label} '${r.name}' ${f.property} is '${String(v)}'; at least ${f.accepted[0]} is required`, r)];
    }
    return f.limited.includes(v)
        ? [platformLimit(ITEM, `${f.label} '${r.name}' enforces TLS ${v}, the highest minimum its API offers at the version azure-native 2.10.0 calls; TLS 1.3 cannot be required`, r)]
        : [];
}

/**
 * A Managed HSM has no TLS setting in its API: the service's own floor applies (TLS 1.2), reported
 * as a platform limit, as a Key Vault's.
 */
function managedHsm(r: StackResource): Finding[] {
    return [platformLimit(ITEM, `managed HSM '${r.name}' has no setting to require a TLS version in its API; the service's own TLS 1.2 floor applies and TLS 1.3 cannot be required`, r)];
}

const REDIS_DATABASE = "azure-native:cache:Database";

/**
 * A Redis Enterprise cluster: its floor, and the plaintext switch of each of its databases
 * (`cache:Database.clientProtocol`: Encrypted, or Plaintext, which accepts connections without
 * TLS). A database belongs to the cluster its `clusterName` refers to (lib/references.ts); one whose
 * `clusterName` is unknown and refers to nothing may be this cluster's, which cannot be told.
 */
function redisEnterprise(stack: StackView, r: StackResource): Finding[] {
    const findings = judgeFloor(r, FLOORS["azure-native:cache:RedisEnterprise"]);
    const blind = stack.ofType(REDIS_DATABASE).filter((d) => isUnknown(stack.pathParameter(d, "clusterName")) && stack.dependenciesOf(d, "clusterName").length === 0);
    if (blind.length > 0) {
        return [...findings, undecided(ITEM, `Redis Enterprise cluster '${r.name}': ${blind.map((d) => `'${d.name}'`).join(", ")} name their cluster by a value unknown in preview that refers to no resource, so whether they accept plaintext connections to it cannot be told`, r)];
    }
    for (const db of referrersOfType(stack, r, REDIS_DATABASE, "clusterName", "clusterName")) {
        const protocol = db.props.clientProtocol;
        if (isUnknown(protocol)) {
            findings.push(undecided(ITEM, `Redis Enterprise database '${db.name}' (of '${r.name}') clientProtocol is unknown in preview`, r));
        } else if (protocol === undefined) {
            findings.push(violation(ITEM, `Redis Enterprise database '${db.name}' (of '${r.name}') does not set clientProtocol; the platform's documented default (Encrypted) would apply, and the pack never relies on a default`, r));
        } else if (protocol !== "Encrypted") {
            findings.push(violation(ITEM, `Redis Enterprise database '${db.name}' (of '${r.name}') clientProtocol is '${String(protocol)}', which accepts plaintext connections; it must be Encrypted`, r));
        }
    }
    // A platform limit stands only when no plaintext switch is open.
    return findings.some((f) => f.outcome !== "platform-limit") ? findings.filter((f) => f.outcome !== "platform-limit") : findings;
}

/** Resources these judges read besides the judged types: a policy lists them as evidence. */
export const STATEFUL_TLS_EVIDENCE: readonly string[] = [REDIS_DATABASE];

/** The stateful TLS judges, by type. */
export const STATEFUL_TLS_JUDGES: Readonly<Record<string, (stack: StackView, r: StackResource) => Finding[]>> = {
    ...Object.fromEntries(Object.entries(FLOORS).map(([type, f]) => [type, (_: StackView, r: StackResource) => judgeFloor(r, f)])),
    "azure-native:keyvault:ManagedHsm": (_: StackView, r: StackResource) => managedHsm(r),
    "azure-native:cache:RedisEnterprise": redisEnterprise,
};
