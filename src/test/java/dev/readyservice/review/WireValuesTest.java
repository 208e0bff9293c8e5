package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireValuesTest {

    @Test
    void recognisesASecretOnlyByItsSignature() {
        assertThat(WireValues.isSecret(Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "s3cr3t"))).isTrue();
        assertThat(WireValues.isSecret(Map.of(WireValues.SIG_KEY, WireValues.RESOURCE_REFERENCE_SIG))).isFalse();
        assertThat(WireValues.isSecret("plain")).isFalse();
    }

    @Test
    void findsAnUnknownNestedInListsAndMaps() {
        assertThat(WireValues.containsUnknown(Map.of("a", List.of("x", Map.of("b", WireValues.UNKNOWN))))).isTrue();
        assertThat(WireValues.containsUnknown(Map.of("a", List.of("x", Map.of("b", "known"))))).isFalse();
    }

    @Test
    void recordedResourceNormalisesAbsentCollectionsAndStrings() {
        RecordedResource r = new RecordedResource("urn:x", "t", "n", true, null, null, null, null, null, false, false, null, null);
        assertThat(r.parentUrn()).isEmpty();
        assertThat(r.inputs()).isEmpty();
        assertThat(r.input("missing")).isEmpty();
        assertThat(r.version()).isEmpty();
    }

    @Test
    void previewCopiesWhatItIsGiven() {
        java.util.ArrayList<RecordedResource> resources = new java.util.ArrayList<>();
        resources.add(new RecordedResource("urn:x", "t", "n", true, "", Map.of(), List.of(), Map.of(), "", false, false, "", ""));
        Preview p = new Preview("proj", "qa", resources, List.of(new Preview.LogEntry("WARNING", "m", "urn:x")),
                java.util.Set.of("readyservice:token"), java.time.Duration.ofSeconds(1));
        resources.clear();
        assertThat(p.resources()).hasSize(1);
        assertThat(p.logs().get(0).severity()).isEqualTo("WARNING");
        assertThat(p.uncheckedSecretKeys()).containsExactly("readyservice:token");
    }
}
