package dev.readyservice.app;

import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.Pulumi;
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
        ReadyServiceArgs args = StackConfigReader.read(config::get);
        if (args.data() != null && Boolean.TRUE.equals(args.data().postgres())) {
            // requireSecret fails with the key's name and how to set it when it is missing.
            args = args.toBuilder().postgresAdministratorPassword(config.requireSecret(POSTGRES_PASSWORD_KEY)).build();
        }
        String name = args.product() == null || args.product().name() == null ? ctx.projectName() : args.product().name();
        ReadyService service = new ReadyService(name, args);
        ctx.export("resourceGroupName", service.resourceGroupName());
    }
}
