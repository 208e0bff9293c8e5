import { judgeEachComponent } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { asString } from "../lib/values";

const ITEM = "tech.documentation";

/** One entry of a service definition's `links`. */
export interface CatalogLink {
    readonly type?: string;
    readonly url?: string;
}

/** What a service definition says, read from JSON or (line-wise) from YAML. */
export interface CatalogEntry {
    readonly service?: string;
    readonly links: readonly CatalogLink[];
}

/** A YAML scalar without its quotes or a trailing ` # comment`. */
const unquote = (s: string) => s.replace(/\s+#.*$/, "").trim().replace(/^["']|["']$/g, "");

/**
 * The items of the top-level `links:` list of a YAML definition, each item's `type` and `url`
 * (block style, as Datadog's examples and every generator write it; a flow-style list reads as no
 * links). Only that list counts: a `type: doc` under `contacts:` is no documentation link.
 */
function yamlLinks(definition: string): CatalogLink[] {
    const lines = definition.split(/\r?\n/);
    const start = lines.findIndex((l) => /^links:\s*$/.test(l));
    const links: Record<string, string>[] = [];
    for (const line of start < 0 ? [] : lines.slice(start + 1)) {
        if (/^[^\s#-]/.test(line)) {
            break; // the next top-level key
        }
        const item = /^\s*-\s*(.*)$/.exec(line);
        if (item !== null) {
            links.push({});
        }
        const pair = /^([\w-]+):\s*(.*)$/.exec(item !== null ? item[1] : line.trim());
        if (pair !== null && links.length > 0) {
            links[links.length - 1][pair[1]] = unquote(pair[2]);
        }
    }
    return links.map((l) => ({ type: l.type, url: l.url }));
}

/**
 * Reads `dd-service` and the links of a schema v2.2 definition. JSON is parsed; YAML is read line
 * by line (the pack carries no YAML parser, and the keys it needs are always plain scalars).
 */
export function readCatalogEntry(definition: string): CatalogEntry {
    try {
        const json = JSON.parse(definition) as { "dd-service"?: string; links?: { type?: unknown; url?: unknown }[] };
        const links = Array.isArray(json.links) ? json.links : [];
        return { service: json["dd-service"], links: links.map((l) => ({ type: asString(l?.type), url: asString(l?.url) })) };
    } catch {
        const service = /^dd-service:\s*(.+)$/m.exec(definition)?.[1];
        return { service: service === undefined ? undefined : unquote(service), links: yamlLinks(definition) };
    }
}

/** True when a link's url is an http(s) address (a placeholder such as `TBD`, or none, links nothing). */
function linksSomewhere(link: CatalogLink): boolean {
    try {
        return ["https:", "http:"].includes(new URL(link.url ?? "").protocol);
    } catch {
        return false;
    }
}

function entryFor(entries: StackResource[], service: string): CatalogEntry | undefined {
    return entries.map((e) => readCatalogEntry(asString(e.props.serviceDefinition) ?? "")).find((e) => e.service === service);
}

/** Every component has a service-catalog entry linking its docs and runbook. */
export const missingServiceCatalogEntry = readinessPolicy({
    name: "missing-service-catalog-entry",
    description: "Every component has a Datadog service-catalog entry (dd-service '<product>-<component>') with links of type doc and runbook, each to an http(s) url.",
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
                const ofType = entry.links.filter((l) => l.type === type);
                if (ofType.length === 0) {
                    findings.push(violation(ITEM, `service-catalog entry '${service}' has no link of type '${type}'`));
                } else if (!ofType.some(linksSomewhere)) {
                    findings.push(violation(ITEM, `service-catalog entry '${service}' has no link of type '${type}' with an http(s) url (its url is ${ofType.map((l) => (l.url === undefined ? "missing" : `'${l.url}'`)).join(", ")})`));
                }
            }
            return findings;
        });
    },
});
