package dev.readyservice.evidence.qaenv;

import static dev.readyservice.evidence.qaenv.StackFixtures.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaParityCheckTest {
    @TempDir
    Path dir;

    private QaParity compare(UnaryOperator<String> qaEdit) {
        return QaParityCheck.read(StackFixtures.project(dir, qaEdit));
    }

    @Test
    void aQaStackIdenticalToProdHasNoDifferences() {
        assertThat(compare(qa -> StackFixtures.prod())).isEqualTo(QaParity.compared(List.of()));
    }

    @Test
    void theReferenceQaStackDiffersOnlyWhereAllowed() {
        QaParity parity = compare(UnaryOperator.identity());

        assertThat(parity.state()).isEqualTo(QaParity.State.COMPARED);
        assertThat(parity.disallowedDifferences()).isEmpty();
        assertThat(parity.allowedDifferences()).extracting(ConfigDifference::key).containsExactly(
                "readyservice:product.environment",
                "readyservice:product.subscriptionId",
                "readyservice:product.tlsCertificateSecretId",
                "readyservice:components[api].capacity.plannedPeakRps",
                "readyservice:components[api].capacity.minInstances",
                "readyservice:components[api].capacity.maxInstances",
                "readyservice:components[web].capacity.plannedPeakRps",
                "readyservice:components[web].capacity.minInstances",
                "readyservice:components[web].capacity.maxInstances",
                "readyservice:components[worker].capacity.plannedPeakRps",
                "readyservice:components[worker].capacity.minInstances",
                "readyservice:components[worker].capacity.maxInstances",
                "readyservice:paging.escalation.levels[0].targets[0].id",
                "readyservice:paging.escalation.levels[1].targets[0].id",
                "readyservice:paging.escalation.levels[1].targets[1].id",
                "readyservice:data.backupRetentionDays",
                "readyservice:data.redundancy",
                "readyservice:data.customerManagedKey");
        assertThat(parity.allowedDifferences().get(0))
                .isEqualTo(new ConfigDifference("readyservice:product.environment", "qa", "prod", true, "each stack names its own environment"));
        assertThat(parity.allowedDifferences().get(5).component()).isEqualTo("api");
    }

    @Test
    void theProjectsOwnStackFilesPass() {
        QaParity parity = QaParityCheck.read(Path.of("."));

        assertThat(parity.state()).isEqualTo(QaParity.State.COMPARED);
        assertThat(parity.disallowedDifferences()).isEmpty();
    }

    @Test
    void aComponentMissingInQaIsADisallowedDifference() {
        QaParity parity = compare(replace("""
                    - name: worker
                      kind: worker
                """, """
                    - name: worker-renamed
                      kind: worker
                """));

        assertThat(parity.disallowedDifferences()).containsExactly(
                new ConfigDifference("readyservice:components[worker]", "(absent)", "(present)", false, ParityRules.NOT_LISTED),
                new ConfigDifference("readyservice:components[worker-renamed]", "(present)", "(absent)", false, ParityRules.NOT_LISTED));
    }

    @Test
    void customerFacingThatDiffersIsDisallowed() {
        QaParity parity = compare(replace("  kind: worker\n", "  kind: worker\n      customerFacing: true\n"));

        assertThat(parity.disallowedDifferences()).containsExactly(new ConfigDifference(
                "readyservice:components[worker].customerFacing", "true", "(absent)", false, ParityRules.NOT_LISTED));
    }

    @Test
    void aComponentKindThatDiffersIsDisallowed() {
        assertThat(compare(replace("kind: ui", "kind: api")).disallowedDifferences())
                .extracting(ConfigDifference::describe).containsExactly("readyservice:components[web].kind (qa: api, prod: ui)");
    }

    @Test
    void sloTargetsMustNotDiffer() {
        QaParity parity = compare(replace("availabilityTarget: 99.5", "availabilityTarget: 99.0"));

        assertThat(parity.disallowedDifferences()).singleElement().satisfies(d -> {
            assertThat(d.describe()).isEqualTo("readyservice:components[web].availabilityTarget (qa: 99.0, prod: 99.5)");
            assertThat(d.why()).startsWith("SLO targets must match prod");
        });
    }

    @Test
    void thePagingAndDataDesignMustNotDiffer() {
        QaParity parity = compare(replace("pageOutOfHours: [errors, latency]", "pageOutOfHours: [errors]")
                .andThen(replace("postgres: true", "postgres: false"))
                .andThen(replace("delayMinutes: 30", "delayMinutes: 45"))
                .andThen(replace("id: PQA0003}]\n", "id: PQA0003}]\n        - delayMinutes: 60\n          targets: [{type: user, id: PQA0004}]\n"))::apply);

        assertThat(parity.disallowedDifferences()).extracting(ConfigDifference::describe).containsExactly(
                "readyservice:paging.escalation.levels[1].delayMinutes (qa: 45, prod: 30)",
                "readyservice:paging.escalation.levels[2] (qa: (present), prod: (absent))",
                "readyservice:paging.pageOutOfHours (qa: [errors], prod: [errors, latency])",
                "readyservice:data.postgres (qa: false, prod: true)");
    }

    @Test
    void orderQuotingAndNumberFormsAreNoDifference() {
        String qa = StackFixtures.prod()
                .replace("days: [MON, TUE, WED, THU, FRI]", "days: [FRI, THU, WED, TUE, MON]")
                .replace("headroom: 1.5}", "headroom: \"1.50\"}")
                .replace("loops: 2", "loops: 2.0")
                .replace("customerManagedKey: true", "customerManagedKey: \"true\"");
        StackFixtures.project(dir, x -> qa);

        assertThat(QaParityCheck.read(dir).differences()).isEmpty();
    }

    @Test
    void componentsInAnotherOrderAreTheSameComponents() {
        StackFixtures.write(dir, QaParity.PROD_STACK_FILE, "config:\n  readyservice:components: [{name: api, kind: api}, {name: web, kind: ui}]\n");
        StackFixtures.write(dir, QaParity.QA_STACK_FILE, "config:\n  readyservice:components: [{name: web, kind: ui}, {name: api, kind: api}]\n");
        assertThat(QaParityCheck.read(dir).differences()).isEmpty();

        StackFixtures.write(dir, QaParity.QA_STACK_FILE, "config:\n  readyservice:components: []\n");
        assertThat(QaParityCheck.read(dir).differences()).extracting(ConfigDifference::key)
                .containsExactly("readyservice:components[api]", "readyservice:components[web]");

        StackFixtures.write(dir, QaParity.QA_STACK_FILE, "config:\n  readyservice:components: {api: {kind: api}}\n");
        assertThat(QaParityCheck.read(dir).differences()).extracting(ConfigDifference::describe)
                .containsExactly("readyservice:components (qa: (present), prod: (present))");
    }

    @Test
    void secretsAreComparedOnlyForBeingSetAndNeverShown() {
        QaParity parity = compare(replace("""
                  readyservice:postgresAdminPassword:
                    secure: AAABAJ2uqT6qKYo1bIq8pW1kQ0QyRk9aUWk3c1VnR2Z6dE5tUT09
                """, """
                  readyservice:postgresAdminPassword: hunter2-in-clear
                  readyservice:datadogAppKey:
                    secure: AAABAsecretcipher
                """));

        assertThat(parity.disallowedDifferences()).containsExactly(
                new ConfigDifference("readyservice:postgresAdminPassword", "(plain text, not shown)", "[secret]", false, ParityRules.NOT_LISTED),
                new ConfigDifference("readyservice:datadogAppKey", "[secret]", "(absent)", false, ParityRules.NOT_LISTED));
        assertThat(parity.toString()).doesNotContain("hunter2").doesNotContain("AAAB");
    }

    @Test
    void noQaFileMeansNoQaStack() {
        StackFixtures.write(dir, QaParity.PROD_STACK_FILE, StackFixtures.prod());

        assertThat(QaParityCheck.read(dir)).isEqualTo(QaParity.noQaStack());
    }

    @Test
    void noProdFileMeansNothingToCompareWith() {
        StackFixtures.write(dir, QaParity.QA_STACK_FILE, StackFixtures.qa());

        assertThat(QaParityCheck.read(dir)).isEqualTo(QaParity.noProdStack());
    }

    @Test
    void emptyOrConfiglessStackFilesCompareAsEmptyConfig() {
        StackFixtures.write(dir, QaParity.PROD_STACK_FILE, "config:\n  readyservice:data: {postgres: true}\n");
        StackFixtures.write(dir, QaParity.QA_STACK_FILE, "");

        assertThat(QaParityCheck.read(dir).differences()).extracting(ConfigDifference::describe)
                .containsExactly("readyservice:data (qa: (absent), prod: (present))");
    }

    @Test
    void aFileThatIsNotAStackFileIsRefusedWithoutQuotingIt() {
        StackFixtures.write(dir, QaParity.PROD_STACK_FILE, StackFixtures.prod());
        StackFixtures.write(dir, QaParity.QA_STACK_FILE, "config: [password-in-clear]\n");

        assertThatThrownBy(() -> QaParityCheck.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pulumi.qa.yaml is not a stack file: expected a map with a `config` map");

        StackFixtures.write(dir, QaParity.QA_STACK_FILE, "config:\n  key: \"password-in-clear\n  other: [\n");
        assertThatThrownBy(() -> QaParityCheck.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Pulumi.qa.yaml is not valid YAML at line ")
                .message().doesNotContain("password-in-clear");
    }

    @Test
    void aStateOtherThanComparedCarriesNoDifferences() {
        ConfigDifference d = new ConfigDifference("k", "a", "b", true, "why");
        assertThatThrownBy(() -> new QaParity(QaParity.State.NO_QA_STACK, List.of(d)))
                .hasMessage("differences: only a comparison of two stack files has differences, state is NO_QA_STACK");
        assertThat(new QaParity(QaParity.State.COMPARED, List.of(d)).allowedDifferences()).containsExactly(d);
    }
}
