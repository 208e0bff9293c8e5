package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The product spec a team gives its {@link ReadyService}.
 *
 * <p>Unlike generated Pulumi args, the setters take plain values, not {@code Output<T>}: the spec
 * decides which resources exist (one web app per component, SLOs only for customer-facing ones),
 * so it must be known when the component is constructed, and it is validated then.
 *
 * <p>The same spec, with its defaults resolved, is sent as the component resource's inputs, so a
 * policy pack sees the product (components, criticality, sign-offs) on the component itself.
 */
public final class ReadyServiceArgs extends ResourceArgs {

    private final ProductSpec product;
    private final List<ComponentSpec> components;
    private final PagingSpec paging;
    private final DataSpec data;
    private final Map<String, SignOff> signOffs;
    private final Output<String> postgresAdministratorPassword;
    private final Map<String, ExistingCompute> existingCompute;
    private final List<ExistingData> existingData;
    /** What {@link #fromStackConfig} could not read, reported with the rules when the component checks the spec. */
    private final List<Violation> configProblems;

    @Import(name = "product")
    private final Output<Map<String, Object>> productInput;
    @Import(name = "components")
    private final Output<List<Map<String, Object>>> componentsInput;
    @Import(name = "paging")
    private final Output<Map<String, Object>> pagingInput;
    @Import(name = "data")
    private final Output<Map<String, Object>> dataInput;
    @Import(name = "signOffs")
    private final Output<Map<String, Object>> signOffsInput;

