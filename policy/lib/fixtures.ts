import { UNKNOWN } from "./values";
import { ResourceSpec, shapedProps } from "./testing";

/**
 * A complete, compliant, hand-written prod stack that does NOT use the
 * ReadyService component: product `shop`, one customer-facing component `api`.
 * Every spec starts from it and changes one thing. The props are inputs, path
 * parameters (`resourceGroupName`, `accountName`, ...) included; the harness
 * (lib/testing.ts `run`) also gives every policy their outputs-shaped form, what
 * a real preview sends `AnalyzeStack` (lib/preview-shape.ts): path parameters
 * dropped, unset outputs unknown.
 */
const azureTags = (component?: string) => ({
    product: "shop",
    ...(component === undefined ? {} : { component }),
    environment: "prod",
    criticality: "customer-facing",
});

const ddTags = (...extra: string[]) => [
    "service:shop-api", "env:prod", "product:shop", "component:api", "criticality:customer-facing", ...extra,
];

const message = (what: string) =>
    `${what}\nPlaybook: https://git.example.com/shop/blob/main/docs/playbooks/${what.replace(/\W+/g, "-")}.md\n@pagerduty-shop-api`;

const QUERIES: Record<string, string> = {
    latency: "avg:trace.http.request.duration{service:shop-api,env:prod}",
    traffic: "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()",
    errors: "sum:trace.http.request.errors{service:shop-api,env:prod}.as_count()",
    saturation: "avg:jvm.cpu_load.process{service:shop-api,env:prod}",
};

function goldenMonitors(): ResourceSpec[] {
    return Object.entries(QUERIES).flatMap(([signal, query]) => [
        {
            type: "datadog:index/monitor:Monitor",
            name: `shop-api-${signal}`,
            props: {
                name: `shop-api ${signal}`, type: "query alert", query: `avg(last_5m):${query} > 100`,
                message: message(`${signal} threshold`), monitorThresholds: { critical: "100" },
                // Says when its metric stops (NO DATA) after 10 minutes: what a traffic monitor that
                // watches for a drop needs (lib/no-data.ts), and harmless on the others.
                notifyNoData: true, noDataTimeframe: 10,
                tags: ddTags(`golden-signal:${signal}`, "monitor-kind:threshold", "routing:page"),
            },
        },
        {
            type: "datadog:index/monitor:Monitor",
            name: `shop-api-${signal}-anomaly`,
            props: {
                name: `shop-api ${signal} anomaly`, type: "query alert",
                // count_default_zero: a count that stops is a run of zeros, which anomalies() sees (lib/no-data.ts).
                query: `avg(last_4h):anomalies(${query}, 'agile', 2, count_default_zero='true') >= 1`,
                message: message(`${signal} anomaly`), monitorThresholds: { critical: "1" },
                tags: ddTags(`golden-signal:${signal}`, "monitor-kind:anomaly", "routing:business-hours"),
            },
        },
    ]);
}

/** The burn-rate alerts of the SLO named `slo` (Datadog name), whose query refers to the SLO resource `sloResource`. */
function burnAlerts(slo: string, sloResource: string): ResourceSpec[] {
    return [["fast", "1h-5m", "page"], ["slow", "6h-30m", "business-hours"]].map(([speed, window, routing]) => ({
        type: "datadog:index/monitor:Monitor",
        name: `${slo}-${speed}-burn`,
        props: {
            name: `${slo} ${speed} burn`, type: "slo alert", query: `burn_rate("${UNKNOWN}").over("30d").long_window("1h").short_window("5m") > 14.4`,
            message: message(`${slo} ${speed} burn`), monitorThresholds: { critical: "14.4" },
            tags: ddTags(`slo:${slo}`, "monitor-kind:burn-rate", `burn-window:${window}`, `routing:${routing}`),
        },
        propertyDependencies: { query: [sloResource] },
    }));
}

const SERVICE_DEFINITION = [
    "schema-version: v2.2",
    "dd-service: shop-api",
    "team: shop-team",
    "links:",
    "  - name: Architecture",
    "    type: doc",
    "    url: https://docs.example.com/shop/api",
    "  - name: Runbook",
    "    type: runbook",
    "    url: https://runbooks.example.com/shop/api",
    "integrations:",
    "  pagerduty:",
    "    service-url: https://example.pagerduty.com/service-directory/PSHOPAPI",
].join("\n");

