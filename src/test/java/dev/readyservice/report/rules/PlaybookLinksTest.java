package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.evidence.PlaybookText;
import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.ItemStatus;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.ReportFixtures;
import dev.readyservice.report.Verdict;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's own {@code tech.playbooks} check: a monitor's playbook link must resolve in the playbook directory. */
class PlaybookLinksTest {
    private static final String BASE = "https://git.example.com/shop/blob/main/docs/playbooks/";

    @TempDir
    Path project;

    private static RecordedResource monitor(String name, Object message) {
        return new RecordedResource("urn:pulumi:qa::shop::datadog:index/monitor:Monitor::" + name, ProviderTypes.MONITOR, name, true, "",
                Map.of("message", message), List.of(), Map.of(), "", false, false, "", "");
    }

    private Playbooks playbooks(String... files) throws IOException {
        Path dir = Files.createDirectories(project.resolve("docs/playbooks"));
        for (String f : files) {
            Files.writeString(dir.resolve(f), "# " + f + "\n\nOpen the dashboard, check the last deploy, roll it back if it is the cause.\n");
        }
        return Playbooks.read(project, dir);
    }

    @Test
    void readsTheMarkdownFilesOfTheDirectoryShownRelativeToTheProject() throws IOException {
        Files.createDirectories(project.resolve("docs/playbooks/archive"));
        Playbooks playbooks = playbooks("latency.md", "notes.txt");
        assertThat(playbooks.directory()).isEqualTo("docs/playbooks");
        assertThat(playbooks.present()).isTrue();
        assertThat(playbooks.fileNames()).containsExactly("latency.md");
        assertThat(playbooks.has("latency.md")).isTrue();
        assertThat(playbooks.has("notes.txt")).isFalse();
    }

    @Test
    void anAbsentDirectoryIsNotPresentAndOneOutsideTheProjectIsShownInFull(@TempDir Path elsewhere) {
        Playbooks absent = Playbooks.read(project, project.resolve("runbooks"));
        assertThat(absent.present()).isFalse();
        assertThat(absent.directory()).isEqualTo("runbooks");
        assertThat(Playbooks.read(project, elsewhere).directory()).isEqualTo(elsewhere.toAbsolutePath().normalize().toString());
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNotADirectory() throws IOException {
        Path file = Files.writeString(project.resolve("playbooks"), "not a directory");
        assertThat(Playbooks.read(project, file).present()).isFalse();
    }

    @Test
    void aMonitorLinkingANonexistentPlaybookIsAMandatoryViolationNamingMonitorAndLink() throws IOException {
        PlaybookLinks.Result result = PlaybookLinks.check(List.of(
                monitor("shop-api-latency", "high\nPlaybook: " + BASE + "latency.md\n@pagerduty-shop-api"),
                monitor("shop-api-errors", "high\nPlaybook: " + BASE + "nonexistent.md @pagerduty-shop-api")), playbooks("latency.md"));

        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.unchecked()).isZero();
        assertThat(result.missing()).singleElement().satisfies(f -> {
            assertThat(f.policy()).isEqualTo("missing-playbook-file");
            assertThat(f.items()).containsExactly("tech.playbooks");
            assertThat(f.level()).isEqualTo(EnforcementLevel.MANDATORY);
            assertThat(f.outcome()).isEqualTo(Outcome.VIOLATION);
            assertThat(f.urn()).endsWith("::shop-api-errors");
            assertThat(f.message()).isEqualTo("monitor shop-api-errors links the playbook " + BASE + "nonexistent.md, but "
                    + "docs/playbooks/nonexistent.md does not exist");
        });
    }

    @Test
    void linksThatAreNotMarkdownFilesOrAreSecretAreNotCompared() throws IOException {
        PlaybookLinks.Result result = PlaybookLinks.check(List.of(
                monitor("wiki", "Playbook: https://wiki.example.com/shop/latency"),
                monitor("none", "no playbook line"),
                monitor("secret", Map.of(dev.readyservice.review.WireValues.SIG_KEY, dev.readyservice.review.WireValues.SECRET_SIG,
                        "value", "Playbook: " + BASE + "nonexistent.md"))), playbooks("latency.md"));
        assertThat(result).isEqualTo(new PlaybookLinks.Result(0, 0, List.of()));
    }

