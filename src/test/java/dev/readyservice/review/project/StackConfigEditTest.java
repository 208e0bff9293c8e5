package dev.readyservice.review.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding keys to a stack file's config keeps every byte the team wrote. */
class StackConfigEditTest {
    private static final String BLOCK = "# written by the test\n"
            + "readyservice:product:\n"
            + "  name: shop\n"
            + "  team: TODO   # only the team knows\n"
            + "readyservice:components:\n"
            + "  - name: api\n"
            + "    capacity: {plannedPeakRps: TODO}\n";
    private static final List<String> KEYS = List.of("readyservice:product", "readyservice:components");

    /** A team's file: comments, a secret, quoting, nesting, a block scalar and a key after config. */
    private static final String TEAMS_FILE = "# the shop's QA stack\n"
            + "secretsprovider: passphrase\n"
            + "config:\n"
            + "  # where it runs\n"
            + "  azure-native:location: westeurope   # the team's region\n"
            + "  shop:dbPassword:\n"
            + "    secure: AAABAKx9c2VjcmV0\n"
            + "  shop:tags: {owner: \"payments\", cost: 'x-1'}\n"
            + "  shop:notes: |\n"
            + "    line one\n"
            + "    line two\n"
            + "\n"
            + "# after the config\n"
            + "encryptionsalt: v1:abc\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("Pulumi.qa.yaml"), text);
    }

    private static String edit(Path file, List<String> replaced) {
        return StackConfigEdit.of(file, "Pulumi.qa.yaml").with(BLOCK, KEYS, replaced);
    }

    @Test
    void theKeysGoAtTheEndOfTheConfigMapAndEveryOtherByteStays() throws IOException {
        String edited = edit(write(TEAMS_FILE), List.of());
        String added = "  # written by the test\n"
                + "  readyservice:product:\n"
                + "    name: shop\n"
                + "    team: TODO   # only the team knows\n"
                + "  readyservice:components:\n"
                + "    - name: api\n"
                + "      capacity: {plannedPeakRps: TODO}\n";
        int at = TEAMS_FILE.indexOf("\n# after the config");
        assertThat(edited).isEqualTo(TEAMS_FILE.substring(0, at) + added + TEAMS_FILE.substring(at));
        assertThat(PulumiYaml.parse("x", edited).path("config").path("readyservice:product").path("team").asText()).isEqualTo("TODO");
    }

    @Test
    void theKeysFollowTheIndentOfTheMapAndItsLineEndings() throws IOException {
        String crlf = "config:\r\n    a:b: 1\r\n    a:c: [1, 2]";
        String edited = edit(write(crlf), List.of());
        assertThat(edited).startsWith("config:\r\n    a:b: 1\r\n    a:c: [1, 2]\r\n    # written by the test\r\n    readyservice:product:\r\n      name: shop\r\n");
        assertThat(PulumiYaml.parse("x", edited).path("config").path("a:c").size()).isEqualTo(2);
    }

    /** A block scalar that keeps its trailing blank lines (|+) holds them in its value: the keys go after them. */
    @Test
    void aBlockScalarKeepingItsBlankLinesKeepsThem() throws IOException {
        String edited = edit(write("config:\n  a:n: |+\n    x\n\n"), List.of());
        assertThat(edited).startsWith("config:\n  a:n: |+\n    x\n\n  # written by the test\n");
        assertThat(PulumiYaml.parse("x", edited).path("config").path("a:n").asText()).isEqualTo("x\n\n");
    }

    @Test
    void aFileWithNoConfigMapGetsOneAndAMissingFileIsCreatedFromNothing() throws IOException {
        assertThat(edit(write("encryptionsalt: v1:abc"), List.of()))
                .isEqualTo("encryptionsalt: v1:abc\nconfig:\n  # written by the test\n  readyservice:product:\n    name: shop\n"
                        + "    team: TODO   # only the team knows\n  readyservice:components:\n    - name: api\n      capacity: {plannedPeakRps: TODO}\n");
        assertThat(edit(dir.resolve("Pulumi.absent.yaml"), List.of())).startsWith("config:\n  # written by the test\n  readyservice:product:\n");
        assertThat(StackConfigEdit.of(dir.resolve("Pulumi.absent.yaml"), "x").exists()).isFalse();
    }

    @Test
    void anEmptyConfigValueIsReplacedByTheBlockAndTheCommentOnItsLineStays() throws IOException {
        assertThat(edit(write("config:   # none yet\nencryptionsalt: s\n"), List.of()))
                .startsWith("config:   # none yet\n  # written by the test\n  readyservice:product:\n").endsWith("      capacity: {plannedPeakRps: TODO}\nencryptionsalt: s\n");
        assertThat(edit(write("config: {}\n"), List.of())).startsWith("config: \n  # written by the test\n");
    }

    @Test
    void replacingTakesOutOnlyTheNamedKeysAndPutsTheBlockWhereTheFirstStood() throws IOException {
        String file = "config:\n"
                + "  azure-native:location: westeurope\n"
                + "  readyservice:product:\n"
                + "    name: old\n"
                + "  # the team's password\n"
                + "  readyservice:postgresAdminPassword:\n"
                + "    secure: AAAB\n"
                + "  readyservice:components: [{name: old}]\n"
                + "  shop:other: 1\n";
        String edited = edit(write(file), KEYS);
        assertThat(edited).isEqualTo("config:\n"
                + "  azure-native:location: westeurope\n"
                + "  # written by the test\n"
                + "  readyservice:product:\n"
                + "    name: shop\n"
                + "    team: TODO   # only the team knows\n"
                + "  readyservice:components:\n"
                + "    - name: api\n"
                + "      capacity: {plannedPeakRps: TODO}\n"
                + "  # the team's password\n"
                + "  readyservice:postgresAdminPassword:\n"
                + "    secure: AAAB\n"
                + "  shop:other: 1\n");
        assertThat(StackConfigEdit.of(write(file), "x").keysStartingWith("readyservice:"))
                .containsExactly("readyservice:product", "readyservice:postgresAdminPassword", "readyservice:components");
    }

    @Test
    void withoutReplacingAKeyTheBlockSetsAgainTheEditIsRefusedNotMadeTwice() throws IOException {
        Path file = write("config:\n  readyservice:product: {name: old}\n");
        assertThatThrownBy(() -> edit(file, List.of()))
                .isInstanceOf(ReviewException.class).hasMessageContaining("Pulumi.qa.yaml").hasMessageContaining("nothing was written");
    }

    @Test
    void aBadYamlFileIsBadInputNamingTheFileAndNotShowingItsLines() throws IOException {
        Path file = write("config:\n  shop:password: s3cr3t-in-clear\n  shop:password: again\n");
        assertThatThrownBy(() -> StackConfigEdit.of(file, "Pulumi.qa.yaml"))
                .isInstanceOf(ReviewException.class)
                .satisfies(e -> assertThat(((ReviewException) e).exitCode()).isEqualTo(2))
                .hasMessageContaining("Pulumi.qa.yaml").hasMessageNotContaining("s3cr3t");
        Path unbalanced = write("config:\n  a: [1, 2\n");
        assertThatThrownBy(() -> StackConfigEdit.of(unbalanced, "Pulumi.qa.yaml")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("Pulumi.qa.yaml is not valid YAML");
    }

    @Test
    void aConfigThatIsNoMapOrAFlowMapIsRefusedWithWhatToDo() throws IOException {
        assertThatThrownBy(() -> StackConfigEdit.of(write("config: [a, b]\n"), "Pulumi.qa.yaml"))
                .isInstanceOf(ReviewException.class).hasMessageContaining("Pulumi.qa.yaml: the file must be a map whose 'config' is a map");
        assertThatThrownBy(() -> edit(write("config: {a:b: 1}\n"), List.of()))
                .isInstanceOf(ReviewException.class).hasMessageContaining("flow map").hasMessageContaining("by hand");
    }

    @Test
    void aByteOrderMarkAndTextBeyondTheBasicPlaneStay() throws IOException {
        Path file = dir.resolve("Pulumi.qa.yaml");
        Files.write(file, ("\uFEFFconfig:\n  shop:motto: \"\uD83D\uDE80 fast\"\n").getBytes(StandardCharsets.UTF_8));
        String edited = edit(file, List.of());
        assertThat(edited).startsWith("\uFEFFconfig:\n  shop:motto: \"\uD83D\uDE80 fast\"\n  # written by the test\n");
    }
}
