package dev.readyservice.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.model.AlertClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every alert class a monitor can link has its playbook, with every section a responder needs. */
class PlaybooksTest {
    static final Path PLAYBOOKS = Path.of("docs/playbooks");
    /** The alert classes monitors link to: the four golden signals and the two SLO burn alerts. */
    static final List<String> ALERT_CLASSES =
            List.of("latency", "traffic", "errors", "saturation", "availability-burn", "latency-burn");
    static final List<String> SECTIONS = List.of("## What fired", "## Impact", "## First checks",
            "## Common causes that are not bugs", "## Mitigation", "## Escalation", "## How to close");

    /** What is missing from the playbooks in {@code dir}, one line each. */
    static List<String> problems(Path dir) {
        List<String> out = new ArrayList<>();
        for (String alertClass : ALERT_CLASSES) {
            Path file = dir.resolve(alertClass + ".md");
            if (!Files.isRegularFile(file)) {
                out.add(alertClass + ".md is missing");
                continue;
            }
            String text = read(file);
            SECTIONS.stream().filter(s -> !text.contains(s + "\n") && !text.contains(s + " "))
                    .forEach(s -> out.add(alertClass + ".md has no section '" + s + "'"));
        }
        return out;
    }

    @Test
    void everyAlertClassHasACompletePlaybook() {
        assertThat(problems(PLAYBOOKS)).isEmpty();
    }

    @Test
    void theGoldenSignalsOfTheComponentAreAllCovered() {
        assertThat(ALERT_CLASSES).containsAll(Arrays.stream(AlertClass.values()).map(AlertClass::id).toList());
    }

    @Test
    void theIndexLinksEveryPlaybook() {
        String index = read(PLAYBOOKS.resolve("README.md"));
        ALERT_CLASSES.forEach(c -> assertThat(index).contains("(" + c + ".md)"));
    }

    @Test
    void aMissingPlaybookOrSectionIsReported(@TempDir Path dir) throws Exception {
        for (String c : ALERT_CLASSES) {
            if (!c.equals("traffic")) {
                Files.copy(PLAYBOOKS.resolve(c + ".md"), dir.resolve(c + ".md"));
            }
        }
        Files.writeString(dir.resolve("errors.md"), read(dir.resolve("errors.md")).replace("## Escalation", "## Who to call"));

        assertThat(problems(dir)).containsExactly("traffic.md is missing", "errors.md has no section '## Escalation'");
    }

    @Test
    void theOperationsGuideCoversEveryTaskItPromises() {
        String ops = read(Path.of("docs/operations.md"));
        assertThat(ops).contains("## Deploy", "## Roll back", "## Rotate provider credentials", "## Add a waiver",
                "## Record a sign-off", "## Read the PRR report", "## Many products");
        assertThat(ops).contains("pulumi stack history", "pulumi config set --secret", "readyservice:signOffs",
                "pulumi policy publish", "matrix", "protect");
        for (String status : List.of("pass", "fail", "waived", "signed-off", "missing-sign-off", "not-measured",
                "not-applicable")) {
            assertThat(ops).contains("| `" + status + "` |");
        }
        // The docs state the record's defaults; keep them in step with the code.
        assertThat(ops).contains("older than " + dev.readyservice.deploy.RedeployRecord.DEFAULT_MAX_AGE.toDays() + " days");
        assertThat(ops).contains("against " + dev.readyservice.deploy.RedeployOptions.DEFAULT_BUDGET.toMinutes() + " minutes");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
