package dev.readyservice.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.SignOffItems;
import dev.readyservice.component.SpecDefaults;
import dev.readyservice.component.SpecValidator;
import dev.readyservice.component.StackConfigReader;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.Environment;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code prr init} finds in a program's preview and the starting files it writes for it: the
 * compute (web apps and the plans they refer to) and the stateful resources (storage accounts, Azure
 * SQL databases) as {@code ReadyService} over existing resources would take them. The readiness
 * values go into stack config ({@link #configBlock}), the wiring of the team's resources into code
 * ({@link #code}); every value only the team knows is left as a {@code TODO} the review then reports.
 */
final class ReadinessScaffold {
    /** What prr init writes where only the team knows the value. */
    static final String PLACEHOLDER = "TODO";
    private static final String NAMESPACE = StackConfigReader.NAMESPACE;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String WEB_APP = "azure-native:web:WebApp";
    static final String PLAN = "azure-native:web:AppServicePlan";
    static final String STORAGE = "azure-native:storage:StorageAccount";
    static final String SQL_DATABASE = "azure-native:sql:Database";
    /** The playbooks every component's monitors link (ReadyService's alert classes). */
    static final List<String> PLAYBOOKS = List.of("latency", "traffic", "errors", "saturation", "availability-burn", "latency-burn");

    /** One component: a web app and the plan its {@code serverFarmId} refers to (null when none of the program). */
    record Compute(String component, RecordedResource app, RecordedResource plan) {
    }

    private final String project;
    private final List<Compute> compute = new ArrayList<>();
    private final List<RecordedResource> data = new ArrayList<>();

    ReadinessScaffold(String project, List<RecordedResource> resources) {
        this.project = project;
        Map<String, RecordedResource> byUrn = new LinkedHashMap<>();
        resources.forEach(r -> byUrn.put(r.urn(), r));
        for (RecordedResource r : resources) {
            if (r.type().equals(WEB_APP)) {
                RecordedResource plan = r.propertyDependencies().getOrDefault("serverFarmId", List.of()).stream()
                        .map(byUrn::get).filter(p -> p != null && p.type().equals(PLAN)).findFirst().orElse(null);
                compute.add(new Compute(componentName(azureName(r, "name").orElse(r.name()), compute.size()), r, plan));
            } else if (r.type().equals(STORAGE) || r.type().equals(SQL_DATABASE)) {
                data.add(r);
            }
        }
    }

    List<Compute> compute() {
        return compute;
    }

    List<RecordedResource> data() {
        return data;
    }

    /** A component name from an Azure name: its last part, lower-case letters, digits and hyphens. */
    static String componentName(String azureName, int index) {
        String[] parts = azureName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").split("-");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        return last.matches("[a-z][a-z0-9]{0,14}") ? last : "component" + (index + 1);
    }

    static Optional<String> azureName(RecordedResource r, String key) {
        // An input unknown in preview (another resource's output) is no name the scaffold can write.
        return r.input(key).filter(String.class::isInstance).map(String.class::cast).filter(v -> !WireValues.UNKNOWN.equals(v));
    }

    private static String variable(RecordedResource r) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : r.name().toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = b.length() > 0;
            }
        }
        return b.length() == 0 || !Character.isLetter(b.charAt(0)) ? "resource" + b : b.toString();
    }

    /**
     * The readiness values, as entries of a stack file's {@code config:} map (keys at column 0): the
     * {@code readyservice:*} keys {@link ReadyServiceArgs#fromStackConfig} reads. Only what the team
     * alone knows is a {@code TODO}, and each one is a spec problem until replaced (a free-text
     * placeholder by {@link SpecValidator}'s own rule, a number's by its shape). Sign-offs are left
     * out: the review reports each missing one as a failing item.
     *
     * @param stack the stack's short name: its environment when it is qa or prod
     * @param config the stack file's {@code config:} map, for the Azure location, subscription and
     *     tenant when it has them in plain text (a {@code secure:} value is never read)
     */
    String configBlock(String stack, JsonNode config) {
        Optional<Environment> env = Environment.parse(stack);
        boolean prod = env.map(e -> e == Environment.PROD).orElse(true);
        Block b = new Block();
        b.comment("Written by ./prr init from the preview of '" + project + "': the readiness values ReadyServiceArgs.fromStackConfig(ctx)")
                .comment("reads. Replace every TODO with your team's value: ./prr review lists each TODO left as a spec problem.");
        b.line(NAMESPACE + ":product:")
                .line("  name: " + scalar(project))
                .todo("  team", "the team that owns and supports the product")
                .todo("  businessService", "the business service it is part of, as PagerDuty shows it")
                .line("  environment: " + env.map(Environment::id).orElse(PLACEHOLDER), env.isPresent() ? null : "qa or prod: the stack '" + stack + "' is neither")
                .todo("  docsUrl", "https URL of the product's architecture docs")
                .todo("  playbookBaseUrl", "https URL the playbooks (docs/playbooks/<alert>.md) are published under")
                .known("  location", plain(config, "azure-native:location"), "the Azure region, e.g. westeurope")
                .known("  subscriptionId", plain(config, "azure-native:subscriptionId"), "the Azure subscription id")
                .known("  tenantId", plain(config, "azure-native:tenantId"), "the Azure AD tenant id")
                .todo("  pagerDutySubdomain", "your PagerDuty account's subdomain");
        if (compute.isEmpty()) {
            b.line(NAMESPACE + ":components: []", "TODO: no web app was found; list your components (name, kind, capacity)");
        } else {
            b.line(NAMESPACE + ":components:");
            for (Compute c : compute) {
                b.line("  - name: " + c.component(), WEB_APP + " '" + c.app().name() + "'")
                        .line("    kind: " + ComponentKind.API.id(), "api, ui or worker")
                        .line("    availabilityTarget: " + number(SpecDefaults.AVAILABILITY_TARGET), "the SLO, in percent: the default; set yours")
                        .line("    latencyThresholdMillis: " + SpecDefaults.LATENCY_THRESHOLD_MILLIS, "the default; set yours")
                        .line("    latencyPercentile: " + number(SpecDefaults.LATENCY_PERCENTILE))
                        .line("    capacity:")
                        .todo("      plannedPeakRps", "requests per second at the peak you plan for (6 months ahead)")
                        .todo("      rpsPerInstance", "requests per second one instance serves")
                        .todo("      maxInstances", "the most instances autoscaling may run (at most 30)");
            }
        }
        b.line(NAMESPACE + ":paging:")
                .line("  supportHours: {timeZone: TODO, days: [MON, TUE, WED, THU, FRI], start: \"09:00\", end: \"17:30\"}",
                        "TODO: your IANA time zone (e.g. Europe/London), your days and hours")
                .line("  escalation:")
                .line("    loops: " + SpecDefaults.ESCALATION_LOOPS)
                .line("    levels:")
                .line("      - delayMinutes: 15")
                .line("        targets: [{type: schedule, id: TODO}]", "TODO: a PagerDuty schedule or user id such as PABC123")
                .line("      - delayMinutes: 30")
                // A review cannot see who is on a schedule given by id: two users named here show that
                // someone else is called (docs/evidence.md, pagerduty.escalation).
                .line("        targets: [{type: user, id: TODO}, {type: user, id: TODO}]",
                        "TODO: two people an unacknowledged page reaches next (who is on a schedule id cannot be seen)");
        b.line(NAMESPACE + ":data:")
                .line("  backupRetentionDays: " + (prod ? SpecDefaults.BACKUP_RETENTION_DAYS_PROD : SpecDefaults.BACKUP_RETENTION_DAYS_QA),
                        "days backups of your storage and databases are kept: the " + (prod ? "prod" : "qa") + " floor");
        b.comment(NAMESPACE + ":signOffs: what only people can prove, each with who, when and a link; the review reports")
                .comment("each one missing until then. The items: " + String.join(", ", SignOffItems.IDS.subList(0, 3)) + ",")
                .comment("  " + String.join(", ", SignOffItems.IDS.subList(3, SignOffItems.IDS.size())) + ". E.g.:")
                .comment("  tech.handover: {by: sre-lead@example.com, date: \"2026-11-30\", link: \"https://wiki.example.com/prr/tech.handover\"}");
        return b.toString();
    }

    /** The keys {@link #configBlock} sets. */
    static List<String> configKeys() {
        return List.of(NAMESPACE + ":product", NAMESPACE + ":components", NAMESPACE + ":paging", NAMESPACE + ":data");
    }

    /**
     * The starting code: the resource wiring a team adds after its own resources; the values are in
     * stack config ({@link #configBlock}). A name the preview could not tell (another resource's
     * output) is a {@code TODO_} identifier, so the program does not compile until the team writes it.
     */
    String code(String stackFile) {
        List<String> notes = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        for (Compute c : compute) {
            if (c.plan() == null) {
                notes.add("// TODO: web app '" + c.app().name() + "' refers to no App Service plan of the program: give both by ID,");
                notes.add("// .existing(\"" + c.component() + "\", ExistingCompute.ids(\"/subscriptions/.../Microsoft.Web/sites/...\", "
                        + "\"/subscriptions/.../Microsoft.Web/serverfarms/...\"))");
                continue;
            }
            boolean function = isFunctionApp(c.app());
            chain.add(".existing(\"" + c.component() + "\", ExistingCompute." + (function ? "functionApp(" : "webApp(") + variable(c.app()) + ", "
                    + variable(c.plan()) + ").named(" + name(c.app(), "resourceGroupName") + ", " + name(c.app(), "name") + ", " + name(c.plan(), "name")
                    + ")" + (function && isPlatformScaled(c.plan()) ? ".platformScaled(" + instanceMemoryMb(c.app(), c.plan()) + ")" : "") + ")");
        }
        for (RecordedResource d : data) {
            chain.add(d.type().equals(STORAGE)
                    ? ".existing(ExistingData.storageAccount(" + variable(d) + ").named(" + name(d, "resourceGroupName") + ", " + name(d, "accountName") + "))"
                    : ".existing(ExistingData.sqlDatabase(" + variable(d) + ").named(" + name(d, "resourceGroupName") + ", "
                            + name(d, "serverName") + ", " + name(d, "databaseName") + "))");
        }
        StringBuilder s = new StringBuilder();
        s.append("// Written by ./prr init from the preview of '").append(project).append("'. The readiness values are in ").append(stackFile).append('\n')
                .append("// (the ").append(NAMESPACE).append(":* keys, read by ReadyServiceArgs.fromStackConfig); this code hands ReadyService your\n")
                .append("// own resources. Add it to your program after they exist (each variable is your resource of that Pulumi name),\n")
                .append("// write each TODO_ name (the preview could not tell it: it is another resource's output), and run ./prr review.\n")
                .append("// Imports: dev.readyservice.component.*\n");
        notes.forEach(n -> s.append(n).append('\n'));
        s.append("var readiness = ReadyServiceArgs.fromStackConfig(ctx)");
        chain.forEach(c -> s.append("\n        ").append(c));
        s.append(";\n").append("new ReadyService(\"").append(project).append("\", readiness.build());\n");
        return s.toString();
    }

    /** A web app of kind {@code functionapp} (e.g. {@code functionapp,linux}) is a function app. */
    static boolean isFunctionApp(RecordedResource app) {
        return azureName(app, "kind").map(k -> k.toLowerCase(Locale.ROOT).contains("functionapp")).orElse(false);
    }

    /**
     * True when the preview shows the plan's sku is one the platform scales (Consumption {@code Y1},
     * Elastic Premium {@code EP1}..{@code EP3}, Flex Consumption {@code FC1}): its apps get no autoscale
     * setting. The sku name decides, else the tier, as the policy pack's {@code planScaling}
     * (policy/lib/capacity.ts) judges it; a sku unknown in preview is left to the team.
     */
    static boolean isPlatformScaled(RecordedResource plan) {
        Object sku = plan.input("sku").orElse(null);
        if (!(sku instanceof Map<?, ?> fields)) {
            return false;
        }
        Object name = fields.get("name");
        if (name instanceof String n && !WireValues.UNKNOWN.equals(n)) {
            return n.trim().matches("(?i)(Y|EP|FC)\\d+");
        }
        Object tier = fields.get("tier");
        return tier instanceof String t && t.trim().matches("(?i)Dynamic|ElasticPremium|FlexConsumption");
    }

    /** One instance's memory in MB of each Elastic Premium sku (Azure Functions Premium plan, "Available instance SKUs"). */
    private static final Map<String, Integer> ELASTIC_PREMIUM_MEMORY_MB = Map.of("EP1", 3584, "EP2", 7168, "EP3", 14336);
    /** One instance's memory in MB on a Consumption plan (1.5 GB). */
    private static final int CONSUMPTION_MEMORY_MB = 1536;

    /**
     * One instance's memory in MB of a function app on a plan the platform scales, for
     * {@code platformScaled(int)} (the saturation monitor watches the app's memory as a percentage of
     * it): on Flex Consumption the app's {@code functionAppConfig.scaleAndConcurrency.instanceMemoryMB},
     * on Elastic Premium by the sku name, on Consumption 1536. What the preview cannot tell is a
     * {@code TODO_} identifier the compiler stops at.
     */
    static String instanceMemoryMb(RecordedResource app, RecordedResource plan) {
        String todo = "TODO_instanceMemoryMb";
        Map<?, ?> sku = plan.input("sku").orElse(null) instanceof Map<?, ?> m ? m : Map.of();
        String name = sku.get("name") instanceof String n && !WireValues.UNKNOWN.equals(n) ? n.trim().toUpperCase(Locale.ROOT) : null;
        String tier = sku.get("tier") instanceof String t && !WireValues.UNKNOWN.equals(t) ? t.trim().toLowerCase(Locale.ROOT) : null;
        if (name != null && name.startsWith("EP")) {
            return ELASTIC_PREMIUM_MEMORY_MB.containsKey(name) ? String.valueOf(ELASTIC_PREMIUM_MEMORY_MB.get(name)) : todo;
        }
        if (name != null ? name.startsWith("Y") : "dynamic".equals(tier)) {
            return String.valueOf(CONSUMPTION_MEMORY_MB);
        }
        if (name != null ? name.startsWith("FC") : "flexconsumption".equals(tier)) {
            Object config = app.input("functionAppConfig").orElse(null);
            Object scale = config instanceof Map<?, ?> c ? c.get("scaleAndConcurrency") : null;
            Object memory = scale instanceof Map<?, ?> sc ? sc.get("instanceMemoryMB") : null;
            return memory instanceof Number mb && mb.intValue() > 0 ? String.valueOf(mb.intValue()) : todo;
        }
        return todo;
    }

    /** A name the preview tells, quoted; else a {@code TODO_} identifier the compiler stops at. */
    private static String name(RecordedResource r, String key) {
        return azureName(r, key).map(ReadinessScaffold::javaString).orElse("TODO_" + key);
    }

    private static String javaString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A config value of the stack file in plain text; a secure or structured value is not read. */
    private static Optional<String> plain(JsonNode config, String key) {
        JsonNode v = config.path(key);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Text as a YAML scalar: plain when it reads back as the same text, else double-quoted (JSON's quoting is YAML's). */
    static String scalar(String text) {
        if (text.matches("[A-Za-z][A-Za-z0-9._/-]*") && !text.matches("(?i)true|false|null|y|n|yes|no|on|off") && !text.equals(PLACEHOLDER)) {
            return text;
        }
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines of YAML with a comment after the value where one helps. */
    private static final class Block {
        private static final int COMMENT_COLUMN = 40;
        private final StringBuilder text = new StringBuilder();

        Block line(String line) {
            return line(line, null);
        }

        /** The comment follows a short line; a long line gets it on the line above, at its indent. */
        Block line(String line, String comment) {
            if (comment != null && line.length() >= COMMENT_COLUMN) {
                String indent = line.substring(0, line.length() - line.stripLeading().length()).replace('-', ' ');
                text.append(indent).append("# ").append(comment).append('\n');
                comment = null;
            }
            text.append(line);
            if (comment != null) {
                text.append(" ".repeat(COMMENT_COLUMN - line.length())).append("# ").append(comment);
            }
            text.append('\n');
            return this;
        }

        Block comment(String comment) {
            text.append("# ").append(comment).append('\n');
            return this;
        }

        /** {@code key: TODO}, with what the team writes there. */
        Block todo(String key, String what) {
            return line(key + ": " + PLACEHOLDER, what);
        }

        /** {@code key: value} when known, else {@code key: TODO}. */
        Block known(String key, Optional<String> value, String what) {
            return value.isPresent() ? line(key + ": " + scalar(value.get())) : todo(key, what);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** A playbook stub: headings and TODOs, which the review does not accept until someone writes it. */
    static String playbook(String alertClass) {
        return "# " + alertClass + "\n\nTODO: what this alert means, how to confirm it, how to mitigate, whom to call.\n";
    }

    /** The lines {@code prr init} prints: what it found. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (Compute c : compute) {
            lines.add("compute: component '" + c.component() + "': " + WEB_APP + " '" + c.app().name() + "'"
                    + (c.plan() == null ? " (on no plan of the program)" : " on " + PLAN + " '" + c.plan().name() + "'"));
        }
        for (RecordedResource d : data) {
            lines.add("stateful: " + d.type() + " '" + d.name() + "'");
        }
        return lines;
    }
}
