package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerPropertyDependencies;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResourceOptions;

/**
 * Builds the {@code Analyze} and {@code AnalyzeStack} requests for a preview the way the Pulumi
 * engine fills them: properties in wire form, options always present, the provider resource
 * resolved from the provider reference (or the default provider the engine would use).
 */
final class AnalyzerRequests {
    private static final String PROVIDER_TYPE_PREFIX = "pulumi:providers:";

    private final Preview preview;
    private final Map<String, RecordedResource> byUrn = new LinkedHashMap<>();

    AnalyzerRequests(Preview preview) {
        this.preview = preview;
        preview.resources().forEach(r -> byUrn.put(r.urn(), r));
    }

    /**
     * One {@code Analyze} request: the resource's inputs, as the engine sends them for every
     * registered resource (components, providers and the stack included) before it steps on it.
     */
    AnalyzeRequest analyze(RecordedResource resource) {
        AnalyzeRequest.Builder builder = AnalyzeRequest.newBuilder()
                .setType(resource.type())
                .setName(resource.name())
                .setUrn(resource.urn())
                .setProperties(StructValues.toStruct(resource.inputs()))
                .setOptions(options(resource));
        provider(resource).ifPresent(builder::setProvider);
        return builder.build();
    }

    /**
     * The {@code AnalyzeStack} request. Like the engine it carries every registered resource,
     * components and providers included, so stack policies can follow parent chains, and, unlike
     * {@code Analyze}, each resource's outputs (pulumi/pulumi step_generator.go AnalyzeResources:
     * "AnalyzeStack is called on the final outputs of each resource"): in a preview those are what
     * {@link RecordedResource#outputs()} models.
     */
    AnalyzeStackRequest analyzeStack() {
        AnalyzeStackRequest.Builder builder = AnalyzeStackRequest.newBuilder();
        preview.resources().forEach(r -> builder.addResources(stackResource(r)));
        return builder.build();
    }

    private AnalyzerResource stackResource(RecordedResource resource) {
        AnalyzerResource.Builder builder = AnalyzerResource.newBuilder()
                .setType(resource.type())
                .setName(resource.name())
                .setUrn(resource.urn())
                .setProperties(StructValues.toStruct(resource.outputs()))
                .setOptions(options(resource))
                .setParent(resource.parentUrn())
                .addAllDependencies(resource.dependencies());
        resource.propertyDependencies().forEach((property, urns) -> builder.putPropertyDependencies(property,
                AnalyzerPropertyDependencies.newBuilder().addAllUrns(urns).build()));
        provider(resource).ifPresent(builder::setProvider);
        return builder.build();
    }

    private static AnalyzerResourceOptions options(RecordedResource resource) {
        // The preview records only protect and parent among the options; the others are sent empty,
        // as the engine does for a resource that did not set them. Analyze fails without options.
        return AnalyzerResourceOptions.newBuilder()
                .setProtect(resource.protect())
                .setParent(resource.parentUrn())
                .build();
    }

    Optional<AnalyzerProviderResource> provider(RecordedResource resource) {
        if (!resource.custom() || resource.type().startsWith(PROVIDER_TYPE_PREFIX)) {
            return Optional.empty();
        }
        if (!resource.provider().isEmpty()) {
            String providerUrn = providerUrn(resource.provider());
            RecordedResource registered = byUrn.get(providerUrn);
            if (registered != null) {
                return Optional.of(AnalyzerProviderResource.newBuilder()
                        .setType(registered.type())
                        .setName(registered.name())
                        .setUrn(registered.urn())
                        .setProperties(StructValues.toStruct(registered.inputs()))
                        .build());
            }
        }
        return Optional.of(defaultProvider(resource));
    }

    /** The default provider the engine would create for the resource's package and pinned version. */
    private AnalyzerProviderResource defaultProvider(RecordedResource resource) {
        String pkg = resource.type().substring(0, Math.max(0, resource.type().indexOf(':')));
        String name = resource.version().isEmpty() ? "default" : "default_" + resource.version().replaceAll("[^A-Za-z0-9]", "_");
        String type = PROVIDER_TYPE_PREFIX + pkg;
        return AnalyzerProviderResource.newBuilder()
                .setType(type)
                .setName(name)
                .setUrn("urn:pulumi:" + preview.stack() + "::" + preview.project() + "::" + type + "::" + name)
                .setProperties(StructValues.toStruct(resource.version().isEmpty() ? Map.of() : Map.of("version", resource.version())))
                .build();
    }

    /** A provider reference is {@code <urn>::<id>}; the id may be unknown in a preview. */
    static String providerUrn(String reference) {
        int separator = reference.lastIndexOf("::");
        return separator < 0 ? reference : reference.substring(0, separator);
    }
}
