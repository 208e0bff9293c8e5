import { Finding, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { TYPES } from "../lib/stack";

const ITEM = "pagerduty.business-services";

/** The product has a business service that depends on each technical service. */
export const missingBusinessService = readinessPolicy({
    name: "missing-business-service",
    description: "The product has a PagerDuty business service and one service dependency from it to each technical service.",
    items: [ITEM],
    waivableInProd: true,
    evidenceTypes: [TYPES.pdBusinessService, TYPES.pdServiceDependency],
    defaults: {},
    check(stack): Finding[] {
        const business = stack.ofType(TYPES.pdBusinessService);
        if (business.length === 0) {
            return [violation(ITEM, `no PagerDuty business service in the stack (expected ${TYPES.pdBusinessService})`)];
        }
        const services = stack.ofType(TYPES.pdService);
        if (services.length === 0) {
            return [violation(ITEM, `no PagerDuty technical service for the business service to depend on (expected ${TYPES.pdService})`)];
        }
        const businessUrns = new Set(business.map((b) => b.urn));
        const dependencies = stack.ofType(TYPES.pdServiceDependency).map((d) => stack.dependenciesOf(d, "dependency").map((r) => r.urn));
        return services
            .filter((s) => !dependencies.some((deps) => deps.includes(s.urn) && deps.some((u) => businessUrns.has(u))))
            .map((s) => violation(ITEM, `technical service '${s.name}' is not a dependency of any business service (a ${TYPES.pdServiceDependency} whose 'dependency' refers to both)`, s));
    },
});
