package dev.readyservice.report.rules;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.DisplayValues;
import dev.readyservice.report.Evidence;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.ItemStatus;
import dev.readyservice.report.ProductView;
import dev.readyservice.report.PrrItem;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.ResourceSummary;
import dev.readyservice.review.Assumption;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.outputs.PreviewOutputs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link PrrReport} of one stack: decides every checklist item of {@link PrrCatalogue}
 * by the rules of this package from a preview, the pack's analysis and the project's artefacts.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    /**
     * Decides every checklist item.
     *
     * @param preview what the program registered
     * @param analysis what the policy pack found
     * @param artefacts the project's coverage, test and timing records
     * @param clock the source of {@link #generatedAt()}
     */
    public static PrrReport build(Preview unordered, Analysis unorderedAnalysis, ProjectArtefacts artefacts, Clock clock) {
        Instant generatedAt = clock.instant();
        // The engine receives registrations concurrently, so their order varies from run to run, and
        // the pack's findings follow it; resources ordered by URN, findings by URN (stack-level ones
        // last), policy and message, two reports of the same stack are the same and diff cleanly.
        Preview preview = new Preview(unordered.project(), unordered.stack(),
                unordered.resources().stream().sorted(java.util.Comparator.comparing(RecordedResource::urn)).toList(),
                unordered.logs(), unordered.uncheckedSecretKeys(), unordered.programTime(), unordered.assumptions());
        Analysis analysis = new Analysis(unorderedAnalysis.pack(), unorderedAnalysis.findings().stream()
                .sorted(java.util.Comparator.comparing((Finding f) -> f.urn().isEmpty()).thenComparing(Finding::urn)
                        .thenComparing(Finding::policy).thenComparing(Finding::message)).toList(),
                unorderedAnalysis.notApplicable(), unorderedAnalysis.components());
        Map<String, RecordedResource> byUrn = new LinkedHashMap<>();
        preview.resources().forEach(r -> byUrn.put(r.urn(), r));
        // Customer-facing as the pack judged it (its spec, tags and what the internet reaches), not as tags declare.
        ProductView product = ProductComponents.of(preview, analysis.components());
        Set<String> componentNames = new LinkedHashSet<>();
        product.components().forEach(c -> componentNames.add(c.name()));
        Map<String, String> claims = ProductComponents.claims(preview.resources());
        List<ItemResult> items = new ArrayList<>();
        List<Finding> reportFindings = new ArrayList<>(analysis.findings());
        for (PrrItem item : PrrCatalogue.items()) {
            List<PolicyDescriptor> policies = analysis.pack().policiesFor(item.id());
            List<Finding> findings = analysis.findingsFor(item.id());
            List<String> policyNames = policies.stream().map(PolicyDescriptor::name).toList();
            Decision decision;
            List<Evidence> evidence = List.of();
            switch (item.kind()) {
                case INFRA -> {
                    evidence = evidence(preview, policies, byUrn, componentNames, claims);
                    decision = ItemRules.infra(policies, findings, evidence.size(),
                            policies.stream().flatMap(p -> analysis.notApplicableFor(p.name()).stream()).toList());
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
            decision = ProdEnforcement.notChecked(policies, analysis.pack()).orElse(decision);
            if (decision.status() == ItemStatus.NOT_MEASURED && analysis.pack().environment().isProd()) {
                decision = new Decision(ItemStatus.NOT_MEASURED, decision.reason() + "; in prod, what is not measured blocks the verdict");
            }
            items.add(new ItemResult(item, decision.status(), decision.reason(), policyNames, evidence, findings));
        }
        List<ResourceSummary> resources = preview.resources().stream()
                .map(r -> new ResourceSummary(r.urn(), r.type(), r.name(),
                        ProductComponents.componentOf(r, byUrn, componentNames, claims).orElse(""), r.parentUrn(), r.custom()))
                .toList();
        return new PrrReport(preview.project(), preview.stack(), generatedAt, analysis.pack(), items, reportFindings,
                product, resources, preview.programTime(), notes(preview), distinctInOrder(preview.assumptions()),
                HandoverReading.of(preview, resources));
    }

    private static List<Finding> concat(List<Finding> first, List<Finding> second) {
        List<Finding> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> notes(Preview preview) {
        List<String> notes = new ArrayList<>();
        notDerivedNote(preview).ifPresent(notes::add);
        if (!preview.uncheckedSecretKeys().isEmpty()) {
            // Key names only: they say what the policies could not see, never a value.
            notes.add(preview.uncheckedSecretKeys().size() + " secure config key(s) could not be decrypted offline and reached the"
                    + " program as placeholders, so policies judged placeholders for them: "
                    + String.join(", ", new java.util.TreeSet<>(preview.uncheckedSecretKeys()))
                    + ". Run 'pulumi preview --policy-pack policy' with the stack's secrets provider to judge the real values.");
        }
        if (preview.returnedUnknowns()) {
            notes.add(UNKNOWN_ANSWERS_NOTE);
        }
        return notes;
    }

    /**
     * The azure-native types whose preview outputs the model could not derive from the SDK here
     * (another SDK version, a module missing): their stack policies judged echoed inputs.
     */
    private static Optional<String> notDerivedNote(Preview preview) {
        java.util.TreeSet<String> types = preview.resources().stream()
                .filter(r -> PreviewOutputs.standard().source(r.type(), r.custom()) == PreviewOutputs.Source.NOT_DERIVED)
                .map(RecordedResource::type)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        if (types.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("model: not derived for " + String.join(", ", types) + ": the azure-native SDK the review runs with"
                + " has no class for these types, so AnalyzeStack saw their inputs echoed instead of a real preview's outputs"
                + " (docs/fidelity.md).");
    }

    /**
     * Each distinct answer once (a program may call {@code getClientConfig} in every component), in
     * a fixed order: the engine receives calls concurrently, and two reports of the same stack must
     * diff cleanly.
     */
    private static List<Assumption> distinctInOrder(List<Assumption> assumptions) {
        return assumptions.stream().distinct()
                .sorted(java.util.Comparator.comparing(Assumption::kind).thenComparing(Assumption::token).thenComparing(Assumption::name)
                        .thenComparing(Assumption::source).thenComparing(Assumption::detail))
                .toList();
    }

    /**
     * Said whenever the engine answered a function, stack reference or read as unknown. The engine
     * cannot tell whether the program creates resources inside an {@code apply} on such a value: the
     * SDK never runs the callback, so nothing of it reaches the engine.
     */
    public static final String UNKNOWN_ANSWERS_NOTE = "Some function calls, stack references or reads were answered unknown offline"
            + " (see assumptions), where a real preview has the provider's, the backend's or the cloud's answer. Checks that depend on"
            + " them are [undecided], which fails; and resources the program creates inside an apply on such a value are not"
            + " registered at all in this preview, so no policy sees them and the engine cannot know they exist. Pin the answers with"
            + " --invokes FILE and --stack-outputs FILE to review those resources too.";

    private static List<Evidence> evidence(Preview preview, List<PolicyDescriptor> policies, Map<String, RecordedResource> byUrn,
            Set<String> componentNames, Map<String, String> claims) {
        Set<String> types = new LinkedHashSet<>();
        policies.forEach(p -> types.addAll(p.evidenceTypes()));
        // A policy that names no evidence type is about the stack as a whole (for example "deployed
        // with Pulumi"): every resource a provider manages is its evidence.
        boolean wholeStack = policies.stream().anyMatch(p -> p.evidenceTypes().isEmpty());
        return preview.resources().stream()
                .filter(r -> wholeStack ? r.custom() && !r.type().startsWith("pulumi:providers:") : types.contains(r.type()))
                .map(r -> new Evidence(r.urn(), r.type(), r.name(), ProductComponents.componentOf(r, byUrn, componentNames, claims).orElse(""),
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
            if (r.type().equals(ProviderTypes.READY_SERVICE) && r.inputs().get("signOffs") instanceof Map<?, ?> signOffs
                    && signOffs.get(itemId) instanceof Map<?, ?> record) {
                Map<String, String> properties = new TreeMap<>();
                record.forEach((k, v) -> properties.put(String.valueOf(k), DisplayValues.render(v)));
                return Optional.of(new Evidence(r.urn(), r.type(), r.name(), "", properties));
            }
        }
        return Optional.empty();
    }
}
