package dev.readyservice.component;

import com.pulumi.azurenative.app.ContainerApp;
import com.pulumi.azurenative.web.AppServicePlan;
import com.pulumi.azurenative.web.WebApp;
import com.pulumi.core.Output;
import dev.readyservice.azure.AzureResourceId;
import dev.readyservice.model.ComputeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compute of one component that the team's program already manages: a web app or a function app
 * and the App Service plan it runs on, or a container app. {@link ReadyService} then adds only the
 * readiness layer for it (monitors and SLOs scoped to these resources, paging, and an autoscale
 * setting on the plan of a web or function app, unless the platform scales a function app's plan:
 * {@link #platformScaled(int)}) and never a second app. What each compute type is
 * watched with is {@link ComputeType}'s to say (docs/evidence.md, "Over existing resources").
 *
 * <p>Two ways to say which resources:
 * <pre>{@code
 * // resources of this program: the names are what the Datadog queries filter on
 * ExistingCompute.webApp(app, plan).named("shop-rg", "shop-api", "shop-plan")
 * ExistingCompute.functionApp(app, plan).named("shop-rg", "shop-func", "shop-plan")
 * // a function app on a Consumption, Elastic Premium or Flex Consumption plan: no autoscale setting
 * ExistingCompute.functionApp(app, plan).named("shop-rg", "shop-func", "shop-plan").platformScaled(2048)
 * ExistingCompute.containerApp(app).named("shop-rg", "shop-api").latencyOperation("aspnet_core.request")
 * // resources managed elsewhere: their Azure resource IDs (the names are read from them)
 * ExistingCompute.ids("/subscriptions/.../resourceGroups/shop-rg/providers/Microsoft.Web/sites/shop-api",
 *         "/subscriptions/.../resourceGroups/shop-rg/providers/Microsoft.Web/serverfarms/shop-plan")
 * ExistingCompute.containerAppId("/subscriptions/.../resourceGroups/shop-rg/providers/Microsoft.App/containerApps/shop-api")
 *         .latencyOperation("aspnet_core.request")
 * }</pre>
 *
 * <p>A container app's Azure metrics carry no response time, so the latency of an api or ui
 * component on one is the APM trace metric of its request spans, {@code trace.<operation>}; the
 * operation depends on the app's framework (for example {@code aspnet_core.request},
 * {@code servlet.request}, {@code express.request}), so the team states it with
 * {@link #latencyOperation}. There is no default.
 *
 * <p>Nothing is checked here; {@link ReadyService} checks every component's existing compute with
 * the rest of the spec and lists every problem in one {@link InvalidSpecException}.
 */
public final class ExistingCompute {
    /** The Azure resource type of web and function apps. */
    public static final String WEB_APP_TYPE = ComputeType.WEB_APP.azureType();
    /** The Azure resource type of App Service plans. */
    public static final String PLAN_TYPE = "Microsoft.Web/serverfarms";
    /** The Azure resource type of container apps. */
    public static final String CONTAINER_APP_TYPE = ComputeType.CONTAINER_APP.azureType();
    /** An APM operation name as Datadog's trace metrics spell it, {@code <integration>.<span kind>}: {@code trace.<operation>} is its latency. */
    private static final Pattern OPERATION = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+");

    private final ComputeType type;
    private final Output<String> appId;
    private final Output<String> planId;
    private final String appIdText;
    private final String planIdText;
    private final String resourceGroup;
    private final String appName;
    private final String planName;
    private final String latencyOperation;
    /** One instance's memory in MB when the platform scales the function app's plan ({@link #platformScaled(int)}); else null. */
    private final Integer instanceMemoryMb;

    private ExistingCompute(ComputeType type, Output<String> appId, Output<String> planId, String appIdText, String planIdText,
            String resourceGroup, String appName, String planName, String latencyOperation, Integer instanceMemoryMb) {
        this.type = type;
        this.appId = appId;
        this.planId = planId;
        this.appIdText = appIdText;
        this.planIdText = planIdText;
        this.resourceGroup = resourceGroup;
        this.appName = appName;
        this.planName = planName;
        this.latencyOperation = latencyOperation;
        this.instanceMemoryMb = instanceMemoryMb;
    }

    /**
     * A web app of this program and its plan. The readiness resources refer to them through their
     * {@code id()}, which is what relates them in a preview (docs/fidelity.md). Give their Azure
     * names with {@link #named(String, String, String)}. A function app: {@link #functionApp}.
     */
    public static ExistingCompute webApp(WebApp app, AppServicePlan plan) {
        return onPlan(ComputeType.WEB_APP, app, plan);
    }

    /**
     * A function app of this program (a {@link WebApp} of kind {@code functionapp}) and its plan:
     * watched with Datadog's Azure Functions metrics. Give their Azure names with
     * {@link #named(String, String, String)}.
     */
    public static ExistingCompute functionApp(WebApp app, AppServicePlan plan) {
        return onPlan(ComputeType.FUNCTION_APP, app, plan);
    }

    /**
     * A container app of this program. Give its Azure names with {@link #named(String, String)} and
     * the APM operation of its requests with {@link #latencyOperation} (api and ui components).
     */
    public static ExistingCompute containerApp(ContainerApp app) {
        return ofProgram(ComputeType.CONTAINER_APP, Objects.requireNonNull(app, "app").id(), null);
    }

    private static ExistingCompute onPlan(ComputeType type, WebApp app, AppServicePlan plan) {
        return ofProgram(type, Objects.requireNonNull(app, "app").id(), Objects.requireNonNull(plan, "plan").id());
    }

    /** Compute whose IDs are outputs of the program (its names to be given with {@code named}). */
    private static ExistingCompute ofProgram(ComputeType type, Output<String> appId, Output<String> planId) {
        return new ExistingCompute(type, appId, planId, null, null, null, null, null, null, null);
    }

    /**
     * A web app and its plan by Azure resource ID, e.g. of resources another program manages. The
     * resource group and names are read from the IDs. A function app: {@link #functionAppIds}.
     */
    public static ExistingCompute ids(String webAppId, String planId) {
        return byIds(ComputeType.WEB_APP, webAppId, planId);
    }

    /** A function app and its plan by Azure resource ID; the resource group and names are read from the IDs. */
    public static ExistingCompute functionAppIds(String functionAppId, String planId) {
        return byIds(ComputeType.FUNCTION_APP, functionAppId, planId);
    }

    /** A container app by Azure resource ID; the resource group and name are read from it. */
    public static ExistingCompute containerAppId(String containerAppId) {
        return byIds(ComputeType.CONTAINER_APP, containerAppId, null);
    }

    private static ExistingCompute byIds(ComputeType type, String appId, String planId) {
        Optional<AzureResourceId> app = AzureResourceId.parse(appId);
        Optional<AzureResourceId> plan = AzureResourceId.parse(planId);
        // A container app has no plan: no plan ID at all.
        Output<String> planOutput = type.runsOnPlan() ? Output.of(String.valueOf(planId)) : null;
        return new ExistingCompute(type, Output.of(String.valueOf(appId)), planOutput, appId, type.runsOnPlan() ? planId : null,
                app.map(AzureResourceId::resourceGroup).orElse(null),
                app.map(AzureResourceId::name).orElse(null), plan.map(AzureResourceId::name).orElse(null), null, null);
    }

    /**
     * A web app and its plan by IDs known only when the program runs (for example another
     * resource's output or a stack reference). Give their Azure names with {@link #named(String, String, String)}.
     */
    public static ExistingCompute ids(Output<String> webAppId, Output<String> planId) {
        return ofProgram(ComputeType.WEB_APP, Objects.requireNonNull(webAppId, "webAppId"), Objects.requireNonNull(planId, "planId"));
    }

    /**
     * A function app and its plan by IDs known only when the program runs. Give their Azure names
     * with {@link #named(String, String, String)}.
     */
    public static ExistingCompute functionAppIds(Output<String> functionAppId, Output<String> planId) {
        return ofProgram(ComputeType.FUNCTION_APP, Objects.requireNonNull(functionAppId, "functionAppId"),
                Objects.requireNonNull(planId, "planId"));
    }

    /**
     * A container app by an ID known only when the program runs. Give its Azure names with
     * {@link #named(String, String)}.
     */
    public static ExistingCompute containerAppId(Output<String> containerAppId) {
        return ofProgram(ComputeType.CONTAINER_APP, Objects.requireNonNull(containerAppId, "containerAppId"), null);
    }

    /**
     * The Azure names of a web or function app and its plan: Datadog's Azure integration tags
     * metrics with them, so the monitors filter on them ({@code name:<app>}, {@code name:<plan>})
     * and the autoscale setting goes in the group.
     *
     * @param resourceGroup the resource group of the app and the plan
     * @param appName       the app's Azure name (its {@code name} argument)
     * @param planName      the plan's Azure name
     * @return a copy with these names
     */
    public ExistingCompute named(String resourceGroup, String appName, String planName) {
        return new ExistingCompute(type, appId, planId, appIdText, planIdText, resourceGroup, appName, planName, latencyOperation,
                instanceMemoryMb);
    }

    /**
     * The Azure names of a container app, which the monitors filter on ({@code name:<app>}).
     *
     * @param resourceGroup the container app's resource group
     * @param appName       its Azure name (its {@code containerAppName} argument)
     * @return a copy with these names
     */
    public ExistingCompute named(String resourceGroup, String appName) {
        return named(resourceGroup, appName, planName);
    }

    /**
     * The APM operation of the component's request spans, e.g. {@code aspnet_core.request}: the
     * latency monitor and SLO of an api or ui component on a container app watch its percentile
     * ({@code trace.<operation>}, filtered by the component's service and env). Required there;
     * refused elsewhere (a web or function app's latency is Azure's response time, a worker's its
     * {@code worker.job} spans).
     *
     * @return a copy with this operation
     */
    public ExistingCompute latencyOperation(String operation) {
        return new ExistingCompute(type, appId, planId, appIdText, planIdText, resourceGroup, appName, planName, operation, instanceMemoryMb);
    }

    /**
     * Says the function app's plan is one the platform scales: a Consumption ({@code Y1}), Elastic
     * Premium ({@code EP1}..{@code EP3}) or Flex Consumption ({@code FC1}) plan. Azure scales a
     * function app there by the app's own scale settings and does not scale such a plan by an
     * autoscale setting, so {@link ReadyService} adds none for this component; its monitors, SLOs,
     * paging, locks and tags are unchanged.
     *
     * <p>The policy pack judges the plan's real sku, not this declaration: a dedicated plan declared
     * platform-scaled has no autoscale setting and fails {@code capacity.autoscaling}, and a
     * platform-scaled plan given without it gets an autoscale setting that fails it too. On such a
     * plan the pack judges the platform's scale: on Elastic Premium the app's always-ready instances
     * ({@code siteConfig.minimumElasticInstanceCount}) up to the plan's {@code maximumElasticWorkerCount};
     * on Flex Consumption its {@code functionAppConfig.scaleAndConcurrency} (always-ready instances up to
     * {@code maximumInstanceCount}); a Consumption plan scales to zero and fails (docs/evidence.md, "Capacity").
     * Only for a function app ({@link #functionApp}, {@link #functionAppIds}).
     *
     * <p>Its saturation is watched on the app, not the plan: Azure reports no plan metrics for a
     * Consumption or Flex Consumption plan (App Service plan metrics exist only for Basic, Standard,
     * Premium and Isolated plans), so a monitor on the plan's CPU would never get data. The saturation
     * monitor watches the app's memory working set ({@code azure.functions.memory_working_set}, which
     * Azure reports for a function app on each of these plans) as a percentage of one instance's memory.
     *
     * @param instanceMemoryMb the memory of one instance, in MB: on Flex Consumption the app's
     *     {@code functionAppConfig.scaleAndConcurrency.instanceMemoryMB} (512, 2048 or 4096); on
     *     Elastic Premium the plan's sku ({@code EP1} 3584, {@code EP2} 7168, {@code EP3} 14336); on
     *     Consumption 1536
     * @return a copy whose plan gets no autoscale setting and whose saturation is the app's memory
     */
    public ExistingCompute platformScaled(int instanceMemoryMb) {
        return new ExistingCompute(type, appId, planId, appIdText, planIdText, resourceGroup, appName, planName, latencyOperation,
                instanceMemoryMb);
    }

    /**
     * True when {@link ReadyService} adds an autoscale setting on the plan: a web or function app not
     * declared {@link #platformScaled(int)}.
     */
    public boolean autoscaledByASetting() {
        return type.runsOnPlan() && instanceMemoryMb == null;
    }

    /** One instance's memory in MB of a function app on a plan the platform scales ({@link #platformScaled(int)}); else null. */
    public Integer instanceMemoryMb() {
        return instanceMemoryMb;
    }

    /** What the compute is: it decides the metrics watched and whether a plan is autoscaled. */
    public ComputeType type() {
        return type;
    }

    /** The app's ID, depending on the app when it is a resource of this program. */
    public Output<String> appId() {
        return appId;
    }

    /** The web or function app's ID; null for a container app (see {@link #appId()}). */
    public Output<String> webAppId() {
        return type.runsOnPlan() ? appId : null;
    }

    /** The plan's ID, depending on the plan when it is a resource of this program; null for a container app. */
    public Output<String> planId() {
        return planId;
    }

    /** The resource group, or null when not given. */
    public String resourceGroup() {
        return resourceGroup;
    }

    /** The app's Azure name, or null when not given. */
    public String appName() {
        return appName;
    }

    /** The web or function app's Azure name, or null when not given or a container app (see {@link #appName()}). */
    public String webAppName() {
        return type.runsOnPlan() ? appName : null;
    }

    /** The plan's Azure name, or null when not given (always for a container app). */
    public String planName() {
        return planName;
    }

    /** The APM operation of the request spans (container apps), or null when not given. */
    public String latencyOperation() {
        return latencyOperation;
    }

    /** True when the IDs were given as text (resources of no program resource: their names are their IDs'). */
    boolean givenAsIds() {
        return appIdText != null || planIdText != null;
    }

    /** The names of resources outside the program, which no resource of the stack carries: the IDs' names. */
    List<String> namesOutsideTheProgram() {
        return givenAsIds() ? java.util.stream.Stream.of(appName, planName).filter(Objects::nonNull).toList() : List.of();
    }

    /**
     * Every problem this compute has, each naming its field under {@code at}.
     *
     * @param at             the field path, e.g. {@code existingCompute.api}
     * @param subscriptionId the product's subscription, which the IDs must be in (null: not checked)
     * @param worker         whether the component is a worker (its latency is its job spans', not a stated operation)
     */
    List<Violation> problems(String at, String subscriptionId, boolean worker) {
        List<Violation> found = new ArrayList<>();
        String app = type.fieldStem();
        if (givenAsIds()) {
            idProblem(found, at + "." + app + "Id", appIdText, type.azureType(), subscriptionId);
            Optional<AzureResourceId> appParsed = AzureResourceId.parse(appIdText);
            if (type.runsOnPlan()) {
                idProblem(found, at + ".planId", planIdText, PLAN_TYPE, subscriptionId);
                Optional<AzureResourceId> plan = AzureResourceId.parse(planIdText);
                if (appParsed.isPresent() && plan.isPresent()
                        && !appParsed.get().resourceGroup().equalsIgnoreCase(plan.get().resourceGroup())) {
                    found.add(new Violation(at + ".planId", "'" + planIdText + "'", "a plan in the " + type.displayName()
                            + "'s resource group '" + appParsed.get().resourceGroup() + "' (an app runs on a plan of its own group)"));
                }
                plan.ifPresent(p -> sameName(found, at + ".planName", planName, p.name()));
            }
            appParsed.ifPresent(a -> sameName(found, at + ".resourceGroup", resourceGroup, a.resourceGroup()));
            appParsed.ifPresent(a -> sameName(found, at + "." + app + "Name", appName, a.name()));
        } else {
            String group = type.runsOnPlan() ? "the resource group of the " + type.displayName() + " and plan" : "the container app's resource group";
            requiredName(found, at + ".resourceGroup", resourceGroup, group + " (ExistingCompute.named)");
            requiredName(found, at + "." + app + "Name", appName,
                    "the " + type.displayName() + "'s Azure name (ExistingCompute.named): the monitors filter on it");
            if (type.runsOnPlan()) {
                requiredName(found, at + ".planName", planName,
                        "the plan's Azure name (ExistingCompute.named): the saturation monitor and autoscale use it");
            }
        }
        if (!type.runsOnPlan() && planName != null) {
            found.add(new Violation(at + ".planName", "'" + planName + "'",
                    "unset: a container app runs on no App Service plan (ExistingCompute.named(resourceGroup, appName))"));
        }
        if (instanceMemoryMb != null && type == ComputeType.FUNCTION_APP && instanceMemoryMb <= 0) {
            found.add(new Violation(at + ".platformScaled", String.valueOf(instanceMemoryMb), "one instance's memory in MB, more than 0 "
                    + "(Flex Consumption: the app's instanceMemoryMB, 512, 2048 or 4096; Elastic Premium EP1 3584, EP2 7168, EP3 14336; "
                    + "Consumption 1536): the saturation monitor watches the app's memory as a percentage of it"));
        }
        if (instanceMemoryMb != null && type != ComputeType.FUNCTION_APP) {
            found.add(new Violation(at + ".platformScaled", String.valueOf(instanceMemoryMb), "unset: only a function app runs on a plan the platform scales "
                    + "(Consumption, Elastic Premium, Flex Consumption); " + (type.runsOnPlan()
                            ? "a web app's plan is scaled by the autoscale setting ReadyService adds"
                            : "a container app scales by its own template.scale")));
        }
        operationProblem(found, at + ".latencyOperation", worker);
        return found;
    }

    /** The latency operation is stated exactly where latency comes from it: an api or ui on a container app. */
    private void operationProblem(List<Violation> found, String field, boolean worker) {
        boolean needed = type == ComputeType.CONTAINER_APP && !worker;
        String shown = latencyOperation == null ? "<unset>" : "'" + latencyOperation + "'";
        if (needed && (latencyOperation == null || !OPERATION.matcher(latencyOperation).matches())) {
            found.add(new Violation(field, shown, "the APM operation of the component's request spans, <integration>.<kind> in "
                    + "lower case (e.g. aspnet_core.request, servlet.request, express.request): a container app's Azure metrics "
                    + "have no response time, so its latency is trace.<operation>; it depends on the app's framework, so it has no default"));
        } else if (!needed && latencyOperation != null) {
            found.add(new Violation(field, shown, worker ? "unset: a worker's latency is its worker.job spans"
                    : "unset: a " + type.displayName() + "'s latency is its Azure response time"));
        }
    }

    static void idProblem(List<Violation> found, String field, String id, String type, String subscriptionId) {
        Optional<AzureResourceId> parsed = AzureResourceId.parse(id);
        String shown = id == null ? "<unset>" : "'" + id + "'";
        if (parsed.isEmpty()) {
            found.add(new Violation(field, shown, "an Azure resource ID /subscriptions/<id>/resourceGroups/<group>/providers/" + type + "/<name>"));
        } else if (!parsed.get().isOfType(type)) {
            found.add(new Violation(field, shown, "the ID of a " + type + " resource, not " + parsed.get().type()));
        } else if (subscriptionId != null && !parsed.get().subscriptionId().equalsIgnoreCase(subscriptionId)) {
            found.add(new Violation(field, shown, "a resource in the product's subscription " + subscriptionId));
        }
    }

    /** A name given with {@code named} on top of an ID must be the ID's own. */
    static void sameName(List<Violation> found, String field, String given, String fromId) {
        if (given != null && !given.equalsIgnoreCase(fromId)) {
            found.add(new Violation(field, "'" + given + "'", "'" + fromId + "', the name in the resource ID (or leave it out)"));
        }
    }

    static void requiredName(List<Violation> found, String field, String value, String allowed) {
        if (value == null || value.isBlank()) {
            found.add(new Violation(field, value == null ? "<unset>" : "'" + value + "'", allowed));
        }
    }
}
