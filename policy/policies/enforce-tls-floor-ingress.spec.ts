import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec } from "../lib/testing";
import { APIM_WEAK_PROTOCOLS } from "../lib/tls-ingress";
import { UNKNOWN } from "../lib/values";
import { enforceTlsFloor as policy } from "./enforce-tls-floor";

/**
 * enforce-tls-floor over the ingress types of lib/tls-ingress.ts: every judgement has a hollow
 * fixture that fails and its compliant twin that passes. Each runs over inputs and over a real
 * preview's outputs (lib/testing.ts run()).
 */

/** What the policy reports about resources other than the compliant stack's own (its three platform limits). */
async function extra(stack: ResourceSpec[]): Promise<string[]> {
    const base = new Set(await messages(policy, compliantStack()));
    return (await messages(policy, [...compliantStack(), ...stack])).filter((m) => !base.has(m));
}

const FRONT_DOOR_FLOOR = "TLS 1.0 and 1.1 are disallowed on Azure Front Door since 1 March 2025, and Front Door (classic) and Azure CDN from Microsoft (classic) keep a TLS 1.2 minimum (learn.microsoft.com/azure/frontdoor/standard-premium/tls-policy)";

describe("enforce-tls-floor: App Service sites", () => {
    const slot = (siteConfig: Record<string, unknown>, httpsOnly: boolean | "unset" = true) => ({
        type: "azure-native:web:WebAppSlot", name: "shop-api-staging",
        props: { resourceGroupName: UNKNOWN, name: "shop-prod-api", slot: "staging", ...(httpsOnly === "unset" ? {} : { httpsOnly }), siteConfig },
    });
    const SECURE = { minTlsVersion: "1.2", scmMinTlsVersion: "1.2", ftpsState: "Disabled" };

    it("judges a deployment slot like a web app: HTTPS only, both floors, no plain FTP", async () => {
        assert.deepEqual(await extra([slot(SECURE)]), [
            "[platform-limit] web app slot 'shop-api-staging' enforces TLS 1.2, the highest minimum the App Service API allows (SupportedTlsVersions stops at 1.2); TLS 1.3 cannot be required",
        ]);
        assert.deepEqual(await extra([slot({ minTlsVersion: "1.0", scmMinTlsVersion: "1.2", ftpsState: "AllAllowed" }, false)]), [
            "web app slot 'shop-api-staging' httpsOnly is 'false', which accepts plaintext connections; it must be true",
            "web app slot 'shop-api-staging' siteConfig.minTlsVersion is '1.0'; at least 1.2 is required",
            "web app slot 'shop-api-staging' siteConfig.ftpsState is 'AllAllowed', which accepts plaintext FTP; it must be FtpsOnly or Disabled",
        ]);
    });

    it("fails a slot without httpsOnly or ftpsState (platform defaults: HTTP and plain FTP served)", async () => {
        assert.deepEqual(await extra([slot({ minTlsVersion: "1.2", scmMinTlsVersion: "1.2" }, "unset")]), [
            "azure-native:web:WebAppSlot 'shop-api-staging' does not set httpsOnly; the platform's documented default (false: plain HTTP is served) would apply, and the pack never relies on a default",
            "azure-native:web:WebAppSlot 'shop-api-staging' does not set siteConfig.ftpsState; the platform's documented default (AllAllowed: plain FTP is accepted) would apply, and the pack never relies on a default",
        ]);
    });

    it("judges the weaker of a web app's two floors: the SCM site's too", async () => {
        const weakScm = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { ...SECURE, minTlsVersion: "1.3", scmMinTlsVersion: "1.0" }; });
        assert.deepEqual((await messages(policy, weakScm)).filter((m) => m.includes("shop-api-app")), [
            "web app 'shop-api-app' siteConfig.scmMinTlsVersion is '1.0'; at least 1.2 is required",
        ]);
        const ftp = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { ...SECURE, ftpsState: "AllAllowed" }; });
        assert.deepEqual((await messages(policy, ftp)).filter((m) => m.includes("shop-api-app")), [
            "web app 'shop-api-app' siteConfig.ftpsState is 'AllAllowed', which accepts plaintext FTP; it must be FtpsOnly or Disabled",
        ]);
    });

    it("is undecided when a slot's siteConfig is unknown", async () => {
        assert.deepEqual(await extra([{ ...slot({}), props: { ...slot({}).props, siteConfig: { minTlsVersion: UNKNOWN, scmMinTlsVersion: "1.2", ftpsState: "Disabled" } } }]), [
            "[undecided] web app slot 'shop-api-staging' siteConfig.minTlsVersion is unknown in preview",
        ]);
    });
});

