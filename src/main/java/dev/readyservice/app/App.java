package dev.readyservice.app;

import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.ReadyService;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.StackConfigReader;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bundled Pulumi program: reads the product spec from stack config (namespace
 * {@value StackConfigReader#NAMESPACE}) and builds one {@link ReadyService}. {@link #stack} is
 * separate from {@link #main} so unit tests, the offline review and {@code pulumi up} run the same code.
 */
public final class App {
    /** The secret config key holding the PostgreSQL administrator password. */
    static final String POSTGRES_PASSWORD_KEY = "postgresAdminPassword";
    /**
     * The exit code when the spec in stack config is invalid: bad input, not a failed program. The
     * offline review reads exit code 2 from a program as "its stack config is invalid" and exits 2
     * itself, as for any other bad input in the stack file.
     */
    static final int INVALID_SPEC_EXIT_CODE = 2;
    private static final AtomicBoolean INVALID_SPEC = new AtomicBoolean();

    private App() {
    }

    public static void main(String[] args) {
        int code = Pulumi.runAsync(App::stack).join();
        System.exit(exitCode(code, INVALID_SPEC.get()));
    }

    /** The SDK's exit code, or {@link #INVALID_SPEC_EXIT_CODE} when the program failed on an invalid spec. */
    static int exitCode(int sdkCode, boolean invalidSpec) {
        return sdkCode != 0 && invalidSpec ? INVALID_SPEC_EXIT_CODE : sdkCode;
    }

    /** The program. */
    public static void stack(Context ctx) {
        Config config = ctx.config(StackConfigReader.NAMESPACE);
        try {
            // requireSecret fails with the key's name and how to set it when it is missing.
            ReadyService service = build(ctx, config::get, () -> config.requireSecret(POSTGRES_PASSWORD_KEY));
            ctx.export("resourceGroupName", service.resourceGroupName());
        } catch (InvalidSpecException e) {
            INVALID_SPEC.set(true);
            throw e;
        }
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
