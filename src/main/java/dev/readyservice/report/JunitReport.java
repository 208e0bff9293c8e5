package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code prr-junit.xml}: one testcase per item so CI shows the PRR in its test tab. {@code fail} and
 * {@code missing-sign-off} are failures; {@code not-measured} and {@code not-applicable} are skipped.
 *
 * <p>Written as text, every value through {@link Escape#xmlText} or {@link Escape#xmlAttribute},
 * the escapes the secret mask also searches for ({@link ReportWriter}). It was a DOM serialised by
 * JAXP's transformer, which cost a cold review about 60 ms of CPU to load for one small file (issue
 * 13); the layout is the one that transformer wrote (attributes by name, two-space indent).
 */
final class JunitReport {
    private static final String INDENT = "  ";

    private JunitReport() {
    }

    static String render(PrrReport report) {
        // In prod a not-measured item blocks, so it is a failure there and a skipped test in QA.
        List<ItemStatus> blocking = report.blockingStatuses();
        long failures = report.items().stream().filter(i -> blocking.contains(i.status())).count();
        long skipped = report.items().stream().filter(i -> !blocking.contains(i.status()) && isSkipped(i)).count();
        String tests = String.valueOf(report.items().size());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        open(xml, 0, "testsuites", Map.of("name", "prr", "tests", tests, "failures", String.valueOf(failures),
                "skipped", String.valueOf(skipped)));
        open(xml, 1, "testsuite", Map.of("name", "prr." + report.project() + "." + report.stack(), "tests", tests,
                "failures", String.valueOf(failures), "errors", "0", "skipped", String.valueOf(skipped),
                "timestamp", report.generatedAt().toString()));
        for (ItemResult item : report.items()) {
            open(xml, 2, "testcase", Map.of("classname", "prr." + item.item().section().name().toLowerCase(Locale.ROOT),
                    "name", item.item().id() + ": " + item.item().title(), "time", "0"));
            if (blocking.contains(item.status())) {
                leaf(xml, 3, "failure", Map.of("type", item.status().label(), "message", item.reason()),
                        item.findings().stream().map(JunitReport::line).collect(Collectors.joining("\n")));
            } else if (isSkipped(item)) {
                leaf(xml, 3, "skipped", Map.of("message", item.status().label() + ": " + item.reason()), "");
            }
            leaf(xml, 3, "system-out", Map.of(), item.status().label() + ": " + item.reason());
            close(xml, 2, "testcase");
        }
        close(xml, 1, "testsuite");
        close(xml, 0, "testsuites");
        return xml.toString();
    }

    private static void open(StringBuilder xml, int depth, String name, Map<String, String> attributes) {
        start(xml, depth, name, attributes).append(">\n");
    }

    /** An element with text only; empty text writes an empty element. */
    private static void leaf(StringBuilder xml, int depth, String name, Map<String, String> attributes, String text) {
        start(xml, depth, name, attributes);
        if (text.isEmpty()) {
            xml.append("/>\n");
        } else {
            xml.append('>').append(Escape.xmlText(text)).append("</").append(name).append(">\n");
        }
    }

    private static StringBuilder start(StringBuilder xml, int depth, String name, Map<String, String> attributes) {
        xml.append(INDENT.repeat(depth)).append('<').append(name);
        new TreeMap<>(attributes).forEach((key, value) -> xml.append(' ').append(key).append("=\"").append(Escape.xmlAttribute(value)).append('"'));
        return xml;
    }

    private static void close(StringBuilder xml, int depth, String name) {
        xml.append(INDENT.repeat(depth)).append("</").append(name).append(">\n");
    }

    private static boolean isSkipped(ItemResult item) {
        return item.status() == ItemStatus.NOT_MEASURED || item.status() == ItemStatus.NOT_APPLICABLE;
    }

    private static String line(Finding f) {
        return f.level().wireName() + " " + JsonReport.outcome(f) + " [" + f.policy() + "] " + (f.urn().isEmpty() ? "(stack)" : f.urn())
                + ": " + f.message();
    }
}
