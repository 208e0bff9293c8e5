package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.StructValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final List<RecordedResource> resources = new ArrayList<>();
    private final Set<String> registered = new HashSet<>();

    AnalyzerRequests(Preview preview) {
        this.preview = preview;
        preview.resources().forEach(r -> {
            byUrn.put(r.urn(), r);
            registered.add(r.urn());
        });
        for (RecordedResource resource : preview.resources()) {
            usesDefaultProvider(resource).ifPresent(provider -> {
                if (byUrn.putIfAbsent(provider.urn(), provider) == null) {
                    resources.add(provider);
                }
            });
            resources.add(resource);
        }
    }

    /**
     * The resources as the engine steps on them: every registration and, before its first user,
     * each default provider the engine registers itself ({@code pulumi:providers:<pkg>::default} or
     * {@code default_<version>}; the program never registers those). The engine analyses those too
     * and lists them in {@code AnalyzeStack}. Their inputs here are the pinned version only: the
     * package's stack config, which the engine adds, is not read offline (docs/fidelity.md).
     */
    List<RecordedResource> resources() {
        return List.copyOf(resources);
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
        resources.forEach(r -> builder.addResources(stackResource(r)));
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
        RecordedResource provider = resource.provider().isEmpty() ? null : byUrn.get(providerUrn(resource.provider()));
        if (provider == null) {
            provider = usesDefaultProvider(resource).orElseThrow();
        }
        return Optional.of(AnalyzerProviderResource.newBuilder()
                .setType(provider.type())
                .setName(provider.name())
                .setUrn(provider.urn())
                .setProperties(StructValues.toStruct(provider.inputs()))
                .build());
    }

    /**
     * The default provider the engine would create for a custom resource that names no registered
     * provider: one per package and pinned version.
     */
    private Optional<RecordedResource> usesDefaultProvider(RecordedResource resource) {
        if (!resource.custom() || resource.type().startsWith(PROVIDER_TYPE_PREFIX)
                || (!resource.provider().isEmpty() && registered.contains(providerUrn(resource.provider())))) {
            return Optional.empty();
        }
        String pkg = resource.type().substring(0, Math.max(0, resource.type().indexOf(':')));
        String name = resource.version().isEmpty() ? "default" : "default_" + resource.version().replaceAll("[^A-Za-z0-9]", "_");
        String type = PROVIDER_TYPE_PREFIX + pkg;
        String urn = "urn:pulumi:" + preview.stack() + "::" + preview.project() + "::" + type + "::" + name;
        RecordedResource known = byUrn.get(urn);
        if (known != null) {
            return Optional.of(known);
        }
        Map<String, Object> inputs = resource.version().isEmpty() ? Map.of() : Map.of("version", resource.version());
        return Optional.of(new RecordedResource(urn, type, name, true, "", inputs, List.of(), Map.of(), "", false, false, "", ""));
    }

    /** A provider reference is {@code <urn>::<id>}; the id may be unknown in a preview. */
    static String providerUrn(String reference) {
        int separator = reference.lastIndexOf("::");
        return separator < 0 ? reference : reference.substring(0, separator);
    }
}
