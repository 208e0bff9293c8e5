package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.cli.Prr;
import dev.readyservice.e2e.fixtures.ExistingShop;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code prr init} on the existing-program example without readiness: it lists the web app, its plan
 * and the SQL database, and writes the starting {@code ReadyService} code over them, the policy config
 * and playbook stubs; it overwrites nothing without {@code --force}, and a directory that is no
 * Pulumi project or a program that fails gets exit 2 or 3 with a message.
 */
class InitCommandIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run init(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(out, true));
        prr.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("init"));
        all.addAll(Arrays.asList(args));
        return new Run(prr.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private Path shop() throws IOException {
        return E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("shop")), "shop", ExistingShop.class, "qa",
                "config:\n  azure-native:location: westeurope\n");
    }

    @Test
    void listsTheComputeAndDataAndWritesTheStartingFilesOnce() throws IOException {
        Path project = shop();
        Run first = init("--project-dir", project.toString());
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("compute: component 'api': azure-native:web:WebApp 'shop-api' on azure-native:web:AppServicePlan 'shop-plan'")
                .contains("stateful: azure-native:sql:Database 'shop-db'");
        String code = Files.readString(project.resolve("prr-init/Readiness.java.txt"));
        assertThat(code).contains(".existing(\"api\", ExistingCompute.webApp(shopApi, shopPlan).named(\"TODO-resourceGroupName\", \"shop-api\", \"shop-plan\"))")
                .contains(".existing(ExistingData.sqlDatabase(shopDb).named(\"TODO-resourceGroupName\", \"TODO-serverName\", \"shop\"))")
                .contains("new ReadyService(\"shop\", readiness.build());");
        assertThat(Files.readString(project.resolve("docs/playbooks/latency.md"))).contains("TODO");
        assertThat(project.resolve("prr-init/policy-config.qa.json")).exists();

        Files.writeString(project.resolve("docs/playbooks/latency.md"), "# latency\n\nOur own playbook.\n");
        Run again = init("--project-dir", project.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("nothing was written").contains("--force").contains("docs/playbooks/latency.md");
        assertThat(Files.readString(project.resolve("docs/playbooks/latency.md"))).contains("Our own playbook.");

        assertThat(init("--project-dir", project.toString(), "--force").code()).isZero();
        assertThat(Files.readString(project.resolve("docs/playbooks/latency.md"))).contains("TODO");
    }

    @Test
    void aDirectoryThatIsNoPulumiProjectIsBadInput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run run = init("--project-dir", empty.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Pulumi.yaml");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aProgramThatFailsIsExitThree() throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve("failing")), "shop", FailingProgram.class, "qa",
                "config:\n  azure-native:location: westeurope\n");
        Run run = init("--project-dir", project.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(project.resolve("prr-init")).doesNotExist();
    }

    /** A program that fails before registering anything. */
    public static final class FailingProgram {
        public static void main(String[] args) {
            com.pulumi.Pulumi.run(ctx -> {
                throw new IllegalStateException("the team's program is broken");
            });
        }
    }
}
