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
import com.pulumi.azurenative.insights.AutoscaleSetting;
import dev.readyservice.azure.AzureComponent;
import dev.readyservice.azure.AzureProduct;
import dev.readyservice.azure.ComputeFactory;
import dev.readyservice.azure.SqlBackups;
import com.pulumi.azurenative.sql.TransparentDataEncryption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
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
 *
 * <p><b>Over existing resources.</b> A program that already has its compute and data gives them
 * with {@link ReadyServiceArgs.Builder#existing(String, ExistingCompute)} (every component) and
 * {@link ReadyServiceArgs.Builder#existing(ExistingData)}; the component then adds only the
 * readiness layer, made of the public building blocks ({@link Paging}, a {@link Monitoring} per
 * component, {@link Backups}), an autoscale setting on each given plan, transparent data encryption
 * stated on each given SQL database and the dashboard. The compute is a web app, a function app
 * (each on its App Service plan) or a container app ({@link ExistingCompute}); each is watched with
 * its own Azure metrics, and a container app gets no autoscale setting: it scales by its own
 * {@code template.scale}, which the policy pack judges; nor does a function app on a plan the platform
 * scales ({@link ExistingCompute#platformScaled(int)}).
 * <pre>{@code
 * new ReadyService("shop", ReadyServiceArgs.builder()
 *         .product(product).component(api).paging(paging)
 *         .existing("api", ExistingCompute.webApp(app, plan).named("shop-rg", "shop-api", "shop-plan"))
 *         .existing(ExistingData.sqlDatabase(db).named("shop-rg", "shop-sql", "shop"))
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
    private final OverExisting overExisting;

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
        this.monitoring = new LinkedHashMap<>();
        Map<String, Output<?>> outputs = new LinkedHashMap<>(spec.specOutputs());
        if (spec.overExistingResources()) {
            this.azure = null;
            this.overExisting = readinessOverExisting(name);
            this.pagerDuty = overExisting.paging().resources();
            outputs.put("resourceGroupName", resourceGroupName());
        } else {
            this.overExisting = null;
            this.azure = AzureFootprint.create(this, name, AzurePlan.product(spec), AzurePlan.components(spec), AzurePlan.data(spec));
            this.pagerDuty = PagerDutyOnCall.create(name, PagerDutyPlan.of(spec), this);
            monitorAndLink(name);
            outputs.put("resourceGroupName", azure.resourceGroup().nameOutput());
        }
        // The resolved spec, sign-offs included, is registered as outputs as well as sent as inputs:
        // a real preview's AnalyzeStack sees a component's registered outputs only (docs/fidelity.md).
        outputs.put("pagerDutyServices", Output.of(pagerDuty.technicalServices().stream().map(TechnicalService::serviceName).toList()));
        registerOutputs(outputs);
    }

    /** Monitors, SLOs, PagerDuty links and the dashboard over the footprint the component created. */
    private void monitorAndLink(String name) {
        AzureNaming names = new AzureNaming(spec.product().name(), spec.product().environment());
        CustomResourceOptions children = CustomResourceOptions.builder().parent(this).build();
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
    }

    /**
     * The readiness layer alone, over the compute and data the team already has: the building blocks
     * ({@link Paging}, one {@link Monitoring} per component, {@link Backups}), an autoscale setting on
     * each given plan (none for a container app, nor for a function app's plan the platform scales),
     * transparent data encryption on each given SQL database and the dashboard. No
     * Azure compute, storage, network or gateway is created. In prod, what only the owner of a SQL
     * database and server can set (the database's geo-redundant backup storage, the server's
     * customer-managed TDE protector) is left to the policy pack, which names what is missing.
     */
    private OverExisting readinessOverExisting(String name) {
        ComponentResourceOptions blockOptions = ComponentResourceOptions.builder().parent(this).build();
        CustomResourceOptions children = CustomResourceOptions.builder().parent(this).build();
        AzureProduct product = AzurePlan.product(spec);
        Paging paging = new Paging(name + "-paging", PagingArgs.builder().product(PagerDutyPlan.of(spec)).build(), blockOptions);
        Map<String, Monitoring> blocks = new LinkedHashMap<>();
        Map<String, AutoscaleSetting> autoscale = new LinkedHashMap<>();
        List<DatadogComponent> datadogComponents = new ArrayList<>();
        List<ServiceLevelObjectives.Slo> slos = new ArrayList<>();
        List<AzureComponent> azureComponents = AzurePlan.components(spec);
        for (int i = 0; i < spec.components().size(); i++) {
            ComponentSpec c = spec.components().get(i);
            ExistingCompute compute = spec.existingCompute().get(c.name());
            DatadogComponent dd = DatadogPlan.of(spec, c, compute);
            datadogComponents.add(dd);
            Monitoring block = new Monitoring(name + "-" + c.name(), MonitoringArgs.builder().component(dd).compute(compute).build(),
                    blockOptions);
            blocks.put(c.name(), block);
            monitoring.put(c.name(), block.created());
            slos.addAll(block.created().sloList());
            // A container app has no plan: it scales by its own template.scale; on a plan the platform scales
            // (platformScaled) a function app scales by its own scale settings. The policy pack judges both.
            if (compute.autoscaledByASetting()) {
                autoscale.put(c.name(), ComputeFactory.autoscale(this, name + "-" + c.name(), product, Output.of(compute.resourceGroup()),
                        azureComponents.get(i), compute.planId()));
            }
        }
        ProductDashboard.create(name, spec.product().name(), spec.product().environment(), datadogComponents, slos, children);
        // Transparent data encryption, stated: the pack does not take the default for new databases as evidence.
        List<TransparentDataEncryption> encryption = spec.existingData().stream().filter(d -> d.kind() == ExistingData.Kind.SQL_DATABASE)
                .map(d -> SqlBackups.encrypt(this, name + "-" + d.name(), d.sqlDatabase())).toList();
        Optional<Backups> backups = Optional.empty();
        if (!spec.existingData().isEmpty()) {
            BackupsArgs.Builder args = BackupsArgs.builder().product(product).retentionDays(spec.data().backupRetentionDays())
                    .customerFacing(spec.components().stream().anyMatch(ComponentSpec::customerFacing));
            spec.existingData().forEach(args::data);
            backups = Optional.of(new Backups(name + "-backups", args.build(), blockOptions));
        }
        return new OverExisting(paging, Collections.unmodifiableMap(blocks), Collections.unmodifiableMap(autoscale), backups, encryption);
    }

    /**
     * What the component added over existing resources.
     *
     * @param paging     the paging set-up
     * @param monitoring the monitoring block per component name
     * @param autoscale  the autoscale setting on the plan of each component on a web or function app
     *                   (none for a container app, which scales by its own {@code template.scale}, nor for a
     *                   function app on a plan the platform scales, {@link ExistingCompute#platformScaled(int)})
     * @param backups    the backups of the existing data, when data was given
     * @param encryption transparent data encryption stated {@code Enabled} on each given SQL database
     */
    public record OverExisting(Paging paging, Map<String, Monitoring> monitoring, Map<String, AutoscaleSetting> autoscale,
            Optional<Backups> backups, List<TransparentDataEncryption> encryption) {
    }

    /** The resolved spec: every default applied. */
    public ReadyServiceArgs spec() {
        return spec;
    }

    /**
     * The Azure resources the component created.
     *
     * @throws IllegalStateException over existing resources, where it creates none (see {@link #overExisting()})
     */
    public AzureFootprint.Result azure() {
        if (azure == null) {
            throw new IllegalStateException("this ReadyService adds readiness to existing resources and created no Azure footprint");
        }
        return azure;
    }

    /** What the component added over existing resources; empty when it created its own footprint. */
    public Optional<OverExisting> overExisting() {
        return Optional.ofNullable(overExisting);
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
        // Over existing resources: the group of the first component's compute.
        return azure != null ? azure.resourceGroup().nameOutput()
                : Output.of(spec.existingCompute().get(spec.components().get(0).name()).resourceGroup());
    }
}
