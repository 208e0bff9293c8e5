import { ResourceSpec } from "./testing";
import { UNKNOWN } from "./values";

/**
 * An Azure SQL server and database, tagged like the compliant stack (lib/fixtures.ts) and
 * protected, with nothing else (no backup retention policy, no TDE): types the pack judges, so the
 * missing-*-assessment policies leave them to the judging policies, which fail them.
 */
export function sqlServerAndDatabase(): ResourceSpec[] {
    const tags = { product: "shop", environment: "prod", criticality: "customer-facing" };
    return [
        {
            type: "azure-native:sql:Server", name: "orders-sql", protect: true,
            props: { resourceGroupName: UNKNOWN, serverName: "shop-prod-sql", minimalTlsVersion: "1.2", tags },
        },
        {
            type: "azure-native:sql:Database", name: "orders-db", protect: true,
            props: { resourceGroupName: UNKNOWN, serverName: UNKNOWN, databaseName: "orders", tags },
            propertyDependencies: { serverName: ["orders-sql"] },
        },
    ];
}

/** A SQL firewall rule; `related` makes its `serverName` refer to the server `orders-sql`, else it names it as a literal. */
export function sqlFirewallRule(related: boolean): ResourceSpec {
    return {
        type: "azure-native:sql:FirewallRule", name: "orders-sql-office",
        props: { resourceGroupName: UNKNOWN, serverName: related ? UNKNOWN : "shop-prod-sql", startIpAddress: "10.0.0.1", endIpAddress: "10.0.0.1" },
        propertyDependencies: related ? { serverName: ["orders-sql"] } : {},
    };
}

const TAGS = { product: "shop", environment: "prod", criticality: "customer-facing" };

/** A managed disk: a type whose backup the pack cannot judge (lib/catalogue.ts says why). */
export function managedDisk(): ResourceSpec {
    return {
        type: "azure-native:compute:Disk", name: "orders-disk", protect: true,
        props: { resourceGroupName: UNKNOWN, diskName: "shop-prod-orders", creationData: { createOption: "Empty" }, diskSizeGB: 128, tags: TAGS },
    };
}

/** A Redis Enterprise cluster: a type none of whose needs but protect the pack judges yet. */
export function redisEnterprise(): ResourceSpec {
    return {
        type: "azure-native:cache:RedisEnterprise", name: "shop-redis", protect: true,
        props: { resourceGroupName: UNKNOWN, clusterName: "shop-prod-redis", sku: { name: "Enterprise_E10", capacity: 2 }, minimumTlsVersion: "1.2", tags: TAGS },
    };
}
