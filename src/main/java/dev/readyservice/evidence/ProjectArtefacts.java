package dev.readyservice.evidence;

import dev.readyservice.deploy.MalformedRedeployRecordException;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.evidence.qaenv.QaParityCheck;
import dev.readyservice.model.StackPaths;
import dev.readyservice.review.secrets.ConfigSecrets.PlainCredential;
import dev.readyservice.review.secrets.ConfigSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the project itself shows about the system-quality items, read from the files a build and
 * CI leave behind. Absent files stay empty (the item is then {@code not-measured}); unreadable files
 * are recorded as problems (the item then fails; a broken report never passes).
 *
 * @param stack the stack reviewed
 * @param coverage line coverage from {@code target/site/jacoco/jacoco.xml}
 * @param tests totals of {@code target/surefire-reports} and {@code target/failsafe-reports}
 * @param redeploy the record of {@code target/prr/<stack>/redeploy.json}
 * @param qaEnvironment how {@code Pulumi.qa.yaml} compares with {@code Pulumi.prod.yaml}
 * @param problems per item id, why its artefact could not be read
 * @param playbooks the playbook directory the monitors' {@code Playbook:} links must resolve in
 * @param redeployMaxAge how old the redeploy record may be before the item is {@code not-measured} again
 * @param plainCredentials the keys of the reviewed stack's config (its file and the project defaults)
 *     that keep a credential-looking value in plain text; names only, never values
 */
