package dev.readyservice.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared words keep the inputs each former copy accepted: specs are lenient, resolved values exact. */
class VocabularyTest {

    @Test
    void aSpecMayWriteAKindInAnyCaseButAResolvedValueIsExact() {
        assertThat(ComponentKind.parse(" Worker ")).contains(ComponentKind.WORKER);
        assertThat(ComponentKind.fromId("worker")).contains(ComponentKind.WORKER);
        assertThat(Stream.of(ComponentKind.fromId("Worker"), ComponentKind.parse("db"), ComponentKind.parse(null))).allMatch(Optional::isEmpty);
    }

    @Test
    void onlyGoldenSignalsMayBeChosenToPageOutOfHours() {
        assertThat(AlertClass.parseGoldenSignal("ERRORS ")).contains(AlertClass.ERRORS);
        assertThat(AlertClass.parseGoldenSignal("availability-burn")).isEmpty();
        assertThat(AlertClass.fromId("availability-burn")).contains(AlertClass.AVAILABILITY_BURN);
        assertThat(AlertClass.fromId("Errors")).isEmpty();
    }

    @Test
    void aStacksFilesLiveUnderTargetPrrAndThePacksConfigFolder() {
        Path project = Path.of("/p");
        assertThat(StackPaths.outputDir(project, "qa")).isEqualTo(Path.of("/p/target/prr/qa"));
        assertThat(StackPaths.redeployRecord(project, "qa")).isEqualTo(Path.of("/p/target/prr/qa/redeploy.json"));
        assertThat(StackPaths.redeployRecordPath("prod")).isEqualTo("target/prr/prod/redeploy.json");
        assertThat(StackPaths.policyConfig(StackPaths.policyPack(project), "prod")).isEqualTo(Path.of("/p/policy/config/prod.json"));
        assertThat(StackPaths.shortName("org/shop/qa")).isEqualTo("qa");
    }

    @Test
    void aQualifiedStackNameMapsToItsShortNamesFilesEverywhere() {
        Path project = Path.of("/p");
        assertThat(StackPaths.outputDir(project, "org/shop/qa")).isEqualTo(StackPaths.outputDir(project, "qa"));
        assertThat(StackPaths.redeployRecord(project, "org/shop/qa")).isEqualTo(Path.of("/p/target/prr/qa/redeploy.json"));
        assertThat(StackPaths.redeployRecordPath("shop/prod")).isEqualTo("target/prr/prod/redeploy.json");
        assertThat(StackPaths.policyConfig(StackPaths.policyPack(project), "org/shop/prod")).isEqualTo(Path.of("/p/policy/config/prod.json"));
    }

    @Test
    void twoNamesAreTheSameStackWhenEverySegmentBothGiveAgrees() {
        assertThat(StackPaths.sameStack("org/shop/qa", "qa")).isTrue();
        assertThat(StackPaths.sameStack("qa", "shop/qa")).isTrue();
        assertThat(StackPaths.sameStack("org/shop/qa", "org/shop/qa")).isTrue();
        assertThat(StackPaths.sameStack("org/shop/qa", "prod")).isFalse();
        assertThat(StackPaths.sameStack("org/shop/qa", "cart/qa")).isFalse();
        assertThat(StackPaths.sameStack("org/shop/qa", "other/shop/qa")).isFalse();
        assertThat(StackPaths.sameStack("qa", "QA")).isFalse();
    }

    @Test
    void stackNamesAreShortOrQualifiedAndNeverNameAParentFolder() {
        assertThat(StackPaths.isStackName("qa")).isTrue();
        assertThat(StackPaths.isStackName("org/shop/qa.eu-1")).isTrue();
        assertThat(StackPaths.isStackName("org/shop/..")).isFalse();
        assertThat(StackPaths.isStackName("../prod")).isFalse();
        assertThat(StackPaths.isStackName("a/b/c/d")).isFalse();
        assertThat(StackPaths.isStackName("qa prod")).isFalse();
        assertThat(StackPaths.isStackName(null)).isFalse();
    }

    @Test
    void aSiblingKeepsTheOrganisationAndProject() {
        assertThat(StackPaths.sibling("org/shop/prod", "qa")).isEqualTo("org/shop/qa");
        assertThat(StackPaths.sibling("prod", "qa")).isEqualTo("qa");
    }
}
