package dev.readyservice.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.analyzer.Analysis;
import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.JudgedEnvironment;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.analyzer.PackInfo;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.report.Format;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.ItemStatus;
import dev.readyservice.report.ProductView;
import dev.readyservice.report.PrrItem;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.ReportFixtures;
import dev.readyservice.report.ReportWriter;
import dev.readyservice.report.Verdict;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In prod no setting bypasses the rules that are never waivable there, and what is not measured
 * blocks: each rule with a bypassing config and its compliant twin.
 */
class ProdEnforcementTest {
    private static final String ITEM = "security.encryption-at-rest";
    private static final JudgedEnvironment PROD = new JudgedEnvironment("prod", "stack name 'prod'");
    private static final JudgedEnvironment QA = new JudgedEnvironment("qa", "stack name 'qa'");
    private static final String STORAGE = "urn:pulumi:prod::shop::azure-native:storage:StorageAccount::shopdata";

    private static Preview preview() {
        return new Preview("shop", "prod", List.of(new RecordedResource(STORAGE, "azure-native:storage:StorageAccount", "shopdata", true, "",
                Map.of("minimumTlsVersion", "TLS1_2"), List.of(), Map.of(), "", false, false, "", "")), List.of(), Set.of(), Duration.ZERO);
    }

    /** Two never-waivable policies prove the item; the second runs at {@code level}. */
    private static PackInfo pack(EnforcementLevel level, JudgedEnvironment environment) {
        return new PackInfo("readyservice-prr", "1.0.0", List.of(
                new PolicyDescriptor("enable-infrastructure-encryption", List.of(ITEM), EnforcementLevel.MANDATORY, false,
                        List.of("azure-native:storage:StorageAccount"), "encryption"),
                new PolicyDescriptor("disallow-public-blob-access", List.of(ITEM), level, false,
                        List.of("azure-native:storage:StorageAccount"), "public access")))
                .judging(environment, level == EnforcementLevel.MANDATORY ? Map.of()
                        : Map.of("disallow-public-blob-access", "policy/config/prod.json sets \"disallow-public-blob-access\": enforcementLevel " + level.wireName()));
    }

    private static ItemResult item(PackInfo pack, List<Finding> findings) {
        PrrReport report = ReportBuilder.build(preview(), new Analysis(pack, findings), ProjectArtefacts.none("prod"), ReportFixtures.CLOCK);
        return report.items().stream().filter(i -> i.item().id().equals(ITEM)).findFirst().orElseThrow();
    }

    @Test
    void aDisabledNeverWaivablePolicyFailsItsItemInProdNamingTheSetting() {
        ItemResult disabled = item(pack(EnforcementLevel.DISABLED, PROD), List.of());

        assertThat(disabled.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(disabled.reason()).isEqualTo("not checked as prod requires: disallow-public-blob-access runs disabled"
                + " (policy/config/prod.json sets \"disallow-public-blob-access\": enforcementLevel disabled); this rule is never waivable"
                + " in prod, so the item fails until the setting is removed");
    }

    @Test
    void anAdvisoryNeverWaivablePolicyFailsItsItemInProdToo() {
        assertThat(item(pack(EnforcementLevel.ADVISORY, PROD), List.of()).reason())
                .startsWith("not checked as prod requires: disallow-public-blob-access runs advisory (policy/config/prod.json sets");
    }

    @Test
    void theSameItemPassesWhenEveryPolicyRunsMandatoryAndQaMayLowerIt() {
        assertThat(item(pack(EnforcementLevel.MANDATORY, PROD), List.of()).status()).isEqualTo(ItemStatus.PASS);
        assertThat(item(pack(EnforcementLevel.DISABLED, QA), List.of()).status()).isEqualTo(ItemStatus.PASS);
    }

    @Test
    void aNotCheckedFindingFailsTheItemAndSaysSo() {
        Finding bypass = new Finding("enable-infrastructure-encryption", List.of(ITEM), EnforcementLevel.MANDATORY, Outcome.NOT_CHECKED,
                "security.encryption-at-rest not checked as prod requires: enable-infrastructure-encryption's policy config sets enforceFrom 2099-01-01", "");

        ItemResult result = item(pack(EnforcementLevel.MANDATORY, PROD), List.of(bypass));

        assertThat(result.status()).isEqualTo(ItemStatus.FAIL);
        assertThat(result.reason()).isEqualTo("not checked as prod requires: 1 setting bypasses it (see findings) (1 mandatory, 0 advisory)");
    }

    @Test
    void inProdAnItemNotMeasuredBlocksTheVerdictAndKeepsItsStatusAndCommand() {
        PrrReport prod = ReportBuilder.build(preview(), new Analysis(pack(EnforcementLevel.MANDATORY, PROD), List.of()),
                ProjectArtefacts.none("prod"), ReportFixtures.CLOCK);
        ItemResult redeploy = prod.items().stream().filter(i -> i.item().id().equals("quality.redeploy-time")).findFirst().orElseThrow();

        assertThat(redeploy.status()).isEqualTo(ItemStatus.NOT_MEASURED);
        assertThat(redeploy.reason()).contains("measure it with `./prr time-redeploy --stack qa`")
                .endsWith("; in prod, what is not measured blocks the verdict");
        assertThat(prod.blockingStatuses()).containsExactly(ItemStatus.FAIL, ItemStatus.MISSING_SIGN_OFF, ItemStatus.NOT_MEASURED);
        assertThat(ReportWriter.render(prod, Format.MARKDOWN)).contains("Judged as **prod** (stack name 'prod'). `fail`, `missing-sign-off` and "
                + "`not-measured` block the verdict in prod.");
    }

    @Test
    void theVerdictOfOnlyNotMeasuredItemsIsNotReadyInProdAndReadyInQa() {
        PrrItem item = PrrCatalogue.items().stream().filter(i -> i.id().equals("quality.coverage")).findFirst().orElseThrow();
        List<ItemResult> items = List.of(new ItemResult(item, ItemStatus.NOT_MEASURED, "absent; measure it with `mvn verify`", List.of(),
                List.of(), List.of()));
        PrrReport prod = onlyItems(items, PROD);
        PrrReport qa = onlyItems(items, QA);

        assertThat(prod.verdict()).isEqualTo(Verdict.NOT_READY);
        assertThat(qa.verdict()).isEqualTo(Verdict.READY);
        assertThat(ReportWriter.render(qa, Format.JSON)).contains("\"environment\" : {\n    \"name\" : \"qa\",\n    \"source\" : \"stack name 'qa'\"\n  }");
        assertThat(ReportWriter.render(prod, Format.HTML)).contains("Judged as <strong>prod</strong> (stack name &#39;prod&#39;).");
        // CI's test tab shows the same: a failure in prod, a skipped test in QA.
        assertThat(ReportWriter.render(prod, Format.JUNIT)).contains("failures=\"1\"").contains("<failure message=\"absent; measure it with `mvn verify`\" type=\"not-measured\"");
        assertThat(ReportWriter.render(qa, Format.JUNIT)).contains("failures=\"0\"").contains("skipped=\"1\"");
    }

    private static PrrReport onlyItems(List<ItemResult> items, JudgedEnvironment environment) {
        return new PrrReport("shop", environment.name(), ReportFixtures.CLOCK.instant(), pack(EnforcementLevel.MANDATORY, environment), items,
                List.of(), ProductComponents.of(preview()), List.of(), Duration.ZERO, List.of());
    }
}
