package dev.readyservice.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a real {@code pulumi up} of a ReadyService stack needs, checked before anything runs,
 * so a run never stops half-way for a missing key. Only the names of variables are read for
 * presence; their values are never copied into a message.
 */
public final class DeployPreconditions {
    private final Map<String, String> environment;
    private final CommandLocator locator;

    /**
     * @param environment the environment the Pulumi CLI will run with
     * @param locator finds the {@code pulumi} executable
     */
    public DeployPreconditions(Map<String, String> environment, CommandLocator locator) {
        this.environment = Map.copyOf(environment);
        this.locator = locator;
    }

    /**
     * Lists what is missing for the given stack, one line each with how to provide it; empty when
     * the run may start.
     *
     * @param stackFile what the stack file says about its secrets provider and environment
     * @param stack the stack name
     * @param rebuild whether a destroy and rebuild was asked for
     */
    public List<String> check(String stack, StackFileFacts stackFile, boolean rebuild) {
        List<String> problems = new ArrayList<>();
        if (rebuild && (StackFileFacts.isProductionName(stack) || stackFile.productionByConfig())) {
            problems.add("--rebuild refused on stack '" + stack + "': its "
                    + (StackFileFacts.isProductionName(stack) ? "name" : "config (environment)")
                    + " says production, and a rebuild destroys every resource; time rebuilds on a QA stack");
        }
        if (locator.find("pulumi").isEmpty()) {
            problems.add("pulumi CLI not found on PATH: install it (https://www.pulumi.com/docs/install/)"
                    + " and check that `pulumi version` runs");
        }
        azure(problems);
        need(problems, "DATADOG_API_KEY", "the Datadog API key (Organization Settings > API Keys)");
        need(problems, "DATADOG_APP_KEY", "a Datadog application key (Organization Settings > Application Keys)");
        need(problems, "PAGERDUTY_TOKEN", "a PagerDuty REST API token (Integrations > API Access Keys)");
        if (!present("PULUMI_CONFIG_PASSPHRASE") && !present("PULUMI_CONFIG_PASSPHRASE_FILE")
                && !stackFile.hasNonPassphraseSecretsProvider()) {
            problems.add("PULUMI_CONFIG_PASSPHRASE is not set: export it (or PULUMI_CONFIG_PASSPHRASE_FILE with"
                    + " its path) to decrypt the stack's secrets, or set `secretsprovider:` in Pulumi."
                    + stack + ".yaml (`pulumi stack change-secrets-provider`)");
        }
        return problems;
    }

    /**
     * Lists what is missing for every {@code up} to run with the policy pack: the pack directory (with
     * its {@code PulumiPolicy.yaml}), or an executable the CLI runs as an analyzer plugin (such as
     * tools/pulumi's {@code pulumi-analyzer-policy-nodejs} for a CLI without the Node.js language host),
     * and its config file.
     */
    public List<String> checkPolicyPack(Path pack, Path config) {
        List<String> problems = new ArrayList<>();
        boolean analyzer = Files.isRegularFile(pack) && Files.isExecutable(pack);
        if (!analyzer && !Files.isRegularFile(pack.resolve("PulumiPolicy.yaml"))) {
            problems.add("policy pack not found at " + pack + " (no PulumiPolicy.yaml): build it with"
                    + " `cd policy && npm ci && npm run build`, or pass --policy-pack DIR");
        }
        if (!Files.isRegularFile(config)) {
            problems.add("policy pack config not found at " + config + ": add it, or pass --policy-pack-config FILE");
        }
        return problems;
    }

    private void azure(List<String> problems) {
        // A client secret is needed only for a service principal; MSI and OIDC log in without one.
        boolean keyless = truthy("ARM_USE_MSI") || truthy("ARM_USE_OIDC");
        if (!keyless) {
            need(problems, "ARM_CLIENT_ID", "the Azure service principal's application (client) id,"
                    + " or set ARM_USE_MSI=true or ARM_USE_OIDC=true");
            need(problems, "ARM_CLIENT_SECRET", "the Azure service principal's client secret,"
                    + " or set ARM_USE_MSI=true or ARM_USE_OIDC=true");
        }
        need(problems, "ARM_TENANT_ID", "the Azure AD (Entra ID) tenant id");
        need(problems, "ARM_SUBSCRIPTION_ID", "the Azure subscription id the stack deploys into");
    }

    private void need(List<String> problems, String variable, String what) {
        if (!present(variable)) {
            problems.add(variable + " is not set: export it with " + what);
        }
    }

    private boolean present(String variable) {
        String v = environment.get(variable);
        return v != null && !v.isBlank();
    }

    private boolean truthy(String variable) {
        return present(variable) && environment.get(variable).trim().toLowerCase(Locale.ROOT).equals("true");
    }
}
