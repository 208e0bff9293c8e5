package dev.readyservice.azure;

import com.pulumi.Context;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Pulumi mocks that record every registration (type, name, inputs) and, through a stack
 * transformation, the options each resource was created with ({@code protect}, parent). The
 * mock engine itself never sees options, hence the transformation.
 *
 * <p>Answers each registration with an id of {@code <name>-id}, the Azure
 * name where the resource has a deterministic one, and the computed outputs our code reads
 * ({@code defaultHostName}, {@code principalId}, {@code keyUriWithVersion}).
 */
final class RecordingMocks implements Mocks {

    /** One registration as the engine saw it. */
    record Registration(String type, String name, Map<String, Object> inputs) {

        /** @return the value at a dotted path such as {@code siteConfig.minTlsVersion} or {@code rules[0].name} */
        Object at(String path) {
            return Inputs.at(inputs, path);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> tags() {
            return (Map<String, Object>) inputs.getOrDefault("tags", Map.of());
        }
    }

    /** The Azure-name input of resources whose name our code reads back as {@code name()}. */
    private static final Map<String, String> NAME_INPUTS = Map.of(
            "azure-native:resources:ResourceGroup", "resourceGroupName",
            "azure-native:keyvault:Vault", "vaultName",
            "azure-native:storage:StorageAccount", "accountName",
            "azure-native:dbforpostgresql:Server", "serverName",
            "azure-native:network:ApplicationGateway", "applicationGatewayName");

    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ResourceOptions> options = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registrations.add(new Registration(args.type, args.name, args.inputs));
        // Inputs are not echoed back as state: several azure-native outputs have another shape than
        // the input of the same name (identity.userAssignedIdentities is a list in, a map out), and
        // the SDK would fail to convert them. Only the outputs our code reads are answered.
        Map<String, Object> state = new HashMap<>();
        Object azureName = args.inputs.get(NAME_INPUTS.get(args.type));
        state.put("name", azureName != null ? azureName : args.name);
        switch (args.type) {
            case "azure-native:web:WebApp" -> state.put("defaultHostName", args.name + ".azurewebsites.net");
            case "azure-native:managedidentity:UserAssignedIdentity" -> {
                state.put("principalId", args.name + "-principal");
                state.put("clientId", args.name + "-client");
            }
            case "azure-native:dataprotection:BackupVault" ->
                    state.put("identity", Map.of("type", "SystemAssigned", "principalId", args.name + "-principal", "tenantId", "t"));
            case "azure-native:keyvault:Key" -> {
                state.put("keyUri", "https://vault/keys/" + args.name);
                state.put("keyUriWithVersion", "https://vault/keys/" + args.name + "/v1");
            }
            default -> { }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    /** @return every registration in order */
    List<Registration> all() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    /** @return registrations of one type token */
    List<Registration> ofType(String type) {
        return all().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** @return the single registration with this Pulumi name */
    Registration named(String name) {
        List<Registration> found = all().stream().filter(r -> r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one resource named " + name + ", found " + found.size() + " among "
                    + all().stream().map(Registration::name).toList());
        }
        return found.get(0);
    }

    /** @return the options the named resource was created with */
    ResourceOptions optionsOf(String name) {
        ResourceOptions found = options.get(name);
        if (found == null) {
            throw new AssertionError("no options recorded for " + name);
        }
        return found;
    }

    /**
     * Runs a program under these mocks with a parent component, as the ReadyService component would.
     *
     * @param program receives the context and the parent
     * @return the test result (errors included)
     */
    TestResult run(BiConsumer<Context, Resource> program) {
        ResourceTransformation recordOptions = args -> {
            options.put(args.resource().pulumiResourceName(), args.options());
            return Optional.empty();
        };
        return PulumiTest.withMocks(this)
                .withOptions(TestOptions.builder().projectName("ready").stackName("test").preview(false)
                        .resourceTransformations(List.of(recordOptions)).build())
                .runTest(ctx -> program.accept(ctx, new ComponentResource("readiness:test:Owner", "owner")));
    }
}
