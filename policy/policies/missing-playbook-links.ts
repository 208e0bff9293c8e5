import { monitors } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";
import { asString } from "../lib/values";

const ITEM = "tech.playbooks";
const PLAYBOOK_LINE = /^\s*Playbook:\s*https?:\/\/\S+/m;

/** Every monitor message links a playbook on a `Playbook: <url>` line. */
export const missingPlaybookLinks = readinessPolicy({
    name: "missing-playbook-links",
    description: "Every monitor message has a line 'Playbook: <url>' linking the playbook for known issues.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.monitor],
    defaults: {},
    check(stack): Finding[] {
        const all = monitors(stack);
        if (all.length === 0) {
            return [violation(ITEM, `no monitor in the stack, so no alert links a playbook (expected ${TYPES.monitor})`)];
        }
        return all
            .filter((m) => !PLAYBOOK_LINE.test(asString(m.props.message) ?? ""))
            .map((m) => violation(ITEM, `monitor '${m.name}' message has no 'Playbook: <url>' line`, m));
    },
});
