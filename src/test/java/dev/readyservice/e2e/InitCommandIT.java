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
 * and the SQL database, writes the readiness values into the stack's config (every byte the team
 * wrote kept) and the wiring code over the resources, the policy config and playbook stubs; it
 * overwrites nothing without {@code --force}, and a directory that is no Pulumi project, a stack file
 * it cannot edit or a program that fails gets exit 2 or 3 with a message.
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

    /** The shop's stack file as the team wrote it: a comment, its region, a secret. */
    private static final String TEAMS_STACK = "# the shop in QA\n"
            + "config:\n"
            + "  azure-native:location: westeurope   # where the shop runs\n"
            + "  shop:apiKey:\n"
            + "    secure: AAABAJ2uqT6qKYo1bIq8pW1kQ0QyRk9aUWk3c1VnR2Z6dE5tUT09\n";

    @Test
    void listsTheComputeAndDataAndWritesTheStackConfigAndTheStartingFilesOnce() throws IOException {
        Path project = shop();
        Path stackFile = project.resolve("Pulumi.qa.yaml");
        Files.writeString(stackFile, TEAMS_STACK);
        Run first = init("--project-dir", project.toString());
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("compute: component 'api': azure-native:web:WebApp 'shop-api' on azure-native:web:AppServicePlan 'shop-plan'")
                .contains("stateful: azure-native:sql:Database 'shop-db'")
                .contains("added to Pulumi.qa.yaml: readyservice:product, readyservice:components, readyservice:paging, readyservice:data")
                .doesNotContain("AAABAJ2uqT6q");
        String stack = Files.readString(stackFile);
        assertThat(stack).as("every byte the team wrote stays, the keys follow").startsWith(TEAMS_STACK)
                .contains("  readyservice:product:\n    name: shop\n    team: TODO")
                .contains("  readyservice:components:\n    - name: api")
                .contains("      capacity:\n        plannedPeakRps: TODO")
                .contains("  readyservice:data:\n    backupRetentionDays: 7");
        assertThat(stack).containsOnlyOnce("  location: westeurope\n");
        String code = Files.readString(project.resolve("prr-init/Readiness.java.txt"));
        assertThat(code).contains("var readiness = ReadyServiceArgs.fromStackConfig(ctx)\n"
                        + "        .existing(\"api\", ExistingCompute.webApp(shopApi, shopPlan).named(TODO_resourceGroupName, \"shop-api\", \"shop-plan\"))\n"
                        + "        .existing(ExistingData.sqlDatabase(shopDb).named(TODO_resourceGroupName, TODO_serverName, \"shop\"));\n"
                        + "new ReadyService(\"shop\", readiness.build());")
                .doesNotContain("ProductSpec").doesNotContain("CapacityPlan");
        assertThat(Files.readString(project.resolve("docs/playbooks/latency.md"))).contains("TODO");
        assertThat(project.resolve("prr-init/policy-config.qa.json")).exists();

        // Again: the stack file has readiness config now, and nothing is touched.
        Files.writeString(project.resolve("docs/playbooks/latency.md"), "# latency\n\nOur own playbook.\n");
        Run again = init("--project-dir", project.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("Pulumi.qa.yaml already has readiness config (readyservice:product, readyservice:components, "
                + "readyservice:paging, readyservice:data); nothing was written").contains("--force").doesNotContain("AAABAJ2uqT6q");
        assertThat(Files.readString(stackFile)).isEqualTo(stack);
        assertThat(Files.readString(project.resolve("docs/playbooks/latency.md"))).contains("Our own playbook.");

        // Without readiness config but with the files: those are named.
        Files.writeString(stackFile, TEAMS_STACK);
        Run files = init("--project-dir", project.toString());
        assertThat(files.code()).isEqualTo(2);
        assertThat(files.err()).contains("nothing was written").contains("--force").contains("docs/playbooks/latency.md");
        assertThat(Files.readString(stackFile)).isEqualTo(TEAMS_STACK);

        // --force replaces the keys prr init writes, and keeps the team's other readyservice keys and bytes.
        String teamsReadiness = TEAMS_STACK + "  readyservice:product: {name: old}\n"
                + "  readyservice:signOffs:   # ours\n    tech.handover: {by: sre@example.com, date: \"2026-11-30\", link: \"https://wiki.example.com/h\"}\n";
        Files.writeString(stackFile, teamsReadiness);
        Run forced = init("--project-dir", project.toString(), "--force");
        assertThat(forced.code()).as(forced.toString()).isZero();
        String replaced = Files.readString(stackFile);
        assertThat(replaced).startsWith(TEAMS_STACK + "  # Written by ./prr init").doesNotContain("{name: old}")
                .endsWith("  readyservice:signOffs:   # ours\n    tech.handover: {by: sre@example.com, date: \"2026-11-30\", link: \"https://wiki.example.com/h\"}\n")
                .containsOnlyOnce("readyservice:product:");
        assertThat(Files.readString(project.resolve("docs/playbooks/latency.md"))).contains("TODO");
    }

    @Test
    void aStackFileThatIsNoYamlMapIsBadInputNamingTheFileAndNothingIsWritten() throws IOException {
        Path project = shop();
        Path stackFile = project.resolve("Pulumi.qa.yaml");
        // The preview reads the file first; one it reads but prr init cannot edit: config as a flow map with entries.
        Files.writeString(stackFile, "config: {azure-native:location: westeurope}\n");
        Run run = init("--project-dir", project.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Pulumi.qa.yaml").contains("flow map");
        assertThat(project.resolve("prr-init")).doesNotExist();
        assertThat(Files.readString(stackFile)).isEqualTo("config: {azure-native:location: westeurope}\n");
    }

    /** The values a team writes in place of the TODOs of the stack config, in file order. */
    private static final List<String[]> TEAM_CONFIG = List.of(
            new String[] {"team: TODO", "team: payments"},
            new String[] {"businessService: TODO", "businessService: Online shop"},
            new String[] {"docsUrl: TODO", "docsUrl: https://wiki.example.com/shop"},
            new String[] {"playbookBaseUrl: TODO", "playbookBaseUrl: https://example.com/shop/playbooks"},
            new String[] {"subscriptionId: TODO", "subscriptionId: 00000000-0000-4000-8000-000000000009"},
            new String[] {"tenantId: TODO", "tenantId: 00000000-0000-4000-8000-0000000000bb"},
            new String[] {"pagerDutySubdomain: TODO", "pagerDutySubdomain: example"},
            new String[] {"plannedPeakRps: TODO", "plannedPeakRps: 40"},
            new String[] {"rpsPerInstance: TODO", "rpsPerInstance: 25"},
            new String[] {"maxInstances: TODO", "maxInstances: 4"},
            new String[] {"timeZone: TODO", "timeZone: Europe/London"},
            new String[] {"id: TODO", "id: PABC123"},
            new String[] {"id: TODO", "id: PDEF456"},
            new String[] {"id: TODO", "id: PGHI789"});

    /** The names the preview could not tell, as the team writes them in the wiring code. */
    private static final Map<String, String> TEAM_NAMES = Map.of("TODO_resourceGroupName", "\"shop-rg\"", "TODO_serverName", "\"shop-sql\"");

    /**
     * The first step end to end: the program without readiness is not ready; {@code prr init} writes the
     * stack config and the wiring; with the TODOs still in the stack file the review fails listing each;
     * the team completes the stack file with its values and signs off there, writes the names into the
     * wiring code, adds it to the program and writes its playbooks; the review, with the repository's QA
     * policy config and no waiver, then says ready.
     */
    @Test
    void theStackConfigAndWiringCompletedWithTheTeamsValuesMakeTheProgramReady() throws IOException {
        Path project = shop();
        Path qaConfig = E2eProjects.repo().resolve("policy/config/qa.json");
        assertThat(ReviewRun.review(dir.resolve("before-out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", qaConfig.toString()).exitCode()).isEqualTo(1);
        assertThat(init("--project-dir", project.toString()).code()).isZero();

        String code = Files.readString(project.resolve("prr-init/Readiness.java.txt"));
        for (Map.Entry<String, String> name : TEAM_NAMES.entrySet()) {
            assertThat(code).as(name.getKey()).contains(name.getKey());
            code = code.replace(name.getKey(), name.getValue());
        }
        assertThat(code.lines().filter(l -> !l.strip().startsWith("//") && l.contains("TODO"))).as(code).isEmpty();
        Path jar = compileProgram(code);

        // The wiring is done, the stack config still holds prr init's TODOs: the review lists each, never passes.
        String initial = Files.readString(project.resolve("Pulumi.qa.yaml"));
        Path todo = Files.createDirectories(dir.resolve("todo"));
        E2eProjects.binaryProject(todo, "shop", jar, "qa", initial);
        ReviewRun unfinished = ReviewRun.review(dir.resolve("todo-out"), "--project-dir", todo.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", qaConfig.toString());
        // The team's program runs under Pulumi.run, whose SDK exits 32 on the component's InvalidSpecException: bad input,
        // exit 2, as the bundled program's invalid stack config is, with the program's own message listing every problem.
        assertThat(unfinished.exitCode()).as(unfinished.toString()).isEqualTo(2);
        assertThat(unfinished.console()).contains("the program found its ReadyService spec invalid (exit code 32)").contains("Invalid ReadyService spec in stack config (namespace 'readyservice') (14 problems)")
                .contains("product.team: got 'TODO'; the team's value in place of the TODO placeholder prr init wrote")
                .contains("components[0].capacity.plannedPeakRps: got '\"TODO\"'; a number")
                .contains("paging.escalation.levels[1].targets[0].id: got 'TODO'; a PagerDuty id such as PABC123");

        String stack = initial;
        for (String[] value : TEAM_CONFIG) {
            assertThat(stack).as(value[0]).contains(value[0]);
            stack = stack.replaceFirst(java.util.regex.Pattern.quote(value[0]), value[1]);
        }
        stack += "  readyservice:signOffs:\n" + dev.readyservice.component.SignOffItems.IDS.stream()
                .map(item -> "    " + item + ": {by: sre@example.com, date: \"2026-11-30\", link: \"https://wiki.example.com/shop/prr/" + item + "\"}\n")
                .collect(Collectors.joining());
        Path completed = Files.createDirectories(dir.resolve("completed"));
        E2eProjects.binaryProject(completed, "shop", jar, "qa", stack);
        assertThat(dev.readyservice.review.project.PulumiYaml.read(completed.resolve("Pulumi.qa.yaml")).path("config").toString())
                .as("no TODO is left in a value").doesNotContain("TODO");
        E2eProjects.withPlaybooks(completed);
        ReviewRun ready = ReviewRun.review(dir.resolve("ready-out"), "--project-dir", completed.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(),
                "--policy-config", qaConfig.toString(), "--format", "json");
        assertThat(ready.exitCode()).as(ready.toString()).isZero();
        assertThat(ready.blockingItems()).isEmpty();
        assertThat(ready.statuses()).as("no waiver is in play").doesNotContainValue("waived");
        assertThat(ready.json().get("summary").path("waived").asInt()).isZero();
    }

    /** The team's program with the wiring code added after its own resources, compiled into a launcher jar. */
    private Path compileProgram(String wiring) throws IOException {
        String program = "package generated;\n"
                + "import dev.readyservice.component.*;\n"
                + "public final class CompletedShop {\n"
                + "    public static void main(String[] args) {\n"
                + "        com.pulumi.Pulumi.run(ctx -> {\n"
                + "            var shop = dev.readyservice.e2e.fixtures.ExistingShop.existing(ctx);\n"
                + "            var shopApi = shop.app();\n            var shopPlan = shop.plan();\n            var shopDb = shop.db();\n"
                + wiring
                + "        });\n    }\n}\n";
        Path sources = Files.createDirectories(dir.resolve("src/generated"));
        Files.writeString(sources.resolve("CompletedShop.java"), program);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), sources.resolve("CompletedShop.java").toString());
        assertThat(compiled).as(program).isZero();
        Path jar = dir.resolve("bin/program.jar");
        writeLauncherJar(jar, "generated.CompletedShop", classes);
        return jar;
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
