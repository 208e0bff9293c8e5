package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.deploy.PhaseName;
import dev.readyservice.deploy.PhaseRecord;
import dev.readyservice.deploy.PhaseStatus;
import dev.readyservice.deploy.RedeployOptions;
import dev.readyservice.deploy.RedeployProvenance;
import dev.readyservice.deploy.RedeployRecord;
import dev.readyservice.deploy.ResourceChanges;
import dev.readyservice.deploy.Verdict;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.evidence.qaenv.QaParity;
import dev.readyservice.report.ItemStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectArtefactsTest {
    /** A run with the installed provider plugins on a cloud backend: the only kind the report counts. */
    static final RedeployProvenance REAL = new RedeployProvenance("https://api.pulumi.com", List.of());
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String JACOCO = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
            <report name="readyservice">
              <package name="dev/readyservice/x"><counter type="LINE" missed="1" covered="1"/></package>
              <counter type="INSTRUCTION" missed="10" covered="90"/>
              <counter type="LINE" missed="120" covered="880"/>
            </report>""";

    @Test
    void readsEveryArtefactThatIsThere() throws IOException {
        write("target/site/jacoco/jacoco.xml", JACOCO);
        write("target/surefire-reports/TEST-a.xml", "<testsuite name=\"a\" tests=\"10\" failures=\"1\" errors=\"0\" skipped=\"2\"/>");
        write("target/surefire-reports/TEST-b.xml", "<testsuite name=\"b\" tests=\"5\" failures=\"0\" errors=\"1\"/>");
        write("target/surefire-reports/a.txt", "not a report");
        write("target/failsafe-reports/TEST-it.xml", "<testsuite name=\"it\" tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"0\"/>");
        RedeployRecord timed = new RedeployRecord("qa", 300, List.of(
                new PhaseRecord(PhaseName.CONVERGE, 400, ResourceChanges.NONE, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 212.5, ResourceChanges.NONE, PhaseStatus.SUCCEEDED)),
                Verdict.PASS, null, Instant.parse("2026-11-20T10:00:00Z"), "3.140.0", Map.of(), REAL);
        timed.write(project.resolve("target/prr/qa/redeploy.json"));
        write("Pulumi.qa.yaml", "config: {}\n");
        write("Pulumi.prod.yaml", "config: {}\n");

        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "qa");

        assertThat(artefacts.coverage()).contains(new ProjectArtefacts.Coverage(880, 120));
        assertThat(artefacts.tests()).contains(new ProjectArtefacts.TestRun(15, 3, 1, 1, 2));
        assertThat(artefacts.redeploy()).contains(timed);
        assertThat(artefacts.qaEnvironment()).isEqualTo(QaParity.compared(List.of()));
        assertThat(artefacts.problems()).isEmpty();
    }

    @Test
    void absentArtefactsStayEmpty() {
        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "prod");

        assertThat(artefacts.coverage()).isEmpty();
        assertThat(artefacts.tests()).isEmpty();
        assertThat(artefacts.redeploy()).isEmpty();
        assertThat(artefacts.qaEnvironment()).isEqualTo(QaParity.noQaStack());
        assertThat(artefacts.stack()).isEqualTo("prod");
    }

    @Test
    void aRedeployRecordThatIsNotWhatTimeRedeployWritesIsAProblem() throws IOException {
        write("target/prr/prod/redeploy.json", "{\"budgetSeconds\": 300, \"phases\": [{\"name\": \"a\", \"seconds\": 100}]}");

        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "prod");

        assertThat(artefacts.redeploy()).isEmpty();
        assertThat(artefacts.problems().get("quality.redeploy-time")).startsWith("target/prr/prod/redeploy.json is ")
                .endsWith("; measure it again with `./prr time-redeploy --stack prod`").doesNotContain(project.toString());
        assertThat(ItemRules.project("quality.redeploy-time", artefacts, NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void aProdReviewReadsTheQaRedeployRecordTheBuildHandsItAndItsOwnFirst() throws IOException {
        timed("qa").write(project.resolve("target/prr/qa/redeploy.json"));

        assertThat(ProjectArtefacts.read(project, "prod").redeploy()).contains(timed("qa"));
        assertThat(ProjectArtefacts.read(project, "staging").redeploy()).contains(timed("qa"));

        timed("prod").write(project.resolve("target/prr/prod/redeploy.json"));
        assertThat(ProjectArtefacts.read(project, "prod").redeploy()).contains(timed("prod"));
    }

    @Test
    void aQualifiedStackNameReadsTheSameFolderAsItsShortName() throws IOException {
        // What `./prr time-redeploy --stack org/shop/qa` writes: the name as given, in qa's folder.
        timed("org/shop/qa").write(RedeployOptions.defaultRecordFile(project, "org/shop/qa"));

        assertThat(project.resolve("target/prr/qa/redeploy.json")).isRegularFile();
        assertThat(ProjectArtefacts.read(project, "qa").redeploy()).contains(timed("org/shop/qa"));
        assertThat(ProjectArtefacts.read(project, "org/shop/qa").redeploy()).contains(timed("org/shop/qa"));
        // A qualified prod review falls back to QA of its own organisation and project.
        assertThat(ProjectArtefacts.read(project, "org/shop/prod").redeploy()).contains(timed("org/shop/qa"));
        assertThat(ProjectArtefacts.redeployPaths("org/shop/prod")).containsExactly("target/prr/prod/redeploy.json", "target/prr/qa/redeploy.json");
        assertThat(ProjectArtefacts.read(project, "qa").problems()).doesNotContainKey("quality.redeploy-time");
    }

    @Test
    void aRecordOfAnotherStackInAStacksFolderNeverCounts() throws IOException {
        // QA's record copied into prod's folder: its time is QA's.
        timed("qa").write(project.resolve("target/prr/prod/redeploy.json"));

        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "prod");

        assertThat(artefacts.redeploy()).isEmpty();
        assertThat(artefacts.problems().get("quality.redeploy-time")).isEqualTo("target/prr/prod/redeploy.json is the redeploy record"
                + " of stack 'qa', not of 'prod', and does not count; measure it with `./prr time-redeploy --stack prod`");
        assertThat(ItemRules.project("quality.redeploy-time", artefacts, NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void aRecordOfAnotherProjectsQaDoesNotCountForAQualifiedReview() throws IOException {
        timed("org/cart/qa").write(project.resolve("target/prr/qa/redeploy.json"));

        assertThat(ProjectArtefacts.read(project, "org/shop/qa").redeploy()).isEmpty();
        assertThat(ProjectArtefacts.read(project, "org/shop/qa").problems().get("quality.redeploy-time"))
                .startsWith("target/prr/qa/redeploy.json is the redeploy record of stack 'org/cart/qa', not of 'org/shop/qa'");
        assertThat(ProjectArtefacts.read(project, "org/shop/prod").problems().get("quality.redeploy-time"))
                .startsWith("target/prr/qa/redeploy.json is the redeploy record of stack 'org/cart/qa', not of 'org/shop/qa'");
        // The short name cannot tell the projects apart: the record's own short name is all it is checked against.
        assertThat(ProjectArtefacts.read(project, "qa").redeploy()).contains(timed("org/cart/qa"));
    }

    private static RedeployRecord timed(String stack) {
        return new RedeployRecord(stack, 300, List.of(
                new PhaseRecord(PhaseName.CONVERGE, 400, ResourceChanges.NONE, PhaseStatus.SUCCEEDED),
                new PhaseRecord(PhaseName.REDEPLOY, 212.5, ResourceChanges.NONE, PhaseStatus.SUCCEEDED)),
                Verdict.PASS, null, Instant.parse("2026-11-20T10:00:00Z"), "3.140.0", Map.of(), REAL);
    }

    @Test
    void brokenArtefactsAreProblemsNotPasses() throws IOException {
        write("target/site/jacoco/jacoco.xml", "<report><counter type=\"BRANCH\" missed=\"1\" covered=\"1\"/></report>");
        write("target/surefire-reports/TEST-a.xml", "<testsuite tests=\"many\"/>");
        write("target/prr/qa/redeploy.json", "{\"phases\": []}");
        write("Pulumi.qa.yaml", "config: [unclosed\n");
        write("Pulumi.prod.yaml", "config: {}\n");

        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "qa");

        assertThat(artefacts.problems()).containsOnlyKeys("quality.coverage", "quality.automated-tests", "quality.redeploy-time",
                "quality.qa-environment");
        assertThat(artefacts.problems().get("quality.qa-environment")).startsWith("Pulumi.qa.yaml is not valid YAML at line ");
        assertThat(ItemRules.project("quality.qa-environment", artefacts, NOW).status()).isEqualTo(ItemStatus.FAIL);
        assertThat(artefacts.problems().get("quality.coverage")).contains("no report-level LINE counter");
        assertThat(artefacts.problems().get("quality.redeploy-time")).startsWith("target/prr/qa/redeploy.json is missing field '");
        assertThat(ItemRules.project("quality.coverage", artefacts, NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void aTruncatedReportIsAProblemNotAPartialCount() throws IOException {
        write("target/site/jacoco/jacoco.xml", "<report><counter type=\"LINE\" missed=\"1\" covered=\"9\"/>");
        write("target/surefire-reports/TEST-a.xml", "<testsuite name=\"a\" tests=\"10\" failures=\"0\"><testcase name=\"x\">");

        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "qa");

        assertThat(artefacts.coverage()).isEmpty();
        assertThat(artefacts.tests()).isEmpty();
        assertThat(artefacts.problems().get("quality.coverage")).startsWith(ProjectArtefacts.JACOCO + " cannot be read: ");
        assertThat(artefacts.problems().get("quality.automated-tests")).startsWith("a test report cannot be read: ");
        assertThat(ItemRules.project("quality.automated-tests", artefacts, NOW).status()).isEqualTo(ItemStatus.FAIL);
    }

    @Test
    void readsTheReportLevelCounterNotAPackages() throws IOException {
        write("target/site/jacoco/jacoco.xml", "<?xml version=\"1.0\"?><!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">"
                + "<report name=\"x\"><package name=\"p\"><counter type=\"LINE\" missed=\"7\" covered=\"3\"/></package>"
                + "<counter type=\"BRANCH\" missed=\"5\" covered=\"5\"/><counter type=\"LINE\" missed=\"10\" covered=\"90\"/></report>");

        assertThat(ProjectArtefacts.read(project, "qa").coverage()).contains(new ProjectArtefacts.Coverage(90, 10));
    }

    @Test
    void fetchesNoExternalDtdOrEntity() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();
            write("target/site/jacoco/jacoco.xml", "<?xml version=\"1.0\"?><!DOCTYPE report SYSTEM \"" + url + "/report.dtd\">"
                    + "<report><counter type=\"LINE\" missed=\"1\" covered=\"9\"/></report>");
            write("target/surefire-reports/TEST-a.xml", "<?xml version=\"1.0\"?><!DOCTYPE testsuite [<!ENTITY % remote SYSTEM \""
                    + url + "/x.dtd\"> %remote;]><testsuite name=\"a\" tests=\"1\"/>");

            ProjectArtefacts.read(project, "qa");

            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void entityExpansionIsNotAnAttackSurface() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE testsuite [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        write("target/surefire-reports/TEST-a.xml", dtd + "]><testsuite name=\"&a9;\" tests=\"1\"/>");

        ProjectArtefacts artefacts = ProjectArtefacts.read(project, "qa");

        assertThat(artefacts.tests()).isEmpty();
        assertThat(artefacts.problems()).containsKey("quality.automated-tests");
    }
}
