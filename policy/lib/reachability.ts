import { ownership } from "./ownership";
import type { StackResource, StackView } from "./stack";
import { asArray, asString, at, containsUnknown, isUnknown, plain } from "./values";

/**
 * Which components the internet reaches, by what the stack shows (docs/evidence.md, "Where
 * criticality comes from"). A component whose compute or ingress the internet reaches serves
 * customers directly, so it is customer-facing whatever its `criticality` tag or its ReadyService
 * spec say: a tag or a spec may only raise criticality, never hide the requirements that come with
 * it (StackView.components).
 *
 * A resource is reached from the internet when (azure-native 2.10.0 property names):
 * - a web app or slot (function apps too) does not set `publicNetworkAccess: Disabled` and its access
 *   restrictions do not deny everyone but virtual-network subnets (`siteConfig.ipSecurityRestrictionsDefaultAction:
 *   Deny` with only `vnetSubnetResourceId` Allow rules). Unset, App Service takes public access as
 *   enabled (a private endpoint alone is not shown to close it), so unset counts as reached;
 * - a container app has `configuration.ingress.external: true` (the API's default is false; an app
 *   without ingress takes no inbound traffic). An external app in an internal environment is
 *   reached from its virtual network only, which the pack does not tell apart: it counts as reached;
 * - an Application Gateway has a frontend IP configuration with a `publicIPAddress`, or no frontend
 *   IP configuration the pack can read (a gateway always has one; fail closed);
 * - an API Management service's `virtualNetworkType` is not `Internal`;
 * - Front Door (classic and Standard/Premium endpoints), classic CDN endpoints and Static Web Apps,
 *   which only serve the internet.
 *
 * Which components a reached resource serves is its ownership (lib/ownership.ts): its own
 * `component` tag, its parent's, and the components of the compute it refers to, so a public
 * gateway whose backend pool refers to a web app's host name reaches that app's component. A value
 * unknown in preview leaves reachability undecided: the component is then treated as customer-facing
 * (fail closed: its requirements apply), and what only that decides says so (`Exposure.undecided`).
 */
export interface Exposure {
    /** True when nothing known reaches the component, but a value unknown in preview might. */
    readonly undecided: boolean;
    /** What reaches it (or might), for messages: "web app 'x' (publicNetworkAccess unset, Enabled by default)". */
    readonly why: string;
}

/** What the stack shows of one resource: reached (with why), not reached, or unknown in preview. */
type Reach = { readonly reached: true; readonly why: string } | { readonly reached: false } | { readonly reached: "unknown"; readonly why: string };

const NOT_REACHED: Reach = { reached: false };

/** Literal type tokens: this module is loaded while lib/stack.ts is, so it reads none of its exports at load time. */
const WEB_APP_TYPES = ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"];
const CONTAINER_APP = "azure-native:app:ContainerApp";
const APPLICATION_GATEWAY = "azure-native:network:ApplicationGateway";
const API_MANAGEMENT = "azure-native:apimanagement:ApiManagementService";
/** Types that only serve the internet. */
const ALWAYS_PUBLIC = ["azure-native:network:FrontDoor", "azure-native:cdn:AFDEndpoint", "azure-native:cdn:Endpoint", "azure-native:web:StaticSite"];

/** What messages call each type. */
const TYPE_LABELS: Readonly<Record<string, string>> = {
    "azure-native:web:WebApp": "web app",
    "azure-native:web:WebAppSlot": "web app slot",
    [CONTAINER_APP]: "container app",
    [APPLICATION_GATEWAY]: "Application Gateway",
    [API_MANAGEMENT]: "API Management service",
    "azure-native:network:FrontDoor": "Front Door (classic)",
    "azure-native:cdn:AFDEndpoint": "Front Door endpoint",
    "azure-native:cdn:Endpoint": "CDN endpoint",
    "azure-native:web:StaticSite": "static web app",
};

function label(r: StackResource): string {
    return `${TYPE_LABELS[r.type] ?? r.type} '${r.name}'`;
}

/** True when an access restriction rule lets in a virtual-network subnet only (not an IP range or a service tag). */
function subnetOnly(rule: unknown): boolean {
    const action = at(rule, ["action"]);
    const subnet = asString(at(rule, ["vnetSubnetResourceId"]));
    const ip = at(rule, ["ipAddress"]);
    return action === "Deny" || (subnet !== undefined && subnet.trim() !== "" && (ip === undefined || ip === null));
}

