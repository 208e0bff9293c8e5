package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.pagerduty.PagerDutyComponent;
import dev.readyservice.pagerduty.PagerDutyProduct;
import java.util.Objects;

/** The inputs of a {@link Paging} block: the product's on-call setup. */
public final class PagingArgs extends ResourceArgs {

    private final PagerDutyProduct product;

    @Import(name = "product")
    private final Output<String> productInput;
    @Import(name = "components")
    private final Output<java.util.List<String>> componentsInput;

    private PagingArgs(Builder b) {
        this.product = Objects.requireNonNull(b.product, "product");
        this.productInput = Output.of(product.product());
        this.componentsInput = Output.of(product.components().stream().map(PagerDutyComponent::component).toList());
    }

    /** The product: team, business service, escalation path, support hours, components. */
    public PagerDutyProduct product() {
        return product;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PagingArgs}; the product is required. */
    public static final class Builder {
        private PagerDutyProduct product;

        private Builder() {
        }

        /** The product: team, business service, escalation path, support hours, components. */
        public Builder product(PagerDutyProduct value) {
            this.product = value;
            return this;
        }

        public PagingArgs build() {
            return new PagingArgs(this);
        }
    }
}
