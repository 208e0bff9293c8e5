package dev.readyservice.realcli;

import com.pulumi.Pulumi;
import com.pulumi.core.Output;

/**
 * The stack {@link FunctionsAndStackReferenceProgram} references: no resource, one output, brought
 * into the real CLI's local backend with {@code pulumi up}.
 */
public final class PlatformStackProgram {
    private PlatformStackProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(ctx -> ctx.export("minimumTlsVersion", Output.of("TLS1_2")));
    }
}
