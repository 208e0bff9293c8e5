package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of an item's evidence the Markdown and HTML reports show, so that at 100 components
 * they stay a page a person reads rather than every input of every resource (the JSON keeps all of
 * it): every resource a finding of the item names and every config difference QA must not have,
 * never cut, then the first {@value #SAMPLE} of the rest.
 *
 * @param flagged the evidence a finding names or that breaks a rule, each with the outcomes of its findings
 * @param sample the first of the other evidence
 * @param total how many evidence entries the item has in all
 */
record EvidenceExcerpt(Map<Evidence, String> flagged, List<Evidence> sample, int total) {
    /** How many of the unflagged evidence entries are shown per item. */
    static final int SAMPLE = 3;
    /** Where the whole evidence is, as the reports point to it. */
    static final String WHOLE = "prr-report.json";

    static EvidenceExcerpt of(ItemResult item) {
        Map<Evidence, String> flagged = new LinkedHashMap<>();
        List<Evidence> sample = new ArrayList<>();
        for (Evidence e : item.evidence()) {
            Set<String> outcomes = new LinkedHashSet<>();
            for (Finding f : item.findings()) {
                if (!f.urn().isEmpty() && f.urn().equals(e.urn())) {
                    outcomes.add(JsonReport.outcome(f));
                }
            }
            if (e.isDisallowedDifference()) {
                outcomes.add("not allowed");
            }
            if (!outcomes.isEmpty()) {
                flagged.put(e, String.join(", ", outcomes));
            } else if (sample.size() < SAMPLE) {
                sample.add(e);
            }
        }
        return new EvidenceExcerpt(flagged, sample, item.evidence().size());
    }

    /** How many evidence entries are left out. */
    int omitted() {
        return total - flagged.size() - sample.size();
    }

    /** One sentence with the counts and, when entries are left out, where they are. */
    String summary() {
        StringBuilder text = new StringBuilder().append(total).append(total == 1 ? " entry" : " entries");
        if (!flagged.isEmpty()) {
            text.append(", ").append(flagged.size()).append(" named by a finding or breaking a rule (all listed first)");
        }
        if (omitted() == 0) {
            return text.append("; all shown.").toString();
        }
        return text.append("; ").append(sample.size()).append(" of the other ").append(total - flagged.size())
                .append(" shown. Every entry with its inputs is in ").append(WHOLE).append(" (items[].evidence).").toString();
    }
}
