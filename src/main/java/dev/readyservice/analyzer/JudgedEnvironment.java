package dev.readyservice.analyzer;

import dev.readyservice.model.Environment;
import java.util.Objects;

/**
 * The environment a stack was judged as, and where that came from (a stack name, a stack config
 * key, or an assumption). The report states both; prod turns on the rules no setting may bypass.
 *
 * @param name {@code qa} or {@code prod}
 * @param source where it came from, e.g. {@code stack name 'prod'}
 */
public record JudgedEnvironment(String name, String source) {
    /** The environment judged when nothing is known, the strictest. */
    public static final String STRICTEST = Environment.PROD.id();

    public JudgedEnvironment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** The strictest, for a review that did not say which stack it judged. */
    public static JudgedEnvironment unstated() {
        return new JudgedEnvironment(STRICTEST, "assumed (the review did not say which stack it judged)");
    }

    /** True for prod, where settings may not bypass the rules that are never waivable there. */
    public boolean isProd() {
        return name.equals(STRICTEST);
    }
}
