package dev.readyservice.review.engine;

/**
 * Builds resource URNs exactly as the Pulumi engine does:
 * {@code urn:pulumi:<stack>::<project>::<qualified type>::<name>}, where the qualified type is the
 * parent's qualified type, {@code $}, and the resource's type, except that the root stack
 * ({@code pulumi:pulumi:Stack}) is left out of the chain.
 */
public final class Urns {
    /** The type token of the root stack resource. */
    public static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private Urns() {
    }

    /**
     * The URN of a resource.
     *
     * @param parentUrn the parent's URN, or empty when the resource has no parent
     */
    public static String urn(String stack, String project, String parentUrn, String type, String name) {
        String qualifiedType = type;
        if (parentUrn != null && !parentUrn.isEmpty()) {
            String parentType = qualifiedType(parentUrn);
            if (!STACK_TYPE.equals(parentType)) {
                qualifiedType = parentType + "$" + type;
            }
        }
        return "urn:pulumi:" + stack + "::" + project + "::" + qualifiedType + "::" + name;
    }

    /**
     * The qualified type of a URN: everything between the project and the name.
     *
     * @throws IllegalArgumentException when {@code urn} is not a Pulumi URN
     */
    public static String qualifiedType(String urn) {
        String[] parts = urn.split("::", 4);
        if (!urn.startsWith("urn:pulumi:") || parts.length != 4) {
            throw new IllegalArgumentException("'" + urn + "' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)");
        }
        return parts[2];
    }
}