/** The compliant stack. */
export function compliantStack(): ResourceSpec[] {
    return [
        {
            type: "azure-native:web:AppServicePlan", name: "shop-api-plan",
            props: { resourceGroupName: UNKNOWN, name: "shop-prod-api-plan", kind: "linux", reserved: true, sku: { name: "P1v3", capacity: 2 }, tags: azureTags("api") },
        },
        {
            type: "azure-native:web:WebApp", name: "shop-api-app",
            props: { resourceGroupName: UNKNOWN, name: "shop-prod-api", serverFarmId: UNKNOWN, httpsOnly: true, siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: "1.2", ftpsState: "Disabled" }, tags: azureTags("api") },
            propertyDependencies: { serverFarmId: ["shop-api-plan"] },
        },
        {
            type: "azure-native:network:ApplicationGateway", name: "shop-api-gateway",
            props: { resourceGroupName: UNKNOWN, applicationGatewayName: "shop-prod-api-gw", sslPolicy: { policyType: "CustomV2", minProtocolVersion: "TLSv1_3" }, tags: azureTags("api") },
        },
        {
            type: "azure-native:storage:StorageAccount", name: "shopdata", protect: true,
            props: {
                resourceGroupName: UNKNOWN, accountName: "shopproddata",
                minimumTlsVersion: "TLS1_2", enableHttpsTrafficOnly: true, allowBlobPublicAccess: false,
                encryption: { requireInfrastructureEncryption: true, keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: UNKNOWN, keyVaultUri: "https://shop-prod-kv.vault.azure.net/" } },
                tags: azureTags(),
            },
            propertyDependencies: { encryption: ["shop-cmk"] },
        },
        {
            type: "azure-native:keyvault:Key", name: "shop-cmk", protect: true,
            props: { resourceGroupName: UNKNOWN, vaultName: UNKNOWN, keyName: "shop-data", properties: { kty: "RSA", keySize: 4096, keyOps: ["wrapKey", "unwrapKey"] } },
            propertyDependencies: { vaultName: ["shop-kv"] },
        },
        {
            type: "azure-native:keyvault:Vault", name: "shop-kv", protect: true,
            props: { resourceGroupName: UNKNOWN, vaultName: "shop-prod-kv", properties: { enableSoftDelete: true, enablePurgeProtection: true, softDeleteRetentionInDays: 90 }, tags: azureTags() },
        },
        {
            type: "azure-native:dataprotection:BackupVault", name: "shop-backup-vault",
            props: { resourceGroupName: UNKNOWN, vaultName: "shop-prod-bv", properties: { storageSettings: [{ datastoreType: "VaultStore", type: "GeoRedundant" }] }, tags: azureTags() },
        },
        {
            type: "azure-native:dataprotection:BackupPolicy", name: "shop-backup-policy",
            props: {
                resourceGroupName: UNKNOWN, vaultName: UNKNOWN, backupPolicyName: "shop-prod-blobs",
                properties: {
                    objectType: "BackupPolicy", datasourceTypes: ["Microsoft.Storage/storageAccounts/blobServices"],
                    policyRules: [{
                        name: "Default", objectType: "AzureRetentionRule", isDefault: true,
                        lifecycles: [{ deleteAfter: { objectType: "AbsoluteDeleteOption", duration: "P30D" },
                            sourceDataStore: { dataStoreType: "OperationalStore", objectType: "DataStoreInfoBase" } }],
                    }],
                },
            },
            propertyDependencies: { vaultName: ["shop-backup-vault"] },
        },
        {
            type: "azure-native:dataprotection:BackupInstance", name: "shopdata-backup",
            props: { resourceGroupName: UNKNOWN, vaultName: UNKNOWN, backupInstanceName: "shopdata", properties: { dataSourceInfo: { resourceID: UNKNOWN }, policyInfo: { policyId: UNKNOWN } } },
            propertyDependencies: { properties: ["shopdata", "shop-backup-policy"] },
        },
        {
            type: "azure-native:insights:AutoscaleSetting", name: "shop-api-autoscale",
            props: {
                resourceGroupName: UNKNOWN, autoscaleSettingName: "shop-prod-api-autoscale",
                enabled: true, targetResourceUri: UNKNOWN,
                profiles: [{
                    name: "default", capacity: { minimum: "2", maximum: "8", default: "2" },
                    rules: [
                        { metricTrigger: { metricName: "CpuPercentage", metricResourceUri: UNKNOWN, operator: "GreaterThan", threshold: 70 },
                            scaleAction: { direction: "Increase", type: "ChangeCount", value: "1", cooldown: "PT5M" } },
                        { metricTrigger: { metricName: "CpuPercentage", metricResourceUri: UNKNOWN, operator: "LessThan", threshold: 30 },
                            scaleAction: { direction: "Decrease", type: "ChangeCount", value: "1", cooldown: "PT10M" } },
                    ],
                }],
                tags: { ...azureTags("api"), "capacity-planned-peak-rps": "200", "capacity-rps-per-instance": "50", "capacity-headroom": "1.5" },
            },
            propertyDependencies: { targetResourceUri: ["shop-api-plan"], profiles: ["shop-api-plan"] },
        },
        ...goldenMonitors(),
        {
            type: "datadog:index/serviceLevelObjective:ServiceLevelObjective", name: "shop-api-availability",
            props: {
                name: "shop-api-availability", type: "metric",
                query: {
                    numerator: "sum:trace.http.request.hits{service:shop-api,env:prod,!http.status_class:5xx}.as_count()",
                    denominator: "sum:trace.http.request.hits{service:shop-api,env:prod}.as_count()",
                },
                thresholds: [{ timeframe: "30d", target: 99.9 }],
                tags: ddTags("sli:availability"),
            },
        },
        {
            type: "datadog:index/serviceLevelObjective:ServiceLevelObjective", name: "shop-api-latency-slo",
            props: {
                name: "shop-api-latency", type: "time_slice",
                sliSpecification: { timeSlice: {
                    comparator: "<=", threshold: 0.5, queryIntervalSeconds: 60,
                    query: { formula: { formulaExpression: "query1" }, queries: [{ metricQuery: { name: "query1", dataSource: "metrics", query: QUERIES.latency } }] },
                } },
                thresholds: [{ timeframe: "30d", target: 99 }],
                tags: ddTags("sli:latency"),
            },
        },
        ...burnAlerts("shop-api-availability", "shop-api-availability"),
        ...burnAlerts("shop-api-latency", "shop-api-latency-slo"),
        { type: "datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml", name: "shop-api-catalog", props: { serviceDefinition: SERVICE_DEFINITION } },
        { type: "pagerduty:index/team:Team", name: "shop-team", props: { name: "shop" } },
        // The primary on-call rotation the escalation policy's first level calls: two people, weekly turns.
        {
            type: "pagerduty:index/schedule:Schedule", name: "shop-primary",
            props: {
                name: "shop primary", timeZone: "Europe/Berlin",
                layers: [{ name: "weekly", start: "2026-01-05T09:00:00+01:00", rotationVirtualStart: "2026-01-05T09:00:00+01:00",
                    rotationTurnLengthSeconds: 604800, users: ["PALICE1", "PBOB002"] }],
            },
        },
        {
            type: "pagerduty:index/escalationPolicy:EscalationPolicy", name: "shop-escalation",
            propertyDependencies: { teams: ["shop-team"], rules: ["shop-primary"] },
            props: {
                name: "shop", numLoops: 2, teams: UNKNOWN,
                rules: [
                    { escalationDelayInMinutes: 10, targets: [{ type: "schedule_reference", id: UNKNOWN }] },
                    { escalationDelayInMinutes: 15, targets: [{ type: "user_reference", id: "PMANAGER" }] },
                ],
            },
        },
        {
            type: "pagerduty:index/service:Service", name: "shop-api-pd",
            props: {
                name: "shop-api", escalationPolicy: UNKNOWN, alertCreation: "create_alerts_and_incidents",
                incidentUrgencyRule: {
                    type: "use_support_hours",
                    duringSupportHours: { type: "constant", urgency: "high" },
                    outsideSupportHours: { type: "constant", urgency: "severity_based" },
                },
                supportHours: { type: "fixed_time_per_day", timeZone: "Europe/Berlin", daysOfWeeks: [1, 2, 3, 4, 5], startTime: "09:00:00", endTime: "17:00:00" },
            },
            propertyDependencies: { escalationPolicy: ["shop-escalation"] },
        },
        {
            type: "pagerduty:index/serviceIntegration:ServiceIntegration", name: "shop-api-datadog",
            props: { name: "Datadog", service: UNKNOWN, type: "events_api_v2_inbound_integration" },
            propertyDependencies: { service: ["shop-api-pd"] },
        },
        // Datadog's PagerDuty integration: what makes '@pagerduty-shop-api' in a message reach the service.
        {
            type: "datadog:pagerduty/serviceObject:ServiceObject", name: "shop-api-pagerduty-link",
            props: { serviceName: "shop-api", serviceKey: UNKNOWN },
            propertyDependencies: { serviceKey: ["shop-api-datadog"] },
        },
        { type: "pagerduty:index/businessService:BusinessService", name: "shop-business", props: { name: "shop" } },
        {
            type: "pagerduty:index/serviceDependency:ServiceDependency", name: "shop-api-dependency",
            props: { dependency: { dependentServices: [{ id: UNKNOWN, type: "business_service" }], supportingServices: [{ id: UNKNOWN, type: "service" }] } },
            propertyDependencies: { dependency: ["shop-business", "shop-api-pd"] },
        },
    ];
}

