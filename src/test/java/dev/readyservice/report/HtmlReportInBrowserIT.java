package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.review.launch.ProcessGroup;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prr-report.html} opened in a real browser, Debian's Chromium in headless mode: it renders,
 * the verdict and every checklist item are in the page, and the page requests nothing from the
 * network. Every host name resolves to nothing, and Chromium's net log lists every request; the
 * requests made for the page (those with an origin, unlike Chromium's own update and sync calls)
 * must be none. Two controls show the check can fail: an image from the network in a page without
 * the report's content security policy is requested, and with it, is not.
 *
 * <p>Skipped, visibly, where no Chromium is installed ({@code apt-get install chromium}).
 */
class HtmlReportInBrowserIT {
    private static final String OUTSIDE = "http://readyservice.invalid/tracker.png";
    private static final String IMAGE = "<img src=\"" + OUTSIDE + "\" alt=\"\">";
    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        assumeTrue(found.isPresent(), "SKIP: no chromium on PATH (apt-get install chromium): the HTML report is not opened in a browser");
        chromium = found.get();
    }

    /** What Chromium made of a page: its DOM, the URLs requested for it, and the page's console messages. */
    private record Opened(String dom, List<String> requested, String console) {
    }

    private Opened open(String html, String name) throws IOException, InterruptedException {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path netLog = dir.resolve(name + "-net.json");
        Path profile = dir.resolve(name + "-profile");
        Path dom = dir.resolve(name + "-dom.html");
        Path console = dir.resolve(name + "-console.txt");
        ProcessBuilder builder = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog,
                "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(console.toFile());
        builder.environment().put("TMPDIR", dir.toString());
        builder.environment().put("HOME", dir.toString());
        ProcessGroup group = ProcessGroup.start(builder);
        try {
            assertThat(group.process().waitFor(90, TimeUnit.SECONDS)).as("chromium finished within 90 s").isTrue();
            assertThat(group.process().exitValue()).as("chromium's exit code; its log:%n%s", Files.readString(console)).isZero();
        } finally {
            group.destroy();
        }
        return new Opened(Files.readString(dom, StandardCharsets.UTF_8), pageRequests(netLog), consoleLines(console));
    }

    /** The http(s) URLs Chromium requested on behalf of a page: its own calls have no initiating origin. */
    private static List<String> pageRequests(Path netLog) throws IOException {
        TreeSet<String> urls = new TreeSet<>();
        for (JsonNode event : new ObjectMapper().readTree(netLog.toFile()).path("events")) {
            JsonNode params = event.path("params");
            String url = params.path("url").asText("");
            if (url.matches("(?i)^(https?|wss?)://.*") && params.has("initiator") && !params.path("initiator").asText().equals("not an origin")) {
                urls.add(url);
            }
        }
        return new ArrayList<>(urls);
    }

    private static String consoleLines(Path log) throws IOException {
        return String.join("\n", Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList());
    }

    @Test
    void theReportRendersWithTheVerdictAndEveryItemAndRequestsNothing() throws Exception {
        PrrReport report = ReportFixtures.report();
        String html = ReportWriter.render(report, Format.HTML);
        assertThat(html).as("no attribute of the page names a URL to load").doesNotContainPattern("(?i)(src|href|action)\\s*=");

        Opened opened = open(html, "report");

        assertThat(opened.dom()).contains("<div class=\"banner not-ready\">Verdict: not-ready");
        for (ItemResult item : report.items()) {
            assertThat(opened.dom()).contains("<tr><td><code>" + item.item().id() + "</code>");
        }
        assertThat(opened.requested()).isEmpty();
        assertThat(opened.console()).as("the browser's console: the policy lets the page's own stylesheet apply").isEmpty();
    }

    @Test
    void aPageWithoutTheReportsPolicyWouldReachTheNetworkSoTheCheckCanFail() throws Exception {
        String html = ReportWriter.render(ReportFixtures.report(), Format.HTML);
        String withoutPolicy = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
                .replace("</body>", IMAGE + "</body>");
        assertThat(withoutPolicy).doesNotContain("Content-Security-Policy");

        assertThat(open(withoutPolicy, "control").requested()).containsExactly(OUTSIDE);
    }

    @Test
    void theReportsPolicyStopsAnImageFromTheNetwork() throws Exception {
        String html = ReportWriter.render(ReportFixtures.report(), Format.HTML).replace("</body>", IMAGE + "</body>");

        Opened opened = open(html, "blocked");

        assertThat(opened.requested()).isEmpty();
        assertThat(opened.console()).contains("Loading the image '" + OUTSIDE + "' violates the following Content Security Policy directive");
    }
}
