package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.azure.AzureFootprint;
import dev.readyservice.datadog.ComponentMonitoring;
import dev.readyservice.datadog.DatadogComponent;
import dev.readyservice.datadog.PagerDutyLink;
import dev.readyservice.datadog.ProductDashboard;
import dev.readyservice.datadog.ServiceLevelObjectives;
import dev.readyservice.datadog.BurnRateAlerts;
import dev.readyservice.pagerduty.PagerDutyOnCall;
import dev.readyservice.pagerduty.PagerDutyResources;
import dev.readyservice.pagerduty.TechnicalService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * A product, production-ready by construction: its Azure infrastructure, Datadog monitors and SLOs,
 * PagerDuty services and escalation, encrypted storage with backups, and autoscaling sized to its
 * plan, all children of this one component.
 *
 * <p>The spec is validated before anything is registered; an invalid spec throws
 * {@link InvalidSpecException} listing every problem. The resolved spec is the component's inputs
 * and, with the resource group's name and the PagerDuty service names, its registered outputs, so
 * a policy pack sees the product on the component resource itself, in {@code Analyze} (inputs) and
 * in {@code AnalyzeStack} (outputs) alike.
 *
 * <pre>{@code
 * var checkout = new ReadyService("checkout", ReadyServiceArgs.builder()
 *         .product(product).component(api).component(web).paging(paging)
 *         .build());
 * }</pre>
 */
public final class ReadyService extends ComponentResource {
    /** The component's type token. */
    public static final String TYPE = "readiness:index:ReadyService";

    private final ReadyServiceArgs spec;
    private final AzureFootprint.Result azure;
    private final PagerDutyResources pagerDuty;
    private final Map<String, ComponentMonitoring.Created> monitoring;

    /** Creates the product from {@code args}, judging sign-off dates against today's date (UTC). */
    public ReadyService(String name, ReadyServiceArgs args) {
        this(name, args, null);
    }

    /** Creates the product from {@code args} with the given options (for example a parent). */
    public ReadyService(String name, ReadyServiceArgs args, @Nullable ComponentResourceOptions options) {
        this(name, SpecValidator.resolveAndCheck(args, null, LocalDate.now(Clock.systemUTC())), options, true);
    }

    private ReadyService(String name, ReadyServiceArgs spec, @Nullable ComponentResourceOptions options, boolean resolved) {
        super(TYPE, name, spec, options);
        this.spec = spec;
        this.azure = AzureFootprint.create(this, name, AzurePlan.product(spec), AzurePlan.components(spec), AzurePlan.data(spec));
        this.pagerDuty = PagerDutyOnCall.create(name, PagerDutyPlan.of(spec), this);

        AzureNaming names = new AzureNaming(spec.product().name(), spec.product().environment());
        CustomResourceOptions children = CustomResourceOptions.builder().parent(this).build();
        this.monitoring = new LinkedHashMap<>();
        List<DatadogComponent> datadogComponents = new ArrayList<>();
        List<ServiceLevelObjectives.Slo> slos = new ArrayList<>();
        for (ComponentSpec c : spec.components()) {
            DatadogComponent dd = DatadogPlan.of(spec, c, names);
            datadogComponents.add(dd);
            ComponentMonitoring.Created created = ComponentMonitoring.create(name + "-" + c.name(), dd,
                    BurnRateAlerts.OverLimit.REFUSE, children);
            monitoring.put(c.name(), created);
            slos.addAll(created.sloList());
            TechnicalService service = pagerDuty.technicalService(c.name()).orElseThrow();
            PagerDutyLink.create(name + "-" + c.name(), service.serviceName(), service.integrationKey(), children);
        }
        ProductDashboard.create(name, spec.product().name(), spec.product().environment(), datadogComponents, slos, children);

        // The resolved spec, sign-offs included, is registered as outputs as well as sent as inputs:
        // a real preview's AnalyzeStack sees a component's registered outputs only (docs/fidelity.md).
        Map<String, Output<?>> outputs = new LinkedHashMap<>(spec.specOutputs());
        outputs.put("resourceGroupName", azure.resourceGroup().nameOutput());
        outputs.put("pagerDutyServices", Output.of(pagerDuty.technicalServices().stream().map(TechnicalService::serviceName).toList()));
        registerOutputs(outputs);
    }

    /** The resolved spec: every default applied. */
    public ReadyServiceArgs spec() {
        return spec;
    }

    /** The Azure resources. */
    public AzureFootprint.Result azure() {
        return azure;
    }

    /** The PagerDuty resources. */
    public PagerDutyResources pagerDuty() {
        return pagerDuty;
    }

    /** The Datadog monitors, SLOs and catalog entry per component name. */
    public Map<String, ComponentMonitoring.Created> monitoring() {
        return monitoring;
    }

    /** The resource group's name. */
    public Output<String> resourceGroupName() {
        return azure.resourceGroup().nameOutput();
    }
}
