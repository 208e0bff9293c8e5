package dev.readyservice.deploy;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.Version;
import java.util.List;

/**
 * Works around the Pulumi Java Automation API 1.36.1 passing {@code UpOptions.policyPackConfigs} to
 * the CLI as {@code --policy-pack-configs}, a flag the CLI does not have (it is
 * {@code --policy-pack-config}), which would fail every {@code up} that sets a pack config. Every
 * other argument passes through unchanged. Remove when the SDK sends the right flag.
 */
final class PolicyPackConfigFlagFix implements PulumiCommand {
    static final String SDK_FLAG = "--policy-pack-configs";
    static final String CLI_FLAG = "--policy-pack-config";

    private final PulumiCommand delegate;

    PolicyPackConfigFlagFix(PulumiCommand delegate) {
        this.delegate = delegate;
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public CommandResult run(List<String> args, CommandRunOptions options) throws AutomationException {
        return delegate.run(args.stream().map(a -> a.equals(SDK_FLAG) ? CLI_FLAG : a).toList(), options);
    }
}
