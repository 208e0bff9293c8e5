package dev.readyservice.review.realengine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code --policy-pack} gets, and what the CLI's environment gets with it, so that the CLI at
 * hand can start our Node.js pack (tools/pulumi/README.md).
 *
 * <ul>
 *   <li>A CLI with the Node.js language host (every installed Pulumi bundles
 *       {@value #LANGUAGE_HOST} beside {@code pulumi}): the pack's folder, as users run it.</li>
 *   <li>The CLI {@code tools/pulumi/build.sh} builds has no such host (the module proxy does not serve
 *       it) but has our {@value #ANALYZER} beside it: that script, with the folder in
 *       {@value #PACK_VARIABLE}; the CLI runs an executable {@code --policy-pack} as a binary analyzer.</li>
 *   <li>Neither: the folder, and the CLI says in its own words what it is missing.</li>
 * </ul>
 *
 * @param value the {@code --policy-pack} argument
 * @param environment what the CLI's environment gets with it
 */
public record PolicyPackArgument(String value, Map<String, String> environment) {
    /** The Node.js language host an installed Pulumi CLI bundles. */
    public static final String LANGUAGE_HOST = "pulumi-language-nodejs";
    /** Our script that starts the pack for a CLI without that host (tools/pulumi/pulumi-analyzer-policy-nodejs). */
    public static final String ANALYZER = "pulumi-analyzer-policy-nodejs";
    /** The variable that tells {@value #ANALYZER} where the pack is. */
    public static final String PACK_VARIABLE = "READYSERVICE_POLICY_PACK";

    public PolicyPackArgument {
        environment = Map.copyOf(environment);
    }

    /**
     * How {@code pulumi} starts {@code pack}; {@code path} is the PATH the CLI runs with (its own
     * folder first, where an installed CLI keeps its language hosts).
     */
    public static PolicyPackArgument forCli(Path pulumi, Path pack, String path) {
        Path bin = pulumi.getParent();
        if (PulumiExecutable.onPath(LANGUAGE_HOST, path).isPresent()) {
            return new PolicyPackArgument(pack.toString(), Map.of());
        }
        Path analyzer = bin.resolve(ANALYZER);
        if (Files.isRegularFile(analyzer) && Files.isExecutable(analyzer)) {
            return new PolicyPackArgument(analyzer.toString(), Map.of(PACK_VARIABLE, pack.toString()));
        }
        return new PolicyPackArgument(pack.toString(), Map.of());
    }
}
