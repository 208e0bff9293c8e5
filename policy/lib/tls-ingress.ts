import { Finding, platformLimit, undecided, violation } from "./findings";
import { referrersOfType } from "./references";
import { StackResource, StackView, TYPES } from "./stack";
import { absent, plaintextSwitch, TLS_ITEM as ITEM } from "./tls";
import { asArray, asString, at, containsUnknown, isUnknown, plain } from "./values";

/**
 * The TLS floor and HTTPS-only judgements of the ingress types (`security.tls-in-transit`, run by
 * policies/enforce-tls-floor.ts): App Service apps and slots, Front Door (classic and
 * Standard/Premium), classic CDN endpoints and API Management. Property names are those of
 * azure-native 2.10.0; sub-resources (routes, custom domains, APIs) are related to their parent by
 * the references of lib/references.ts, never by names or tags.
 *
 * A plaintext switch anywhere fails (one route or API that serves plain HTTP is enough), and where
 * one endpoint has several TLS settings, the weakest wins. Every sub-resource that carries traffic
 * is judged, whether or not its parent is in the stack.
 */
export const INGRESS_TLS_TYPES = {
    webApp: TYPES.webApp,
    webAppSlot: "azure-native:web:WebAppSlot",
    frontDoor: "azure-native:network:FrontDoor",
    cdnProfile: "azure-native:cdn:Profile",
    afdEndpoint: "azure-native:cdn:AFDEndpoint",
    route: "azure-native:cdn:Route",
    afdCustomDomain: "azure-native:cdn:AFDCustomDomain",
    rule: "azure-native:cdn:Rule",
    cdnEndpoint: "azure-native:cdn:Endpoint",
    apiManagement: "azure-native:apimanagement:ApiManagementService",
    api: "azure-native:apimanagement:Api",
} as const;

const T = INGRESS_TLS_TYPES;

/** The catalogued ingress types judged here (each must be in `INGRESS_ENDPOINT_TYPES` of enforce-tls-floor's check list). */
export const INGRESS_ENDPOINT_TYPES: readonly string[] = [T.webApp, T.webAppSlot, T.frontDoor, T.cdnProfile, T.afdEndpoint, T.cdnEndpoint, T.apiManagement];

/** Sub-resources read on their own: routes, Front Door custom domains and rules, APIs. */
export const INGRESS_PART_TYPES: readonly string[] = [T.route, T.afdCustomDomain, T.rule, T.api];

// App Service (web apps and their deployment slots)

const APP_SERVICE_TLS = ["1.0", "1.1", "1.2", "1.3"];

/** One App Service TLS floor (`siteConfig.minTlsVersion`, `siteConfig.scmMinTlsVersion`): a finding, or the version it sets. */
function appServiceFloor(r: StackResource, label: string, property: string): Finding | string {
    const path = `siteConfig.${property}`;
    const v = at(r.props, ["siteConfig", property]);
    if (isUnknown(v)) {
        return undecided(ITEM, `${label} '${r.name}' ${path} is unknown in preview`, r);
    }
    if (v === undefined) {
        return absent(r, path, "1.2");
    }
    if (typeof v !== "string" || APP_SERVICE_TLS.indexOf(v) < APP_SERVICE_TLS.indexOf("1.2")) {
        return violation(ITEM, `${label} '${r.name}' ${path} is '${String(v)}'; at least 1.2 is required`, r);
    }
    return v;
}

