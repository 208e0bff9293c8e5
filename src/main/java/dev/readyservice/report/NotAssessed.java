package dev.readyservice.report;

import dev.readyservice.analyzer.PolicyDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resources of providers the pack does not judge at all. The providers it judges are those of
 * its policies' evidence types (from the pack's manifest), so a pack that learns a provider stops
 * listing it here without a change to the review. Components and the engine's own resources
 * ({@code pulumi:...}) are not provider resources and are never listed.
 */
final class NotAssessed {
    private NotAssessed() {
    }

    /** The custom resources among {@code resources} whose provider no policy of {@code policies} reads. */
    static List<ResourceSummary> of(List<ResourceSummary> resources, List<PolicyDescriptor> policies) {
        Set<String> judged = policies.stream().flatMap(p -> p.evidenceTypes().stream()).map(NotAssessed::provider).collect(Collectors.toSet());
        return resources.stream()
                .filter(ResourceSummary::custom)
                .filter(r -> !provider(r.type()).equals("pulumi") && !judged.contains(provider(r.type())))
                .toList();
    }

    /** The package of a type token: {@code aws} of {@code aws:s3/bucket:Bucket}. */
    static String provider(String type) {
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(0, colon);
    }
}
