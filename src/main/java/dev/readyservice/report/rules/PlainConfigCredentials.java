package dev.readyservice.report.rules;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.Finding;
import dev.readyservice.analyzer.Outcome;
import dev.readyservice.review.secrets.ConfigSecrets.PlainCredential;
import java.util.List;
import java.util.Locale;

/**
 * The report's own check for {@code security.encryption-at-rest}: a credential kept in plain stack
 * config is stored unencrypted in the repository and in the state, where {@code secure:} config is
 * encrypted. The stack config reaches the review, not the pack, so the review checks it, as it
 * checks playbook files for {@code tech.playbooks}.
 *
 * <p>One finding per key, naming the file and the key, never the value. Mandatory in prod, advisory
 * elsewhere; as for every infra item, an advisory violation still fails the checklist line (see the
 * package documentation), so a QA report shows what prod would reject.
 */
final class PlainConfigCredentials {
    /** The name findings of this check carry, in the pack's naming style. */
    static final String CHECK = "disallow-plain-config-credentials";
    static final String ITEM = "security.encryption-at-rest";

    private PlainConfigCredentials() {
    }

    static List<Finding> check(String stack, List<PlainCredential> credentials) {
        EnforcementLevel level = isProd(stack) ? EnforcementLevel.MANDATORY : EnforcementLevel.ADVISORY;
        return credentials.stream()
                .map(c -> new Finding(CHECK, List.of(ITEM), level, Outcome.VIOLATION, c.file() + " keeps " + c.key()
                        + " in plain config, and it looks like a credential; store it encrypted with `pulumi config set --secret "
                        + c.key().replaceFirst("[.\\[].*$", "") + "`", ""))
                .toList();
    }

    /** Prod by the stack's name, as the policy config files are chosen ({@code policy/config/prod.json}). */
    static boolean isProd(String stack) {
        String name = stack.toLowerCase(Locale.ROOT);
        return name.equals("prod") || name.equals("production") || name.startsWith("prod-") || name.startsWith("prod.");
    }
}
