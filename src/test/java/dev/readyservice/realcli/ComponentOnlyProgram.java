package dev.readyservice.realcli;

import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;

/** A program that needs no provider: one component and one stack output. */
public final class ComponentOnlyProgram {
    private ComponentOnlyProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            new ComponentResource("readiness:index:Nothing", "nothing");
            ctx.export("hello", Output.of("world"));
        });
    }
}