public record ProjectArtefacts(String stack, Optional<Coverage> coverage, Optional<TestRun> tests, Optional<RedeployRecord> redeploy,
        QaParity qaEnvironment, Map<String, String> problems, Playbooks playbooks, Duration redeployMaxAge,
        List<PlainCredential> plainCredentials) {

    public static final String JACOCO = "target/site/jacoco/jacoco.xml";
    /** A timing older than this no longer says how the current code deploys (the deploy module's default). */
    public static final Duration DEFAULT_REDEPLOY_MAX_AGE = RedeployRecord.DEFAULT_MAX_AGE;

    public ProjectArtefacts {
        Objects.requireNonNull(qaEnvironment, "qaEnvironment");
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        Objects.requireNonNull(playbooks, "playbooks");
        Objects.requireNonNull(redeployMaxAge, "redeployMaxAge");
        plainCredentials = List.copyOf(plainCredentials);
    }

    /** Artefacts with no credential in plain config. */
    public ProjectArtefacts(String stack, Optional<Coverage> coverage, Optional<TestRun> tests, Optional<RedeployRecord> redeploy,
            QaParity qaEnvironment, Map<String, String> problems, Playbooks playbooks, Duration redeployMaxAge) {
        this(stack, coverage, tests, redeploy, qaEnvironment, problems, playbooks, redeployMaxAge, List.of());
    }

    /** Artefacts with the default redeploy record age. */
    public ProjectArtefacts(String stack, Optional<Coverage> coverage, Optional<TestRun> tests, Optional<RedeployRecord> redeploy,
            QaParity qaEnvironment, Map<String, String> problems, Playbooks playbooks) {
        this(stack, coverage, tests, redeploy, qaEnvironment, problems, playbooks, DEFAULT_REDEPLOY_MAX_AGE);
    }

    /** Artefacts with no playbook directory: playbook links are then reported as not checked. */
    public ProjectArtefacts(String stack, Optional<Coverage> coverage, Optional<TestRun> tests, Optional<RedeployRecord> redeploy,
            QaParity qaEnvironment, Map<String, String> problems) {
        this(stack, coverage, tests, redeploy, qaEnvironment, problems, Playbooks.absent(Playbooks.DEFAULT_DIRECTORY));
    }

    /** Line coverage: {@code covered / (covered + missed)}. */
    public record Coverage(long coveredLines, long missedLines) {
        /** The covered ratio, 0 when there are no lines. */
        public double ratio() {
            long total = coveredLines + missedLines;
            return total == 0 ? 0 : (double) coveredLines / total;
        }
    }

    /** Test totals over every {@code TEST-*.xml} report. */
    public record TestRun(int unitTests, int integrationTests, int failures, int errors, int skipped) {
        /** Every test that ran. */
        public int total() {
            return unitTests + integrationTests;
        }
    }

    /** Nothing measured; every project item will be {@code not-measured}. */
    public static ProjectArtefacts none(String stack) {
        return new ProjectArtefacts(stack, Optional.empty(), Optional.empty(), Optional.empty(), QaParity.noQaStack(), Map.of());
    }

    /** Reads the artefacts under {@code projectDir} for {@code stack}, playbooks from {@code <projectDir>/docs/playbooks}. */
    public static ProjectArtefacts read(Path projectDir, String stack) {
        return read(projectDir, stack, projectDir.resolve(Playbooks.DEFAULT_DIRECTORY));
    }

    /** Reads the artefacts under {@code projectDir} for {@code stack}, playbooks from {@code playbookDir}. */
    public static ProjectArtefacts read(Path projectDir, String stack, Path playbookDir) {
        return read(projectDir, stack, playbookDir, DEFAULT_REDEPLOY_MAX_AGE);
    }

    /**
     * Reads the artefacts under {@code projectDir} for {@code stack}, playbooks from {@code playbookDir};
     * a redeploy record older than {@code redeployMaxAge} does not count.
     */
    public static ProjectArtefacts read(Path projectDir, String stack, Path playbookDir, Duration redeployMaxAge) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Coverage> coverage = Optional.empty();
        Path jacoco = projectDir.resolve(JACOCO);
        if (Files.isRegularFile(jacoco)) {
            try {
                coverage = Optional.of(coverage(jacoco));
            } catch (IOException | XMLStreamException | NumberFormatException e) {
                problems.put("quality.coverage", JACOCO + " cannot be read: " + e.getMessage());
            }
        }
        Optional<TestRun> tests = Optional.empty();
        try {
            tests = tests(projectDir.resolve("target/surefire-reports"), projectDir.resolve("target/failsafe-reports"));
        } catch (IOException | XMLStreamException | NumberFormatException e) {
            problems.put("quality.automated-tests", "a test report cannot be read: " + e.getMessage());
        }
        Optional<RedeployRecord> redeploy = Optional.empty();
        for (String timed : redeployStacks(stack)) {
            String path = redeployPath(timed);
            try {
                // The record `prr time-redeploy` writes, read by the code that writes it.
                redeploy = RedeployRecord.read(projectDir.resolve(path));
            } catch (MalformedRedeployRecordException e) {
                problems.put("quality.redeploy-time", path + " " + e.problem()
                        + "; measure it again with `./prr time-redeploy --stack " + timed + "`");
                break;
            }
            if (redeploy.isPresent() && !redeploy.get().isOf(timed)) {
                // Copied or written by hand: its time is another stack's, so it says nothing of this one.
                problems.put("quality.redeploy-time", path + " is the redeploy record of stack '" + redeploy.get().stack()
                        + "', not of '" + timed + "', and does not count; measure it with `./prr time-redeploy --stack " + timed + "`");
                redeploy = Optional.empty();
                break;
            }
            if (redeploy.isPresent()) {
                break;
            }
        }
        QaParity qaEnvironment = QaParity.noQaStack();
        try {
            qaEnvironment = QaParityCheck.read(projectDir);
        } catch (IllegalArgumentException e) {
            problems.put("quality.qa-environment", e.getMessage());
        }
        return new ProjectArtefacts(stack, coverage, tests, redeploy, qaEnvironment, problems, Playbooks.read(projectDir, playbookDir),
                redeployMaxAge, ConfigSecrets.scan(projectDir).plainIn(StackPaths.shortName(stack)));
    }

    /** Where the redeploy timing of {@code stack} is recorded, relative to the project. */
    public static String redeployPath(String stack) {
        return StackPaths.redeployRecordPath(stack);
    }

    /**
     * The stack whose redeploy the pipelines time: QA. A redeploy is timed with real {@code up}s (and a
     * rebuild is refused on prod), so the pipeline times QA and hands its record to the prod review
     * (docs/operations.md, "What the prod review is given"); a stack's own record wins when it has one.
     */
    public static final String REDEPLOY_STACK = "qa";

    /** The records a review of {@code stack} reads, first found wins: its own, then QA's. */
    public static List<String> redeployPaths(String stack) {
        return redeployStacks(stack).stream().map(ProjectArtefacts::redeployPath).toList();
    }

    /**
     * The stacks whose records a review of {@code stack} reads, in order: itself, then (unless it is QA)
     * QA of the same organisation and project when the name is qualified ({@code org/shop/qa} for
     * {@code org/shop/prod}).
     */
    static List<String> redeployStacks(String stack) {
        String qa = StackPaths.sibling(stack, REDEPLOY_STACK);
        return StackPaths.sameStack(stack, REDEPLOY_STACK) ? List.of(stack) : List.of(stack, qa);
    }

    /** The report-level LINE counter: a {@code counter} child of the root element. */
    private static Coverage coverage(Path file) throws IOException, XMLStreamException {
        Coverage[] found = new Coverage[1];
        scan(file, (xml, depth) -> {
            if (depth == 2 && found[0] == null && xml.getLocalName().equals("counter") && "LINE".equals(xml.getAttributeValue(null, "type"))) {
                found[0] = new Coverage(Long.parseLong(attribute(xml, "covered")), Long.parseLong(attribute(xml, "missed")));
            }
        });
        if (found[0] == null) {
            throw new IOException("no report-level LINE counter");
        }
        return found[0];
    }

    private static Optional<TestRun> tests(Path unitDir, Path integrationDir) throws IOException, XMLStreamException {
        int[] unit = totals(unitDir);
        int[] integration = totals(integrationDir);
        if (unit[4] + integration[4] == 0) {
            return Optional.empty();
        }
        return Optional.of(new TestRun(unit[0], integration[0], unit[1] + integration[1], unit[2] + integration[2], unit[3] + integration[3]));
    }

    /** tests, failures, errors, skipped, files: the root {@code testsuite} element's counts. */
    private static int[] totals(Path dir) throws IOException, XMLStreamException {
        int[] totals = new int[5];
        if (!Files.isDirectory(dir)) {
            return totals;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "TEST-*.xml")) {
            stream.forEach(files::add);
        }
        for (Path file : files) {
            scan(file, (xml, depth) -> {
                if (depth == 1) {
                    totals[0] += count(xml, "tests");
                    totals[1] += count(xml, "failures");
                    totals[2] += count(xml, "errors");
                    totals[3] += count(xml, "skipped");
                }
            });
            totals[4]++;
        }
        return totals;
    }

    private static int count(XMLStreamReader suite, String attribute) {
        String value = suite.getAttributeValue(null, attribute);
        return value == null || value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static String attribute(XMLStreamReader element, String name) {
        String value = element.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** Called at each start element with its depth (the root is 1). */
    private interface StartElement {
        void at(XMLStreamReader xml, int depth);
    }

    /**
     * Reads the whole of {@code file} as a stream, so a truncated or malformed report is an error
     * rather than a partial count, without building a tree of it (the reference product's test and
     * JaCoCo reports are 4 MB). Report files are data, not programs: no DTD and no external entity
     * is read.
     */
    private static void scan(Path file, StartElement visitor) throws IOException, XMLStreamException {
        // The JDK's own parser, not whichever one the class path offers.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        visitor.at(xml, ++depth);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

}
