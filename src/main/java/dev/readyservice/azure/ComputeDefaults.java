package dev.readyservice.azure;

/**
 * Defaults and fixed rules of the compute factory, in one place so docs and tests can pin them.
 */
public final class ComputeDefaults {

    /**
     * Prod plan SKU when the component gives none: Premium v3 supports autoscale, zone redundancy
     * and enough memory for a JVM.
     */
    public static final String PROD_PLAN_SKU = "P1v3";

    /**
     * QA plan SKU when the component gives none: the smallest Premium v3 size. Basic (B1) is cheaper
     * but cannot autoscale, and QA must exercise the same autoscale rules as prod.
     */
    public static final String QA_PLAN_SKU = "P0v3";

    /** Zone-redundant plans need at least three instances; below that we stay zonal. */
    public static final int ZONE_REDUNDANT_MIN_INSTANCES = 3;

    /** Scale out when average plan CPU is above this percentage... */
    public static final double SCALE_OUT_CPU_PERCENT = 70;

    /** ...over this window, by one instance, then wait {@link #SCALE_OUT_COOLDOWN}. */
    public static final String SCALE_OUT_WINDOW = "PT10M";

    /** Cooldown after a scale-out. */
    public static final String SCALE_OUT_COOLDOWN = "PT5M";

    /** Scale in when average plan CPU is below this percentage... */
    public static final double SCALE_IN_CPU_PERCENT = 30;

    /** ...over this window, by one instance, then wait {@link #SCALE_IN_COOLDOWN}. */
    public static final String SCALE_IN_WINDOW = "PT10M";

    /** Cooldown after a scale-in: longer than scale-out so capacity is shed slowly. */
    public static final String SCALE_IN_COOLDOWN = "PT10M";

    private ComputeDefaults() {
    }

    /**
     * @param prod true in prod
     * @return the default plan SKU of the environment
     */
    public static String planSku(boolean prod) {
        return prod ? PROD_PLAN_SKU : QA_PLAN_SKU;
    }
}