describe("enforce-tls-floor: Front Door Standard/Premium", () => {
    const profile = (sku = "Standard_AzureFrontDoor") => ({ type: "azure-native:cdn:Profile", name: "shop-fd", props: { resourceGroupName: UNKNOWN, profileName: "shop-prod-fd", sku: { name: sku } } });
    const endpoint = () => ({ type: "azure-native:cdn:AFDEndpoint", name: "shop-fd-ep", props: { resourceGroupName: UNKNOWN, profileName: "shop-prod-fd", endpointName: "shop-prod-ep" } });
    /** A route related to 'shop-fd-ep' through the property dependency of endpointName. */
    const route = (name: string, props: Record<string, unknown>) => ({
        type: "azure-native:cdn:Route", name,
        props: { resourceGroupName: UNKNOWN, profileName: "shop-prod-fd", endpointName: UNKNOWN, routeName: name, originGroup: { id: UNKNOWN }, ...props },
        propertyDependencies: { endpointName: ["shop-fd-ep"] },
    });
    const HTTPS_ONLY = { supportedProtocols: ["Https"], httpsRedirect: "Disabled", forwardingProtocol: "HttpsOnly" };
    const REDIRECTED = { supportedProtocols: ["Http", "Https"], httpsRedirect: "Enabled", forwardingProtocol: "MatchRequest" };
    const domain = (minimumTlsVersion?: string) => ({
        type: "azure-native:cdn:AFDCustomDomain", name: "shop-fd-www",
        props: { resourceGroupName: UNKNOWN, profileName: "shop-prod-fd", customDomainName: "www", hostName: "www.shop.example", tlsSettings: { certificateType: "ManagedCertificate", minimumTlsVersion } },
    });
    const ENDPOINT_LIMIT = `[platform-limit] Front Door endpoint 'shop-fd-ep' has no TLS setting of its own; its floor is the platform's TLS 1.2 (${FRONT_DOOR_FLOOR}), and TLS 1.3 cannot be required`;

    it("passes an endpoint whose routes are HTTPS only or redirect HTTP, and reports the platform floor", async () => {
        assert.deepEqual(await extra([profile(), endpoint(), route("api", HTTPS_ONLY), route("web", REDIRECTED)]), [ENDPOINT_LIMIT]);
    });

    it("fails one route that serves plain HTTP, even beside a compliant one", async () => {
        assert.deepEqual(await extra([profile(), endpoint(), route("api", HTTPS_ONLY), route("web", { ...REDIRECTED, httpsRedirect: "Disabled" })]), [
            "Front Door route of endpoint 'shop-fd-ep' 'web' accepts plain HTTP (supportedProtocols http, https) without redirecting it to HTTPS (httpsRedirect 'Disabled'); it must support only Https, or Https and Http with httpsRedirect Enabled",
        ]);
        assert.deepEqual(await extra([profile(), endpoint(), route("web", { ...REDIRECTED, supportedProtocols: ["Http"] })]), [
            "Front Door route of endpoint 'shop-fd-ep' 'web' accepts plain HTTP (supportedProtocols http) without redirecting it to HTTPS (httpsRedirect 'Enabled'); it must support only Https, or Https and Http with httpsRedirect Enabled",
        ]);
    });

    it("fails a route that forwards to the origin over HTTP only, and one that leaves its protocols to the defaults", async () => {
        assert.deepEqual(await extra([profile(), endpoint(), route("api", { ...HTTPS_ONLY, forwardingProtocol: "HttpOnly" })]), [
            "Front Door route of endpoint 'shop-fd-ep' 'api' forwardingProtocol is 'HttpOnly', which sends requests to the origin in plaintext; it must be HttpsOnly or MatchRequest",
        ]);
        assert.deepEqual(await extra([profile(), endpoint(), route("api", {})]), [
            "azure-native:cdn:Route 'api' does not set supportedProtocols; the platform's documented default (Http and Https) would apply, and the pack never relies on a default",
            "azure-native:cdn:Route 'api' does not set forwardingProtocol; the platform's documented default (MatchRequest) would apply, and the pack never relies on a default",
        ]);
    });

    it("relates routes to their endpoint by reference: an endpoint without routes carries no traffic; a route of no endpoint is still judged", async () => {
        assert.deepEqual(await extra([profile(), endpoint()]), []);
        const elsewhere = { ...route("web", { ...REDIRECTED, httpsRedirect: "Disabled" }), propertyDependencies: {} };
        // Same Pulumi-side names, but its endpointName is unknown and refers to nothing: the route is judged on its own.
        assert.deepEqual(await extra([profile(), endpoint(), elsewhere]), [
            "Front Door route (of no endpoint in this stack) 'web' accepts plain HTTP (supportedProtocols http, https) without redirecting it to HTTPS (httpsRedirect 'Disabled'); it must support only Https, or Https and Http with httpsRedirect Enabled",
        ]);
        const literal = { ...route("api", HTTPS_ONLY), props: { ...route("api", HTTPS_ONLY).props, endpointName: "shop-prod-ep" }, propertyDependencies: {} };
        assert.deepEqual(await extra([profile(), endpoint(), literal]), [ENDPOINT_LIMIT]);
    });

    it("is undecided when a route's protocols are unknown", async () => {
        assert.deepEqual(await extra([profile(), endpoint(), route("api", { ...HTTPS_ONLY, supportedProtocols: UNKNOWN })]), [
            "[undecided] Front Door route of endpoint 'shop-fd-ep' 'api' supportedProtocols is unknown in preview",
        ]);
    });

    it("requires TLS12 on every custom domain", async () => {
        assert.deepEqual(await extra([profile(), domain("TLS12")]), [
            "[platform-limit] Front Door custom domain 'shop-fd-www' enforces TLS 1.2, the highest minimum the Front Door API allows (AfdMinimumTlsVersion stops at TLS12); TLS 1.3 cannot be required",
        ]);
        assert.deepEqual(await extra([profile(), domain("TLS10")]), ["Front Door custom domain 'shop-fd-www' tlsSettings.minimumTlsVersion is 'TLS10'; TLS12 is required"]);
        assert.deepEqual(await extra([profile(), domain()]), [
            "azure-native:cdn:AFDCustomDomain 'shop-fd-www' does not set tlsSettings.minimumTlsVersion; the platform's documented default (TLS12) would apply, and the pack never relies on a default",
        ]);
    });

    it("fails a rule that redirects to plain HTTP or forwards to the origin over HTTP only", async () => {
        const rule = (actions: unknown[]) => ({
            type: "azure-native:cdn:Rule", name: "shop-fd-rule",
            props: { resourceGroupName: UNKNOWN, profileName: "shop-prod-fd", ruleSetName: "rules", ruleName: "r", order: 1, conditions: [], actions },
        });
        const redirect = (destinationProtocol: string) => ({ name: "UrlRedirect", parameters: { typeName: "DeliveryRuleUrlRedirectActionParameters", redirectType: "Moved", destinationProtocol } });
        const override = (forwardingProtocol: string) => ({
            name: "RouteConfigurationOverride",
            parameters: { typeName: "DeliveryRuleRouteConfigurationOverrideActionParameters", originGroupOverride: { originGroup: { id: "og" }, forwardingProtocol } },
        });
        assert.deepEqual(await extra([profile(), rule([redirect("Https"), override("HttpsOnly")])]), []);
        assert.deepEqual(await extra([profile(), rule([redirect("Http"), override("HttpOnly")])]), [
            "Front Door rule 'shop-fd-rule': a UrlRedirect action with destinationProtocol 'Http' sends clients to plain HTTP",
            "Front Door rule 'shop-fd-rule': a RouteConfigurationOverride action with forwardingProtocol 'HttpOnly' sends requests to the origin in plaintext",
        ]);
    });

    it("fails a CDN profile whose SKU has no documented TLS floor", async () => {
        assert.deepEqual(await extra([profile("Premium_AzureFrontDoor")]), []);
        assert.deepEqual(await extra([profile("Standard_Verizon")]), [
            "CDN profile 'shop-fd' has sku.name 'Standard_Verizon', whose TLS floor the pack cannot show; use Standard_AzureFrontDoor, Premium_AzureFrontDoor, Standard_Microsoft",
        ]);
    });
});

