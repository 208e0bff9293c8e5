package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.review.Assumption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The PRR report of one stack: every checklist item with its status, the policies that decided
 * it, its evidence and findings, and the verdict. Build it with {@code report.rules.ReportBuilder.build}; write it with
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
 * @param assumptions what the verdict rests on besides the program's own registrations: every function call, stack
 *     reference and read the offline engine answered from config, from a pinned file, with placeholders or as unknown
 * @param handover what the SRE handover pack shows of the resources (thresholds, targets, escalation, capacity,
 *     backups), read from the preview when the report was built, so the renderers need nothing else
 */
public record PrrReport(String project, String stack, Instant generatedAt, PackInfo pack, List<ItemResult> items,
        List<Finding> findings, ProductView product, List<ResourceSummary> resources, Duration programTime, List<String> notes,
        List<Assumption> assumptions, HandoverFacts handover) {

    public PrrReport {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(generatedAt, "generatedAt");
        items = List.copyOf(items);
        findings = List.copyOf(findings);
        resources = List.copyOf(resources);
        notes = List.copyOf(notes);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        handover = handover == null ? HandoverFacts.NONE : handover;
    }

    /** A report of a preview in which the engine assumed nothing and the handover pack has nothing to show. */
    public PrrReport(String project, String stack, Instant generatedAt, PackInfo pack, List<ItemResult> items, List<Finding> findings,
            ProductView product, List<ResourceSummary> resources, Duration programTime, List<String> notes) {
        this(project, stack, generatedAt, pack, items, findings, product, resources, programTime, notes, List.of(), HandoverFacts.NONE);
    }

    /**
     * {@code ready} when no item has a status of {@link #blockingStatuses()}: none fails or misses a
     * sign-off, and in prod none is {@code not-measured} (a prod deploy rests on measured evidence).
     */
    public Verdict verdict() {
        List<ItemStatus> blocking = blockingStatuses();
        return items.stream().anyMatch(i -> blocking.contains(i.status())) ? Verdict.NOT_READY : Verdict.READY;
    }

    /** The statuses that make the verdict {@code not-ready} in this report's environment. */
    public List<ItemStatus> blockingStatuses() {
        return java.util.Arrays.stream(ItemStatus.values())
                .filter(s -> s.blocksVerdict() || (s == ItemStatus.NOT_MEASURED && environment().isProd()))
                .toList();
    }

    /** The environment the stack was judged as, and where that came from (the stack, never its tags). */
    public dev.readyservice.analyzer.JudgedEnvironment environment() {
        return pack.environment();
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

    /**
     * Resources of providers the pack does not judge at all (aws, gcp, kubernetes, random, ...): no
     * policy reads them, so the verdict says nothing about them ({@link NotAssessed}).
     */
    public List<ResourceSummary> notAssessed() {
        return NotAssessed.of(resources, pack.policies());
    }

    /** Findings of policies the manifest ties to no checklist item. */
    public List<Finding> unassignedFindings() {
        return findings.stream().filter(f -> f.items().isEmpty()).toList();
    }
}
