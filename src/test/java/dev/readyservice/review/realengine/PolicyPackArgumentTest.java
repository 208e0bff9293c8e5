package dev.readyservice.review.realengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the CLI at hand is to start the Node.js pack (tools/pulumi/README.md). */
class PolicyPackArgumentTest {
    @TempDir
    Path dir;

    @Test
    void anInstalledCliWithTheNodeLanguageHostGetsThePackFolder() throws IOException {
        Path pulumi = executable("installed/pulumi");
        executable("installed/" + PolicyPackArgument.LANGUAGE_HOST);
        Path pack = dir.resolve("policy");

        RealPreview preview = preview(pulumi, pack);

        assertThat(preview.packArgument()).isEqualTo(new PolicyPackArgument(pack.toString(), Map.of()));
        assertThat(preview.command()).containsSubsequence("--policy-pack", pack.toString());
    }

    @Test
    void ourBuiltCliWithoutTheHostStartsThePackThroughTheAnalyzerScript() throws IOException {
        Path pulumi = executable("built/pulumi");
        Path analyzer = executable("built/" + PolicyPackArgument.ANALYZER);
        Path pack = dir.resolve("policy");

        RealPreview preview = preview(pulumi, pack);

        assertThat(preview.packArgument()).isEqualTo(new PolicyPackArgument(analyzer.toString(),
                Map.of(PolicyPackArgument.PACK_VARIABLE, pack.toString())));
        assertThat(preview.environment(dir.resolve("evidence"))).containsEntry(PolicyPackArgument.PACK_VARIABLE, pack.toString())
                .containsEntry(RealPreview.EVIDENCE_VARIABLE, dir.resolve("evidence").toString())
                .containsEntry("PATH", pulumi.getParent() + ":/usr/bin");
    }

    @Test
    void aHostOnPathWinsOverTheScript() throws IOException {
        Path pulumi = executable("built/pulumi");
        executable("built/" + PolicyPackArgument.ANALYZER);
        Path hosts = executable("hosts/" + PolicyPackArgument.LANGUAGE_HOST).getParent();
        Path pack = dir.resolve("policy");

        RealPreview preview = new RealPreview(pulumi, dir, "qa", pack, Optional.empty(), Duration.ofSeconds(5), Map.of("PATH", hosts.toString()));

        assertThat(preview.packArgument().value()).isEqualTo(pack.toString());
    }

    @Test
    void neitherGivesTheFolderAndTheCliSaysWhatItLacks() throws IOException {
        Path pulumi = executable("bare/pulumi");
        Path pack = dir.resolve("policy");

        assertThat(preview(pulumi, pack).packArgument()).isEqualTo(new PolicyPackArgument(pack.toString(), Map.of()));
    }

    private RealPreview preview(Path pulumi, Path pack) {
        return new RealPreview(pulumi, dir, "qa", pack, Optional.empty(), Duration.ofSeconds(5), Map.of("PATH", "/usr/bin"));
    }

    private Path executable(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
