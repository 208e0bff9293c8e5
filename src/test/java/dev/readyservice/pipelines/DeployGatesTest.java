package dev.readyservice.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker against small fixtures: each broken one must be rejected with exactly the expected reasons. */
class DeployGatesTest {
    static final Path FIXTURES = Path.of("src/test/resources/deploy");

    static Pipeline fixture(String name) {
        return Pipeline.read(FIXTURES.resolve(name));
    }

    static String src(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gha-good.yml", "gha-review-in-prod-job.yml", "azure-good.yml"})
    void acceptsPipelinesThatKeepEveryGate(String name) {
        assertThat(DeployGates.all(fixture(name))).isEmpty();
    }

    /** The reasons a prod deploy job is rejected for, by job: each is expected of several fixtures. */
    private static String skipsQa(String job) {
        return "job '" + job + "' deploys prod without needing a job that deploys QA (`pulumi up ... --stack qa`)";
    }

    private static String noPassingReview(String job) {
        return "job '" + job + "' deploys prod without a passing `./prr review --stack prod` before it";
    }

    private static String noEnvironment(String job) {
        return "job '" + job + "' deploys prod without an approval environment (environment: production)";
    }

    private static String runsAnyway(String job, String condition) {
        return "job '" + job + "' deploys prod under condition '" + condition + "', which runs it even when QA or the review failed";
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("gha-prod-skips-qa.yml", List.of(skipsQa("deploy-prod"))),
                Arguments.of("gha-prod-skips-review.yml", List.of(noPassingReview("deploy-prod"))),
                Arguments.of("gha-prod-no-environment.yml", List.of(noEnvironment("deploy-prod"))),
                Arguments.of("gha-prod-runs-always.yml", List.of(runsAnyway("deploy-prod", "always()"))),
                Arguments.of("gha-review-swallowed.yml", List.of(noPassingReview("deploy-prod"))),
                Arguments.of("gha-review-continue-on-error.yml", List.of(noPassingReview("deploy-prod"))),
                Arguments.of("gha-review-after-prod-up.yml", List.of(noPassingReview("deploy-prod"))),
                Arguments.of("gha-up-without-policy-pack.yml", List.of(
                        "job 'deploy-qa' runs `pulumi up --yes --stack qa` without --policy-pack and --policy-pack-config")),
                Arguments.of("gha-unpinned-action.yml", List.of(
                        "action 'actions/checkout@v4' is not pinned to a full version tag (vX.Y.Z) or a commit")),
                Arguments.of("gha-unknown-prr-subcommand.yml", List.of(noPassingReview("deploy-prod"),
                        "job 'review-prod' runs `./prr deploy --stack prod`; ./prr has only [review, time-redeploy]")),
                Arguments.of("gha-needs-unknown-job.yml", List.of(
                        "job 'deploy-prod' needs 'reveiw-prod', which does not exist")),
                Arguments.of("azure-prod-skips-qa.yml", List.of(skipsQa("DeployProd"))),
                Arguments.of("azure-prod-no-environment.yml", List.of(noEnvironment("DeployProd"))),
                Arguments.of("azure-prod-runs-anyway.yml", List.of(runsAnyway("DeployProd", "succeededOrFailed()"))),
                Arguments.of("azure-prod-depends-on-nothing.yml", List.of(skipsQa("DeployProd"), noPassingReview("DeployProd"))));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void rejectsEachBrokenFixtureForExactlyItsFault(String name, List<String> reasons) {
        assertThat(DeployGates.all(fixture(name)))
                .containsExactlyInAnyOrderElementsOf(reasons.stream().map(r -> src(name) + ": " + r).toList());
    }

    @Test
    void azureStagesWithoutDependsOnWaitForTheStageBefore() {
        Pipeline p = fixture("azure-good.yml");
        assertThat(p.ancestors("DeployQA")).containsExactly("Review", "Build");
        assertThat(p.ancestors("DeployProd")).containsExactlyInAnyOrder("DeployQA", "Review", "Build");
        assertThat(p.jobs().get("Build").needs()).isEmpty();
    }

    @Test
    void scriptsAreSplitIntoCommandsAcrossContinuationsAndOperators() {
        List<Command> commands = Pipeline.commands(
                "# a comment\ncd app && pulumi up --yes \\\n  --stack=qa\n./prr review --stack prod || true\n\n", false);
        assertThat(commands).extracting(Command::toString)
                .containsExactly("cd app", "pulumi up --yes --stack=qa", "./prr review --stack prod", "true");
        assertThat(commands.get(1).stack()).contains("qa");
        assertThat(commands.get(1).mayFail()).isFalse();
        assertThat(commands.get(2).mayFail()).isTrue();
        assertThat(commands.get(0).option("--stack", "-s")).isEmpty();
        assertThat(Pipeline.commands("pulumi up -s acme/checkout/prod", false).get(0).stack())
                .contains("acme/checkout/prod");
    }

    @Test
    void aPulumiActionRunningUpIsCheckedLikeACommand() {
        Pipeline p = Pipeline.gitHub("inline", Yaml.tree("""
                jobs:
                  deploy:
                    steps:
                      - uses: pulumi/actions@v6.0.0
                        with: {command: up, stack-name: qa}
                """));
        assertThat(DeployGates.everyUpHasThePolicyPack(p)).containsExactly(
                "inline: job 'deploy' runs `pulumi up (via pulumi/actions)` without --policy-pack and"
                        + " --policy-pack-config");
    }

    @Test
    void qualifiedStackNamesAreJudgedByTheirLastSegment() {
        assertThat(DeployGates.isProd("acme/checkout/prod")).isTrue();
        assertThat(DeployGates.isProd("acme/prod-tools/qa")).isFalse();
        assertThat(DeployGates.isProd("prod")).isTrue();
        assertThat(DeployGates.isProd("qa")).isFalse();
    }

    @Test
    void aFileThatIsNotYamlIsReportedByName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // In a folder the test removes: a bare temp file was left in /tmp by every build.
        Path bad = dir.resolve("pipeline.yml");
        Files.writeString(bad, "jobs: [unclosed\n");
        assertThatThrownBy(() -> Pipeline.read(bad)).hasMessageStartingWith(bad + " is not valid YAML");
    }
}