    @Test
    void everyLinkOfAMonitorIsCheckedNotOnlyTheFirst() throws IOException {
        PlaybookLinks.Result result = PlaybookLinks.check(List.of(
                monitor("shop-api-latency", "high\nPlaybook: " + BASE + "latency.md\nPlaybook: " + BASE + "gone.md\n@pagerduty-shop-api")),
                playbooks("latency.md"));
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.missing()).extracting(Finding::message).containsExactly(
                "monitor shop-api-latency links the playbook " + BASE + "gone.md, but docs/playbooks/gone.md does not exist");
    }

    @Test
    void anEmptyOrPlaceholderPlaybookFileDoesNotResolve() throws IOException {
        Playbooks playbooks = playbooks("latency.md");
        Path dir = project.resolve("docs/playbooks");
        Files.writeString(dir.resolve("empty.md"), "");
        Files.writeString(dir.resolve("todo.md"), "# Errors\n\n<!-- write me -->\nTODO\n");
        playbooks = Playbooks.read(project, dir);
        assertThat(playbooks.hollowNames()).containsExactlyInAnyOrder("empty.md", "todo.md");

        PlaybookLinks.Result result = PlaybookLinks.check(List.of(
                monitor("a", "Playbook: " + BASE + "empty.md"), monitor("b", "Playbook: " + BASE + "todo.md"),
                monitor("c", "Playbook: " + BASE + "latency.md")), playbooks);
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.missing()).extracting(Finding::message).containsExactly(
                "monitor a links the playbook " + BASE + "empty.md, but docs/playbooks/empty.md is empty or only a placeholder",
                "monitor b links the playbook " + BASE + "todo.md, but docs/playbooks/todo.md is empty or only a placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\n", "# Latency\n## Steps\n", "TBD - coming soon...", "# Latency\nLorem ipsum dolor sit amet\n- FIXME\n"})
    void aPlaybookIsHollowWithoutTextBesidesHeadingsCommentsAndPlaceholders(String text) {
        assertThat(PlaybookText.hollow(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Latency\n1. Check the p99 on the dashboard.\n", "Restart the app (TODO: automate)."})
    void aPlaybookWithAnInstructionIsNotHollow(String text) {
        assertThat(PlaybookText.hollow(text)).isFalse();
    }

    @Test
    void withoutTheDirectoryLinksAreCountedAsUnchecked() {
        PlaybookLinks.Result result = PlaybookLinks.check(List.of(monitor("m", "Playbook: " + BASE + "nonexistent.md")),
                Playbooks.absent("docs/playbooks"));
        assertThat(result).isEqualTo(new PlaybookLinks.Result(0, 1, List.of()));
    }

    @Test
    void aLinkNamesItsFileWithoutQueryOrFragment() {
        assertThat(PlaybookLinks.markdownFile(BASE + "errors.md#first-checks")).contains("errors.md");
        assertThat(PlaybookLinks.markdownFile(BASE + "errors.md?plain=1")).contains("errors.md");
        assertThat(PlaybookLinks.markdownFile(BASE + ".md")).isEmpty();
        assertThat(PlaybookLinks.markdownFile("https://wiki.example.com/errors")).isEmpty();
        assertThat(PlaybookLinks.links("a\n  Playbook:   " + BASE + "x.md  trailing")).containsExactly(BASE + "x.md");
        assertThat(PlaybookLinks.links("Playbook:")).isEmpty();
    }

    private static final Decision PASS = new Decision(ItemStatus.PASS, "36 resources prove it");

    @Test
    void aMissingPlaybookFailsTheItemEvenWhenThePackPassedOrWaivedIt() {
        Finding missing = new Finding("missing-playbook-file", List.of("tech.playbooks"), EnforcementLevel.MANDATORY, Outcome.VIOLATION, "m", "");
        PlaybookLinks.Result result = new PlaybookLinks.Result(3, 0, List.of(missing));
        Playbooks dir = new Playbooks("docs/playbooks", true, Set.of("latency.md"));
        assertThat(ItemRules.playbooks(PASS, result, dir))
                .isEqualTo(new Decision(ItemStatus.FAIL, "1 playbook link does not resolve in docs/playbooks"));
        assertThat(ItemRules.playbooks(new Decision(ItemStatus.WAIVED, "waived"), result, dir).status()).isEqualTo(ItemStatus.FAIL);
        assertThat(ItemRules.playbooks(new Decision(ItemStatus.FAIL, "1 violation"), new PlaybookLinks.Result(3, 0, List.of(missing, missing)), dir))
                .isEqualTo(new Decision(ItemStatus.FAIL, "1 violation; 2 playbook links do not resolve in docs/playbooks"));
    }

    @Test
    void anAbsentDirectoryTurnsAPassIntoNotMeasuredAndKeepsAnyOtherStatus() {
        PlaybookLinks.Result unchecked = new PlaybookLinks.Result(0, 4, List.of());
        Playbooks absent = Playbooks.absent("docs/playbooks");
        Decision decision = ItemRules.playbooks(PASS, unchecked, absent);
        assertThat(decision.status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(decision.reason()).isEqualTo("36 resources prove it; but 4 playbook link(s) could not be checked: docs/playbooks does not exist"
                + " (point --playbooks at the playbook directory)");
        assertThat(ItemRules.playbooks(new Decision(ItemStatus.FAIL, "1 violation"), unchecked, absent).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void resolvingLinksAreNamedOnAPassAndNothingToCheckLeavesThePackDecision() {
        Playbooks dir = new Playbooks("docs/playbooks", true, Set.of());
        assertThat(ItemRules.playbooks(PASS, new PlaybookLinks.Result(2, 0, List.of()), dir).reason())
                .isEqualTo("36 resources prove it; 2 playbook link(s) resolve in docs/playbooks");
        assertThat(ItemRules.playbooks(PASS, new PlaybookLinks.Result(0, 0, List.of()), dir)).isEqualTo(PASS);
    }

    @Test
    void theReportFailsTechPlaybooksWithAFindingForANonexistentPlaybook() throws IOException {
        playbooks("latency.md");
        Preview preview = new Preview("shop", "qa", List.of(monitor("shop-api-errors", "Playbook: " + BASE + "nonexistent.md"),
                monitor("shop-api-latency", "Playbook: " + BASE + "latency.md")), List.of(), Set.of(), Duration.ZERO);
        PackInfo pack = new PackInfo("p", "1", List.of(new PolicyDescriptor("missing-playbook-links", List.of("tech.playbooks"),
                EnforcementLevel.MANDATORY, false, List.of(ProviderTypes.MONITOR), "monitors link playbooks")));

        PrrReport report = ReportBuilder.build(preview, new Analysis(pack, List.of()), ProjectArtefacts.read(project, "qa"), ReportFixtures.CLOCK);

        ItemResult item = report.items().stream().filter(i -> i.item().id().equals("tech.playbooks")).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(item.findings()).extracting(Finding::message).containsExactly(
                "monitor shop-api-errors links the playbook " + BASE + "nonexistent.md, but docs/playbooks/nonexistent.md does not exist");
        assertThat(report.findings()).extracting(Finding::policy).containsExactly("missing-playbook-file");
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_READY);

        Files.writeString(project.resolve("docs/playbooks/nonexistent.md"), "# now it exists\n\nRoll back the last deploy.\n");
        PrrReport fixed = ReportBuilder.build(preview, new Analysis(pack, List.of()), ProjectArtefacts.read(project, "qa"), ReportFixtures.CLOCK);
        assertThat(fixed.items().stream().filter(i -> i.item().id().equals("tech.playbooks")).findFirst().orElseThrow().status())
                .isEqualTo(ItemStatus.PASS);
    }

    @Test
    void artefactsWithoutAPlaybookDirectoryDefaultToAnAbsentOne() {
        ProjectArtefacts artefacts = new ProjectArtefacts("qa", Optional.empty(), Optional.empty(), Optional.empty(), QaParity.noQaStack(), Map.of());
        assertThat(artefacts.playbooks()).isEqualTo(Playbooks.absent("docs/playbooks"));
        assertThatThrownBy(() -> new ProjectArtefacts("qa", Optional.empty(), Optional.empty(), Optional.empty(), QaParity.noQaStack(), Map.of(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("playbooks");
    }

    @Test
    void anUnlistableDirectoryNamesItself() throws IOException {
        Path dir = Files.createDirectories(project.resolve("locked"));
        assertThat(dir.toFile().setReadable(false)).isTrue();
        try {
            // Root can list any directory; the check only means something for an ordinary user.
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(dir), "running as root");
            assertThatThrownBy(() -> Playbooks.read(project, dir)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("locked");
        } finally {
            dir.toFile().setReadable(true);
        }
    }
}
