package dev.readyservice.app;

import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import dev.readyservice.component.ReadyService;
import dev.readyservice.component.ReadyServiceArgs;

/**
 * The bundled Pulumi program: reads the product spec from stack config (namespace
 * {@value StackConfigReader#NAMESPACE}) and builds one {@link ReadyService}. {@link #stack} is
 * separate from {@link #main} so unit tests, the offline review and {@code pulumi up} run the same code.
 */
public final class App {
    /** The secret config key holding the PostgreSQL administrator password. */
    static final String POSTGRES_PASSWORD_KEY = "postgresAdminPassword";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program. */
    public static void stack(Context ctx) {
        Config config = ctx.config(StackConfigReader.NAMESPACE);
        // requireSecret fails with the key's name and how to set it when it is missing.
        ReadyService service = build(ctx, config::get, () -> config.requireSecret(POSTGRES_PASSWORD_KEY));
        ctx.export("resourceGroupName", service.resourceGroupName());
    }

    /**
     * Builds the product from config values.
     *
     * @param config a key of the namespace (without prefix) to its value, structured values as JSON
     * @param postgresPassword the secret administrator password, asked for only when the spec has PostgreSQL
     */
    static ReadyService build(Context ctx, Function<String, Optional<String>> config, Supplier<Output<String>> postgresPassword) {
        ReadyServiceArgs args = StackConfigReader.read(config);
        if (args.data() != null && Boolean.TRUE.equals(args.data().postgres())) {
            args = args.toBuilder().postgresAdministratorPassword(postgresPassword.get()).build();
        }
        String name = args.product() == null || args.product().name() == null ? ctx.projectName() : args.product().name();
        return new ReadyService(name, args);
    }
}
