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
}
