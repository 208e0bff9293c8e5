package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.azure.AzureProduct;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The inputs of a {@link Backups} block: what to back up, for how long. */
public final class BackupsArgs extends ResourceArgs {

    private final AzureProduct product;
    private final int retentionDays;
    private final boolean customerFacing;
    private final List<ExistingData> data;

    @Import(name = "retentionDays")
    private final Output<Integer> retentionInput;
    @Import(name = "resources")
    private final Output<List<String>> resourcesInput;

    private BackupsArgs(Builder b) {
        this.product = Objects.requireNonNull(b.product, "product");
        this.retentionDays = Objects.requireNonNull(b.retentionDays, "retentionDays");
        this.customerFacing = b.customerFacing;
        this.data = List.copyOf(b.data);
        this.retentionInput = Output.of(retentionDays);
        // Built from each resource's id, so the block depends on what it protects by property.
        this.resourcesInput = Output.all(data.stream().map(ExistingData::id).toList());
    }

    /** The product: name, environment (prod adds locks and geo-redundant vaults), location, subscription. */
    public AzureProduct product() {
        return product;
    }

    /** Days the backups are kept. */
    public int retentionDays() {
        return retentionDays;
    }

    /** Whether the product is customer-facing (the {@code criticality} tag of the vaults). */
    public boolean customerFacing() {
        return customerFacing;
    }

    /** The resources to back up. */
    public List<ExistingData> data() {
        return data;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BackupsArgs}; product and retention are required. */
    public static final class Builder {
        private AzureProduct product;
        private Integer retentionDays;
        private boolean customerFacing;
        private final List<ExistingData> data = new ArrayList<>();

        private Builder() {
        }

        public Builder product(AzureProduct value) {
            this.product = value;
            return this;
        }

        /** Days the backups are kept: at least 7 in qa and 30 in prod (the backup policy floor); SQL at most 35. */
        public Builder retentionDays(int value) {
            this.retentionDays = value;
            return this;
        }

        public Builder customerFacing(boolean value) {
            this.customerFacing = value;
            return this;
        }

        /** Adds a resource to back up. */
        public Builder data(ExistingData value) {
            this.data.add(Objects.requireNonNull(value, "data"));
            return this;
        }

        public BackupsArgs build() {
            return new BackupsArgs(this);
        }
    }
}
