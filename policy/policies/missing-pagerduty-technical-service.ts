import { judgeEachComponent } from "../lib/evidence";
import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";
import { asString } from "../lib/values";

const ITEM = "pagerduty.technical-services";

/** Every component is its own PagerDuty service named `<product>-<component>`. */
export const missingPagerdutyTechnicalService = readinessPolicy({
    name: "missing-pagerduty-technical-service",
    description: "Every component (API, UI, worker) is its own PagerDuty technical service named '<product>-<component>'.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.pdService],
    defaults: {},
    check(stack): Finding[] {
        const names = new Set(stack.ofType(TYPES.pdService).map((s) => asString(s.props.name) ?? s.name));
        return judgeEachComponent(stack, ITEM, (c) => names.has(stack.serviceName(c.name)) ? []
            : [violation(ITEM, `component '${c.name}' has no PagerDuty service named '${stack.serviceName(c.name)}' (${TYPES.pdService})`)]);
    },
});
