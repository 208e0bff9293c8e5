package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineFunctionsTest {
    private static final String URN = "urn:pulumi:qa::shop::test:index/thing:Thing::a";

    private final Registrations registrations = new Registrations();
    private final EngineFunctions functions = new EngineFunctions(registrations);

    private static RecordedResource resource(String urn, boolean custom) {
        return new RecordedResource(urn, "test:index/thing:Thing", "a", custom, "", Map.of("size", 1.0), List.of(), Map.of(),
                "", false, false, "", "");
    }

    @Test
    void answersGetResourceFromThisRunsRegistrationsWithAnUnknownId() {
        registrations.add(resource(URN, true));

        assertThat(functions.invoke(EngineFunctions.GET_RESOURCE, Map.of("urn", URN))).hasValue(Map.of(
                "urn", URN, "id", WireValues.UNKNOWN, "state", Map.of("size", 1.0)));
    }

    @Test
    void aComponentHasAnEmptyId() {
        registrations.add(resource(URN, false));

        assertThat(functions.invoke(EngineFunctions.GET_RESOURCE, Map.of("urn", URN)).orElseThrow()).containsEntry("id", "");
    }

    @Test
    void refusesAUrnNotRegisteredInThisRun() {
        assertThatThrownBy(() -> functions.invoke(EngineFunctions.GET_RESOURCE, Map.of("urn", URN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pulumi:pulumi:getResource: no resource with URN '" + URN + "' was registered in this preview");
    }

    @Test
    void answersNoOtherToken() {
        assertThat(functions.invoke("azure-native:storage:listStorageAccountKeys", Map.of())).isEmpty();
        assertThat(EngineFunctions.tokens()).containsExactly("pulumi:pulumi:getResource");
    }

    @Test
    void registrationsRefuseADuplicateUrn() {
        assertThat(registrations.add(resource(URN, true))).isTrue();
        assertThat(registrations.add(resource(URN, false))).isFalse();
        assertThat(registrations.all()).singleElement().extracting(RecordedResource::custom).isEqualTo(true);
        assertThat(registrations.count()).isEqualTo(1);
    }
}
