package dev.readyservice.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.model.ComponentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void validQaAndProdSpecsPass() {
        assertThat(SpecValidator.validate(SpecDefaults.resolve(Specs.valid("qa").build()), TODAY)).isEmpty();
        assertThat(SpecValidator.validate(SpecDefaults.resolve(Specs.valid("prod").build()), TODAY)).isEmpty();
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                bad("no product", b -> b.product(null), "product", "a product is required"),
                bad("product name with capitals", b -> b.product(product(p -> new ProductSpec("Checkout", p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.name", "lower-case"),
                bad("product name too long for Azure", b -> b.product(product(p -> new ProductSpec("a-very-long-product-name", p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.name", "2 to 16"),
                bad("blank team", b -> b.product(product(p -> new ProductSpec(p.name(), " ", p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.team", "non-empty"),
                bad("team left as prr init's placeholder", b -> b.product(product(p -> new ProductSpec(p.name(), "TODO", p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.team", "in place of the TODO placeholder"),
                bad("business service left as a placeholder with a note", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), "TODO: the business service", p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.businessService", "in place of the TODO placeholder"),
                bad("PagerDuty subdomain left as a placeholder", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), " TODO-subdomain", p.tlsCertificateSecretId()))), "product.pagerDutySubdomain", "in place of the TODO placeholder"),
                bad("sign-off by a placeholder", b -> b.signOff("tech.handover", new SignOff("TODO", "2026-01-01", "https://x.example.com")), "signOffs.tech.handover.by", "in place of the TODO placeholder"),
                bad("unknown environment", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), "staging", p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.environment", "one of qa, prod"),
                bad("docs over plain http", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), "http://wiki.example.com", p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.docsUrl", "an https URL"),
                bad("playbooks not a URL", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), p.docsUrl(), "see wiki", p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.playbookBaseUrl", "an https URL"),
                bad("region with spaces", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), "West Europe", p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.location", "Azure region"),
                bad("subscription not a UUID", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), "my-sub", p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.subscriptionId", "UUID"),
                bad("tenant not a UUID", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), "tenant", p.pagerDutySubdomain(), p.tlsCertificateSecretId()))), "product.tenantId", "UUID"),
                bad("customer-facing without a TLS certificate", b -> b.product(product(p -> new ProductSpec(p.name(), p.team(), p.businessService(), p.environment(), p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), null))), "product.tlsCertificateSecretId", "customer-facing"),
                bad("no components", b -> b.components(List.of()), "components", "at least one component"),
                bad("duplicate component names", b -> b.components(List.of(Specs.api(), Specs.api())), "components[1].name", "no other component"),
                bad("unknown component kind", b -> b.components(List.of(with(Specs.api(), c -> new ComponentSpec(c.name(), "database", c.customerFacing(), c.availabilityTarget(), c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(), c.capacity(), c.healthCheckPath())))), "components[0].kind", "one of api, ui, worker"),
                bad("internal api, whose web app the internet reaches", b -> b.components(List.of(with(Specs.api(), c -> new ComponentSpec(c.name(), c.kind(), false, c.availabilityTarget(), c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(), c.capacity(), c.healthCheckPath())))), "components[0].customerFacing", "true (or unset) for an api or ui"),
                bad("customer-facing worker", b -> b.components(List.of(with(Specs.worker(), c -> new ComponentSpec(c.name(), c.kind(), true, c.availabilityTarget(), c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(), c.capacity(), c.healthCheckPath())))), "components[0].customerFacing", "false for a worker"),
                bad("SLO target of 100", b -> b.components(List.of(target(100))), "components[0].availabilityTarget", "strictly between 0 and 100"),
                bad("SLO target of 0", b -> b.components(List.of(target(0))), "components[0].availabilityTarget", "strictly between 0 and 100"),
                bad("SLO target too low for the fast-burn page", b -> b.components(List.of(target(90))), "components[0].availabilityTarget", "at least 93.056 for a 30d SLO: Datadog caps a burn rate at 1/(1 - target) = 10 for this target, so the 14.4x fast-burn alert could never fire"),
                bad("latency percentile below 50", b -> b.components(List.of(latency(400, 40))), "components[0].latencyPercentile", "50 to 99.99"),
                bad("latency percentile of 100", b -> b.components(List.of(latency(400, 100))), "components[0].latencyPercentile", "50 to 99.99"),
                bad("latency threshold of zero", b -> b.components(List.of(latency(0, 95))), "components[0].latencyThresholdMillis", "1 to 60000"),
                bad("unknown SLO window", b -> b.components(List.of(ComponentSpec.builder("api", ComponentKind.API).sloTimeframe("14d").capacity(CapacityPlan.of(10, 10, 2)).build())), "components[0].sloTimeframe", "7d, 30d, 90d"),
                bad("health check without slash", b -> b.components(List.of(ComponentSpec.builder("api", ComponentKind.API).healthCheckPath("healthz").capacity(CapacityPlan.of(10, 10, 2)).build())), "components[0].healthCheckPath", "starting with /"),
                bad("no capacity plan", b -> b.components(List.of(ComponentSpec.builder("api", ComponentKind.API).build())), "components[0].capacity", "a capacity plan"),
                bad("planned peak of zero", b -> b.components(List.of(plan(new CapacityPlan(0.0, 10.0, 1, 2, 1.5)))), "components[0].capacity.plannedPeakRps", "above 0"),
                bad("per-instance rps negative", b -> b.components(List.of(plan(new CapacityPlan(10.0, -1.0, 1, 2, 1.5)))), "components[0].capacity.rpsPerInstance", "above 0"),
                bad("max below min", b -> b.components(List.of(plan(new CapacityPlan(10.0, 10.0, 3, 2, 1.0)))), "components[0].capacity.maxInstances", "from minInstances (3) to 30"),
                bad("max above the plan limit", b -> b.components(List.of(plan(new CapacityPlan(10.0, 10.0, 1, 31, 1.0)))), "components[0].capacity.maxInstances", "to 30"),
                bad("headroom below one", b -> b.components(List.of(plan(new CapacityPlan(10.0, 10.0, 1, 2, 0.5)))), "components[0].capacity.headroom", "1.0 to 10"),
                bad("plan the maximum cannot serve", b -> b.components(List.of(plan(new CapacityPlan(100.0, 10.0, 1, 10, 1.5)))), "components[0].capacity.maxInstances", "at least 15: 100 rps planned x 1.5 headroom = 150 rps, but 10 instances x 10 rps serve only 100 rps"),
                bad("no paging", b -> b.paging(null), "paging", "support hours and an escalation path"),
                bad("support hours that end before they start", b -> b.paging(hours("Europe/London", List.of("MON"), "17:00", "09:00")), "paging.supportHours.end", "after start (17:00)"),
                bad("unknown time zone", b -> b.paging(hours("Europe/Atlantis", List.of("MON"), "09:00", "17:00")), "paging.supportHours.timeZone", "IANA time zone"),
                bad("unknown day", b -> b.paging(hours("Europe/London", List.of("MON", "Funday"), "09:00", "17:00")), "paging.supportHours.days[1]", "MONDAY to SUNDAY"),
                bad("no days", b -> b.paging(hours("Europe/London", List.of(), "09:00", "17:00")), "paging.supportHours.days", "at least one day"),
                bad("malformed start time", b -> b.paging(hours("Europe/London", List.of("MON"), "9am", "17:00")), "paging.supportHours.start", "HH:mm"),
                bad("one escalation level", b -> b.paging(escalation(2, List.of(level(10, "user", "PABC123")))), "paging.escalation.levels", "at least 2 levels"),
                bad("escalation level with no target", b -> b.paging(escalation(2, List.of(level(10, "user", "PABC123"), new EscalationSpec.Level(10, List.of())))), "paging.escalation.levels[1].targets", "1 to 5"),
                bad("escalation delay under PagerDuty's minimum", b -> b.paging(escalation(2, List.of(level(0, "user", "PABC123"), level(10, "user", "PABC124")))), "paging.escalation.levels[0].delayMinutes", "PagerDuty's minimum"),
                bad("escalation target of unknown type", b -> b.paging(escalation(2, List.of(level(5, "team", "PABC123"), level(10, "user", "PABC124")))), "paging.escalation.levels[0].targets[0].type", "user or schedule"),
                bad("escalation target id not a PagerDuty id", b -> b.paging(escalation(2, List.of(level(5, "user", "alice"), level(10, "user", "PABC124")))), "paging.escalation.levels[0].targets[0].id", "PagerDuty id"),
                bad("zero loops", b -> b.paging(escalation(0, List.of(level(5, "user", "PABC123"), level(10, "user", "PABC124")))), "paging.escalation.loops", "1 to 9"),
                bad("unknown alert class", b -> b.paging(new PagingSpec(Specs.paging().supportHours(), Specs.paging().escalation(), List.of("errors", "vibes"))), "paging.pageOutOfHours[1]", "latency, traffic, errors, saturation"),
                bad("retention below the floor", b -> b.data(new DataSpec(3, "ZRS", false, false, null)), "data.backupRetentionDays", "7 to 360 days"),
                bad("retention above PostgreSQL's limit", b -> b.data(new DataSpec(60, "ZRS", false, true, null)), "data.backupRetentionDays", "PostgreSQL keeps backups at most 35 days"),
                bad("unknown redundancy", b -> b.data(new DataSpec(7, "RAGRS", false, false, null)), "data.redundancy", "LRS, ZRS, GRS, GZRS"),
                bad("storage name Azure would reject", b -> b.data(new DataSpec(7, "ZRS", false, false, "Checkout_Data")), "data.storageAccountName", "3 to 24 lower-case letters and digits"),
                bad("sign-off for an infra item", b -> b.signOff("slo.objectives", new SignOff("a", "2026-01-01", "https://x.example.com")), "signOffs.slo.objectives", "a sign-off item"),
                bad("sign-off dated in the future", b -> b.signOff("tech.handover", new SignOff("a", "2027-01-01", "https://x.example.com")), "signOffs.tech.handover.date", "no later than today"),
                bad("sign-off with a malformed date", b -> b.signOff("tech.handover", new SignOff("a", "01/02/2026", "https://x.example.com")), "signOffs.tech.handover.date", "YYYY-MM-DD"),
                bad("sign-off without a link", b -> b.signOff("tech.handover", new SignOff("a", "2026-01-01", null)), "signOffs.tech.handover.link", "an https URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void rejectsWithFieldValueAndWhatIsAllowed(String description, UnaryOperator<ReadyServiceArgs.Builder> change, String field, String allowed) {
        List<Violation> violations = SpecValidator.validate(SpecDefaults.resolve(change.apply(Specs.valid("qa")).build()), TODAY);
        assertThat(violations).as(description).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.allowed()).contains(allowed);
        });
    }

    /** A word that only starts like the placeholder is a value (the team "TODOS" exists). */
    @Test
    void onlyThePlaceholderItselfIsRefusedNotAWordStartingLikeIt() {
        ReadyServiceArgs spec = Specs.valid("qa").product(product(p -> new ProductSpec(p.name(), "TODOS", p.businessService(), p.environment(),
                p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId()))).build();
        assertThat(SpecValidator.validate(SpecDefaults.resolve(spec), TODAY)).isEmpty();
    }

    @Test
    void prodTightensRedundancyKeysInstancesAndRetention() {
        ReadyServiceArgs spec = Specs.valid("prod")
                .data(new DataSpec(14, "ZRS", false, false, null))
                .components(List.of(plan(new CapacityPlan(10.0, 10.0, 1, 4, 1.5))))
                .build();
        List<Violation> violations = SpecValidator.validate(SpecDefaults.resolve(spec), TODAY);
        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
                "components[0].capacity.minInstances", "data.backupRetentionDays", "data.redundancy", "data.customerManagedKey");
    }

    @Test
    void oneErrorListsEveryProblemWithTheValueReceived() {
        ReadyServiceArgs spec = Specs.valid("qa").components(List.of(target(100), latency(400, 40))).build();
        assertThatThrownBy(() -> SpecValidator.resolveAndCheck(spec, "Pulumi.qa.yaml", TODAY))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("Invalid ReadyService spec in Pulumi.qa.yaml (3 problems)")
                .hasMessageContaining("components[0].availabilityTarget: got '100'; a percentage strictly between 0 and 100")
                .hasMessageContaining("components[1].latencyPercentile: got '40'; 50 to 99.99")
                .hasMessageContaining("components[1].name: got 'api'; a name no other component has");
    }

    @Test
    void resolveAndCheckReturnsTheResolvedSpec() {
        ReadyServiceArgs resolved = SpecValidator.resolveAndCheck(Specs.valid("prod").data(null).build(), null, TODAY);
        assertThat(resolved.data()).isEqualTo(new DataSpec(30, "GZRS", true, false, null));
        assertThat(resolved.components().get(1).customerFacing()).isTrue();
        assertThat(resolved.components().get(2).customerFacing()).isFalse();
    }

    @Test
    void aTargetJustAboveTheFastBurnLimitIsAccepted() {
        ReadyServiceArgs spec = Specs.valid("qa").components(List.of(target(93.1))).build();
        assertThat(SpecValidator.validate(SpecDefaults.resolve(spec), TODAY)).isEmpty();
        // An internal component is a worker: an api or ui ReadyService builds is customer-facing.
        ReadyServiceArgs internal = Specs.valid("qa").components(List.of(with(target(90), c -> new ComponentSpec(c.name(), "worker", false,
                c.availabilityTarget(), c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(), c.capacity(), c.healthCheckPath())))).build();
        assertThat(SpecValidator.validate(SpecDefaults.resolve(internal), TODAY)).as("internal components get no burn-rate page").isEmpty();
    }

    private static Arguments bad(String description, UnaryOperator<ReadyServiceArgs.Builder> change, String field, String allowed) {
        return Arguments.of(description, change, field, allowed);
    }

    private static ProductSpec product(UnaryOperator<ProductSpec> change) {
        return change.apply(Specs.product("qa"));
    }

    private static ComponentSpec with(ComponentSpec c, UnaryOperator<ComponentSpec> change) {
        return change.apply(c);
    }

    private static ComponentSpec target(double percent) {
        return ComponentSpec.builder("api", ComponentKind.API).availabilityTarget(percent).capacity(CapacityPlan.of(10, 10, 2)).build();
    }

    private static ComponentSpec latency(long millis, double percentile) {
        return ComponentSpec.builder("api", ComponentKind.API).latency(millis, percentile).capacity(CapacityPlan.of(10, 10, 2)).build();
    }

    private static ComponentSpec plan(CapacityPlan plan) {
        return ComponentSpec.builder("api", ComponentKind.API).capacity(plan).build();
    }

    private static PagingSpec hours(String zone, List<String> days, String start, String end) {
        return new PagingSpec(new SupportHoursSpec(zone, new ArrayList<>(days), start, end), Specs.paging().escalation(), null);
    }

    private static PagingSpec escalation(int loops, List<EscalationSpec.Level> levels) {
        return new PagingSpec(Specs.paging().supportHours(), new EscalationSpec(loops, levels), null);
    }

    private static EscalationSpec.Level level(int delay, String type, String id) {
        return new EscalationSpec.Level(delay, List.of(new EscalationSpec.Target(type, id)));
    }
}
