package dev.readyservice.report;

import dev.readyservice.analyzer.Finding;
import java.io.StringWriter;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code prr-junit.xml}: one testcase per item so CI shows the PRR in its test tab. {@code fail} and
 * {@code missing-sign-off} are failures; {@code not-measured} and {@code not-applicable} are skipped.
 * Built as a DOM so the XML library does the escaping.
 */
final class JunitReport {

    private JunitReport() {
    }

    static String render(PrrReport report) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            // In prod a not-measured item blocks, so it is a failure there and a skipped test in QA.
            java.util.List<ItemStatus> blocking = report.blockingStatuses();
            long failures = report.items().stream().filter(i -> blocking.contains(i.status())).count();
            long skipped = report.items().stream().filter(i -> !blocking.contains(i.status()) && isSkipped(i)).count();
            Element suites = doc.createElement("testsuites");
            suites.setAttribute("name", "prr");
            suites.setAttribute("tests", String.valueOf(report.items().size()));
            suites.setAttribute("failures", String.valueOf(failures));
            suites.setAttribute("skipped", String.valueOf(skipped));
            doc.appendChild(suites);
            Element suite = doc.createElement("testsuite");
            suite.setAttribute("name", text("prr." + report.project() + "." + report.stack()));
            suite.setAttribute("tests", String.valueOf(report.items().size()));
            suite.setAttribute("failures", String.valueOf(failures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", String.valueOf(skipped));
            suite.setAttribute("timestamp", report.generatedAt().toString());
            suites.appendChild(suite);
            for (ItemResult item : report.items()) {
                Element testcase = doc.createElement("testcase");
                testcase.setAttribute("classname", "prr." + item.item().section().name().toLowerCase(java.util.Locale.ROOT));
                testcase.setAttribute("name", text(item.item().id() + ": " + item.item().title()));
                testcase.setAttribute("time", "0");
                if (blocking.contains(item.status())) {
                    Element failure = doc.createElement("failure");
                    failure.setAttribute("type", item.status().label());
                    failure.setAttribute("message", text(item.reason()));
                    failure.setTextContent(text(item.findings().stream().map(JunitReport::line).collect(Collectors.joining("\n"))));
                    testcase.appendChild(failure);
                } else if (isSkipped(item)) {
                    Element skip = doc.createElement("skipped");
                    skip.setAttribute("message", text(item.status().label() + ": " + item.reason()));
                    testcase.appendChild(skip);
                }
                Element out = doc.createElement("system-out");
                out.setTextContent(text(item.status().label() + ": " + item.reason()));
                testcase.appendChild(out);
                suite.appendChild(testcase);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter writer = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(writer));
            return writer.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
    }

    private static boolean isSkipped(ItemResult item) {
        return item.status() == ItemStatus.NOT_MEASURED || item.status() == ItemStatus.NOT_APPLICABLE;
    }

    private static String line(Finding f) {
        return f.level().wireName() + " " + JsonReport.outcome(f) + " [" + f.policy() + "] " + (f.urn().isEmpty() ? "(stack)" : f.urn())
                + ": " + f.message();
    }

    private static String text(String value) {
        return Escape.xmlChars(value);
    }
}
