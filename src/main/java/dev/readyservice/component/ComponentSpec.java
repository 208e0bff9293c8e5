package dev.readyservice.component;

import dev.readyservice.model.ComponentKind;

/**
 * One technical part of the product. Unset (null) fields take the defaults in {@link SpecDefaults}.
 *
 * @param name component name: lower-case letters, digits and hyphens, unique in the product
 * @param kind {@code api}, {@code ui} or {@code worker}
 * @param customerFacing whether customers reach it; customer-facing components get SLOs, burn-rate
 *     pages and TLS 1.3 ingress. Unset: true for api and ui, false for worker. An api or ui whose
 *     compute ReadyService builds must be customer-facing: the internet reaches its web app, and the
 *     pack judges criticality by what reaches a component (docs/evidence.md)
 * @param availabilityTarget availability SLO target in percent, in (0, 100), e.g. 99.9. Unset: 99.9
 * @param latencyThresholdMillis latency SLO threshold in milliseconds. Unset: 500
 * @param latencyPercentile latency SLO percentile, 50 to 99.99. Unset: 95
 * @param sloTimeframe SLO window: {@code 7d}, {@code 30d} or {@code 90d}. Unset: 30d
 * @param capacity the six-month capacity plan; required
 * @param healthCheckPath path the platform probes, starting with {@code /}. Unset: {@code /healthz}
 */
public record ComponentSpec(
        String name,
        String kind,
        Boolean customerFacing,
        Double availabilityTarget,
        Long latencyThresholdMillis,
        Double latencyPercentile,
        String sloTimeframe,
        CapacityPlan capacity,
        String healthCheckPath) {

    /** The parsed kind; API when the value is not valid (validation reports that). */
    public ComponentKind componentKind() {
        return ComponentKind.parse(kind).orElse(ComponentKind.API);
    }

    /** A builder, for Java callers. */
    public static Builder builder(String name, ComponentKind kind) {
        return new Builder(name, kind.id());
    }

    /** Builds a {@link ComponentSpec}; every setter is optional except the capacity plan. */
    public static final class Builder {
        private final String name;
        private final String kind;
        private Boolean customerFacing;
        private Double availabilityTarget;
        private Long latencyThresholdMillis;
        private Double latencyPercentile;
        private String sloTimeframe;
        private CapacityPlan capacity;
        private String healthCheckPath;

        private Builder(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }

        public Builder customerFacing(boolean value) {
            this.customerFacing = value;
            return this;
        }

        public Builder availabilityTarget(double percent) {
            this.availabilityTarget = percent;
            return this;
        }

        public Builder latency(long thresholdMillis, double percentile) {
            this.latencyThresholdMillis = thresholdMillis;
            this.latencyPercentile = percentile;
            return this;
        }

        public Builder sloTimeframe(String value) {
            this.sloTimeframe = value;
            return this;
        }

        public Builder capacity(CapacityPlan value) {
            this.capacity = value;
            return this;
        }

        public Builder healthCheckPath(String value) {
            this.healthCheckPath = value;
            return this;
        }

        public ComponentSpec build() {
            return new ComponentSpec(name, kind, customerFacing, availabilityTarget, latencyThresholdMillis,
                    latencyPercentile, sloTimeframe, capacity, healthCheckPath);
        }
    }
}