/** FTP is a second way into the site: `AllAllowed` accepts plain FTP (credentials and content in clear text). */
function ftps(r: StackResource, label: string): Finding[] {
    const v = at(r.props, ["siteConfig", "ftpsState"]);
    if (isUnknown(v)) {
        return [undecided(ITEM, `${label} '${r.name}' siteConfig.ftpsState is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [absent(r, "siteConfig.ftpsState", "AllAllowed: plain FTP is accepted")];
    }
    return v === "FtpsOnly" || v === "Disabled" ? []
        : [violation(ITEM, `${label} '${r.name}' siteConfig.ftpsState is '${String(v)}', which accepts plaintext FTP; it must be FtpsOnly or Disabled`, r)];
}

/**
 * An App Service site (a web app, or one of its deployment slots, which has its own settings):
 * HTTPS only, no plain FTP, and both TLS floors (the site's and its SCM site's) at least 1.2;
 * the weaker of the two is the site's floor.
 */
function appServiceSite(r: StackResource, label: string): Finding[] {
    const findings = plaintextSwitch(r, label, ["httpsOnly"], true, "false: plain HTTP is served");
    const floors = ["minTlsVersion", "scmMinTlsVersion"].map((p) => appServiceFloor(r, label, p));
    findings.push(...floors.filter((f): f is Finding => typeof f !== "string"), ...ftps(r, label));
    if (findings.length > 0 || floors.every((f) => f === "1.3")) {
        return findings;
    }
    return [platformLimit(ITEM, `${label} '${r.name}' enforces TLS 1.2, the highest minimum the App Service API allows (SupportedTlsVersions stops at 1.2); TLS 1.3 cannot be required`, r)];
}

// Azure Front Door Standard/Premium (cdn:Profile with an AzureFrontDoor SKU, AFDEndpoint, Route, AFDCustomDomain)

const FRONT_DOOR_SKUS = ["Standard_AzureFrontDoor", "Premium_AzureFrontDoor"];
/** Classic CDN SKUs whose TLS floor Microsoft documents: Azure CDN from Microsoft (classic). */
const CLASSIC_CDN_SKUS = ["Standard_Microsoft"];
/** Microsoft's TLS policy page for Front Door, which also covers Front Door (classic) and Azure CDN from Microsoft (classic). */
const FRONT_DOOR_TLS_SOURCE = "TLS 1.0 and 1.1 are disallowed on Azure Front Door since 1 March 2025, and Front Door (classic) and Azure CDN from Microsoft (classic) keep a TLS 1.2 minimum (learn.microsoft.com/azure/frontdoor/standard-premium/tls-policy)";

/** A list of protocol names, lower-cased, or a finding when unknown or unset. */
function protocols(r: StackResource, label: string, property: string, platformDefault: string): Finding | string[] {
    const v = plain(r.props[property]);
    if (isUnknown(v) || (Array.isArray(v) && v.some(isUnknown))) {
        return undecided(ITEM, `${label} '${r.name}' ${property} is unknown in preview`, r);
    }
    if (v === undefined) {
        return absent(r, property, platformDefault);
    }
    return asArray(v).map((p) => String(p).toLowerCase());
}

/**
 * A Front Door route: it serves plain HTTP unless HTTP requests are redirected to HTTPS
 * (`httpsRedirect: Enabled`, with HTTPS supported too), and forwards to the origin in plain HTTP
 * when `forwardingProtocol` is `HttpOnly`. `endpoint` names its endpoint in messages.
 */
function route(r: StackResource, endpoint: string): Finding[] {
    const label = `Front Door route${endpoint}`;
    const findings: Finding[] = [];
    const supported = protocols(r, label, "supportedProtocols", "Http and Https");
    if (!Array.isArray(supported)) {
        findings.push(supported);
    } else if (supported.includes("http")) {
        const redirect = r.props.httpsRedirect;
        if (isUnknown(redirect)) {
            findings.push(undecided(ITEM, `${label} '${r.name}' httpsRedirect is unknown in preview`, r));
        } else if (redirect !== "Enabled" || !supported.includes("https")) {
            findings.push(violation(ITEM, `${label} '${r.name}' accepts plain HTTP (supportedProtocols ${supported.join(", ")}) without redirecting it to HTTPS (httpsRedirect '${String(redirect ?? "unset, default Disabled")}'); it must support only Https, or Https and Http with httpsRedirect Enabled`, r));
        }
    }
    const forwarding = r.props.forwardingProtocol;
    if (isUnknown(forwarding)) {
        findings.push(undecided(ITEM, `${label} '${r.name}' forwardingProtocol is unknown in preview`, r));
    } else if (forwarding === undefined) {
        findings.push(absent(r, "forwardingProtocol", "MatchRequest"));
    } else if (forwarding !== "HttpsOnly" && forwarding !== "MatchRequest") {
        findings.push(violation(ITEM, `${label} '${r.name}' forwardingProtocol is '${String(forwarding)}', which sends requests to the origin in plaintext; it must be HttpsOnly or MatchRequest`, r));
    }
    return findings;
}

/** The routes of an endpoint: those whose `endpointName` refers to it (lib/references.ts). */
function routesOf(stack: StackView, endpoint: StackResource): StackResource[] {
    return referrersOfType(stack, endpoint, T.route, "endpointName", "endpointName");
}

/**
 * A Front Door endpoint carries the traffic of its routes; one without routes carries none. Its
 * TLS floor (for its own azurefd.net host) is the platform's, which no setting changes.
 */
function afdEndpoint(stack: StackView, r: StackResource): Finding[] {
    const routes = routesOf(stack, r);
    if (routes.length === 0) {
        return [];
    }
    const findings = routes.flatMap((x) => route(x, ` of endpoint '${r.name}'`));
    return findings.length > 0 ? findings
        : [platformLimit(ITEM, `Front Door endpoint '${r.name}' has no TLS setting of its own; its floor is the platform's TLS 1.2 (${FRONT_DOOR_TLS_SOURCE}), and TLS 1.3 cannot be required`, r)];
}

/** Routes whose endpoint is not in the stack (or cannot be related): still judged, since they carry traffic. */
function unrelatedRoutes(stack: StackView): Finding[] {
    const endpoints = stack.ofType(T.afdEndpoint);
    return stack.ofType(T.route)
        .filter((x) => !endpoints.some((e) => routesOf(stack, e).some((y) => y.urn === x.urn)))
        .flatMap((x) => route(x, " (of no endpoint in this stack)"));
}

/** A Front Door custom domain: its `tlsSettings.minimumTlsVersion` must be TLS12 (the API's highest; TLS10 allows 1.0 and 1.1). */
function afdCustomDomain(r: StackResource): Finding[] {
    const v = at(r.props, ["tlsSettings", "minimumTlsVersion"]);
    if (isUnknown(v)) {
        return [undecided(ITEM, `Front Door custom domain '${r.name}' tlsSettings.minimumTlsVersion is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [absent(r, "tlsSettings.minimumTlsVersion", "TLS12")];
    }
    if (v !== "TLS12") {
        return [violation(ITEM, `Front Door custom domain '${r.name}' tlsSettings.minimumTlsVersion is '${String(v)}'; TLS12 is required`, r)];
    }
    return [platformLimit(ITEM, `Front Door custom domain '${r.name}' enforces TLS 1.2, the highest minimum the Front Door API allows (AfdMinimumTlsVersion stops at TLS12); TLS 1.3 cannot be required`, r)];
}

/** What a rule action does in plaintext, if anything: a redirect to plain HTTP, or forwarding to the origin over HTTP only. */
function plaintextAction(action: unknown): string | undefined {
    const a = plain(action) as { name?: unknown; parameters?: unknown } | null;
    if (a?.name === "UrlRedirect" && at(a.parameters, ["destinationProtocol"]) === "Http") {
        return "a UrlRedirect action with destinationProtocol 'Http' sends clients to plain HTTP";
    }
    if (a?.name === "RouteConfigurationOverride" && at(a.parameters, ["originGroupOverride", "forwardingProtocol"]) === "HttpOnly") {
        return "a RouteConfigurationOverride action with forwardingProtocol 'HttpOnly' sends requests to the origin in plaintext";
    }
    return undefined;
}

/** The plaintext findings of a list of rule actions (a Front Door rule's, a classic CDN delivery rule's). */
function plaintextActions(r: StackResource, label: string, actions: unknown): Finding[] {
    if (containsUnknown(actions)) {
        return [undecided(ITEM, `${label} '${r.name}' actions are unknown in preview`, r)];
    }
    return asArray(actions).map(plaintextAction).filter((w): w is string => w !== undefined)
        .map((what) => violation(ITEM, `${label} '${r.name}': ${what}`, r));
}

/** A Front Door rule (of a rule set a route may use): it must not redirect to HTTP or forward over HTTP only. */
function afdRule(r: StackResource): Finding[] {
    return plaintextActions(r, "Front Door rule", r.props.actions);
}

/**
 * A CDN profile has no TLS setting of its own: a Front Door profile's traffic is judged on its
 * endpoints, routes and custom domains, a classic CDN profile's on its endpoints. A SKU whose TLS
 * floor Microsoft does not document (Verizon, Akamai, China CDN) cannot be judged.
 */
function cdnProfile(r: StackResource): Finding[] {
    const sku = at(r.props, ["sku", "name"]);
    if (isUnknown(sku)) {
        return [undecided(ITEM, `CDN profile '${r.name}' sku.name is unknown in preview`, r)];
    }
    if (typeof sku === "string" && (FRONT_DOOR_SKUS.includes(sku) || CLASSIC_CDN_SKUS.includes(sku))) {
        return [];
    }
    return [violation(ITEM, `CDN profile '${r.name}' has sku.name '${String(sku)}', whose TLS floor the pack cannot show; use ${[...FRONT_DOOR_SKUS, ...CLASSIC_CDN_SKUS].join(", ")}`, r)];
}

// Classic CDN endpoints (cdn:Endpoint)

interface DeliveryRule {
    conditions?: unknown;
    actions?: unknown;
}

/** True for a condition that matches requests made over plain HTTP (`RequestScheme` equal to `HTTP`, not negated). */
function matchesHttp(condition: unknown): boolean {
    const c = plain(condition) as { name?: unknown; parameters?: { operator?: unknown; negateCondition?: unknown; matchValues?: unknown } } | null;
    const p = plain(c?.parameters);
    return c?.name === "RequestScheme" && p?.operator === "Equal" && p.negateCondition !== true
        && asArray(p.matchValues).some((v) => String(v).toUpperCase() === "HTTP");
}

/** True for a rule that redirects every plain-HTTP request to HTTPS: a `UrlRedirect` to `Https`, with no condition but the HTTP scheme. */
function redirectsHttpToHttps(rule: unknown): boolean {
    const r = plain(rule) as DeliveryRule | null;
    const conditions = asArray(r?.conditions);
    const redirects = asArray(r?.actions).some((a) => {
        const action = plain(a) as { name?: unknown; parameters?: unknown } | null;
        return action?.name === "UrlRedirect" && at(action.parameters, ["destinationProtocol"]) === "Https";
    });
    return redirects && conditions.every(matchesHttp);
}

/**
 * A classic CDN endpoint serves plain HTTP unless `isHttpAllowed` is false or a delivery rule
 * redirects every HTTP request to HTTPS. Its TLS floor is its profile's platform floor (no
 * setting in azure-native 2.10.0: a classic custom domain's HTTPS settings are an action, not a
 * resource property), which Microsoft documents for Azure CDN from Microsoft only.
 */
function cdnEndpoint(stack: StackView, r: StackResource): Finding[] {
    const findings: Finding[] = [];
    const https = r.props.isHttpsAllowed;
    if (isUnknown(https)) {
        findings.push(undecided(ITEM, `CDN endpoint '${r.name}' isHttpsAllowed is unknown in preview`, r));
    } else if (https === false) {
        findings.push(violation(ITEM, `CDN endpoint '${r.name}' isHttpsAllowed is 'false': it serves no HTTPS`, r));
    }
    const http = r.props.isHttpAllowed;
    const rules = at(r.props, ["deliveryPolicy", "rules"]);
    if (isUnknown(http)) {
        findings.push(undecided(ITEM, `CDN endpoint '${r.name}' isHttpAllowed is unknown in preview`, r));
    } else if (http !== false) {
        if (containsUnknown(rules)) {
            findings.push(undecided(ITEM, `CDN endpoint '${r.name}' accepts HTTP and its deliveryPolicy.rules are unknown in preview, so an HTTPS redirect cannot be shown`, r));
        } else if (!asArray(rules).some(redirectsHttpToHttps)) {
            findings.push(violation(ITEM, `CDN endpoint '${r.name}' accepts plain HTTP (isHttpAllowed '${String(http ?? "unset, default true")}') and no delivery rule redirects every HTTP request to HTTPS (a UrlRedirect action with destinationProtocol Https, conditioned on RequestScheme HTTP only); set isHttpAllowed false or add that rule`, r));
        }
    }
    if (!containsUnknown(rules)) {
        findings.push(...asArray(rules).flatMap((rule) => plaintextActions(r, "CDN endpoint", at(rule, ["actions"]))));
    }
    const profiles = stack.ofType(T.cdnProfile).filter((p) => referrersOfType(stack, p, T.cdnEndpoint, "profileName", "profileName").some((e) => e.urn === r.urn));
    const skus = profiles.map((p) => at(p.props, ["sku", "name"]));
    if (profiles.length === 0) {
        findings.push(undecided(ITEM, `CDN endpoint '${r.name}' has no profile in this stack that its profileName refers to, so its platform TLS floor cannot be shown`, r));
    } else if (skus.some(isUnknown)) {
        findings.push(undecided(ITEM, `CDN endpoint '${r.name}' belongs to a profile whose sku.name is unknown in preview, so its platform TLS floor cannot be shown`, r));
    } else if (findings.length === 0 && skus.every((s) => typeof s === "string" && CLASSIC_CDN_SKUS.includes(s))) {
        findings.push(platformLimit(ITEM, `CDN endpoint '${r.name}' has no TLS setting; its floor is the platform's TLS 1.2 (${FRONT_DOOR_TLS_SOURCE}), and TLS 1.3 cannot be required`, r));
    } else if (!skus.every((s) => typeof s === "string" && CLASSIC_CDN_SKUS.includes(s))) {
        findings.push(violation(ITEM, `CDN endpoint '${r.name}' belongs to a profile whose sku.name (${skus.map((s) => `'${String(s)}'`).join(", ")}) is not ${CLASSIC_CDN_SKUS.join(", ")}, so its TLS floor cannot be shown`, r));
    }
    return findings;
}

// Front Door (classic) (network:FrontDoor)

const REDIRECT = "#Microsoft.Azure.FrontDoor.Models.FrontdoorRedirectConfiguration";

/**
 * One routing rule of a classic Front Door: a rule that accepts HTTP must redirect it to HTTPS
 * (a redirect configuration with redirectProtocol HttpsOnly); a redirect to HTTP, or forwarding
 * to the backend over HTTP only, is plaintext too.
 */
function routingRule(r: StackResource, rule: unknown, index: number): Finding[] {
    const name = asString(at(rule, ["name"])) ?? `#${index}`;
    const label = `Front Door (classic) '${r.name}' routing rule '${name}'`;
    const accepted = at(rule, ["acceptedProtocols"]);
    const config = at(rule, ["routeConfiguration"]);
    if (isUnknown(accepted) || asArray(accepted).some(isUnknown) || isUnknown(config)) {
        return [undecided(ITEM, `${label} is unknown in preview`, r)];
    }
    if (accepted === undefined) {
        return [violation(ITEM, `${label} does not set acceptedProtocols; the platform's documented default (Http and Https) would apply, and the pack never relies on a default`, r)];
    }
    const protocolsAccepted = asArray(accepted).map((p) => String(p).toLowerCase());
    const odataType = at(config, ["odataType"]);
    const redirectProtocol = at(config, ["redirectProtocol"]);
    const forwardingProtocol = at(config, ["forwardingProtocol"]);
    if (isUnknown(odataType) || isUnknown(redirectProtocol) || isUnknown(forwardingProtocol)) {
        return [undecided(ITEM, `${label} routeConfiguration is unknown in preview`, r)];
    }
    const redirect = odataType === REDIRECT;
    if (redirect) {
        return redirectProtocol === "HttpsOnly" ? []
            : [violation(ITEM, `${label} redirects with redirectProtocol '${String(redirectProtocol)}', which can send clients to plain HTTP; it must be HttpsOnly`, r)];
    }
    const findings: Finding[] = [];
    if (protocolsAccepted.includes("http")) {
        findings.push(violation(ITEM, `${label} accepts plain HTTP (acceptedProtocols ${protocolsAccepted.join(", ")}) and forwards it instead of redirecting to HTTPS; accept only Https, or redirect HTTP with redirectProtocol HttpsOnly`, r));
    }
    if (forwardingProtocol === "HttpOnly") {
        findings.push(violation(ITEM, `${label} forwardingProtocol is 'HttpOnly', which sends requests to the backend in plaintext; it must be HttpsOnly or MatchRequest`, r));
    }
    return findings;
}

/** A classic Front Door: every routing rule judged; its frontends' TLS floor is the platform's (custom HTTPS is an action, not a property). */
function frontDoor(r: StackResource): Finding[] {
    const rules = r.props.routingRules;
    if (isUnknown(rules)) {
        return [undecided(ITEM, `Front Door (classic) '${r.name}' routingRules is unknown in preview`, r)];
    }
    const findings = asArray(rules).flatMap((rule, i) => routingRule(r, rule, i));
    return findings.length > 0 || asArray(rules).length === 0 ? findings
        : [platformLimit(ITEM, `Front Door (classic) '${r.name}' has no TLS setting in azure-native 2.10.0; its floor is the platform's TLS 1.2 (${FRONT_DOOR_TLS_SOURCE}), and TLS 1.3 cannot be required`, r)];
}

// API Management (ApiManagementService and its Apis)

const APIM = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security";
/** The protocol switches of the gateway (client side) and of its calls to backends; each must be "False". */
export const APIM_WEAK_PROTOCOLS = ["Protocols.Tls10", "Protocols.Tls11", "Protocols.Ssl30", "Backend.Protocols.Tls10", "Backend.Protocols.Tls11", "Backend.Protocols.Ssl30"]
    .map((p) => `${APIM}.${p}`);

/**
 * An API Management service: SSL 3.0, TLS 1.0 and TLS 1.1 switched off explicitly, for clients and
 * backends. Unset, each defaults to True for services created on or before 1 April 2018 and False
 * after, and an update that omits them resets them to that default: the pack requires "False".
 */
function apiManagement(stack: StackView, r: StackResource): Finding[] {
    const custom = r.props.customProperties;
    const findings: Finding[] = [];
    if (isUnknown(custom)) {
        findings.push(undecided(ITEM, `API Management service '${r.name}' customProperties is unknown in preview`, r));
    } else {
        const unset: string[] = [];
        for (const key of APIM_WEAK_PROTOCOLS) {
            const v = at(custom, [key]);
            if (isUnknown(v)) {
                findings.push(undecided(ITEM, `API Management service '${r.name}' customProperties '${key}' is unknown in preview`, r));
            } else if (v === undefined) {
                unset.push(key);
            } else if (String(v).toLowerCase() !== "false") {
                findings.push(violation(ITEM, `API Management service '${r.name}' customProperties '${key}' is '${String(v)}', which accepts that protocol; it must be "False"`, r));
            }
        }
        if (unset.length > 0) {
            findings.push(violation(ITEM, `API Management service '${r.name}' does not set customProperties ${unset.map((k) => `'${k}'`).join(", ")}; the platform's default depends on when the service was created (True, accepting the protocol, for services created on or before 1 April 2018), and the pack never relies on a default: set each to "False"`, r));
        }
    }
    findings.push(...referrersOfType(stack, r, T.api, "serviceName", "serviceName").flatMap((a) => api(a, ` of '${r.name}'`)));
    return findings.length > 0 ? findings
        : [platformLimit(ITEM, `API Management service '${r.name}' refuses SSL 3.0, TLS 1.0 and 1.1; the API Management API has no setting to refuse TLS 1.2, so TLS 1.3 cannot be required`, r)];
}

/** An API of an API Management service: its `protocols` must not include plain `http` (or `ws`). */
function api(r: StackResource, of: string): Finding[] {
    const label = `API Management API${of}`;
    if (r.props.protocols === undefined) {
        return [violation(ITEM, `${label} '${r.name}' does not set protocols; the pack never relies on a default: list https (and wss) only`, r)];
    }
    const list = protocols(r, label, "protocols", "");
    if (!Array.isArray(list)) {
        return [list];
    }
    const plaintext = list.filter((p) => p === "http" || p === "ws");
    return plaintext.length === 0 ? []
        : [violation(ITEM, `${label} '${r.name}' protocols include ${plaintext.map((p) => `'${p}'`).join(", ")}, which accept plaintext connections; only https (and wss) are allowed`, r)];
}

/** APIs whose service is not in the stack (or cannot be related): still judged. */
function unrelatedApis(stack: StackView): Finding[] {
    const services = stack.ofType(T.apiManagement);
    return stack.ofType(T.api)
        .filter((a) => !services.some((s) => referrersOfType(stack, s, T.api, "serviceName", "serviceName").some((x) => x.urn === a.urn)))
        .flatMap((a) => api(a, " (of no service in this stack)"));
}

/** A web app's findings (enforce-tls-floor keeps them where its reports always had them). */
export function webAppTls(r: StackResource): Finding[] {
    return appServiceSite(r, "web app");
}

/** Every ingress TLS finding of the stack but the web apps' (`webAppTls`). */
export function ingressTlsFindings(stack: StackView): Finding[] {
    return [
        ...stack.ofType(T.webAppSlot).flatMap((r) => appServiceSite(r, "web app slot")),
        ...stack.ofType(T.frontDoor).flatMap(frontDoor),
        ...stack.ofType(T.cdnProfile).flatMap(cdnProfile),
        ...stack.ofType(T.afdEndpoint).flatMap((r) => afdEndpoint(stack, r)),
        ...unrelatedRoutes(stack),
        ...stack.ofType(T.afdCustomDomain).flatMap(afdCustomDomain),
        ...stack.ofType(T.rule).flatMap(afdRule),
        ...stack.ofType(T.cdnEndpoint).flatMap((r) => cdnEndpoint(stack, r)),
        ...stack.ofType(T.apiManagement).flatMap((r) => apiManagement(stack, r)),
        ...unrelatedApis(stack),
    ];
}
