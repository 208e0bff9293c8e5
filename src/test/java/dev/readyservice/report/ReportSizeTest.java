package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports of a 100-component product stay readable: Markdown and HTML under 1 MB each, with
 * every failing resource and the verdict, while the JSON keeps every resource's evidence.
 */
class ReportSizeTest {
    private static final int COMPONENTS = 100;
    private static final int FAILING = 30;
    private static final int MEGABYTE = 1_000_000;
    private static PrrReport report;

    @BeforeAll
    static void build() {
        report = ReportAtScale.report(COMPONENTS, FAILING);
    }

    private static int bytes(Format format) {
        int size = ReportWriter.render(report, format).getBytes(StandardCharsets.UTF_8).length;
        System.out.println("report at " + COMPONENTS + " components: " + format.fileName() + " " + size + " bytes");
        return size;
    }

    @Test
    void markdownAndHtmlStayUnderOneMegabyte() {
        int json = bytes(Format.JSON);
        int markdown = bytes(Format.MARKDOWN);
        int html = bytes(Format.HTML);
        assertThat(markdown).isLessThan(MEGABYTE);
        assertThat(html).isLessThan(MEGABYTE);
        assertThat(json).as("the JSON keeps every resource's evidence").isGreaterThan(MEGABYTE);
    }

    @Test
    void everyFailingResourceAndTheVerdictAreShownHowSmallTheSampleIs() {
        String markdown = ReportWriter.render(report, Format.MARKDOWN);
        String html = ReportWriter.render(report, Format.HTML);
        assertThat(markdown).contains("**Verdict: not-ready**");
        assertThat(html).contains("<div class=\"banner not-ready\">Verdict: not-ready");
        String from = markdown.substring(markdown.indexOf("\n### security.tls-in-transit\n"));
        String tls = from.substring(0, from.indexOf("\n### ", 5));
        assertThat(tls).contains("200 entries, " + FAILING + " named by a finding or breaking a rule (all listed first); "
                + EvidenceExcerpt.SAMPLE + " of the other " + (200 - FAILING) + " shown. Every entry with its inputs is in prr-report.json");
        assertThat(tls.lines().filter(l -> l.startsWith("- **violation** "))).hasSize(FAILING);
        assertThat(tls.lines().filter(l -> l.startsWith("- `"))).hasSize(EvidenceExcerpt.SAMPLE);
        IntStream.range(0, FAILING).forEach(i -> {
            assertThat(tls).contains("- **violation** `" + ReportAtScale.storageUrn(i) + "`");
            assertThat(html).contains("<li><strong>violation</strong> <code>bench-c" + i + "-data</code>");
        });
        assertThat(tls).doesNotContain(ReportAtScale.storageUrn(COMPONENTS - 1));
    }

    @Test
    void theJsonKeepsEveryResourceOfEveryItemWithItsInputs() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.render(report, Format.JSON));
        JsonNode tls = null;
        for (JsonNode item : json.path("items")) {
            if (item.path("id").asText().equals("security.tls-in-transit")) {
                tls = item;
            }
        }
        assertThat(tls).isNotNull();
        assertThat(tls.path("evidence")).hasSize(2 * COMPONENTS);
        assertThat(tls.path("evidence").findValuesAsText("urn")).contains(ReportAtScale.storageUrn(COMPONENTS - 1));
        assertThat(tls.path("evidence").get(0).path("properties").path("minimumTlsVersion").asText()).isEqualTo("TLS1_2");
    }
}
