package dev.readyservice.azure;

import com.pulumi.azurenative.insights.enums.ComparisonOperationType;
import com.pulumi.azurenative.insights.enums.MetricStatisticType;
import com.pulumi.azurenative.insights.enums.ScaleDirection;
import com.pulumi.azurenative.insights.enums.ScaleType;
import com.pulumi.azurenative.insights.enums.TimeAggregationType;
import com.pulumi.azurenative.insights.inputs.AutoscaleProfileArgs;
import com.pulumi.azurenative.insights.inputs.MetricTriggerArgs;
import com.pulumi.azurenative.insights.inputs.ScaleActionArgs;
import com.pulumi.azurenative.insights.inputs.ScaleCapacityArgs;
import com.pulumi.azurenative.insights.inputs.ScaleRuleArgs;
import com.pulumi.core.Output;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The autoscale profile of an App Service plan and the capacity tags that state its plan; pure.
 */
public final class AutoscaleRules {

    /** App Service plan CPU metric (namespace {@code microsoft.web/serverfarms}). */
    public static final String CPU_METRIC = "CpuPercentage";

    private AutoscaleRules() {
    }

    /**
     * One profile with the component's min/max/default (strings, as the API wants) and a CPU
     * scale-out rule paired with a scale-in rule, so capacity never ratchets only upwards.
     *
     * @param component the component
     * @param planId    id of the plan whose CPU is measured
     * @return the profile
     */
    public static AutoscaleProfileArgs profile(AzureComponent component, Output<String> planId) {
        return AutoscaleProfileArgs.builder()
                .name("cpu")
                .capacity(ScaleCapacityArgs.builder()
                        .minimum(Integer.toString(component.minInstances()))
                        .maximum(Integer.toString(component.maxInstances()))
                        .default_(Integer.toString(component.defaultInstances()))
                        .build())
                .rules(List.of(
                        rule(planId, ComparisonOperationType.GreaterThan, ComputeDefaults.SCALE_OUT_CPU_PERCENT,
                                ComputeDefaults.SCALE_OUT_WINDOW, ScaleDirection.Increase, ComputeDefaults.SCALE_OUT_COOLDOWN),
                        rule(planId, ComparisonOperationType.LessThan, ComputeDefaults.SCALE_IN_CPU_PERCENT,
                                ComputeDefaults.SCALE_IN_WINDOW, ScaleDirection.Decrease, ComputeDefaults.SCALE_IN_COOLDOWN)))
                .build();
    }

    /**
     * The capacity tags of {@code docs/evidence.md}, written without trailing zeros ({@code 1.5},
     * {@code 200}) so policies can parse them as numbers.
     *
     * @param component the component
     * @return {@code capacity-planned-peak-rps}, {@code capacity-rps-per-instance}, {@code capacity-headroom}
     */
    public static Map<String, String> capacityTags(AzureComponent component) {
        return Map.of(
                "capacity-planned-peak-rps", number(component.plannedPeakRps()),
                "capacity-rps-per-instance", number(component.rpsPerInstance()),
                "capacity-headroom", number(component.headroom()));
    }

    /**
     * The {@code capacity.headroom} rule of {@code docs/evidence.md}: the most the autoscale setting
     * can serve ({@code maxInstances x rpsPerInstance}) must reach the planned peak with headroom.
     *
     * @param component the component
     * @return true when the maximum capacity covers {@code plannedPeakRps x headroom}
     */
    public static boolean coversPlan(AzureComponent component) {
        return component.maxInstances() * component.rpsPerInstance() >= component.plannedPeakRps() * component.headroom();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static ScaleRuleArgs rule(Output<String> planId, ComparisonOperationType operator, double threshold,
            String window, ScaleDirection direction, String cooldown) {
        return ScaleRuleArgs.builder()
                .metricTrigger(MetricTriggerArgs.builder()
                        .metricName(CPU_METRIC)
                        .metricResourceUri(planId)
                        .timeGrain("PT1M")
                        .statistic(MetricStatisticType.Average)
                        .timeWindow(window)
                        .timeAggregation(TimeAggregationType.Average)
                        .operator(operator)
                        .threshold(threshold)
                        .build())
                .scaleAction(ScaleActionArgs.builder()
                        .direction(direction)
                        .type(ScaleType.ChangeCount)
                        .value("1")
                        .cooldown(cooldown)
                        .build())
                .build();
    }
}
