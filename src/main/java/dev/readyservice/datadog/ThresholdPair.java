package dev.readyservice.datadog;

import dev.readyservice.model.DecimalText;

/**
 * The critical and warning thresholds of one monitor, already ordered for its comparator and
 * its routing.
 *
 * @param critical the threshold of ALERT; also the one in the query
 * @param warning the threshold of WARN
 */
public record ThresholdPair(double critical, double warning) {

    /** @return critical as the string Datadog wants */
    public String criticalText() {
        return DecimalText.of(critical);
    }

    /** @return warning as the string Datadog wants */
    public String warningText() {
        return DecimalText.of(warning);
    }
}
