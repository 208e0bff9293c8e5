package dev.readyservice.report;

/**
 * A resource as the report lists it: no inputs, so nothing secret.
 *
 * @param urn its URN
 * @param type its type token
 * @param name its logical name
 * @param component its component, empty when product-wide
 * @param parentUrn its parent's URN
 * @param custom true for a resource a provider manages, false for a component
 */
public record ResourceSummary(String urn, String type, String name, String component, String parentUrn, boolean custom) {

    /** A resource a provider manages. */
    public ResourceSummary(String urn, String type, String name, String component, String parentUrn) {
        this(urn, type, name, component, parentUrn, true);
    }
}
