package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.ComponentMonitoring;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Building block: the Datadog readiness of one component, the part of {@link ReadyService} a
 * program can use alone. Eight golden-signal monitors (threshold and anomaly, scoped to the
 * component's app and plan), the service-catalog entry and, for a customer-facing component,
 * availability and latency SLOs with three burn-rate alerts each (docs/evidence.md, "Datadog").
 *
 * <pre>{@code
 * var api = new Monitoring("shop-api", MonitoringArgs.builder()
 *         .component(datadogComponent)           // names, targets, playbooks, PagerDuty service
 *         .webAppId(app.id()).planId(plan.id())  // the compute it watches
 *         .build());
 * }</pre>
 *
 * <p>Registered outputs (what the policy pack reads): {@code component}, {@code service},
 * {@code webAppId}, {@code planId} or {@code containerAppId}, {@code namesOutsideTheProgram}. The
 * {@link dev.readyservice.datadog.DatadogComponent}'s {@code computeType} says which metrics watch
 * the compute; set it to match the IDs given.
 */
public final class Monitoring extends ComponentResource {
    /** The component's type token; stable, the policy pack relates compute to components by it. */
    public static final String TYPE = "readiness:index:Monitoring";

    private final ComponentMonitoring.Created created;

    /** Creates the monitors, SLOs and catalog entry of one component. */
    public Monitoring(String name, MonitoringArgs args) {
        this(name, args, null);
    }

    /** Creates the monitors, SLOs and catalog entry of one component, with options (e.g. a parent). */
    public Monitoring(String name, MonitoringArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, args, options);
        this.created = ComponentMonitoring.create(name, args.component(), args.overLimit(),
                CustomResourceOptions.builder().parent(this).build());
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("component", Output.of(args.component().component()));
        outputs.put("service", Output.of(args.component().serviceName()));
        if (args.webAppId() != null) {
            outputs.put("webAppId", args.webAppId());
        }
        if (args.planId() != null) {
            outputs.put("planId", args.planId());
        }
        if (args.containerAppId() != null) {
            outputs.put("containerAppId", args.containerAppId());
        }
        outputs.put("namesOutsideTheProgram", Output.of(args.namesOutsideTheProgram()));
        registerOutputs(outputs);
    }

    /** The monitors, SLOs, burn-rate alerts and catalog entry. */
    public ComponentMonitoring.Created created() {
        return created;
    }
}
