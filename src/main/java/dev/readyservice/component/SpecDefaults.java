package dev.readyservice.component;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every default of the spec, in one place. Each optional field's Javadoc states the same default;
 * {@code SpecDefaultsTest} keeps the two from drifting.
 */
public final class SpecDefaults {
    public static final double AVAILABILITY_TARGET = 99.9;
    public static final long LATENCY_THRESHOLD_MILLIS = 500;
    public static final double LATENCY_PERCENTILE = 95;
    public static final String SLO_TIMEFRAME = "30d";
    public static final String HEALTH_CHECK_PATH = "/healthz";
    public static final double HEADROOM = 1.5;
    public static final int MIN_INSTANCES_QA = 1;
    public static final int MIN_INSTANCES_PROD = 2;
    public static final int ESCALATION_LOOPS = 2;
    public static final List<String> PAGE_OUT_OF_HOURS = List.of(AlertClass.ERRORS.id(), AlertClass.LATENCY.id());
    public static final int BACKUP_RETENTION_DAYS_QA = 7;
    public static final int BACKUP_RETENTION_DAYS_PROD = 30;
    public static final String REDUNDANCY_QA = "ZRS";
    public static final String REDUNDANCY_PROD = "GZRS";

    private SpecDefaults() {
    }

    /** The spec with every unset optional field replaced by its default for the spec's environment. */
    public static ReadyServiceArgs resolve(ReadyServiceArgs args) {
        ProductSpec p = args.product();
        boolean prod = p != null && p.env() == Environment.PROD;
        ProductSpec product = p == null ? null : new ProductSpec(p.name(), p.team(),
                p.businessService() == null && p.name() != null ? p.name() + " (business)" : p.businessService(),
                p.environment() == null ? null : p.environment().trim().toLowerCase(Locale.ROOT),
                p.docsUrl(), p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(),
                p.pagerDutySubdomain(), p.tlsCertificateSecretId());
        List<ComponentSpec> components = new ArrayList<>();
        for (ComponentSpec c : args.components()) {
            components.add(resolve(c, prod));
        }
        PagingSpec paging = args.paging() == null ? null : new PagingSpec(args.paging().supportHours(),
                args.paging().escalation() == null ? null : new EscalationSpec(
                        orElse(args.paging().escalation().loops(), ESCALATION_LOOPS), args.paging().escalation().levels()),
                orElse(args.paging().pageOutOfHours(), PAGE_OUT_OF_HOURS));
        DataSpec d = args.data() == null ? new DataSpec(null, null, null, null, null) : args.data();
        DataSpec data = new DataSpec(
                orElse(d.backupRetentionDays(), prod ? BACKUP_RETENTION_DAYS_PROD : BACKUP_RETENTION_DAYS_QA),
                orElse(d.redundancy(), prod ? REDUNDANCY_PROD : REDUNDANCY_QA).toUpperCase(Locale.ROOT),
                orElse(d.customerManagedKey(), prod),
                orElse(d.postgres(), false),
                d.storageAccountName());
        return args.toBuilder().product(product).components(components).paging(paging).data(data).build();
    }

    private static ComponentSpec resolve(ComponentSpec c, boolean prod) {
        boolean worker = c.componentKind() == ComponentKind.WORKER;
        CapacityPlan plan = c.capacity() == null ? null : new CapacityPlan(
                c.capacity().plannedPeakRps(), c.capacity().rpsPerInstance(),
                orElse(c.capacity().minInstances(), prod ? MIN_INSTANCES_PROD : MIN_INSTANCES_QA),
                c.capacity().maxInstances(), orElse(c.capacity().headroom(), HEADROOM));
        return new ComponentSpec(c.name(), c.kind() == null ? null : c.kind().trim().toLowerCase(Locale.ROOT),
                orElse(c.customerFacing(), !worker),
                orElse(c.availabilityTarget(), AVAILABILITY_TARGET),
                orElse(c.latencyThresholdMillis(), LATENCY_THRESHOLD_MILLIS),
                orElse(c.latencyPercentile(), LATENCY_PERCENTILE),
                orElse(c.sloTimeframe(), SLO_TIMEFRAME),
                plan,
                orElse(c.healthCheckPath(), HEALTH_CHECK_PATH));
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
