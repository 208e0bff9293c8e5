package dev.readyservice.review.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import dev.readyservice.review.WireValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedAnswersTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsInvokesFromYamlAndMatchesOnTheArgumentsAnEntryNames() throws IOException {
        Path invokes = file("invokes.yaml", """
                - token: aws:ec2/getAmi:getAmi
                  args: {mostRecent: true, owners: [amazon], count: 3}
                  result: {id: ami-1}
                - token: aws:ec2/getAmi:getAmi
                  result: {id: ami-any}
                """);

        PinnedAnswers pinned = PinnedAnswers.read(Optional.of(invokes), Optional.empty());

        Map<String, Object> secretOwner = Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "amazon");
        assertThat(pinned.invoke("aws:ec2/getAmi:getAmi", Map.of("mostRecent", true, "owners", List.of(secretOwner), "count", 3.0, "x", 1.0)))
                .map(PinnedAnswers.PinnedInvoke::result).hasValue(Map.of("id", "ami-1"));
        assertThat(pinned.invoke("aws:ec2/getAmi:getAmi", Map.of("mostRecent", false))).map(PinnedAnswers.PinnedInvoke::index).hasValue(2);
        assertThat(pinned.invoke("aws:ec2/getVpc:getVpc", Map.of())).isEmpty();
    }

    @Test
    void readsStackOutputsFromJson() throws IOException {
        Path outputs = file("stacks.json", "{\"acme/net/qa\": {\"vnetId\": \"v-1\", \"subnets\": 2}}");

        PinnedAnswers pinned = PinnedAnswers.read(Optional.empty(), Optional.of(outputs));

        assertThat(pinned.outputsOf("acme/net/qa")).hasValue(Map.of("vnetId", "v-1", "subnets", 2.0));
        assertThat(pinned.outputsOf("acme/net/prod")).isEmpty();
        assertThat(pinned.stackOutputsFile()).hasValue(outputs);
    }

    @Test
    void aMalformedInvokesFileListsEveryProblemWithEntryKeyValueAndWhatIsAllowed() throws IOException {
        Path invokes = file("invokes.yaml", """
                - token: getAmi
                  result: ami-1
                  resutl: {}
                - 42
                - token: aws:ec2/getAmi:getAmi
                  args: [1]
                  result: {}
                - token: gcp:container/getEngineVersions:getEngineVersions
                  result: {}
                - token: gcp:container/getEngineVersions:getEngineVersions
                  result: {latestMasterVersion: "1.29"}
                """);

        assertThatThrownBy(() -> PinnedAnswers.read(Optional.of(invokes), Optional.empty()))
                .isInstanceOf(ReviewException.class)
                .hasMessage(invokes + ": entry 1: key 'resutl' is not allowed; allowed: token, args, result; "
                        + "entry 1: 'token' is the string \"getAmi\"; allowed: a function token <package>:<module>:<function>, e.g. "
                        + "azure-native:authorization:getClientConfig; "
                        + "entry 1: 'result' is the string \"ami-1\"; allowed: a mapping of result property to value, as the function returns it; "
                        + "entry 2 is the number 42; allowed: a mapping with token, args (optional) and result; "
                        + "entry 3 (token aws:ec2/getAmi:getAmi): 'args' is a list; allowed: a mapping of argument name to value, or no 'args' for any call; "
                        + "entry 5 (token gcp:container/getEngineVersions:getEngineVersions) repeats entry 4: same token and args; keep one")
                .extracting(e -> ((ReviewException) e).exitCode()).isEqualTo(2);
    }

    @Test
    void aMalformedStackOutputsFileNamesTheStackAndTheValue() throws IOException {
        Path outputs = file("stacks.yaml", "acme/net/qa: v-1\nacme/net/prod: {vnetId: v-2}\n");
        Path list = file("list.yaml", "- acme/net/qa\n");

        assertThatThrownBy(() -> PinnedAnswers.read(Optional.empty(), Optional.of(outputs)))
                .hasMessage(outputs + ": stack 'acme/net/qa': outputs are the string \"v-1\"; allowed: a mapping of output name to value");
        assertThatThrownBy(() -> PinnedAnswers.read(Optional.empty(), Optional.of(list)))
                .hasMessageStartingWith(list + " must be a mapping of stack name").hasMessageEndingWith("got a list");
    }
}
