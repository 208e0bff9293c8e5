package example;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;

/** A program with one component whose inputs come from project defaults and structured stack config. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        new ComponentResource("example:index:Greeter", "greeter-" + ctx.config().require("greeting"),
                ComponentResourceOptions.builder().build());
        ctx.export("limits", Output.of(ctx.config().require("limits")));
    }
}
