package dev.readyservice.cli;

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
 * SQL databases) as {@code ReadyService} over existing resources would take them, with every value
 * only the team knows left as a {@code TODO} the review then reports.
 */
final class ReadinessScaffold {
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

    private static String text(RecordedResource r, String key) {
        return azureName(r, key).orElse("TODO-" + key);
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

    /** The starting code: the {@code ReadyService} a team adds after its own resources. */
    String code() {
        StringBuilder s = new StringBuilder();
        s.append("// Written by ./prr init from the preview of '").append(project).append("'. Add it to your program after\n")
                .append("// your resources exist (each variable is your resource of that Pulumi name), replace every TODO\n")
                .append("// with your team's value, and run ./prr review: it tells what is still missing.\n")
                .append("// Imports: dev.readyservice.component.* and dev.readyservice.model.ComponentKind.\n")
                .append("var readiness = ReadyServiceArgs.builder()\n")
                .append("        .product(new ProductSpec(\"").append(project).append("\", \"TODO-team\", \"TODO business service\", ctx.stackName(),\n")
                .append("                \"https://TODO/docs\", \"https://TODO/playbooks\", \"TODO-location\",\n")
                .append("                \"TODO-subscription-id\", \"TODO-tenant-id\", \"TODO-pagerduty-subdomain\", null))\n");
        for (Compute c : compute) {
            s.append("        .component(ComponentSpec.builder(\"").append(c.component()).append("\", ComponentKind.API)   // the kind: API, UI or WORKER\n")
                    .append("                .capacity(CapacityPlan.of(TODO_PEAK_RPS, TODO_RPS_PER_INSTANCE, TODO_MAX_INSTANCES))\n")
                    .append("                .build())\n");
        }
        s.append("        .paging(new PagingSpec(\n")
                .append("                new SupportHoursSpec(\"TODO-time-zone\", List.of(\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"), \"09:00\", \"17:30\"),\n")
                .append("                new EscalationSpec(2, List.of(\n")
                .append("                        new EscalationSpec.Level(15, List.of(new EscalationSpec.Target(\"schedule\", \"TODO-schedule-id\"))),\n")
                .append("                        new EscalationSpec.Level(30, List.of(new EscalationSpec.Target(\"user\", \"TODO-user-id\"))))),\n")
                .append("                null))\n");
        for (Compute c : compute) {
            if (c.plan() == null) {
                s.append("        // TODO: web app '").append(c.app().name()).append("' refers to no App Service plan of the program: give both by ID,\n")
                        .append("        // ExistingCompute.ids(\"/subscriptions/.../Microsoft.Web/sites/...\", \"/subscriptions/.../Microsoft.Web/serverfarms/...\")\n");
                continue;
            }
            s.append("        .existing(\"").append(c.component()).append("\", ExistingCompute.webApp(").append(variable(c.app())).append(", ")
                    .append(variable(c.plan())).append(").named(\"").append(text(c.app(), "resourceGroupName")).append("\", \"")
                    .append(text(c.app(), "name")).append("\", \"").append(text(c.plan(), "name")).append("\"))\n");
        }
        for (RecordedResource d : data) {
            if (d.type().equals(STORAGE)) {
                s.append("        .existing(ExistingData.storageAccount(").append(variable(d)).append(").named(\"")
                        .append(text(d, "resourceGroupName")).append("\", \"").append(text(d, "accountName")).append("\"))\n");
            } else {
                s.append("        .existing(ExistingData.sqlDatabase(").append(variable(d)).append(").named(\"")
                        .append(text(d, "resourceGroupName")).append("\", \"").append(text(d, "serverName")).append("\", \"")
                        .append(text(d, "databaseName")).append("\"))\n");
            }
        }
        s.append("        ;\n")
                .append("// TODO: sign off what only people can prove (SignOffItems.IDS), each with who, when and a link:\n")
                .append("// readiness.signOff(\"tech.handover\", new SignOff(\"TODO-name\", \"YYYY-MM-DD\", \"https://TODO\"));\n")
                .append("new ReadyService(\"").append(project).append("\", readiness.build());\n");
        return s.toString();
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
