import { ResourceSpec } from "./testing";
import { UNKNOWN } from "./values";

/**
 * Hollow resources of types the PRR cares about but the pack cannot judge yet: an Azure SQL
 * server and database, tagged like the compliant stack (lib/fixtures.ts) and protected, with
 * nothing else (no backup retention policy, no TDE, no TLS evidence the pack reads).
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
