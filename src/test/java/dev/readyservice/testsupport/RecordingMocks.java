package dev.readyservice.testsupport;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Pulumi mocks that record every registration (type, name, inputs as the engine saw them, nested
 * args as maps) and, through a stack transformation installed by {@link #options} or {@link #run},
 * the options each resource was created with ({@code protect}, parent): the mock engine itself
 * never sees options.
 *
 * <p>Every registration is answered with the id {@code <name>-id}; what the state holds depends on
 * the factory, because the providers under test need different answers (see each factory).
 */
public final class RecordingMocks implements Mocks {

    /** The PagerDuty integration whose {@code integrationKey} output our code reads. */
    public static final String SERVICE_INTEGRATION = "pagerduty:index/serviceIntegration:ServiceIntegration";

    /** The Azure-name input of resources whose name our code reads back as {@code name()}. */
    private static final Map<String, String> AZURE_NAME_INPUTS = Map.of(
            "azure-native:resources:ResourceGroup", "resourceGroupName",
            "azure-native:keyvault:Vault", "vaultName",
            "azure-native:storage:StorageAccount", "accountName",
            "azure-native:dbforpostgresql:Server", "serverName",
            "azure-native:network:ApplicationGateway", "applicationGatewayName");

    /**
     * One registration as the engine saw it.
     *
     * @param type the type token
     * @param name the Pulumi resource name
     * @param inputs the inputs, nested args as maps
     */
    public record Registration(String type, String name, Map<String, Object> inputs) {

        /**
         * Reads a nested input; list elements are addressed as {@code rules[0].name} or {@code rules.0.name}.
         *
         * @param path a dotted path such as {@code siteConfig.minTlsVersion}
         * @return the value there (null only when the input is present and null)
         * @throws AssertionError when a key on the path is absent, so a mistyped path fails the test
         */
        public Object at(String path) {
            Object current = inputs;
            for (String part : path.split("\\.")) {
                String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
                if (current instanceof List<?> list && key.matches("\\d+")) {
                    current = list.get(Integer.parseInt(key));
                } else if (current instanceof Map<?, ?> map && map.containsKey(key)) {
                    current = map.get(key);
                } else {
                    throw new AssertionError("no '" + key + "' in path " + path + " (at " + current + ")");
                }
                if (part.contains("[")) {
                    current = ((List<?>) current).get(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']'))));
                }
            }
            return current;
        }

        /**
         * @param key an input name
         * @return the input as a string
         */
        public String string(String key) {
            return (String) inputs.get(key);
        }

        /**
         * @param key an input holding nested args
         * @return the nested map
         */
        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String key) {
            return (Map<String, Object>) inputs.get(key);
        }

        /**
         * @param key an input holding a list of strings
         * @return the list
         */
        @SuppressWarnings("unchecked")
        public List<String> strings(String key) {
            return (List<String>) inputs.get(key);
        }

        /** @return the Datadog tags ({@code key:value} strings), empty when there are none */
        @SuppressWarnings("unchecked")
        public List<String> datadogTags() {
            return (List<String>) inputs.getOrDefault("tags", List.of());
        }

        /** @return the Azure tags, empty when there are none */
        @SuppressWarnings("unchecked")
        public Map<String, Object> azureTags() {
            return (Map<String, Object>) inputs.getOrDefault("tags", Map.of());
        }
    }

    private final Function<ResourceArgs, Map<String, Object>> answer;
    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ResourceOptions> options = new ConcurrentHashMap<>();

    private RecordingMocks(Function<ResourceArgs, Map<String, Object>> answer) {
        this.answer = answer;
    }

    /**
     * Answers as a Datadog or PagerDuty provider that knows ids: the state echoes the inputs, and a
     * {@value #SERVICE_INTEGRATION} also returns an {@code integrationKey} of {@code <name>-key}.
     *
     * @return empty mocks
     */
    public static RecordingMocks echoingInputs() {
        return new RecordingMocks(args -> {
            Map<String, Object> state = new LinkedHashMap<>(args.inputs);
            if (SERVICE_INTEGRATION.equals(args.type)) {
                state.put("integrationKey", args.name + "-key");
            }
            return state;
        });
    }

    /**
     * Answers like a preview of the whole program: scalar inputs only, because the structured
     * outputs of azure-native have other shapes than its inputs.
     *
     * @return empty mocks
     */
    public static RecordingMocks echoingScalars() {
        return new RecordingMocks(args -> {
            Map<String, Object> state = new HashMap<>();
            args.inputs.forEach((key, value) -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    state.put(key, value);
                }
            });
            return state;
        });
    }

    /**
     * Answers as azure-native would with only the outputs our code reads: the Azure name where the
     * resource has a deterministic one, {@code defaultHostName}, {@code principalId},
     * {@code keyUriWithVersion}. Inputs are not echoed: several azure-native outputs have another
     * shape than the input of the same name (identity.userAssignedIdentities is a list in, a map
     * out), and the SDK would fail to convert them.
     *
     * @return empty mocks
     */
    public static RecordingMocks answeringAzureOutputs() {
        return new RecordingMocks(args -> {
            Map<String, Object> state = new HashMap<>();
            Object azureName = args.inputs.get(AZURE_NAME_INPUTS.get(args.type));
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
            return state;
        });
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        registrations.add(new Registration(args.type, args.name, args.inputs));
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), answer.apply(args)));
    }

    /**
     * Test options that also record each resource's options for {@link #optionsOf}.
     *
     * @param project the project name
     * @param stack the stack name
     * @param preview whether the run is a preview
     * @return the options
     */
    public TestOptions options(String project, String stack, boolean preview) {
        ResourceTransformation recordOptions = args -> {
            options.put(args.resource().pulumiResourceName(), args.options());
            return Optional.empty();
        };
        return TestOptions.builder().projectName(project).stackName(stack).preview(preview)
                .resourceTransformations(List.of(recordOptions)).build();
    }

    /**
     * Runs a program under these mocks with a parent component, as the ReadyService component would.
     *
     * @param program receives the context and the parent
     * @return the test result (errors included)
     */
    public TestResult run(BiConsumer<Context, Resource> program) {
        return PulumiTest.withMocks(this).withOptions(options("ready", "test", false))
                .runTest(ctx -> program.accept(ctx, new ComponentResource("readiness:test:Owner", "owner")));
    }

    /** @return every registration so far, in order */
    public List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    /**
     * @param type a type token
     * @return the registrations of that type
     */
    public List<Registration> ofType(String type) {
        return registrations().stream().filter(r -> r.type().equals(type)).toList();
    }

    /**
     * @param name a Pulumi resource name
     * @return the single registration of that name
     * @throws AssertionError when none or several have it
     */
    public Registration named(String name) {
        List<Registration> found = registrations().stream().filter(r -> r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one resource named " + name + ", found " + found.size() + " among "
                    + registrations().stream().map(Registration::name).toList());
        }
        return found.get(0);
    }

    /**
     * @param name a Pulumi resource name
     * @return the options the named resource was created with
     * @throws AssertionError when none were recorded (the run did not use {@link #options} or {@link #run})
     */
    public ResourceOptions optionsOf(String name) {
        ResourceOptions found = options.get(name);
        if (found == null) {
            throw new AssertionError("no options recorded for " + name);
        }
        return found;
    }
}