/**
 * A comparison each golden signal's threshold monitor can trigger on, whatever its metric: latency
 * above half a second, traffic below 10, an error ratio above 5%, saturation above 80 (percent).
 */
export const TRIGGER: Readonly<Record<string, string>> = { latency: "> 0.5", traffic: "< 10", errors: "> 0.05", saturation: "> 80" };

/** Sets a threshold monitor's `query` and its `monitorThresholds.critical` to the threshold the query ends with. */
export function setThresholdQuery(monitor: ResourceSpec, query: string): void {
    monitor.props.query = query;
    const threshold = /[<>]=?\s*(-?[\d.]+)\s*$/.exec(query);
    if (threshold !== null) {
        monitor.props.monitorThresholds = { critical: threshold[1] };
    }
}

/**
 * `specs` with nothing the internet reaches (lib/reachability.ts): web apps with
 * `publicNetworkAccess: Disabled`, gateways with a private frontend only, container apps with
 * internal ingress. What an internal component must look like for a `criticality:internal` tag to
 * stand.
 */
export function closedToTheInternet(specs: readonly ResourceSpec[]): ResourceSpec[] {
    return (JSON.parse(JSON.stringify(specs)) as ResourceSpec[]).map((r) => {
        if (r.type === "azure-native:web:WebApp") {
            r.props.publicNetworkAccess = "Disabled";
        } else if (r.type === "azure-native:network:ApplicationGateway") {
            r.props.frontendIPConfigurations = [{ name: "private", privateIPAddress: "10.0.1.10", privateIPAllocationMethod: "Static" }];
        } else if (r.type === "azure-native:app:ContainerApp") {
            r.props.configuration = { ...(r.props.configuration as object), ingress: { external: false, targetPort: 8080, allowInsecure: false } };
        }
        return r;
    });
}

