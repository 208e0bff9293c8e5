package dev.readyservice.component;

import dev.readyservice.model.AlertClass;
import dev.readyservice.model.BurnRateMath;
import dev.readyservice.model.BurnWindow;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.Environment;
import dev.readyservice.model.SloTimeframe;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a resolved spec must meet before any resource is registered. Every rule runs; the
 * result lists every problem with its field, the value received and what is allowed.
 */
public final class SpecValidator {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,14}[a-z0-9]");
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern STORAGE_ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
    static final Pattern PAGERDUTY_ID = Pattern.compile("P[A-Z0-9]{6}");
    static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]{2,30}");
    static final Set<String> REDUNDANCIES = Set.of("LRS", "ZRS", "GRS", "GZRS");
    static final Set<String> GEO_REDUNDANT = Set.of("GRS", "GZRS");
    /** The App Service plan's instance limit on the Premium tiers. */
    static final int MAX_INSTANCES_LIMIT = 30;
    /** PagerDuty refuses escalation delays under a minute. */
    static final int MIN_ESCALATION_DELAY_MINUTES = 1;
    static final int MAX_TARGETS_PER_LEVEL = 5;
    static final int MAX_POSTGRES_RETENTION_DAYS = 35;
    static final int MAX_BLOB_RETENTION_DAYS = 360;
    /**
     * What {@code prr init} writes where only the team knows the value ({@code TODO}, alone or followed
     * by a note): never a value, so a free-text field that still holds it is a problem, as every
     * other field's own rule already makes it one.
     */
    static final Pattern PLACEHOLDER = Pattern.compile("TODO([^A-Za-z0-9].*)?", Pattern.DOTALL);

    private final LocalDate today;
    private final List<Violation> found = new ArrayList<>();

    private SpecValidator(LocalDate today) {
        this.today = today;
    }

    /**
     * Resolves the spec's defaults and checks it.
     *
     * @param source where the spec came from, for the message (a file or "stack config"), or null
     * @throws InvalidSpecException listing every problem
     */
    public static ReadyServiceArgs resolveAndCheck(ReadyServiceArgs spec, String source, LocalDate today) {
        if (!spec.configProblems().isEmpty()) {
            // Read from stack config with values of the wrong shape: those first, then every rule over the rest.
            throw new InvalidSpecException(StackConfigReader.SOURCE, StackConfigReader.withRuleProblems(spec.configProblems(), () -> {
                List<Violation> rules = new ArrayList<>(validate(SpecDefaults.resolve(spec), today));
                rules.addAll(ExistingChecks.of(spec));
                return rules;
            }));
        }
        ReadyServiceArgs resolved = SpecDefaults.resolve(spec);
        List<Violation> violations = new ArrayList<>(validate(resolved, today));
        // Judged on the spec as given: a default is no choice the team made for new compute.
        violations.addAll(ExistingChecks.of(spec));
        if (!violations.isEmpty()) {
            throw new InvalidSpecException(source, violations);
        }
        return resolved;
    }

    /** Every violation of the resolved spec, judged on {@code today} (sign-off dates may not be later). */
    public static List<Violation> validate(ReadyServiceArgs spec, LocalDate today) {
        SpecValidator v = new SpecValidator(today);
        v.product(spec.product());
        v.components(spec.components(), spec.product(), spec.existingCompute().isEmpty());
        v.paging(spec.paging());
        v.data(spec.data(), spec.product());
        v.signOffs(spec.signOffs());
        return List.copyOf(v.found);
    }

    private void product(ProductSpec p) {
        if (p == null) {
            fail("product", null, "a product is required");
            return;
        }
        if (p.name() == null || !NAME.matcher(p.name()).matches()) {
            fail("product.name", p.name(), "2 to 16 lower-case letters, digits or hyphens, starting with a letter");
        }
        required("product.team", p.team());
        required("product.businessService", p.businessService());
        if (Environment.parse(p.environment()).isEmpty()) {
            fail("product.environment", p.environment(), "one of qa, prod");
        }
        https("product.docsUrl", p.docsUrl());
        https("product.playbookBaseUrl", p.playbookBaseUrl());
        if (p.location() == null || !REGION.matcher(p.location()).matches()) {
            fail("product.location", p.location(), "an Azure region name such as westeurope");
        }
        if (p.subscriptionId() == null || !UUID.matcher(p.subscriptionId()).matches()) {
            fail("product.subscriptionId", p.subscriptionId(), "an Azure subscription id (UUID)");
        }
        if (p.tenantId() == null || !UUID.matcher(p.tenantId()).matches()) {
            fail("product.tenantId", p.tenantId(), "an Azure AD tenant id (UUID)");
        }
        required("product.pagerDutySubdomain", p.pagerDutySubdomain());
    }

    private void components(List<ComponentSpec> components, ProductSpec product, boolean createsGateway) {
        if (components.isEmpty()) {
            fail("components", "[]", "at least one component");
            return;
        }
        boolean prod = product != null && product.env() == Environment.PROD;
        Set<String> names = new HashSet<>();
        boolean anyCustomerFacing = false;
        for (int i = 0; i < components.size(); i++) {
            ComponentSpec c = components.get(i);
            String at = "components[" + i + "]";
            if (c.name() == null || !NAME.matcher(c.name()).matches()) {
                fail(at + ".name", c.name(), "2 to 16 lower-case letters, digits or hyphens, starting with a letter");
            } else if (!names.add(c.name())) {
                fail(at + ".name", c.name(), "a name no other component has");
            }
            Optional<ComponentKind> kind = ComponentKind.parse(c.kind());
            if (kind.isEmpty()) {
                fail(at + ".kind", c.kind(), "one of api, ui, worker");
            }
            boolean customerFacing = Boolean.TRUE.equals(c.customerFacing());
            anyCustomerFacing |= customerFacing;
            if (customerFacing && kind.orElse(null) == ComponentKind.WORKER) {
                fail(at + ".customerFacing", "true", "false for a worker: customers reach only api and ui components");
            } else if (!customerFacing && createsGateway && kind.isPresent() && kind.get() != ComponentKind.WORKER) {
                // The pack judges criticality by substance (docs/evidence.md, "Where criticality comes
                // from"): the web app ReadyService builds for an api or ui is open to the internet, so it
                // is customer-facing whatever the spec says, and would lack the SLOs this spec withholds.
                fail(at + ".customerFacing", "false", "true (or unset) for an api or ui: ReadyService builds its web app open to the internet"
                        + " (publicNetworkAccess Enabled), and what the internet reaches is customer-facing; use kind worker for a component nobody calls");
            }
            double target = c.availabilityTarget();
            if (!(target > 0 && target < 100)) {
                fail(at + ".availabilityTarget", num(target), "a percentage strictly between 0 and 100, e.g. 99.9");
            } else if (customerFacing) {
                burnRates(at, target, c.sloTimeframe());
            }
            if (c.latencyThresholdMillis() <= 0 || c.latencyThresholdMillis() > 60_000) {
                fail(at + ".latencyThresholdMillis", String.valueOf(c.latencyThresholdMillis()), "1 to 60000 milliseconds");
            }
            if (!(c.latencyPercentile() >= 50 && c.latencyPercentile() <= 99.99)) {
                fail(at + ".latencyPercentile", num(c.latencyPercentile()), "50 to 99.99");
            }
            if (SloTimeframe.fromWireValue(c.sloTimeframe()).isEmpty()) {
                fail(at + ".sloTimeframe", c.sloTimeframe(), "one of 7d, 30d, 90d");
            }
            if (c.healthCheckPath() == null || !c.healthCheckPath().startsWith("/")) {
                fail(at + ".healthCheckPath", c.healthCheckPath(), "a path starting with /");
            }
            capacity(at + ".capacity", c.capacity(), prod);
        }
        // Over existing compute no gateway is created, so there is no certificate for it to serve.
        if (anyCustomerFacing && product != null && createsGateway) {
            String secretId = product.tlsCertificateSecretId();
            if (secretId == null || !secretId.startsWith("https://") || !secretId.contains(".vault.azure.net/secrets/")) {
                fail("product.tlsCertificateSecretId", secretId,
                        "the Key Vault secret id of the TLS certificate (https://<vault>.vault.azure.net/secrets/<name>), "
                                + "required because a component is customer-facing");
            }
        }
    }

    /**
     * Datadog rejects, at apply time, a burn-rate alert whose rate exceeds 1/(1 - target): such an
     * alert could never fire. Checked here, before deploy, for every window the SLO gets.
     */
    private void burnRates(String at, double target, String timeframe) {
        Optional<SloTimeframe> window = SloTimeframe.fromWireValue(timeframe);
        if (window.isEmpty()) {
            return; // the timeframe rule reports it
        }
        BigDecimal max = BurnRateMath.maxBurnRate(target);
        for (BurnWindow burn : BurnWindow.values()) {
            BigDecimal rate = BurnRateMath.burnRate(window.get(), burn);
            if (rate.compareTo(max) > 0) {
                fail(at + ".availabilityTarget", num(target), String.format(Locale.ROOT,
                        "at least %s for a %s SLO: Datadog caps a burn rate at 1/(1 - target) = %s for this target, so the "
                                + "%sx %s-burn alert could never fire",
                        BurnRateMath.minimumTargetPercent(rate).stripTrailingZeros().toPlainString(), timeframe,
                        max.toPlainString(), rate.stripTrailingZeros().toPlainString(), burn.slug()));
                return;
            }
        }
    }

    private void capacity(String at, CapacityPlan plan, boolean prod) {
        if (plan == null) {
            fail(at, null, "a capacity plan (plannedPeakRps, rpsPerInstance, maxInstances)");
            return;
        }
        boolean complete = true;
        if (plan.plannedPeakRps() == null || !(plan.plannedPeakRps() > 0)) {
            fail(at + ".plannedPeakRps", num(plan.plannedPeakRps()), "requests per second above 0");
            complete = false;
        }
        if (plan.rpsPerInstance() == null || !(plan.rpsPerInstance() > 0)) {
            fail(at + ".rpsPerInstance", num(plan.rpsPerInstance()), "requests per second above 0");
            complete = false;
        }
        int min = plan.minInstances();
        if (min < 1 || (prod && min < SpecDefaults.MIN_INSTANCES_PROD)) {
            fail(at + ".minInstances", String.valueOf(min), prod ? "at least 2 in prod (one instance is a single point of failure)" : "at least 1");
        }
        if (plan.maxInstances() == null || plan.maxInstances() < min || plan.maxInstances() > MAX_INSTANCES_LIMIT) {
            fail(at + ".maxInstances", plan.maxInstances() == null ? null : String.valueOf(plan.maxInstances()),
                    "from minInstances (" + min + ") to " + MAX_INSTANCES_LIMIT);
            complete = false;
        }
        if (!(plan.headroom() >= 1.0 && plan.headroom() <= 10)) {
            fail(at + ".headroom", num(plan.headroom()), "a factor from 1.0 to 10");
            complete = false;
        }
        if (complete && plan.maxCapacityRps() < plan.requiredRps() - 1e-9) {
            fail(at + ".maxInstances", String.valueOf(plan.maxInstances()), String.format(Locale.ROOT,
                    "at least %d: %s rps planned x %s headroom = %s rps, but %d instances x %s rps serve only %s rps",
                    plan.instancesNeeded(), num(plan.plannedPeakRps()), num(plan.headroom()), num(plan.requiredRps()),
                    plan.maxInstances(), num(plan.rpsPerInstance()), num(plan.maxCapacityRps())));
        }
    }

    private void paging(PagingSpec p) {
        if (p == null) {
            fail("paging", null, "support hours and an escalation path are required");
            return;
        }
        supportHours(p.supportHours());
        escalation(p.escalation());
        List<String> classes = p.pageOutOfHours() == null ? List.of() : p.pageOutOfHours();
        for (int i = 0; i < classes.size(); i++) {
            if (AlertClass.parseGoldenSignal(classes.get(i)).isEmpty()) {
                fail("paging.pageOutOfHours[" + i + "]", classes.get(i), "one of latency, traffic, errors, saturation");
            }
        }
    }

    private void supportHours(SupportHoursSpec s) {
        if (s == null) {
            fail("paging.supportHours", null, "support hours (timeZone, days, start, end)");
            return;
        }
        try {
            ZoneId.of(s.timeZone() == null ? "" : s.timeZone());
        } catch (DateTimeException e) {
            fail("paging.supportHours.timeZone", s.timeZone(), "an IANA time zone such as Europe/London");
        }
        List<String> days = s.days() == null ? List.of() : s.days();
        if (days.isEmpty()) {
            fail("paging.supportHours.days", "[]", "at least one day, MONDAY to SUNDAY");
        }
        for (int i = 0; i < days.size(); i++) {
            if (parseDay(days.get(i)).isEmpty()) {
                fail("paging.supportHours.days[" + i + "]", days.get(i), "a day MONDAY to SUNDAY (or MON to SUN)");
            }
        }
        Optional<LocalTime> start = parseTime("paging.supportHours.start", s.start());
        Optional<LocalTime> end = parseTime("paging.supportHours.end", s.end());
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            fail("paging.supportHours.end", s.end(), "a time after start (" + s.start() + ")");
        }
    }

    private void escalation(EscalationSpec e) {
        if (e == null) {
            fail("paging.escalation", null, "an escalation path with at least two levels");
            return;
        }
        if (e.loops() < 1 || e.loops() > 9) {
            fail("paging.escalation.loops", String.valueOf(e.loops()), "1 to 9 repeats of the path");
        }
        List<EscalationSpec.Level> levels = e.levels() == null ? List.of() : e.levels();
        if (levels.size() < 2) {
            fail("paging.escalation.levels", String.valueOf(levels.size()) + " level(s)", "at least 2 levels, so an unacknowledged page reaches someone else");
        }
        for (int i = 0; i < levels.size(); i++) {
            EscalationSpec.Level level = levels.get(i);
            String at = "paging.escalation.levels[" + i + "]";
            if (level.delayMinutes() == null || level.delayMinutes() < MIN_ESCALATION_DELAY_MINUTES) {
                fail(at + ".delayMinutes", level.delayMinutes() == null ? null : String.valueOf(level.delayMinutes()),
                        "at least 1 minute (PagerDuty's minimum)");
            }
            List<EscalationSpec.Target> targets = level.targets() == null ? List.of() : level.targets();
            if (targets.isEmpty() || targets.size() > MAX_TARGETS_PER_LEVEL) {
                fail(at + ".targets", targets.size() + " target(s)", "1 to 5 PagerDuty users or schedules");
            }
            for (int t = 0; t < targets.size(); t++) {
                EscalationSpec.Target target = targets.get(t);
                if (!"user".equals(target.type()) && !"schedule".equals(target.type())) {
                    fail(at + ".targets[" + t + "].type", target.type(), "user or schedule");
                }
                if (target.id() == null || !PAGERDUTY_ID.matcher(target.id()).matches()) {
                    fail(at + ".targets[" + t + "].id", target.id(), "a PagerDuty id such as PABC123");
                }
            }
        }
    }

    private void data(DataSpec d, ProductSpec product) {
        boolean prod = product != null && product.env() == Environment.PROD;
        int floor = prod ? SpecDefaults.BACKUP_RETENTION_DAYS_PROD : SpecDefaults.BACKUP_RETENTION_DAYS_QA;
        int ceiling = Boolean.TRUE.equals(d.postgres()) ? MAX_POSTGRES_RETENTION_DAYS : MAX_BLOB_RETENTION_DAYS;
        if (d.backupRetentionDays() < floor || d.backupRetentionDays() > ceiling) {
            fail("data.backupRetentionDays", String.valueOf(d.backupRetentionDays()), floor + " to " + ceiling
                    + " days (the backup policy floor in " + (prod ? "prod" : "qa")
                    + (ceiling == MAX_POSTGRES_RETENTION_DAYS ? "; PostgreSQL keeps backups at most 35 days)" : ")"));
        }
        if (!REDUNDANCIES.contains(d.redundancy())) {
            fail("data.redundancy", d.redundancy(), "one of LRS, ZRS, GRS, GZRS");
        } else if (prod && !GEO_REDUNDANT.contains(d.redundancy())) {
            fail("data.redundancy", d.redundancy(), "GRS or GZRS in prod (the backup policy asks for a copy in a second region)");
        }
        if (prod && !Boolean.TRUE.equals(d.customerManagedKey())) {
            fail("data.customerManagedKey", String.valueOf(d.customerManagedKey()), "true in prod (AES-256 with a customer-managed key)");
        }
        if (d.storageAccountName() != null && !STORAGE_ACCOUNT.matcher(d.storageAccountName()).matches()) {
            fail("data.storageAccountName", d.storageAccountName(), "3 to 24 lower-case letters and digits (Azure's rule for storage account names)");
        }
    }

    private void signOffs(Map<String, SignOff> signOffs) {
        signOffs.forEach((item, s) -> {
            String at = "signOffs." + item;
            if (!SignOffItems.IDS.contains(item)) {
                fail(at, item, "a sign-off item: " + String.join(", ", SignOffItems.IDS));
                return;
            }
            required(at + ".by", s.by());
            try {
                LocalDate date = LocalDate.parse(s.date() == null ? "" : s.date());
                if (date.isAfter(today)) {
                    fail(at + ".date", s.date(), "a date no later than today (" + today + ")");
                }
            } catch (DateTimeParseException e) {
                fail(at + ".date", s.date(), "a date YYYY-MM-DD");
            }
            https(at + ".link", s.link());
        });
    }

    private Optional<LocalTime> parseTime(String field, String value) {
        try {
            return Optional.of(LocalTime.parse(value == null ? "" : value));
        } catch (DateTimeParseException e) {
            fail(field, value, "a time of day HH:mm, e.g. 09:00");
            return Optional.empty();
        }
    }

    /** Parses MONDAY or MON, ignoring case. */
    static Optional<DayOfWeek> parseDay(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(v) || d.name().substring(0, 3).equals(v)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private void https(String field, String value) {
        try {
            URI uri = new URI(value == null ? "" : value);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                fail(field, value, "an https URL");
            }
        } catch (java.net.URISyntaxException e) {
            fail(field, value, "an https URL");
        }
    }

    private void required(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, value, "a non-empty value");
        } else if (PLACEHOLDER.matcher(value.strip()).matches()) {
            fail(field, value, "the team's value in place of the TODO placeholder prr init wrote");
        }
    }

    private void fail(String field, String value, String allowed) {
        found.add(new Violation(field, value == null ? "<unset>" : "'" + value + "'", allowed));
    }

    private static String num(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
