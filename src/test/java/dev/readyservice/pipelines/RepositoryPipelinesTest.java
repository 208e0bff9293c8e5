package dev.readyservice.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipelines this repository ships, checked with {@link DeployGates} and against the repository itself. */
class RepositoryPipelinesTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path PRR_WORKFLOW = REPO.resolve(".github/workflows/prr.yml");
    static final Path DEPLOY_WORKFLOW = REPO.resolve(".github/workflows/deploy.yml");
    static final Path AZURE = REPO.resolve("azure-pipelines.yml");
    static final List<Path> ALL = List.of(PRR_WORKFLOW, DEPLOY_WORKFLOW, AZURE);

    @ParameterizedTest
    @ValueSource(strings = {".github/workflows/prr.yml", ".github/workflows/deploy.yml", "azure-pipelines.yml"})
    void everyShippedPipelineKeepsEveryGate(String file) {
        assertThat(DeployGates.all(Pipeline.read(REPO.resolve(file)))).isEmpty();
    }

    @Test
    void theGitHubDeployHasBuildReviewQaAndApprovedProdJobs() {
        Pipeline p = Pipeline.read(DEPLOY_WORKFLOW);
        assertThat(p.jobs()).containsOnlyKeys("build", "conformance", "review-prod", "deploy-qa", "deploy-prod");
        assertThat(p.ancestors("deploy-prod")).containsExactlyInAnyOrder("deploy-qa", "review-prod", "build", "conformance");
        assertThat(p.jobs().get("deploy-prod").environment()).contains("production");
        assertThat(texts(p, "deploy-qa")).containsExactly(
                "mvn -B -ntp -DskipTests package",
                "pulumi preview --policy-pack policy --policy-pack-config policy/config/qa.json --stack qa --diff",
                "pulumi up --yes --policy-pack policy --policy-pack-config policy/config/qa.json --stack qa",
                "./prr time-redeploy --stack qa --budget 5m");
        assertThat(texts(p, "deploy-prod")).containsExactly(
                "mvn -B -ntp -DskipTests package",
                "./prr review --stack prod --format md,json",
                "pulumi up --yes --policy-pack policy --policy-pack-config policy/config/prod.json --stack prod");
        assertThat(p.actions()).contains("pulumi/actions@v6.0.0");
    }

    @Test
    void theAzurePipelineHasTheSameStages() {
        Pipeline p = Pipeline.read(AZURE);
        assertThat(p.jobs()).containsOnlyKeys("Build", "Conformance", "Review", "DeployQA", "TimeRedeploy", "ReviewProd", "DeployProd");
        assertThat(p.jobs().get("DeployProd").needs()).containsExactlyInAnyOrder("DeployQA", "TimeRedeploy", "ReviewProd");
        assertThat(p.jobs().get("DeployProd").environment()).contains("production");
        assertThat(texts(p, "TimeRedeploy")).contains("./prr time-redeploy --stack qa --budget 5m");
        assertThat(texts(p, "Review")).contains("./prr review --stack qa --format md,json,html,junit");
        assertThat(texts(p, "ReviewProd")).contains("./prr review --stack prod --format md,json,html,junit");
        // In prod what is not measured blocks: every prod review is handed the build's reports and QA's redeploy record.
        String azure = read(AZURE);
        assertThat(azure).contains("artifact: build-measured", "artifact: redeploy-qa", "buildVersionToDownload: latestFromBranch");
    }

    @Test
    void theGitHubProdReviewsAreHandedWhatTheBuildMeasuredAndQasRedeployRecord() {
        JsonNode jobs = Yaml.tree(read(DEPLOY_WORKFLOW)).path("jobs");
        assertThat(step(jobs.path("build"), "actions/upload-artifact").path("with").path("path").asText())
                .contains("target/site/jacoco/jacoco.xml", "target/surefire-reports/TEST-*.xml", "target/failsafe-reports/TEST-*.xml");
        for (String job : List.of("review-prod", "deploy-prod")) {
            List<String> downloaded = new ArrayList<>();
            jobs.path(job).path("steps").forEach(s -> {
                if (s.path("uses").asText().startsWith("actions/download-artifact@")) {
                    downloaded.add(s.path("with").path("name").asText() + " -> " + s.path("with").path("path").asText());
                }
            });
            assertThat(downloaded).as(job).containsExactly("build-measured -> target", "redeploy-qa -> target/prr/qa");
        }
        assertThat(Pipeline.read(DEPLOY_WORKFLOW).ancestors("review-prod")).contains("build", "deploy-qa");
        JsonNode restore = step(Yaml.tree(read(PRR_WORKFLOW)).path("jobs").path("review"), "actions/cache/restore");
        assertThat(restore.path("with").path("path").asText()).isEqualTo("target/prr/qa/redeploy.json");
    }

    /**
     * Issue 13: every pipeline builds the real Pulumi CLI from source as .ci/run does, caches it by its
     * pinned versions, runs the real-CLI tests and fails when they were skipped; in the deploys the
     * prod review waits for it, and the deploy jobs still install the released CLI.
     */
    @Test
    void everyPipelineRunsTheRealCliConformanceOnACliBuiltFromSource() {
        String its = "mvn -B -ntp verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=dev.readyservice.realcli.*IT";
        for (Path file : List.of(PRR_WORKFLOW, DEPLOY_WORKFLOW)) {
            Pipeline p = Pipeline.read(file);
            assertThat(texts(p, "conformance")).as(file.toString()).startsWith("tools/pulumi/build.sh", its.replace("=dev", "='dev") + "'")
                    .anyMatch(c -> c.contains("skipped=\"[1-9]"));
            JsonNode job = Yaml.tree(read(file)).path("jobs").path("conformance");
            assertThat(step(job, "actions/setup-go").path("with").path("go-version-file").asText()).isEqualTo("tools/pulumi/cli/go.mod");
            JsonNode cache = step(job, "actions/cache");
            assertThat(cache.path("with").path("path").asText()).isEqualTo("~/.cache/readyservice/pulumi");
            assertThat(cache.path("with").path("key").asText()).contains("hashFiles('tools/pulumi/versions.env', 'tools/pulumi/*/go.sum')");
        }
        assertThat(Pipeline.read(DEPLOY_WORKFLOW).ancestors("review-prod")).contains("conformance");
        assertThat(Pipeline.read(DEPLOY_WORKFLOW).actions()).contains("pulumi/actions@v6.0.0");
        Pipeline azure = Pipeline.read(AZURE);
        assertThat(texts(azure, "Conformance")).startsWith("tools/pulumi/build.sh", its.replace("=dev", "='dev") + "'");
        assertThat(azure.ancestors("ReviewProd")).contains("Conformance");
        String azureText = read(AZURE);
        assertThat(azureText).contains("task: GoTool@0", "task: Cache@2", "READYSERVICE_PULUMI_HOME: $(Pipeline.Workspace)/readyservice-pulumi",
                "key: 'pulumi-cli | \"$(Agent.OS)\" | tools/pulumi/versions.env | tools/pulumi/cli/go.sum | tools/pulumi/java/go.sum'",
                "path: $(READYSERVICE_PULUMI_HOME)");
        assertThat(texts(azure, "TimeRedeploy")).anyMatch(c -> c.contains("get.pulumi.com"));
    }

    @Test
    void pullRequestsBuildWithJava17AndNode20ReviewBothStacksAndPublishTheResults() {
        JsonNode job = Yaml.tree(read(PRR_WORKFLOW)).path("jobs").path("review");
        List<String> uses = new ArrayList<>();
        job.path("steps").forEach(s -> uses.add(s.path("uses").asText()));
        assertThat(uses).contains("actions/checkout@v4.2.2", "mikepenz/action-junit-report@v5.6.2",
                "actions/upload-artifact@v4.4.3");
        JsonNode java = step(job, "actions/setup-java");
        assertThat(java.path("with").path("distribution").asText()).isEqualTo("temurin");
        assertThat(java.path("with").path("java-version").asText()).isEqualTo("17");
        assertThat(step(job, "actions/setup-node").path("with").path("node-version").asText()).isEqualTo("20");
        Pipeline p = Pipeline.read(PRR_WORKFLOW);
        assertThat(texts(p, "review")).containsExactly("mvn -B -ntp verify",
                "./prr review --stack qa --format md,json,html,junit,sarif",
                "./prr review --stack prod --format md,json,html,junit,sarif");
        assertThat(p.jobs().get("review").commands()).noneMatch(Command::mayFail);
        assertThat(step(job, "mikepenz/action-junit-report").path("with").path("report_paths").asText())
                .contains("target/prr/*/prr-junit.xml", "target/surefire-reports/TEST-*.xml");
        assertThat(step(job, "actions/upload-artifact").path("with").path("path").asText())
                .contains("target/prr/*/prr-report.html", "target/prr/*/prr-report.md");
    }

    @Test
    void secretsComeFromTheSecretStoreAndAreNeverEchoed() {
        List<String> secretNames = List.of("SECRET", "TOKEN", "PASSPHRASE", "API_KEY", "APP_KEY", "secrets.");
        assertThat(allCommands()).filteredOn(c -> c.is("echo") || c.is("printf") || c.is("env") || c.is("printenv"))
                .noneMatch(c -> secretNames.stream().anyMatch(n -> c.toString().contains(n)));
        assertThat(Pipeline.commands("echo $ARM_CLIENT_SECRET", false).get(0).toString()).contains("SECRET");
        String deploy = read(DEPLOY_WORKFLOW);
        for (String name : List.of("ARM_CLIENT_SECRET", "DATADOG_API_KEY", "DATADOG_APP_KEY", "PAGERDUTY_TOKEN",
                "PULUMI_CONFIG_PASSPHRASE")) {
            assertThat(deploy).contains(name + ": ${{ secrets." + name + " }}");
            assertThat(read(AZURE)).contains(name + ": $(" + name + ")");
        }
    }

    @Test
    void everyPrrSubcommandThePipelinesCallExistsInTheLauncher() {
        Path prr = REPO.resolve("prr");
        List<String> used = allCommands().stream().filter(c -> c.is("./prr")).map(c -> c.words().get(1)).distinct().toList();
        assertThat(used).containsExactlyInAnyOrder("review", "time-redeploy");
        assertThat(DeployGates.PRR_SUBCOMMANDS).containsAll(used);
        assumeTrue(Files.exists(prr), "SKIPPED: ./prr is not in this worktree yet (another engineer adds it);"
                + " its subcommands are checked against DeployGates.PRR_SUBCOMMANDS only");
        assertThat(Files.isExecutable(prr)).as("./prr is executable").isTrue();
    }

    @Test
    void mavenIsCalledOnThisRepositorysPomOnly() {
        List<Command> mvn = allCommands().stream().filter(c -> c.is("mvn")).toList();
        assertThat(mvn).isNotEmpty().allSatisfy(c -> {
            assertThat(c.has("-B")).as(c + " runs in batch mode").isTrue();
            assertThat(c.has("-f")).as(c + " uses the root pom").isFalse();
        });
        assertThat(REPO.resolve("pom.xml")).exists();
    }

    @Test
    void everyPolicyPackAndConfigFileThePipelinesNameExists() {
        List<String> missing = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Command c : allCommands()) {
            Stream.of(c.option("--policy-pack", null), c.option("--policy-pack-config", null))
                    .flatMap(java.util.Optional::stream).forEach(named::add);
        }
        assertThat(named).contains("policy", "policy/config/qa.json", "policy/config/prod.json");
        assumeTrue(Files.isDirectory(REPO.resolve("policy")), "SKIPPED: policy/ is not in this worktree yet"
                + " (another engineer creates it); cannot check " + Set.copyOf(named));
        named.stream().distinct().filter(f -> !Files.exists(REPO.resolve(f))).forEach(missing::add);
        assertThat(missing).as("files named by the pipelines that do not exist").isEmpty();
    }

    static List<Command> allCommands() {
        return ALL.stream().flatMap(f -> DeployGates.commands(Pipeline.read(f)).stream()).toList();
    }

    static List<String> texts(Pipeline p, String job) {
        return p.jobs().get(job).commands().stream().map(Command::toString).toList();
    }

    static JsonNode step(JsonNode job, String action) {
        for (JsonNode s : job.path("steps")) {
            if (s.path("uses").asText().startsWith(action + "@")) {
                return s;
            }
        }
        throw new AssertionError("no step uses " + action);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