    private ReadyServiceArgs(Builder b) {
        this.product = b.product;
        this.components = List.copyOf(b.components);
        this.paging = b.paging;
        this.data = b.data;
        this.signOffs = Map.copyOf(b.signOffs);
        this.postgresAdministratorPassword = b.postgresAdministratorPassword == null
                ? null : b.postgresAdministratorPassword.asSecret();
        this.existingCompute = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.existingCompute));
        this.existingData = List.copyOf(b.existingData);
        this.configProblems = List.copyOf(b.configProblems);
        this.productInput = Output.of(SpecInputs.product(product));
        this.componentsInput = Output.of(SpecInputs.components(components));
        this.pagingInput = Output.of(SpecInputs.paging(paging));
        this.dataInput = Output.of(SpecInputs.data(data));
        this.signOffsInput = Output.of(SpecInputs.signOffs(signOffs));
    }

    /**
     * The resolved spec in the form it is sent as inputs (product, components, paging, data,
     * signOffs), for the component to register as its outputs too: a real preview's
     * {@code AnalyzeStack} sees a component's registered outputs, not its inputs.
     */
    Map<String, Output<?>> specOutputs() {
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        outputs.put("product", productInput);
        outputs.put("components", componentsInput);
        outputs.put("paging", pagingInput);
        outputs.put("data", dataInput);
        outputs.put("signOffs", signOffsInput);
        return outputs;
    }

    /** The product; required. */
    public ProductSpec product() {
        return product;
    }

    /** The components, at least one. */
    public List<ComponentSpec> components() {
        return components;
    }

    /** Paging; required. */
    public PagingSpec paging() {
        return paging;
    }

    /** Data keeping; unset: every field takes its default. */
    public DataSpec data() {
        return data;
    }

    /** Sign-offs by checklist item id (see {@link SignOffItems}); unset items are reported missing by the PRR. */
    public Map<String, SignOff> signOffs() {
        return signOffs;
    }

    /**
     * The PostgreSQL administrator password, always a secret; required when {@code data.postgres}
     * is true. It is not part of the component's inputs.
     */
    public java.util.Optional<Output<String>> postgresAdministratorPassword() {
        return java.util.Optional.ofNullable(postgresAdministratorPassword);
    }

    /**
     * The compute each component already has, by component name; empty: {@link ReadyService}
     * creates the whole Azure footprint. When set, every component has one and no Azure compute,
     * storage, gateway or Key Vault is created.
     */
    public Map<String, ExistingCompute> existingCompute() {
        return existingCompute;
    }

    /** The stateful resources the team already has, backed up and (in prod) locked by the component. */
    public List<ExistingData> existingData() {
        return existingData;
    }

    /** The values {@link #fromStackConfig} found of the wrong shape or unknown; empty for a spec built in code. */
    List<Violation> configProblems() {
        return configProblems;
    }

    /** True when the component adds readiness to existing resources instead of creating its own. */
    public boolean overExistingResources() {
        return !existingCompute.isEmpty() || !existingData.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding the spec written in the stack's config, for a program that keeps its
     * readiness values in {@code Pulumi.<stack>.yaml} (as {@code prr init} writes them) and adds only
     * its own resources in code:
     *
     * <pre>{@code
     * var readiness = ReadyServiceArgs.fromStackConfig(ctx)
     *         .existing("api", ExistingCompute.webApp(app, plan).named("shop-rg", "shop-api", "shop-plan"))
     *         .existing(ExistingData.sqlDatabase(db).named("shop-rg", "shop-sql", "shop"));
     * new ReadyService("shop", readiness.build());
     * }</pre>
     *
     * <p>The keys are those of the bundled program, in the {@value StackConfigReader#NAMESPACE}
     * namespace: {@code product}, {@code components}, {@code paging}, {@code data} and
     * {@code signOffs} (see {@code Pulumi.qa.yaml}), read by the same {@link StackConfigReader}. A
     * key left out is unset. Nothing throws here: a value of the wrong shape, an unknown key or a
     * missing {@code components} key is kept with the spec, and the {@link ReadyService} built from it
     * fails before registering anything with one {@link InvalidSpecException} listing those problems
     * and every rule the completed spec breaks (judged with the resources the program added, so a rule
     * about compute the component would create is not asked over the team's own).
     */
    public static Builder fromStackConfig(com.pulumi.Context ctx) {
        return fromStackConfig(ctx.config(StackConfigReader.NAMESPACE)::get);
    }

    /**
     * As {@link #fromStackConfig(com.pulumi.Context)}, from a function giving the value of a key of the
     * namespace (without its prefix), structured values as JSON text, as Pulumi hands them to a program.
     */
    public static Builder fromStackConfig(java.util.function.Function<String, java.util.Optional<String>> config) {
        return StackConfigReader.readDeferringProblems(config).toBuilder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder().product(product).components(components).paging(paging).data(data);
        b.signOffs.putAll(signOffs);
        b.postgresAdministratorPassword = postgresAdministratorPassword;
        b.existingCompute.putAll(existingCompute);
        b.existingData.addAll(existingData);
        b.configProblems.addAll(configProblems);
        return b;
    }

    /** Builds {@link ReadyServiceArgs}; nothing is validated until the {@link ReadyService} is constructed. */
    public static final class Builder {
        private ProductSpec product;
        private final List<ComponentSpec> components = new ArrayList<>();
        private PagingSpec paging;
        private DataSpec data;
        private final Map<String, SignOff> signOffs = new LinkedHashMap<>();
        private Output<String> postgresAdministratorPassword;
        private final Map<String, ExistingCompute> existingCompute = new LinkedHashMap<>();
        private final List<ExistingData> existingData = new ArrayList<>();
        private final List<Violation> configProblems = new ArrayList<>();

        private Builder() {
        }

        /** Problems of the stack config this spec was read from, for the component's check to list first. */
        Builder configProblems(List<Violation> problems) {
            this.configProblems.addAll(problems);
            return this;
        }

        public Builder product(ProductSpec value) {
            this.product = value;
            return this;
        }

        /** Replaces the components. */
        public Builder components(List<ComponentSpec> value) {
            this.components.clear();
            this.components.addAll(Objects.requireNonNullElse(value, List.of()));
            return this;
        }

        /** Adds one component. */
        public Builder component(ComponentSpec value) {
            this.components.add(value);
            return this;
        }

        public Builder paging(PagingSpec value) {
            this.paging = value;
            return this;
        }

        public Builder data(DataSpec value) {
            this.data = value;
            return this;
        }

        /** Records the sign-off of a checklist item only people can prove. */
        public Builder signOff(String itemId, SignOff value) {
            this.signOffs.put(itemId, value);
            return this;
        }

        /** The PostgreSQL administrator password; it is made secret if it is not already. */
        public Builder postgresAdministratorPassword(Output<String> value) {
            this.postgresAdministratorPassword = value;
            return this;
        }

        /**
         * The compute the component {@code component} already runs on (a web or function app and
         * its plan, or a container app): the component gets monitors, SLOs, paging and, on a plan,
         * autoscaling for it, and no new compute.
         */
        public Builder existing(String component, ExistingCompute compute) {
            this.existingCompute.put(component, compute);
            return this;
        }

        /** A storage account or SQL database the product already has: it gets backups and, in prod, a delete lock. */
        public Builder existing(ExistingData data) {
            this.existingData.add(data);
            return this;
        }

        public ReadyServiceArgs build() {
            return new ReadyServiceArgs(this);
        }
    }
}