describe("enforce-tls-floor: classic CDN endpoints", () => {
    const profile = { type: "azure-native:cdn:Profile", name: "shop-cdn", props: { resourceGroupName: UNKNOWN, profileName: "shop-prod-cdn", sku: { name: "Standard_Microsoft" } } };
    const endpoint = (props: Record<string, unknown>) => ({
        type: "azure-native:cdn:Endpoint", name: "shop-cdn-ep",
        props: { resourceGroupName: UNKNOWN, profileName: UNKNOWN, endpointName: "shop-prod-cdn-ep", origins: [{ name: "o", hostName: "shop.example" }], isHttpsAllowed: true, ...props },
        propertyDependencies: { profileName: ["shop-cdn"] },
    });
    const redirectRule = (conditions: unknown[]) => ({
        deliveryPolicy: {
            rules: [{
                name: "httpsRedirect", order: 1, conditions,
                actions: [{ name: "UrlRedirect", parameters: { typeName: "DeliveryRuleUrlRedirectActionParameters", redirectType: "Found", destinationProtocol: "Https" } }],
            }],
        },
    });
    const HTTP = { name: "RequestScheme", parameters: { typeName: "DeliveryRuleRequestSchemeConditionParameters", operator: "Equal", matchValues: ["HTTP"] } };
    const LIMIT = `[platform-limit] CDN endpoint 'shop-cdn-ep' has no TLS setting; its floor is the platform's TLS 1.2 (${FRONT_DOOR_FLOOR}), and TLS 1.3 cannot be required`;

    it("passes an endpoint that refuses HTTP, or redirects every HTTP request to HTTPS", async () => {
        assert.deepEqual(await extra([profile, endpoint({ isHttpAllowed: false })]), [LIMIT]);
        assert.deepEqual(await extra([profile, endpoint({ isHttpAllowed: true, ...redirectRule([HTTP]) })]), [LIMIT]);
    });

    it("fails an endpoint that serves HTTP without a redirect, or redirects only part of it", async () => {
        const expected = ["CDN endpoint 'shop-cdn-ep' accepts plain HTTP (isHttpAllowed 'true') and no delivery rule redirects every HTTP request to HTTPS (a UrlRedirect action with destinationProtocol Https, conditioned on RequestScheme HTTP only); set isHttpAllowed false or add that rule"];
        assert.deepEqual(await extra([profile, endpoint({ isHttpAllowed: true })]), expected);
        const partial = { name: "UrlPath", parameters: { typeName: "DeliveryRuleUrlPathMatchConditionParameters", operator: "BeginsWith", matchValues: ["/login"] } };
        assert.deepEqual(await extra([profile, endpoint({ isHttpAllowed: true, ...redirectRule([HTTP, partial]) })]), expected);
        const negated = { ...HTTP, parameters: { ...HTTP.parameters, negateCondition: true } };
        assert.deepEqual(await extra([profile, endpoint({ isHttpAllowed: true, ...redirectRule([negated]) })]), expected);
    });

    it("fails a delivery rule that redirects to plain HTTP", async () => {
        const toHttp = {
            deliveryPolicy: {
                rules: [{ name: "legacy", order: 1, conditions: [], actions: [{ name: "UrlRedirect", parameters: { typeName: "DeliveryRuleUrlRedirectActionParameters", redirectType: "Found", destinationProtocol: "Http" } }] }],
            },
        };
        assert.deepEqual(await extra([profile, endpoint({ isHttpAllowed: false, ...toHttp })]), [
            "CDN endpoint 'shop-cdn-ep': a UrlRedirect action with destinationProtocol 'Http' sends clients to plain HTTP",
        ]);
    });

    it("cannot show the floor of an endpoint whose profile is not in the stack", async () => {
        assert.deepEqual(await extra([{ ...endpoint({ isHttpAllowed: false }), propertyDependencies: {} }]), [
            "[undecided] CDN endpoint 'shop-cdn-ep' has no profile in this stack that its profileName refers to, so its platform TLS floor cannot be shown",
        ]);
    });
});

