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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.File;
import java.io.OutputStream;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
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

    /** The values a team gives for the scaffold's TODOs. */
    private static final Map<String, String> TEAM_VALUES = new LinkedHashMap<>();

    static {
        TEAM_VALUES.put("\"TODO-team\"", "\"payments\"");
        TEAM_VALUES.put("\"TODO business service\"", "\"Online shop\"");
        TEAM_VALUES.put("\"https://TODO/docs\"", "\"https://wiki.example.com/shop\"");
        TEAM_VALUES.put("\"https://TODO/playbooks\"", "\"https://example.com/shop/playbooks\"");
        TEAM_VALUES.put("\"TODO-location\"", "\"westeurope\"");
        TEAM_VALUES.put("\"TODO-subscription-id\"", "\"00000000-0000-4000-8000-000000000009\"");
        TEAM_VALUES.put("\"TODO-tenant-id\"", "\"00000000-0000-4000-8000-0000000000bb\"");
        TEAM_VALUES.put("\"TODO-pagerduty-subdomain\"", "\"example\"");
        TEAM_VALUES.put("TODO_PEAK_RPS, TODO_RPS_PER_INSTANCE, TODO_MAX_INSTANCES", "40, 25, 4");
        TEAM_VALUES.put("\"TODO-time-zone\"", "\"Europe/London\"");
        TEAM_VALUES.put("\"TODO-schedule-id\"", "\"PABC123\"");
        TEAM_VALUES.put("\"TODO-user-id\"", "\"PDEF456\"");
        TEAM_VALUES.put("\"TODO-resourceGroupName\"", "\"shop-rg\"");
        TEAM_VALUES.put("\"TODO-serverName\"", "\"shop-sql\"");
    }

    /**
     * The first step end to end: the program without readiness is not ready; {@code prr init} scaffolds;
     * the team completes the code with its values, adds it to the program, writes its playbooks and signs
     * off; the review, with the repository's QA policy config and no waiver, then says ready.
     */
    @Test
    void theScaffoldCompletedWithTheTeamsValuesMakesTheProgramReady() throws IOException {
        Path project = shop();
        Path qaConfig = E2eProjects.repo().resolve("policy/config/qa.json");
        assertThat(ReviewRun.review(dir.resolve("before-out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", qaConfig.toString()).exitCode()).isEqualTo(1);
        assertThat(init("--project-dir", project.toString()).code()).isZero();

        String code = Files.readString(project.resolve("prr-init/Readiness.java.txt"));
        for (Map.Entry<String, String> value : TEAM_VALUES.entrySet()) {
            assertThat(code).as(value.getKey()).contains(value.getKey());
            code = code.replace(value.getKey(), value.getValue());
        }
        assertThat(code.lines().filter(l -> !l.strip().startsWith("//") && l.contains("TODO"))).as(code).isEmpty();
        String program = "package generated;\n"
                + "import dev.readyservice.component.*;\nimport dev.readyservice.model.ComponentKind;\nimport java.util.List;\n"
                + "public final class CompletedShop {\n"
                + "    public static void main(String[] args) {\n"
                + "        com.pulumi.Pulumi.run(ctx -> {\n"
                + "            var shop = dev.readyservice.e2e.fixtures.ExistingShop.existing(ctx);\n"
                + "            var shopApi = shop.app();\n            var shopPlan = shop.plan();\n            var shopDb = shop.db();\n"
                + code
                        .replace("new ReadyService(", "SignOffItems.IDS.forEach(item -> readiness.signOff(item, new SignOff(\"sre@example.com\", \"2026-11-30\", \"https://wiki.example.com/shop/prr/\" + item)));\nnew ReadyService(")
                + "        });\n    }\n}\n";
        Path sources = Files.createDirectories(dir.resolve("src/generated"));
        Files.writeString(sources.resolve("CompletedShop.java"), program);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), sources.resolve("CompletedShop.java").toString());
        assertThat(compiled).as(program).isZero();

        Path completed = Files.createDirectories(dir.resolve("completed"));
        Path jar = completed.resolve("bin/program.jar");
        writeLauncherJar(jar, "generated.CompletedShop", classes);
        E2eProjects.binaryProject(completed, "shop", jar, "qa", Files.readString(project.resolve("Pulumi.qa.yaml")));
        Path playbooks = Files.createDirectories(completed.resolve("docs/playbooks"));
        try (var files = Files.list(E2eProjects.repo().resolve("docs/playbooks"))) {
            for (Path file : files.toList()) {
                Files.copy(file, playbooks.resolve(file.getFileName()));
            }
        }
        ReviewRun ready = ReviewRun.review(dir.resolve("ready-out"), "--project-dir", completed.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(),
                "--policy-config", qaConfig.toString(), "--format", "json");
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        assertThat(ready.blockingItems()).isEmpty();
        assertThat(ready.statuses()).as("no waiver is in play").doesNotContainValue("waived");
        assertThat(ready.json().get("summary").path("waived").asInt()).isZero();
    }

    /** A jar with only a manifest: {@code main} as Main-Class, {@code classes} and the test classpath as Class-Path. */
    private static void writeLauncherJar(Path jar, String main, Path classes) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main);
        String classPath = classes.toUri() + " " + Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar.
        }
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
