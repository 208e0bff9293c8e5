package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.rules.ReportBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWritersTest {
    @TempDir
    Path out;

    private final PrrReport report = ReportFixtures.report();

    @Test
    void writesEveryFormatAndNoFileHoldsTheSecret() throws IOException {
        List<Path> files = ReportWriter.writeAll(report, out.resolve("prr"), EnumSet.allOf(Format.class));

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("prr-report.md", "prr-report.json", "prr-report.html", "prr-junit.xml", "prr-report.sarif", "handover.md");
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(ReportFixtures.SECRET).isNotBlank();
        }
        assertThat(Files.readString(files.get(1))).contains("[secret]");
    }

    @Test
    void writesTheHandoverPackFromTheReportAlone() throws IOException {
        List<Path> files = ReportWriter.writeAll(report, out, Set.of(Format.HANDOVER));

        assertThat(files).containsExactly(out.resolve("handover.md"));
        assertThat(Files.readString(files.get(0))).isEqualTo(ReportWriter.render(report, Format.HANDOVER))
                .contains("| api | shop-api-latency |").doesNotContain("This stack defines no Datadog monitor");
    }

    @Test
    void aReportWithoutHandoverFactsHasAnEmptyHandoverPack() {
        PrrReport bare = new PrrReport("p", "s", report.generatedAt(), report.pack(), report.items(), List.of(), report.product(),
                report.resources(), report.programTime(), List.of());

        assertThat(bare.handover()).isEqualTo(HandoverFacts.NONE);
        assertThat(ReportWriter.render(bare, Format.HANDOVER)).contains("This stack defines no Datadog monitor")
                .doesNotContain("shop-api-latency |");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndTheOthersAreStillThere() throws Exception {
        Files.createDirectories(out.resolve("prr-report.json"));

        assertThatThrownBy(() -> ReportWriter.writeAll(report, out, EnumSet.of(Format.MARKDOWN, Format.JSON, Format.SARIF)))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot write " + out.resolve("prr-report.json") + ": Is a directory");
        assertThat(Files.readString(out.resolve("prr-report.md"))).isEqualTo(ReportWriter.render(report, Format.MARKDOWN));
        assertThat(Files.readString(out.resolve("prr-report.sarif"))).isEqualTo(ReportWriter.render(report, Format.SARIF));
    }

    @Test
    void whenSeveralFilesFailTheFirstInFormatOrderIsThrownWithTheOthersSuppressed() throws Exception {
        Files.createDirectories(out.resolve("prr-report.sarif"));
        Files.createDirectories(out.resolve("prr-report.html"));

        assertThatThrownBy(() -> ReportWriter.writeAll(report, out, EnumSet.of(Format.SARIF, Format.JSON, Format.HTML)))
                .hasMessage("cannot write " + out.resolve("prr-report.html") + ": Is a directory")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("cannot write " + out.resolve("prr-report.sarif") + ": Is a directory"));
        assertThat(Files.readString(out.resolve("prr-report.json"))).isEqualTo(ReportWriter.render(report, Format.JSON));
    }

    @Test
    void writesOnlyTheChosenFormats() {
        assertThat(ReportWriter.writeAll(report, out, Set.of(Format.SARIF, Format.MARKDOWN)))
                .containsExactly(out.resolve("prr-report.md"), out.resolve("prr-report.sarif"));
        assertThat(ReportWriter.writeAll(report, out, Set.of())).isEmpty();
    }

    @Test
    void junitHasOneTestcasePerItemWithFailuresAndSkips() throws Exception {
        Document doc = parse(ReportWriter.render(report, Format.JUNIT));

        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(27);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(16);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(2);
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("16");
        Element golden = testcase(cases, "monitoring.golden-signals");
        Element failure = (Element) golden.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("fail");
        assertThat(failure.getTextContent()).contains("latency | traffic <errors> *saturation*");
        assertThat(testcase(cases, "security.tls-in-transit").getElementsByTagName("failure").getLength()).isZero();
        Element backups = (Element) testcase(cases, "security.backups").getElementsByTagName("skipped").item(0);
        assertThat(backups.getAttribute("message")).startsWith("not-applicable: enable-backups: the only stateful resource");
    }

    /** The JUnit file is written as text: what an XML parser reads back is each value, whatever characters it holds. */
    @Test
    void junitValuesReadBackWhateverCharactersTheyHold() throws Exception {
        String hostile = "a \"quoted\" & <tagged> 'x'\ttab\nline\r\ncrlf \u0001ctl \uD83D\uDE80 end";
        List<ItemResult> items = report.items().stream()
                .map(i -> new ItemResult(i.item(), i.status(), hostile, i.policies(), i.evidence(), i.findings())).toList();
        PrrReport odd = new PrrReport("p&<\"", "s", report.generatedAt(), report.pack(), items, List.of(), report.product(),
                report.resources(), report.programTime(), List.of());

        Document doc = parse(ReportWriter.render(odd, Format.JUNIT));

        String expected = hostile.replace("\u0001", "");
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("prr.p&<\".s");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(((Element) testcase(cases, "security.backups").getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("not-applicable: " + expected);
        assertThat(((Element) testcase(cases, "monitoring.golden-signals").getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo(expected);
        assertThat(testcase(cases, "monitoring.golden-signals").getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo("fail: " + expected);
    }

    private static Element testcase(NodeList cases, String id) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").startsWith(id + ":")) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + id);
    }

    @Test
    void sarifHasSchemaVersionAndOneResultPerFinding() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(ReportWriter.render(report, Format.SARIF));

        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("$schema").asText()).isEqualTo(SarifReport.SCHEMA);
        JsonNode run = sarif.path("runs").path(0);
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("readyservice-prr");
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(12);
        JsonNode results = run.path("results");
        assertThat(results).hasSize(8);
        JsonNode waived = result(results, "enable-storage-encryption");
        assertThat(waived.path("level").asText()).isEqualTo("note");
        assertThat(waived.path("suppressions").path(0).path("kind").asText()).isEqualTo("external");
        assertThat(waived.path("properties").path("items").path(0).asText()).isEqualTo("security.encryption-at-rest");
        assertThat(waived.path("locations").path(0).path("logicalLocations").path(0).path("fullyQualifiedName").asText())
                .isEqualTo(ReportFixtures.STORAGE);
        JsonNode mandatory = result(results, "missing-golden-signal-monitors");
        assertThat(mandatory.path("level").asText()).isEqualTo("error");
        assertThat(mandatory.path("locations").path(0).path("logicalLocations").path(0).path("fullyQualifiedName").asText())
                .isEqualTo("shop/qa");
        assertThat(result(results, "missing-anomaly-monitors").path("level").asText()).isEqualTo("warning");
    }

    /** The one SARIF result of {@code ruleId}. */
    private static JsonNode result(JsonNode results, String ruleId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        results.forEach(r -> {
            if (r.path("ruleId").asText().equals(ruleId)) {
                found.add(r);
            }
        });
        assertThat(found).as("results of %s", ruleId).hasSize(1);
        return found.get(0);
    }

    @Test
    void sarifLevelsFollowOutcomeAndEnforcement() {
        assertThat(SarifReport.level(finding(EnforcementLevel.MANDATORY, Outcome.STAGED))).isEqualTo("error");
        assertThat(SarifReport.level(finding(EnforcementLevel.ADVISORY, Outcome.STAGED))).isEqualTo("warning");
        assertThat(SarifReport.level(finding(EnforcementLevel.MANDATORY, Outcome.PLATFORM_LIMIT))).isEqualTo("note");
        assertThat(SarifReport.level(finding(EnforcementLevel.REMEDIATE, Outcome.UNDECIDED))).isEqualTo("error");
    }

    private static Finding finding(EnforcementLevel level, Outcome outcome) {
        return new Finding("p", List.of(), level, outcome, "", "");
    }

    @Test
    void htmlIsOneSelfContainedPageWithEverythingEscaped() {
        String html = ReportWriter.render(report, Format.HTML);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("class=\"banner not-ready\"")
                .contains("<div class=\"component\"><h3>api (customer-facing)</h3>")
                .contains("<tr><td>Security</td><td class=\"pass\">1</td><td class=\"fail\"></td><td class=\"waived\">1</td>")
                .contains("<li><code>quality.redeploy-time</code>: target/prr/qa/redeploy.json is absent")
                .contains("latency | traffic &lt;errors&gt; *saturation*")
                .doesNotContain("<errors>").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void escapesEachFormatsSpecialCharacters() {
        assertThat(Escape.html("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Escape.markdown("a|b *c* [d](e) <f>\r\n`g`")).isEqualTo("a\\|b \\*c\\* \\[d\\](e) &lt;f&gt;<br>\\`g\\`");
        assertThat(Escape.mermaid("say \"hi\" <b> & go\n")).isEqualTo("say #quot;hi#quot; #lt;b#gt; #amp; go ");
        assertThat(Escape.xmlChars("a\u0001b\u0000c\td")).isEqualTo("abc\td");
        // A value with nothing to escape is handed back as it is: reports pass megabytes of them.
        String clean = "plain text, nothing to escape \uD83D\uDE80";
        assertThat(Escape.xmlChars(clean)).isSameAs(clean);
        assertThat(Escape.html(clean)).isSameAs(clean);
        assertThat(Escape.markdown(clean)).isSameAs(clean);
    }

    @Test
    void keepsSurrogatePairsAndDropsWhatXmlCannotHold() {
        String rocket = "\uD83D\uDE80";
        assertThat(Escape.xmlChars("go " + rocket)).isEqualTo("go " + rocket);
        assertThat(Escape.xmlChars("lone \uD83D high, lone \uDE80 low, " + rocket)).isEqualTo("lone  high, lone  low, " + rocket);
        assertThat(Escape.xmlChars("end \uD83D")).isEqualTo("end ");
        assertThat(Escape.xmlChars("not \uFFFE\uFFFF chars")).isEqualTo("not  chars");
        assertThat(Escape.html("a\u0007<b>")).isEqualTo("a&lt;b&gt;");
    }

    /**
     * A plain value becomes inline code; one with a backtick, a pipe or a line break is escaped text
     * instead (a code span cannot hold a line break, and a table row with one would end early).
     * Inline code too holds only what XML and UTF-8 can.
     */
    @ParameterizedTest
    @MethodSource
    void aValueIsInlineCodeOnlyWhereATableCellCanHoldIt(String value, String escaped) {
        assertThat(Escape.code(value)).isEqualTo(escaped);
    }

    static Stream<Arguments> aValueIsInlineCodeOnlyWhereATableCellCanHoldIt() {
        return Stream.of(arguments("urn:a::b", "`urn:a::b`"), arguments("a`b", "a\\`b"), arguments("", ""),
                arguments("a\nb\nc", "a<br>b<br>c"), arguments("a\r\nb", "a<br>b"), arguments("x|y", "x\\|y"),
                arguments("id\u0001-\uD83D", "`id-`"));
    }

    @Test
    void aReadyReportSaysReady() {
        PrrReport ready = new PrrReport("p", "s", report.generatedAt(), report.pack(),
                report.items().stream().filter(i -> !i.status().blocksVerdict()).toList(), List.of(), report.product(), List.of(),
                report.programTime(), List.of());

        assertThat(ready.verdict()).isEqualTo(Verdict.READY);
        assertThat(ReportWriter.render(ready, Format.MARKDOWN)).contains("**Verdict: ready**").contains("The policy pack reported no findings.");
        assertThat(ReportWriter.render(ready, Format.HTML)).contains("class=\"banner ready\"").contains("The policy pack reported no findings.");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void masksACredentialFromPlainConfigInEveryFormatHoweverTheFormatEscapesIt() throws IOException {
        // A plain-config value quoted by the QA/prod comparison, with characters each format escapes.
        String credential = "sk_live_51Hq8x&Y<z>\"AbCd|E*f";
        ProjectArtefacts leaking = new ProjectArtefacts("qa", java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), dev.readyservice.evidence.qaenv.QaParity.compared(List.of(
                        new dev.readyservice.evidence.qaenv.ConfigDifference("shop:paymentKey", credential, "other-value-1", false, "must match"))),
                java.util.Map.of());
        PrrReport withCredential = ReportBuilder.build(ReportFixtures.preview(), ReportFixtures.analysis(), leaking, ReportFixtures.CLOCK);

        List<Path> files = ReportWriter.writeAll(withCredential, out, EnumSet.allOf(Format.class),
                dev.readyservice.review.secrets.SecretMask.of(List.of(credential, "other-value-1")));

        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain("51Hq8x").doesNotContain("other-value-1");
        }
        assertThat(Files.readString(out.resolve("prr-report.json"))).contains("[masked]");
    }

    @Test
    void leavesNoTemporaryFileAndReplacesAnEarlierReportWhole() throws IOException {
        Files.writeString(out.resolve("prr-report.md"), "an earlier verdict");

        ReportWriter.writeAll(report, out, EnumSet.of(Format.MARKDOWN, Format.JSON));

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("prr-report.json", "prr-report.md");
        }
        assertThat(Files.readString(out.resolve("prr-report.md"))).doesNotContain("an earlier verdict");
    }
}