describe("enforce-tls-floor: Front Door (classic)", () => {
    const REDIRECT = "#Microsoft.Azure.FrontDoor.Models.FrontdoorRedirectConfiguration";
    const FORWARD = "#Microsoft.Azure.FrontDoor.Models.FrontdoorForwardingConfiguration";
    const frontDoor = (routingRules: unknown[]) => ({
        type: "azure-native:network:FrontDoor", name: "shop-afd",
        props: { resourceGroupName: UNKNOWN, frontDoorName: "shop-prod-afd", routingRules },
    });
    const forwardHttps = { name: "api", acceptedProtocols: ["Https"], patternsToMatch: ["/*"], routeConfiguration: { odataType: FORWARD, forwardingProtocol: "HttpsOnly" } };
    const redirectHttp = { name: "http", acceptedProtocols: ["Http"], patternsToMatch: ["/*"], routeConfiguration: { odataType: REDIRECT, redirectProtocol: "HttpsOnly", redirectType: "Moved" } };

    it("passes HTTPS forwarding beside an HTTP→HTTPS redirect, and reports the platform floor", async () => {
        assert.deepEqual(await extra([frontDoor([forwardHttps, redirectHttp])]), [
            `[platform-limit] Front Door (classic) 'shop-afd' has no TLS setting in azure-native 2.10.0; its floor is the platform's TLS 1.2 (${FRONT_DOOR_FLOOR}), and TLS 1.3 cannot be required`,
        ]);
    });

    it("fails a rule that forwards HTTP, a redirect that keeps HTTP, and forwarding over HTTP only", async () => {
        assert.deepEqual(await extra([frontDoor([{ ...forwardHttps, acceptedProtocols: ["Http", "Https"] }, redirectHttp])]), [
            "Front Door (classic) 'shop-afd' routing rule 'api' accepts plain HTTP (acceptedProtocols http, https) and forwards it instead of redirecting to HTTPS; accept only Https, or redirect HTTP with redirectProtocol HttpsOnly",
        ]);
        assert.deepEqual(await extra([frontDoor([forwardHttps, { ...redirectHttp, routeConfiguration: { odataType: REDIRECT, redirectProtocol: "MatchRequest" } }])]), [
            "Front Door (classic) 'shop-afd' routing rule 'http' redirects with redirectProtocol 'MatchRequest', which can send clients to plain HTTP; it must be HttpsOnly",
        ]);
        assert.deepEqual(await extra([frontDoor([{ ...forwardHttps, routeConfiguration: { odataType: FORWARD, forwardingProtocol: "HttpOnly" } }])]), [
            "Front Door (classic) 'shop-afd' routing rule 'api' forwardingProtocol is 'HttpOnly', which sends requests to the backend in plaintext; it must be HttpsOnly or MatchRequest",
        ]);
    });

    it("fails a rule that leaves acceptedProtocols to the default", async () => {
        const { acceptedProtocols: _, ...unset } = forwardHttps;
        assert.deepEqual(await extra([frontDoor([unset])]), [
            "Front Door (classic) 'shop-afd' routing rule 'api' does not set acceptedProtocols; the platform's documented default (Http and Https) would apply, and the pack never relies on a default",
        ]);
    });
});

