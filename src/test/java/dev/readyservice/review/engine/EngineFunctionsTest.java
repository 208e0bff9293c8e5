package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.Assumption;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import dev.readyservice.review.project.PinnedAnswers;
import dev.readyservice.review.project.StackConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EngineFunctionsTest {
    private static final String URN = "urn:pulumi:qa::shop::test:index/thing:Thing::a";
    private static final String CLIENT_CONFIG = "azure-native:authorization:getClientConfig";
    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "99999999-8888-7777-6666-555555555555";

    private final Registrations registrations = new Registrations();
    private final Assumptions assumptions = new Assumptions();
    private final EngineFunctions functions = new EngineFunctions(registrations);

    private static RecordedResource resource(String urn, boolean custom) {
        return new RecordedResource(urn, "test:index/thing:Thing", "a", custom, "", Map.of("size", 1.0), List.of(), Map.of(),
                "", false, false, "", "");
    }

    private EngineFunctions with(StackConfig config, PinnedAnswers pinned) {
        return new EngineFunctions(registrations, config, pinned, assumptions);
    }

    private static StackConfig config(Map<String, String> values, String... secretKeys) {
        return new StackConfig(new TreeMap<>(values), new TreeSet<>(List.of(secretKeys)), new TreeSet<>());
    }

    @Test
    void answersGetResourceFromThisRunsRegistrationsWithAnUnknownId() {
        registrations.add(resource(URN, true));

        assertThat(functions.invoke(EngineFunctions.GET_RESOURCE, Map.of("urn", URN))).isEqualTo(Map.of(
                "urn", URN, "id", WireValues.UNKNOWN, "state", Map.of("size", 1.0)));
    }

    @Test
    void aComponentHasAnEmptyId() {
        registrations.add(resource(URN, false));

        assertThat(functions.invoke(EngineFunctions.GET_RESOURCE, Map.of("urn", URN))).containsEntry("id", "");
    }

    @Test
    void refusesAUrnNotRegisteredInThisRun() {
        assertThatThrownBy(() -> functions.invoke(EngineFunctions.GET_RESOURCE, Map.of("urn", URN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pulumi:pulumi:getResource: no resource with URN '" + URN + "' was registered in this preview");
    }

    @Test
    void getClientConfigComesFromTheAzureNativeConfig() {
        var answer = with(config(Map.of("azure-native:subscriptionId", SUBSCRIPTION, "azure-native:tenantId", TENANT,
                "azure-native:clientId", "app-1", "azure-native:objectId", "obj-1")), PinnedAnswers.none())
                .invoke(CLIENT_CONFIG, Map.of());

        assertThat(answer).isEqualTo(Map.of("subscriptionId", SUBSCRIPTION, "tenantId", TENANT, "clientId", "app-1", "objectId", "obj-1"));
        assertThat(assumptions.all()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Assumption.Kind.FUNCTION);
            assertThat(a.source()).isEqualTo(Assumption.Source.CONFIG);
            assertThat(a.detail()).isEqualTo("clientId, objectId, subscriptionId, tenantId from azure-native config");
        });
    }

    @Test
    void getClientConfigUsesPlaceholdersForWhatTheConfigLacksAndSaysSo() {
        var answer = with(config(Map.of("azure-native:subscriptionId", SUBSCRIPTION)), PinnedAnswers.none()).invoke(CLIENT_CONFIG, Map.of());

        assertThat(answer).containsEntry("subscriptionId", SUBSCRIPTION).containsEntry("tenantId", ConfigFunctions.NIL_GUID)
                .containsEntry("clientId", ConfigFunctions.NIL_GUID).containsEntry("objectId", ConfigFunctions.NIL_GUID);
        assertThat(assumptions.all()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo(Assumption.Source.PLACEHOLDER);
            assertThat(a.detail()).startsWith("subscriptionId from azure-native config; clientId, objectId, tenantId are the placeholder "
                    + ConfigFunctions.NIL_GUID);
        });
    }

    @Test
    void aSecretConfigValueStaysSecretAndIsNeverInTheAssumption() {
        var answer = with(config(Map.of("azure-native:clientId", "very-secret-client"), "azure-native:clientId"), PinnedAnswers.none())
                .invoke(CLIENT_CONFIG, Map.of());

        assertThat(WireValues.isSecret(answer.get("clientId"))).isTrue();
        assertThat(assumptions.all().get(0).describe()).doesNotContain("very-secret-client");
    }

    @Test
    void aPinnedAnswerComesFirstAndMatchesOnTheArgumentsItNames() {
        var pinned = new PinnedAnswers(List.of(
                new PinnedAnswers.PinnedInvoke("aws:ec2/getAmi:getAmi", Optional.of(Map.of("owners", List.of("amazon"))), Map.of("id", "ami-1"), 1),
                new PinnedAnswers.PinnedInvoke(CLIENT_CONFIG, Optional.empty(), Map.of("tenantId", "pinned"), 2)),
                Map.of(), Optional.of(Path.of("invokes.yaml")), Optional.empty());
        var table = with(config(Map.of("azure-native:tenantId", TENANT)), pinned);

        assertThat(table.invoke("aws:ec2/getAmi:getAmi", Map.of("owners", List.of("amazon"), "mostRecent", true))).isEqualTo(Map.of("id", "ami-1"));
        assertThat(table.invoke(CLIENT_CONFIG, Map.of())).isEqualTo(Map.of("tenantId", "pinned"));
        assertThat(table.invoke("aws:ec2/getAmi:getAmi", Map.of("owners", List.of("self")))).isEqualTo(EngineFunctions.unknownResult());
        assertThat(assumptions.all()).extracting(Assumption::source)
                .containsExactly(Assumption.Source.FILE, Assumption.Source.FILE, Assumption.Source.UNKNOWN);
        assertThat(assumptions.all().get(0).detail()).isEqualTo("entry 1 of invokes.yaml");
        assertThat(assumptions.all().get(0).name()).isEqualTo("mostRecent, owners");
    }

    @Test
    void anyOtherFunctionIsUnknown() {
        assertThat(with(StackConfig.of(Map.of()), PinnedAnswers.none()).invoke("gcp:container/getEngineVersions:getEngineVersions",
                Map.of("location", "europe-west1"))).containsValue(WireValues.UNKNOWN);
        assertThat(assumptions.all()).singleElement().extracting(Assumption::source).isEqualTo(Assumption.Source.UNKNOWN);
    }

    @Test
    void aStackReferenceGetsItsPinnedOutputsOrUnknownOnes() {
        var pinned = new PinnedAnswers(List.of(), Map.of("acme/network/qa", Map.of("vnetId", "vnet-1")), Optional.empty(),
                Optional.of(Path.of("stacks.yaml")));
        var table = with(StackConfig.of(Map.of()), pinned);

        assertThat(table.read(EngineFunctions.STACK_REFERENCE, "network", "acme/network/qa", Map.of("name", "acme/network/qa")))
                .isEqualTo(Map.of("name", "acme/network/qa", "outputs", Map.of("vnetId", "vnet-1"), "secretOutputNames", List.of()));
        assertThat(table.read(EngineFunctions.STACK_REFERENCE, "other", "acme/other/qa", Map.of()))
                .isEqualTo(Map.of("name", "acme/other/qa", "outputs", WireValues.UNKNOWN, "secretOutputNames", WireValues.UNKNOWN));
        assertThat(table.invoke(EngineFunctions.READ_STACK_OUTPUTS, Map.of("name", "acme/network/qa"))).containsKey("outputs");
        assertThat(assumptions.all()).extracting(Assumption::kind, Assumption::name, Assumption::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Assumption.Kind.STACK_REFERENCE, "acme/network/qa", Assumption.Source.FILE),
                org.assertj.core.groups.Tuple.tuple(Assumption.Kind.STACK_REFERENCE, "acme/other/qa", Assumption.Source.UNKNOWN),
                org.assertj.core.groups.Tuple.tuple(Assumption.Kind.STACK_REFERENCE, "acme/network/qa", Assumption.Source.FILE));
    }

    @Test
    void aReadOfAnExistingResourceHasNoPropertiesSoTheyAreUnknownInPreview() {
        var table = with(StackConfig.of(Map.of()), PinnedAnswers.none());

        assertThat(table.read("azure-native:resources:ResourceGroup", "shared", "/subscriptions/x/resourceGroups/shared", Map.of())).isEmpty();
        assertThat(assumptions.all()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Assumption.Kind.READ);
            assertThat(a.name()).isEqualTo("shared");
            assertThat(a.source()).isEqualTo(Assumption.Source.UNKNOWN);
        });
    }

    @Test
    void registrationsRefuseADuplicateUrn() {
        assertThat(registrations.add(resource(URN, true))).isTrue();
        assertThat(registrations.add(resource(URN, false))).isFalse();
        assertThat(registrations.all()).singleElement().extracting(RecordedResource::custom).isEqualTo(true);
        assertThat(registrations.count()).isEqualTo(1);
    }
}
