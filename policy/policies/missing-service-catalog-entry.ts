import { judgeEachComponent } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { asString } from "../lib/values";

const ITEM = "tech.documentation";

/** What a service definition says, read from JSON or (line-wise) from YAML. */
export interface CatalogEntry {
    readonly service?: string;
    readonly linkTypes: readonly string[];
}

/**
 * Reads `dd-service` and the link types of a schema v2.2 definition. JSON is
 * parsed; YAML is read line by line (the pack carries no YAML parser, and the
 * two keys it needs are always plain scalars).
 */
export function readCatalogEntry(definition: string): CatalogEntry {
    try {
        const json = JSON.parse(definition) as { "dd-service"?: string; links?: { type?: string }[] };
        return { service: json["dd-service"], linkTypes: (json.links ?? []).map((l) => String(l.type)) };
    } catch {
        const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, "");
        const service = /^dd-service:\s*(.+)$/m.exec(definition)?.[1];
        const linkTypes = [...definition.matchAll(/^\s*(?:-\s*)?type:\s*(.+)$/gm)].map((m) => unquote(m[1]));
        return { service: service === undefined ? undefined : unquote(service), linkTypes };
    }
}

function entryFor(entries: StackResource[], service: string): CatalogEntry | undefined {
    return entries.map((e) => readCatalogEntry(asString(e.props.serviceDefinition) ?? "")).find((e) => e.service === service);
}

/** Every component has a service-catalog entry linking its docs and runbook. */
export const missingServiceCatalogEntry = readinessPolicy({
    name: "missing-service-catalog-entry",
    description: "Every component has a Datadog service-catalog entry (dd-service '<product>-<component>') with links of type doc and runbook.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.serviceDefinition],
    defaults: {},
    check(stack): Finding[] {
        const entries = stack.ofType(TYPES.serviceDefinition);
        return judgeEachComponent(stack, ITEM, (component) => {
            const findings: Finding[] = [];
            const service = stack.serviceName(component.name);
            const entry = entryFor(entries, service);
            if (entry === undefined) {
                findings.push(violation(ITEM, `component '${component.name}' has no service-catalog entry with dd-service '${service}' (${TYPES.serviceDefinition})`));
                return findings;
            }
            for (const type of ["doc", "runbook"]) {
                if (!entry.linkTypes.includes(type)) {
                    findings.push(violation(ITEM, `service-catalog entry '${service}' has no link of type '${type}'`));
                }
            }
            return findings;
        });
    },
});
