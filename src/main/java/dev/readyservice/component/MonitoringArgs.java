package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.azure.AzureResourceId;
import dev.readyservice.datadog.BurnRateAlerts;
import dev.readyservice.datadog.DatadogComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The inputs of a {@link Monitoring} block: the component to watch and the compute it runs on.
 *
 * <p>The compute's IDs are the block's inputs {@code webAppId} and {@code planId} (a web or function
 * app and its plan) or {@code containerAppId} (a container app). Built from the
 * resources' {@code id()}, they relate the block to them, which is how the policy pack learns that
 * those resources are the component's (docs/evidence.md, "Components"). Given as text (resources
 * of no program), the names in the IDs are registered as {@code namesOutsideTheProgram}: the pack
 * then accepts monitors filtered on them as scoped to the component.
 */
public final class MonitoringArgs extends ResourceArgs {

    private final DatadogComponent component;
    private final BurnRateAlerts.OverLimit overLimit;
    private final List<String> namesOutsideTheProgram;

    @Import(name = "component")
    private final Output<String> componentInput;
    @Import(name = "service")
    private final Output<String> serviceInput;
    @Import(name = "webAppId")
    private final Output<String> webAppId;
    @Import(name = "planId")
    private final Output<String> planId;
    @Import(name = "containerAppId")
    private final Output<String> containerAppId;
    @Import(name = "namesOutsideTheProgram")
    private final Output<List<String>> namesInput;

    private MonitoringArgs(Builder b) {
        this.component = Objects.requireNonNull(b.component, "component");
        this.overLimit = b.overLimit;
        this.namesOutsideTheProgram = List.copyOf(b.names);
        this.componentInput = Output.of(component.component());
        this.serviceInput = Output.of(component.serviceName());
        this.webAppId = b.webAppId;
        this.planId = b.planId;
        this.containerAppId = b.containerAppId;
        this.namesInput = Output.of(namesOutsideTheProgram);
    }

    /** The component watched. */
    public DatadogComponent component() {
        return component;
    }

    /** What to do with a burn rate the SLO target does not allow. */
    public BurnRateAlerts.OverLimit overLimit() {
        return overLimit;
    }

    /** The web app's ID, or null when none was given. */
    public Output<String> webAppId() {
        return webAppId;
    }

    /** The plan's ID, or null when none was given. */
    public Output<String> planId() {
        return planId;
    }

    /** The container app's ID, or null when none was given. */
    public Output<String> containerAppId() {
        return containerAppId;
    }

    /** The Azure names read from IDs given as text. */
    public List<String> namesOutsideTheProgram() {
        return namesOutsideTheProgram;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MonitoringArgs}; the component is required. */
    public static final class Builder {
        private DatadogComponent component;
        private BurnRateAlerts.OverLimit overLimit = BurnRateAlerts.OverLimit.REFUSE;
        private Output<String> webAppId;
        private Output<String> planId;
        private Output<String> containerAppId;
        private final List<String> names = new ArrayList<>();

        private Builder() {
        }

        /** The component: product, names, SLO targets, paging; it checks itself when built. */
        public Builder component(DatadogComponent value) {
            this.component = value;
            return this;
        }

        /** What to do with a burn rate the SLO target does not allow; default: refuse. */
        public Builder overLimit(BurnRateAlerts.OverLimit value) {
            this.overLimit = Objects.requireNonNull(value, "overLimit");
            return this;
        }

        /** The web app's ID, e.g. {@code app.id()}: relates the web app to the component. */
        public Builder webAppId(Output<String> value) {
            this.webAppId = value;
            return this;
        }

        /** The ID of a web app of no program (its name joins the component's scope). */
        public Builder webAppId(String value) {
            return webAppId(outsideTheProgram(value));
        }

        /** The plan's ID, e.g. {@code plan.id()}: relates the plan to the component. */
        public Builder planId(Output<String> value) {
            this.planId = value;
            return this;
        }

        /** The ID of a plan of no program (its name joins the component's scope). */
        public Builder planId(String value) {
            return planId(outsideTheProgram(value));
        }

        /**
         * An ID given as text names a resource of no program, which the component's queries can only
         * find by its Azure name: the name joins the scope, the ID is used as it is.
         */
        private Output<String> outsideTheProgram(String id) {
            AzureResourceId.parse(id).ifPresent(parsed -> names.add(parsed.name()));
            return Output.of(id);
        }

        /** The container app's ID, e.g. {@code app.id()}: relates the container app to the component. */
        public Builder containerAppId(Output<String> value) {
            this.containerAppId = value;
            return this;
        }

        /** The ID of a container app of no program (its name joins the component's scope). */
        public Builder containerAppId(String value) {
            AzureResourceId.parse(value).ifPresent(id -> names.add(id.name()));
            return containerAppId(Output.of(value));
        }

        /** The app (and plan) of an {@link ExistingCompute}. */
        public Builder compute(ExistingCompute value) {
            if (value.type().runsOnPlan()) {
                this.webAppId = value.appId();
                this.planId = value.planId();
            } else {
                this.containerAppId = value.appId();
            }
            this.names.addAll(value.namesOutsideTheProgram());
            return this;
        }

        public MonitoringArgs build() {
            return new MonitoringArgs(this);
        }
    }
}