/** The App Service compute of the compliant stack's `api`, which `containerAppStack` replaces. */
const APP_SERVICE_COMPUTE = ["shop-api-plan", "shop-api-app", "shop-api-autoscale"];

/** Queries of the golden signals of a container app `shop-prod-api`, as Datadog's Azure integration names them. */
export const CONTAINER_APP_QUERIES: Readonly<Record<string, string>> = {
    latency: "p95:trace.http.request{service:shop-api,env:prod}",
    traffic: "sum:azure.app_containerapps.requests{resource_group:shop-prod,name:shop-prod-api}.as_count()",
    errors: "sum:azure.app_containerapps.requests{resource_group:shop-prod,name:shop-prod-api,statuscodecategory:5xx}.as_count() / sum:azure.app_containerapps.requests{resource_group:shop-prod,name:shop-prod-api}.as_count()",
    saturation: "avg:azure.app_containerapps.cpu_percentage{resource_group:shop-prod,name:shop-prod-api}",
};

/**
 * The compliant stack with `api` on an Azure container app instead of a web app on a plan: no plan
 * and no autoscale setting; the app scales itself (`template.scale`, 2..8 replicas on an HTTP rule)
 * and carries the capacity plan as tags.
 */
export function containerAppStack(): ResourceSpec[] {
    return [
        {
            type: "azure-native:app:ManagedEnvironment", name: "shop-env",
            props: { resourceGroupName: UNKNOWN, environmentName: "shop-prod-env", tags: azureTags("api") },
        },
        {
            type: "azure-native:app:ContainerApp", name: "shop-api-ca",
            props: {
                resourceGroupName: UNKNOWN, containerAppName: "shop-prod-api", managedEnvironmentId: UNKNOWN,
                configuration: { ingress: { external: true, targetPort: 8080, allowInsecure: false } },
                template: {
                    containers: [{ name: "api", image: "shop.azurecr.io/api:1.0.0" }],
                    scale: { minReplicas: 2, maxReplicas: 8, rules: [{ name: "http", http: { metadata: { concurrentRequests: "50" } } }] },
                },
                tags: { ...azureTags("api"), "capacity-planned-peak-rps": "200", "capacity-rps-per-instance": "50", "capacity-headroom": "1.5" },
            },
            propertyDependencies: { managedEnvironmentId: ["shop-env"] },
        },
        ...compliantStack().filter((r) => !APP_SERVICE_COMPUTE.includes(r.name)),
    ];
}