describe("enforce-tls-floor: API Management", () => {
    const OFF = Object.fromEntries(APIM_WEAK_PROTOCOLS.map((k) => [k, "False"]));
    const service = (customProperties?: Record<string, string>) => ({
        type: "azure-native:apimanagement:ApiManagementService", name: "shop-apim",
        props: { resourceGroupName: UNKNOWN, serviceName: "shop-prod-apim", publisherEmail: "sre@shop.example", publisherName: "shop", sku: { name: "Developer", capacity: 1 }, customProperties },
    });
    /** An API of 'shop-apim' through the property dependency of serviceName. */
    const api = (protocols?: string[]) => ({
        type: "azure-native:apimanagement:Api", name: "shop-orders-api",
        props: { resourceGroupName: UNKNOWN, serviceName: UNKNOWN, apiId: "orders", path: "orders", protocols },
        propertyDependencies: { serviceName: ["shop-apim"] },
    });
    const LIMIT = "[platform-limit] API Management service 'shop-apim' refuses SSL 3.0, TLS 1.0 and 1.1; the API Management API has no setting to refuse TLS 1.2, so TLS 1.3 cannot be required";

    it("passes a service with every weak protocol switched off and HTTPS-only APIs", async () => {
        assert.deepEqual(await extra([service(OFF), api(["https"])]), [LIMIT]);
    });

    it("fails a weak protocol switched on, or left to the creation-date default", async () => {
        const tls10 = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10";
        assert.deepEqual(await extra([service({ ...OFF, [tls10]: "True" })]), [
            `API Management service 'shop-apim' customProperties '${tls10}' is 'True', which accepts that protocol; it must be "False"`,
        ]);
        const backend11 = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls11";
        const { [backend11]: _, ...withoutBackend11 } = OFF;
        assert.deepEqual(await extra([service(withoutBackend11)]), [
            `API Management service 'shop-apim' does not set customProperties '${backend11}'; the platform's default depends on when the service was created (True, accepting the protocol, for services created on or before 1 April 2018), and the pack never relies on a default: set each to "False"`,
        ]);
    });

    it("fails an API that leaves its protocols unset", async () => {
        assert.deepEqual(await extra([service(OFF), api()]), [
            "API Management API of 'shop-apim' 'shop-orders-api' does not set protocols; the pack never relies on a default: list https (and wss) only",
        ]);
    });

    it("fails an API that serves plain HTTP, whether or not its service is in the stack", async () => {
        assert.deepEqual(await extra([service(OFF), api(["http", "https"])]), [
            "API Management API of 'shop-apim' 'shop-orders-api' protocols include 'http', which accept plaintext connections; only https (and wss) are allowed",
        ]);
        assert.deepEqual(await extra([{ ...api(["https", "ws"]), propertyDependencies: {} }]), [
            "API Management API (of no service in this stack) 'shop-orders-api' protocols include 'ws', which accept plaintext connections; only https (and wss) are allowed",
        ]);
    });

    it("is undecided when the service's custom properties are unknown", async () => {
        const unknown = { ...service(), props: { ...service().props, customProperties: UNKNOWN } };
        assert.deepEqual(await extra([unknown]), ["[undecided] API Management service 'shop-apim' customProperties is unknown in preview"]);
    });
});