function webApp(r: StackResource): Reach {
    const access = r.props.publicNetworkAccess;
    if (isUnknown(access)) {
        return { reached: "unknown", why: `${label(r)} publicNetworkAccess is unknown in preview` };
    }
    if (access === "Disabled") {
        return NOT_REACHED;
    }
    const defaultAction = at(r.props, ["siteConfig", "ipSecurityRestrictionsDefaultAction"]);
    const rules = at(r.props, ["siteConfig", "ipSecurityRestrictions"]);
    if (isUnknown(defaultAction) || containsUnknown(rules)) {
        return { reached: "unknown", why: `${label(r)} access restrictions (siteConfig.ipSecurityRestrictions, ipSecurityRestrictionsDefaultAction) are unknown in preview` };
    }
    if (defaultAction === "Deny" && asArray(rules).every(subnetOnly)) {
        return NOT_REACHED;
    }
    const how = access === undefined ? "publicNetworkAccess unset, Enabled by default" : `publicNetworkAccess '${String(access)}'`;
    return { reached: true, why: `${label(r)} (${how}, and its access restrictions do not deny the internet)` };
}

function containerApp(r: StackResource): Reach {
    const external = at(r.props, ["configuration", "ingress", "external"]);
    if (isUnknown(external)) {
        return { reached: "unknown", why: `${label(r)} configuration.ingress.external is unknown in preview` };
    }
    return external === true ? { reached: true, why: `${label(r)} (configuration.ingress.external true)` } : NOT_REACHED;
}

function gateway(r: StackResource): Reach {
    const frontends = plain(r.props.frontendIPConfigurations);
    if (isUnknown(frontends)) {
        return { reached: "unknown", why: `${label(r)} frontendIPConfigurations are unknown in preview` };
    }
    const list = asArray(frontends);
    if (list.length === 0) {
        return { reached: true, why: `${label(r)} (no frontendIPConfigurations shown, so no private-only frontend either)` };
    }
    const publicIp = list.map((f) => at(f, ["publicIPAddress"]));
    if (publicIp.some((p) => p !== undefined && p !== null && !isUnknown(p))) {
        return { reached: true, why: `${label(r)} (a frontend IP configuration with a publicIPAddress)` };
    }
    if (publicIp.some(isUnknown)) {
        return { reached: "unknown", why: `${label(r)} frontendIPConfigurations publicIPAddress is unknown in preview` };
    }
    return NOT_REACHED;
}

function apiManagement(r: StackResource): Reach {
    const network = r.props.virtualNetworkType;
    if (isUnknown(network)) {
        return { reached: "unknown", why: `${label(r)} virtualNetworkType is unknown in preview` };
    }
    return network === "Internal" ? NOT_REACHED : { reached: true, why: `${label(r)} (virtualNetworkType '${String(network ?? "unset, None by default")}')` };
}

/** Whether the internet reaches `r` (see `Exposure`). */
function reach(r: StackResource): Reach {
    if (WEB_APP_TYPES.includes(r.type)) {
        return webApp(r);
    }
    if (r.type === CONTAINER_APP) {
        return containerApp(r);
    }
    if (r.type === APPLICATION_GATEWAY) {
        return gateway(r);
    }
    if (r.type === API_MANAGEMENT) {
        return apiManagement(r);
    }
    return ALWAYS_PUBLIC.includes(r.type) ? { reached: true, why: `${label(r)} (it only serves the internet)` } : NOT_REACHED;
}

const exposures = new WeakMap<StackView, ReadonlyMap<string, Exposure>>();

/**
 * The components the internet reaches, with what reaches them (computed once per view). A known
 * reach wins over an undecided one; the first resource in stack order names it.
 */
export function internetExposure(stack: StackView): ReadonlyMap<string, Exposure> {
    const cached = exposures.get(stack);
    if (cached !== undefined) {
        return cached;
    }
    const owners = ownership(stack).owners;
    const found = new Map<string, Exposure>();
    for (const r of stack.resources) {
        const components = owners.get(r.urn) ?? [];
        if (components.length === 0) {
            continue;
        }
        const seen = reach(r);
        if (seen.reached === false) {
            continue;
        }
        const exposure = { undecided: seen.reached === "unknown", why: seen.why };
        for (const c of components) {
            const before = found.get(c);
            if (before === undefined || (before.undecided && !exposure.undecided)) {
                found.set(c, exposure);
            }
        }
    }
    exposures.set(stack, found);
    return found;
}
