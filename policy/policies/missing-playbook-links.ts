import { monitors } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, TYPES } from "../lib/stack";
import { asString } from "../lib/values";

const ITEM = "tech.playbooks";
const PLAYBOOK_LINE = /^\s*Playbook:(.*)$/gm;

/** Thresholds of the playbook check. */
export interface PlaybookConfig {
    /**
     * Hosts of documentation sites (a wiki, a runbook site) whose pages count as playbooks. Default
     * none: a link must then name a `.md` file, which `./prr review` finds in the playbook directory.
     */
    documentationHosts: string[];
}

/** The first word of every `Playbook:` line, "" for a line with nothing after the colon. */
function playbookLinks(message: string): string[] {
    return [...message.matchAll(PLAYBOOK_LINE)].map((m) => m[1].trim().split(/\s+/)[0] ?? "");
}

/** `.md` file links resolve in the playbook directory (the review checks the file). */
function namesMarkdownFile(url: URL): boolean {
    const name = url.pathname.substring(url.pathname.lastIndexOf("/") + 1);
    return name.toLowerCase().endsWith(".md") && name.length > ".md".length;
}

/** Why `link` is no playbook, or undefined when it names a `.md` file or a page of a listed documentation site. */
function problem(link: string, hosts: ReadonlySet<string>): string | undefined {
    let url: URL;
    try {
        url = new URL(link);
    } catch {
        return `links '${link}' as its playbook, which is a placeholder, not a link`;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        return `links '${link}' as its playbook, which is not an http(s) link`;
    }
    if (namesMarkdownFile(url) || hosts.has(url.hostname.toLowerCase())) {
        return undefined;
    }
    return `links the playbook '${link}', which names no .md playbook file and is on '${url.hostname}', not a documentation site listed in documentationHosts`;
}

function checkMonitor(monitor: StackResource, hosts: ReadonlySet<string>): Finding[] {
    const links = playbookLinks(asString(monitor.props.message) ?? "");
    if (links.length === 0) {
        return [violation(ITEM, `monitor '${monitor.name}' message has no 'Playbook: <url>' line`, monitor)];
    }
    return links.flatMap((link) => {
        const why = link === "" ? "has a 'Playbook:' line without a link" : problem(link, hosts);
        return why === undefined ? [] : [violation(ITEM, `monitor '${monitor.name}' ${why}`, monitor)];
    });
}

/**
 * Every `Playbook:` line of every monitor message links a playbook: a `.md` file (the review checks
 * it exists in the playbook directory and says something) or a page of a documentation site the
 * config lists. A placeholder, or a page of any other host, is no playbook.
 */
export const missingPlaybookLinks = readinessPolicy<PlaybookConfig>({
    name: "missing-playbook-links",
    description: "Every monitor message has 'Playbook: <url>' lines, each linking a .md playbook file (checked against the playbook directory by the review) or a page of a host listed in documentationHosts.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor],
    configProperties: {
        documentationHosts: {
            type: "array", items: { type: "string" }, default: [],
            description: "Hosts of documentation sites whose pages count as playbooks (e.g. wiki.example.com).",
        },
    },
    defaults: { documentationHosts: [] },
    check(stack, config): Finding[] {
        const all = monitors(stack);
        if (all.length === 0) {
            return [violation(ITEM, `no monitor in the stack, so no alert links a playbook (expected ${TYPES.monitor})`)];
        }
        const hosts = new Set(config.documentationHosts.map((h) => h.toLowerCase()));
        return all.flatMap((m) => checkMonitor(m, hosts));
    },
});
