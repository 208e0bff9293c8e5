package dev.readyservice.component;

import dev.readyservice.model.Environment;

/**
 * The product as a whole.
 *
 * @param name short product name: lower-case letters, digits and hyphens, 2 to 16 characters; it
 *     prefixes every resource and Azure name
 * @param team owning team; becomes the PagerDuty team and the Datadog {@code team} tag
 * @param businessService the PagerDuty business service name; unset: {@code <name> (business)}
 * @param environment {@code qa} or {@code prod}; prod tightens defaults
 * @param docsUrl https URL of the product's technical documentation, linked from the service catalog
 * @param playbookBaseUrl https URL under which {@code <alert-class>.md} playbooks live; linked from every alert
 * @param location Azure region, e.g. {@code westeurope}
 * @param subscriptionId Azure subscription id (a UUID); needed for role and sub-resource ids
 * @param tenantId Azure AD tenant id (a UUID) for Key Vault
 * @param pagerDutySubdomain the PagerDuty account subdomain, for links from the service catalog
 * @param tlsCertificateSecretId Key Vault secret id (https URL) of the certificate the Application
 *     Gateway serves to customers; required when any component is customer-facing
 */
public record ProductSpec(
        String name,
        String team,
        String businessService,
        String environment,
        String docsUrl,
        String playbookBaseUrl,
        String location,
        String subscriptionId,
        String tenantId,
        String pagerDutySubdomain,
        String tlsCertificateSecretId) {

    /** The parsed environment; QA when the value is not valid (validation reports that). */
    public Environment env() {
        return Environment.parse(environment).orElse(Environment.QA);
    }
}