/** The Elastic Premium, Flex Consumption and Consumption skus as azure-native's AppServicePlan takes them. */
export const PLATFORM_SKUS = {
    elasticPremium: { name: "EP1", tier: "ElasticPremium" },
    flexConsumption: { name: "FC1", tier: "FlexConsumption" },
    consumption: { name: "Y1", tier: "Dynamic" },
} as const;

/**
 * The compliant stack with `api` on a function app whose plan the platform scales, and no
 * autoscale setting: on Elastic Premium (the default) 2 always-ready instances
 * (`siteConfig.minimumElasticInstanceCount`) up to the plan's `maximumElasticWorkerCount` 8; on
 * Flex Consumption 2 always-ready HTTP instances up to `functionAppConfig.scaleAndConcurrency.maximumInstanceCount` 8.
 * The function app carries the capacity plan as tags.
 */
export function functionAppStack(sku: keyof typeof PLATFORM_SKUS = "elasticPremium"): ResourceSpec[] {
    const flex = sku === "flexConsumption";
    return [
        {
            type: "azure-native:web:AppServicePlan", name: "shop-api-plan",
            props: {
                resourceGroupName: UNKNOWN, name: "shop-prod-api-plan", kind: flex ? "functionapp" : "elastic", reserved: true, sku: { ...PLATFORM_SKUS[sku] },
                ...(sku === "elasticPremium" ? { maximumElasticWorkerCount: 8 } : {}), tags: azureTags("api"),
            },
        },
        {
            type: "azure-native:web:WebApp", name: "shop-api-func",
            props: {
                resourceGroupName: UNKNOWN, name: "shop-prod-api", kind: "functionapp,linux", serverFarmId: UNKNOWN, httpsOnly: true,
                siteConfig: { minTlsVersion: "1.2", scmMinTlsVersion: "1.2", ftpsState: "Disabled", ...(sku === "elasticPremium" ? { minimumElasticInstanceCount: 2 } : {}) },
                ...(flex ? { functionAppConfig: { scaleAndConcurrency: { alwaysReady: [{ name: "http", instanceCount: 2 }], maximumInstanceCount: 8, instanceMemoryMB: 2048 } } } : {}),
                tags: { ...azureTags("api"), "capacity-planned-peak-rps": "200", "capacity-rps-per-instance": "50", "capacity-headroom": "1.5" },
            },
            propertyDependencies: { serverFarmId: ["shop-api-plan"] },
        },
        ...compliantStack().filter((r) => !APP_SERVICE_COMPUTE.includes(r.name)),
    ];
}

/**
 * The compliant stack as a real preview sends it to `AnalyzeStack`: each resource's outputs
 * (path parameters dropped, unset outputs unknown, bridged computed properties unknown). `run`
 * (lib/testing.ts) gives every policy this form of whatever stack a spec builds; this is the
 * compliant one, to look at.
 */
export function compliantStackOutputs(): ResourceSpec[] {
    return compliantStack().map((r) => ({ ...r, props: shapedProps(r, "outputs") }));
}

/** Today's date pinned by the specs. */
export const TODAY = "2026-11-27";

/** Sign-offs for every sign-off item, as policy config gives them. */
export function signOffs(): Record<string, unknown> {
    const record = (by: string) => ({ by, date: "2026-10-01", link: "https://wiki.example.com/shop/prr" });
    return {
        "customer.onboarding": record("ana@example.com"),
        "customer.first-line": record("ben@example.com"),
        "customer.success": record("cleo@example.com"),
        "tech.handover": record("dan@example.com"),
        "tech.change-management": record("eve@example.com"),
        "tech.team-handover": record("finn@example.com"),
    };
}
