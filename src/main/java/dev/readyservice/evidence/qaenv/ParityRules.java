package dev.readyservice.evidence.qaenv;

import java.util.List;

/**
 * Where a QA stack may differ from prod, as a table: the first rule whose pattern matches a key
 * decides; a key no rule matches must not differ.
 *
 * <p>Allowed: the environment's own identity (environment name, subscription, TLS certificate,
 * storage account name), capacity numbers, the data durability settings (backup retention,
 * redundancy, customer-managed key), the people and schedules paged, sign-off records and secrets.
 * Everything else must match, and SLO targets are listed explicitly as not allowed: QA exists to
 * validate the SLOs, burn-rate alerts and latency monitors prod will run, and a different target is
 * a different set of thresholds. Whether PostgreSQL is used, the components, their kinds and whether
 * they are customer-facing, support hours, which alert classes page out of hours, the escalation
 * design (levels, delays, loops, target types) and the product's identity are the design QA
 * validates, so they must match too.
 */
public final class ParityRules {
    /** Why a key no rule names must not differ. */
    static final String NOT_LISTED = "not an allowed difference: QA must run the same product, components, SLOs,"
            + " paging design and data design as prod";

    private static final String SLO = "SLO targets must match prod: QA validates the SLOs, burn-rate alerts and latency"
            + " monitors prod will run";
    private static final String CAPACITY = "capacity is sized per environment";

    private static final List<ParityRule> RULES = List.of(
            new ParityRule("readyservice:product.environment", true, "each stack names its own environment"),
            new ParityRule("readyservice:product.subscriptionId", true, "each environment has its own Azure subscription"),
            new ParityRule("azure-native:subscriptionId", true, "each environment has its own Azure subscription"),
            new ParityRule("readyservice:product.tlsCertificateSecretId", true, "each environment has its own TLS certificate"),
            new ParityRule("readyservice:components[*].availabilityTarget", false, SLO),
            new ParityRule("readyservice:components[*].latencyThresholdMillis", false, SLO),
            new ParityRule("readyservice:components[*].latencyPercentile", false, SLO),
            new ParityRule("readyservice:components[*].sloTimeframe", false, SLO),
            new ParityRule("readyservice:components[*].capacity", true, CAPACITY),
            new ParityRule("readyservice:components[*].capacity.*", true, CAPACITY),
            new ParityRule("readyservice:data.backupRetentionDays", true, "backup retention may be shorter outside prod"),
            new ParityRule("readyservice:data.redundancy", true, "storage redundancy may be lower outside prod"),
            new ParityRule("readyservice:data.customerManagedKey", true, "customer-managed keys are required in prod only"),
            new ParityRule("readyservice:data.storageAccountName", true, "storage account names are globally unique, so each environment has its own"),
            new ParityRule("readyservice:paging.escalation.levels[*].targets[*].id", true, "each environment pages its own schedules and people"),
            new ParityRule("readyservice:signOffs", true, "sign-offs (dates, people, links) are recorded per stack"),
            new ParityRule("readyservice:signOffs.**", true, "sign-offs (dates, people, links) are recorded per stack"));

    private ParityRules() {
    }

    /** Every rule, in the order they are tried. */
    public static List<ParityRule> rules() {
        return RULES;
    }

    /** The first rule matching {@code key}, or the default rule that forbids a difference. */
    public static ParityRule ruleFor(String key) {
        return RULES.stream().filter(r -> r.matches(key)).findFirst().orElse(new ParityRule("**", false, NOT_LISTED));
    }
}
