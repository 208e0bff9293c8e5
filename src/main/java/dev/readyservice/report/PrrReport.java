package dev.readyservice.report;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The PRR report of one stack: every checklist item with its status, the policies that decided
 * it, its evidence and findings, and the verdict. Build it with {@link #build}; write it with
 * {@link ReportWriter}.
 *
 * @param project the Pulumi project
 * @param stack the stack
 * @param generatedAt when the report was built
 * @param pack the policy pack that analysed the stack
 * @param items one entry per checklist item, in checklist order
 * @param findings every finding of the pack, including those of policies the manifest does not tie to an item, then
 *     those of the report's own playbook-link check ({@code missing-playbook-file})
 * @param product the product's components and their resources
 * @param resources every resource of the preview
 * @param programTime how long the program ran in the preview
 * @param notes what a reader must know about how far the review could see, e.g. secret config it could not decrypt
 */
public record PrrReport(String project, String stack, Instant generatedAt, PackInfo pack, List<ItemResult> items,
        List<Finding> findings, ProductView product, List<ResourceSummary> resources, Duration programTime, List<String> notes) {

    public PrrReport {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(generatedAt, "generatedAt");
        items = List.copyOf(items);
        findings = List.copyOf(findings);
        resources = List.copyOf(resources);
        notes = List.copyOf(notes);
    }

    /**
     * A resource as the report lists it: no inputs, so nothing secret.
     *
     * @param urn its URN
     * @param type its type token
     * @param name its logical name
     * @param component its component, empty when product-wide
     * @param parentUrn its parent's URN
     */
    public record ResourceSummary(String urn, String type, String name, String component, String parentUrn) {
    }

    /**
     * Decides every checklist item.
     *
     * @param preview what the program registered
     * @param analysis what the policy pack found
     * @param artefacts the project's coverage, test and timing records
     * @param clock the source of {@link #generatedAt()}
     */
    public static PrrReport build(Preview unordered, Analysis analysis, ProjectArtefacts artefacts, Clock clock) {
        Instant generatedAt = clock.instant();
        // The engine receives registrations concurrently, so their order varies from run to run;
        // ordered by URN, two reports of the same stack are the same and diff cleanly.
        Preview preview = new Preview(unordered.project(), unordered.stack(),
                unordered.resources().stream().sorted(java.util.Comparator.comparing(RecordedResource::urn)).toList(),
                unordered.logs(), unordered.uncheckedSecretKeys(), unordered.programTime());
        Map<String, RecordedResource> byUrn = new LinkedHashMap<>();
        preview.resources().forEach(r -> byUrn.put(r.urn(), r));
        ProductView product = ProductView.of(preview);
        Set<String> componentNames = new LinkedHashSet<>();
        product.components().forEach(c -> componentNames.add(c.name()));
        List<ItemResult> items = new ArrayList<>();
        List<Finding> reportFindings = new ArrayList<>(analysis.findings());
        for (PrrItem item : PrrCatalogue.items()) {
            List<PolicyDescriptor> policies = analysis.pack().policiesFor(item.id());
            List<Finding> findings = analysis.findingsFor(item.id());
            List<String> policyNames = policies.stream().map(PolicyDescriptor::name).toList();
            ItemRules.Decision decision;
            List<Evidence> evidence = List.of();
            switch (item.kind()) {
                case INFRA -> {
                    evidence = evidence(preview, policies, byUrn, componentNames);
                    decision = ItemRules.infra(policies, findings, evidence.size(), policies.stream()
                            .flatMap(p -> analysis.notApplicableFor(p.name()).stream()).toList());
                    if (item.id().equals(PlaybookLinks.ITEM)) {
                        PlaybookLinks.Result links = PlaybookLinks.check(preview.resources(), artefacts.playbooks());
                        decision = ItemRules.playbooks(decision, links, artefacts.playbooks());
                        findings = concat(findings, links.missing());
                        reportFindings.addAll(links.missing());
                    }
                    if (item.id().equals(PlainConfigCredentials.ITEM)) {
                        List<Finding> plain = PlainConfigCredentials.check(artefacts.stack(), artefacts.plainCredentials());
                        decision = ItemRules.plainCredentials(decision, artefacts.plainCredentials());
                        findings = concat(findings, plain);
                        reportFindings.addAll(plain);
                    }
                }
                case SIGN_OFF -> {
                    Optional<Evidence> record = signOffRecord(preview, item.id());
                    evidence = record.stream().toList();
                    decision = ItemRules.signOff(policies, findings, record);
                }
                default -> {
                    decision = ItemRules.project(item.id(), artefacts, generatedAt);
                    evidence = ItemRules.projectEvidence(item.id(), artefacts);
                }
            }
            items.add(new ItemResult(item, decision.status(), decision.reason(), policyNames, evidence, findings));
        }
        List<ResourceSummary> resources = preview.resources().stream()
                .map(r -> new ResourceSummary(r.urn(), r.type(), r.name(),
                        ProductView.componentOf(r, byUrn, componentNames).orElse(""), r.parentUrn()))
                .toList();
        return new PrrReport(preview.project(), preview.stack(), generatedAt, analysis.pack(), items, reportFindings,
                product, resources, preview.programTime(), notes(preview));
    }

    private static List<Finding> concat(List<Finding> first, List<Finding> second) {
        List<Finding> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> notes(Preview preview) {
        if (preview.uncheckedSecretKeys().isEmpty()) {
            return List.of();
        }
        // Key names only: they say what the policies could not see, never a value.
        return List.of(preview.uncheckedSecretKeys().size() + " secure config key(s) could not be decrypted offline and reached the"
                + " program as placeholders, so policies judged placeholders for them: "
                + String.join(", ", new java.util.TreeSet<>(preview.uncheckedSecretKeys()))
                + ". Run 'pulumi preview --policy-pack policy' with the stack's secrets provider to judge the real values.");
    }

    /** {@code ready} when no item fails or misses a sign-off. */
    public Verdict verdict() {
        return items.stream().anyMatch(i -> i.status().blocksVerdict()) ? Verdict.NOT_READY : Verdict.READY;
    }

    /** The items grouped by checklist section, in checklist order. */
    public Map<Section, List<ItemResult>> sections() {
        Map<Section, List<ItemResult>> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section, items.stream().filter(i -> i.item().section() == section).toList());
        }
        return sections;
    }

    /** How many items have each status, in status order, zero counts left out. */
    public Map<ItemStatus, Long> counts() {
        Map<ItemStatus, Long> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(i.status(), 1L, Long::sum));
        return counts;
    }

    /** Findings of policies the manifest ties to no checklist item. */
    public List<Finding> unassignedFindings() {
        return findings.stream().filter(f -> f.items().isEmpty()).toList();
    }

    private static List<Evidence> evidence(Preview preview, List<PolicyDescriptor> policies, Map<String, RecordedResource> byUrn,
            Set<String> componentNames) {
        Set<String> types = new LinkedHashSet<>();
        policies.forEach(p -> types.addAll(p.evidenceTypes()));
        // A policy that names no evidence type is about the stack as a whole (for example "deployed
        // with Pulumi"): every resource a provider manages is its evidence.
        boolean wholeStack = policies.stream().anyMatch(p -> p.evidenceTypes().isEmpty());
        return preview.resources().stream()
                .filter(r -> wholeStack ? r.custom() && !r.type().startsWith("pulumi:providers:") : types.contains(r.type()))
                .map(r -> new Evidence(r.urn(), r.type(), r.name(), ProductView.componentOf(r, byUrn, componentNames).orElse(""),
                        rendered(r.inputs())))
                .toList();
    }

    private static Map<String, String> rendered(Map<String, Object> inputs) {
        Map<String, String> properties = new TreeMap<>();
        inputs.forEach((key, value) -> properties.put(key, DisplayValues.render(value)));
        return properties;
    }

    /** The {@code signOffs} record of a {@code ReadyService} for {@code itemId}, if any. */
    private static Optional<Evidence> signOffRecord(Preview preview, String itemId) {
        for (RecordedResource r : preview.resources()) {
            if (r.type().equals(ProductView.READY_SERVICE_TYPE) && r.inputs().get("signOffs") instanceof Map<?, ?> signOffs
                    && signOffs.get(itemId) instanceof Map<?, ?> record) {
                Map<String, String> properties = new TreeMap<>();
                record.forEach((k, v) -> properties.put(String.valueOf(k), DisplayValues.render(v)));
                return Optional.of(new Evidence(r.urn(), r.type(), r.name(), "", properties));
            }
        }
        return Optional.empty();
    }
}
