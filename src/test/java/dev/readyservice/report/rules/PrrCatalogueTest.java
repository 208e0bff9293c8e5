package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readyservice.report.ItemKind;
import dev.readyservice.report.PrrItem;
import dev.readyservice.report.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrrCatalogueTest {
    private static final Path SHARED = Path.of("../shared/prr-items.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");

    @Test
    void shipsEveryItemOnceInChecklistOrder() {
        List<PrrItem> items = PrrCatalogue.items();
        assertThat(items).hasSize(27);
        assertThat(items).extracting(PrrItem::id).doesNotHaveDuplicates().startsWith("slo.objectives").endsWith("quality.qa-environment");
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.PROJECT).extracting(PrrItem::id)
                .containsExactly("quality.coverage", "quality.automated-tests", "quality.redeploy-time", "quality.qa-environment");
        assertThat(items).filteredOn(i -> i.id().equals("support.out-of-hours")).extracting(PrrItem::section).containsExactly(Section.MONITORING);
        assertThat(items.stream().map(PrrItem::section).distinct()).containsExactly(Section.values());
    }

    @Test
    void matchesTheSharedChecklistWhenItIsThere() throws IOException {
        if (!Files.exists(SHARED)) {
            System.out.println("SKIPPED: " + SHARED.toAbsolutePath() + " is absent; cannot compare prr-items.json with it");
        }
        assumeTrue(Files.exists(SHARED), "../shared/prr-items.md is absent");
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(SHARED)) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                expected.add(m.group(1) + " | " + m.group(3).strip() + " | " + m.group(4).strip());
            }
        }
        assertThat(PrrCatalogue.items()).extracting(i -> i.id() + " | " + i.title() + " | " + i.kind().label())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void namesAnUnknownSectionOrKind() {
        assertThatThrownBy(() -> Section.byTitle("Finance")).hasMessage("section 'Finance' is not a PRR checklist section");
        assertThatThrownBy(() -> ItemKind.byLabel("magic")).hasMessage("kind 'magic' is not one of infra, sign-off, project");
    }
}
