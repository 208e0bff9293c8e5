package dev.readyservice.component;

import com.pulumi.azurenative.web.AppServicePlan;
import com.pulumi.azurenative.web.WebApp;
import com.pulumi.core.Output;
import dev.readyservice.azure.AzureResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compute of one component that the team's program already manages: a web app (or function
 * app, which Azure also models as {@code Microsoft.Web/sites}) and the App Service plan it runs on.
 * {@link ReadyService} then adds only the readiness layer for it (monitors and SLOs scoped to these
 * resources, an autoscale setting on the plan, paging) and never a second app.
 *
 * <p>Two ways to say which resources:
 * <pre>{@code
 * // resources of this program: the names are what the Datadog queries filter on
 * ExistingCompute.webApp(app, plan).named("shop-rg", "shop-api", "shop-plan")
 * // resources managed elsewhere: their Azure resource IDs (the names are read from them)
 * ExistingCompute.ids("/subscriptions/.../resourceGroups/shop-rg/providers/Microsoft.Web/sites/shop-api",
 *         "/subscriptions/.../resourceGroups/shop-rg/providers/Microsoft.Web/serverfarms/shop-plan")
 * }</pre>
 *
 * <p>Nothing is checked here; {@link ReadyService} checks every component's existing compute with
 * the rest of the spec and lists every problem in one {@link InvalidSpecException}.
 */
public final class ExistingCompute {
    /** The Azure resource type of web and function apps. */
    public static final String WEB_APP_TYPE = "Microsoft.Web/sites";
    /** The Azure resource type of App Service plans. */
    public static final String PLAN_TYPE = "Microsoft.Web/serverfarms";

    private final Output<String> webAppId;
    private final Output<String> planId;
    private final String webAppIdText;
    private final String planIdText;
    private final String resourceGroup;
    private final String webAppName;
    private final String planName;

    private ExistingCompute(Output<String> webAppId, Output<String> planId, String webAppIdText, String planIdText,
            String resourceGroup, String webAppName, String planName) {
        this.webAppId = webAppId;
        this.planId = planId;
        this.webAppIdText = webAppIdText;
        this.planIdText = planIdText;
        this.resourceGroup = resourceGroup;
        this.webAppName = webAppName;
        this.planName = planName;
    }

    /**
     * A web app or function app of this program and its plan. The readiness resources refer to
     * them through their {@code id()}, which is what relates them in a preview (docs/fidelity.md).
     * Give their Azure names with {@link #named}.
     */
    public static ExistingCompute webApp(WebApp app, AppServicePlan plan) {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(plan, "plan");
        return new ExistingCompute(app.id(), plan.id(), null, null, null, null, null);
    }

    /**
     * A web app or function app and its plan by Azure resource ID, e.g. of resources another
     * program manages. The resource group and names are read from the IDs.
     */
    public static ExistingCompute ids(String webAppId, String planId) {
        Optional<AzureResourceId> app = AzureResourceId.parse(webAppId);
        Optional<AzureResourceId> plan = AzureResourceId.parse(planId);
        return new ExistingCompute(Output.of(String.valueOf(webAppId)), Output.of(String.valueOf(planId)), webAppId, planId,
                app.map(AzureResourceId::resourceGroup).orElse(null), app.map(AzureResourceId::name).orElse(null),
                plan.map(AzureResourceId::name).orElse(null));
    }

    /**
     * A web app and its plan by IDs known only when the program runs (for example another
     * resource's output or a stack reference). Give their Azure names with {@link #named}.
     */
    public static ExistingCompute ids(Output<String> webAppId, Output<String> planId) {
        return new ExistingCompute(Objects.requireNonNull(webAppId, "webAppId"), Objects.requireNonNull(planId, "planId"),
                null, null, null, null, null);
    }

    /**
     * The Azure names: Datadog's Azure integration tags metrics with them, so the monitors filter on
     * them ({@code name:<web app>}, {@code name:<plan>}) and the autoscale setting goes in the group.
     *
     * @param resourceGroup the resource group of the app and the plan
     * @param webAppName    the web app's Azure name (its {@code name} argument)
     * @param planName      the plan's Azure name
     * @return a copy with these names
     */
    public ExistingCompute named(String resourceGroup, String webAppName, String planName) {
        return new ExistingCompute(webAppId, planId, webAppIdText, planIdText, resourceGroup, webAppName, planName);
    }

    /** The web app's ID, depending on the web app when it is a resource of this program. */
    public Output<String> webAppId() {
        return webAppId;
    }

    /** The plan's ID, depending on the plan when it is a resource of this program. */
    public Output<String> planId() {
        return planId;
    }

    /** The resource group, or null when not given. */
    public String resourceGroup() {
        return resourceGroup;
    }

    /** The web app's Azure name, or null when not given. */
    public String webAppName() {
        return webAppName;
    }

    /** The plan's Azure name, or null when not given. */
    public String planName() {
        return planName;
    }

    /** True when the IDs were given as text (resources of no program resource: their names are their IDs'). */
    boolean givenAsIds() {
        return webAppIdText != null || planIdText != null;
    }

    /** The names of resources outside the program, which no resource of the stack carries: the IDs' names. */
    List<String> namesOutsideTheProgram() {
        return givenAsIds() ? java.util.stream.Stream.of(webAppName, planName).filter(Objects::nonNull).toList() : List.of();
    }

    /**
     * Every problem this compute has, each naming its field under {@code at}.
     *
     * @param at             the field path, e.g. {@code existingCompute.api}
     * @param subscriptionId the product's subscription, which the IDs must be in (null: not checked)
     */
    List<Violation> problems(String at, String subscriptionId) {
        List<Violation> found = new ArrayList<>();
        if (givenAsIds()) {
            idProblem(found, at + ".webAppId", webAppIdText, WEB_APP_TYPE, subscriptionId);
            idProblem(found, at + ".planId", planIdText, PLAN_TYPE, subscriptionId);
            Optional<AzureResourceId> app = AzureResourceId.parse(webAppIdText);
            Optional<AzureResourceId> plan = AzureResourceId.parse(planIdText);
            if (app.isPresent() && plan.isPresent() && !app.get().resourceGroup().equalsIgnoreCase(plan.get().resourceGroup())) {
                found.add(new Violation(at + ".planId", "'" + planIdText + "'",
                        "a plan in the web app's resource group '" + app.get().resourceGroup() + "' (a web app runs on a plan of its own group)"));
            }
            app.ifPresent(a -> sameName(found, at + ".resourceGroup", resourceGroup, a.resourceGroup()));
            app.ifPresent(a -> sameName(found, at + ".webAppName", webAppName, a.name()));
            plan.ifPresent(p -> sameName(found, at + ".planName", planName, p.name()));
            return found;
        }
        requiredName(found, at + ".resourceGroup", resourceGroup, "the resource group of the web app and plan (ExistingCompute.named)");
        requiredName(found, at + ".webAppName", webAppName, "the web app's Azure name (ExistingCompute.named): the monitors filter on it");
        requiredName(found, at + ".planName", planName, "the plan's Azure name (ExistingCompute.named): the saturation monitor and autoscale use it");
        return found;
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
