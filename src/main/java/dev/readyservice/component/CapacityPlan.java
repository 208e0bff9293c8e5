package dev.readyservice.component;

/**
 * The planned usage six months out and how the component scales to meet it.
 *
 * @param plannedPeakRps planned peak requests (or jobs) per second six months out; required, above 0
 * @param rpsPerInstance requests per second one instance serves at its target utilisation; required, above 0
 * @param minInstances fewest instances. Unset: 1 in qa, 2 in prod (prod may not go below 2)
 * @param maxInstances most instances autoscale may reach, at most 30 (App Service plan limit); required
 * @param headroom factor the maximum capacity must exceed the plan by, 1.0 to 10. Unset: 1.5
 */
public record CapacityPlan(
        Double plannedPeakRps,
        Double rpsPerInstance,
        Integer minInstances,
        Integer maxInstances,
        Double headroom) {

    /** A plan with the default minimum and headroom. */
    public static CapacityPlan of(double plannedPeakRps, double rpsPerInstance, int maxInstances) {
        return new CapacityPlan(plannedPeakRps, rpsPerInstance, null, maxInstances, null);
    }

    /** Requests per second the component serves when fully scaled out. */
    public double maxCapacityRps() {
        return maxInstances * rpsPerInstance;
    }

    /** Requests per second the fully scaled component must serve: the plan times the headroom. */
    public double requiredRps() {
        return plannedPeakRps * headroom;
    }

    /** The fewest instances that serve the plan with its headroom. */
    public int instancesNeeded() {
        return (int) Math.ceil(requiredRps() / rpsPerInstance - 1e-9);
    }
}
