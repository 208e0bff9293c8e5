package dev.readyservice.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a redeploy ran, so the report can tell a real measurement from a rehearsal: the state
 * backend, and whether the providers were the installed plugins the engine starts itself or were
 * attached with {@value #DEBUG_PROVIDERS} (ReadyService's stand-ins, or a provider under a
 * debugger). A redeploy with attached providers times the engine, not Azure, Datadog and
 * PagerDuty, so it never counts as the PRR's redeploy measurement.
 *
 * @param backend the backend URL without credentials (no user info, query or fragment), e.g.
 *     {@code https://api.pulumi.com} or {@code file:///var/pulumi}; {@code null} when the CLI did not say
 * @param debugProviders the packages whose providers were attached with {@value #DEBUG_PROVIDERS}, in
 *     the order given; empty when every provider was an installed plugin
 */
public record RedeployProvenance(String backend, List<String> debugProviders) {
    /** The variable with which the Pulumi engine attaches to running providers instead of starting plugins. */
    public static final String DEBUG_PROVIDERS = "PULUMI_DEBUG_PROVIDERS";
    /** The record's {@code providers} value when the engine started the installed plugins. */
    public static final String PLUGINS = "plugins";
    /** The record's {@code providers} value when some were attached with {@value #DEBUG_PROVIDERS}. */
    public static final String DEBUG_ATTACHED = "debug-attached";
    // user:password@ after the scheme, and everything from '?' or '#': where a URL may carry a token.
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@?#]*@");
    private static final Pattern QUERY = Pattern.compile("[?#].*$", Pattern.DOTALL);

    /** Validates the fields; the backend is stored without credentials whatever it was given. */
    public RedeployProvenance {
        backend = backend == null || backend.isBlank() ? null : withoutCredentials(backend.strip());
        debugProviders = List.copyOf(Objects.requireNonNull(debugProviders, "debugProviders"));
    }

    /**
     * The provenance of a run on {@code backendUrl} (as {@code pulumi whoami --verbose} reports it) with
     * the CLI's {@code environment}: the packages named in {@value #DEBUG_PROVIDERS} ({@code pkg:port,...};
     * the ports are not kept).
     */
    public static RedeployProvenance of(Optional<String> backendUrl, Map<String, String> environment) {
        List<String> packages = new ArrayList<>();
        String attached = environment.getOrDefault(DEBUG_PROVIDERS, "");
        for (String entry : attached.split(",")) {
            String pkg = entry.contains(":") ? entry.substring(0, entry.indexOf(':')).strip() : entry.strip();
            if (!pkg.isEmpty() && !packages.contains(pkg)) {
                packages.add(pkg);
            }
        }
        if (packages.isEmpty() && !attached.isBlank()) {
            // Set but unreadable: still not the installed plugins, so never counted as real.
            packages.add("(unreadable " + DEBUG_PROVIDERS + ")");
        }
        return new RedeployProvenance(backendUrl.orElse(null), packages);
    }

    /** True when every provider was an installed plugin the engine started: the only runs the report counts. */
    public boolean realProviders() {
        return debugProviders.isEmpty();
    }

    /** The record's {@code providers} value: {@value #PLUGINS} or {@value #DEBUG_ATTACHED}. */
    public String providers() {
        return realProviders() ? PLUGINS : DEBUG_ATTACHED;
    }

    /** For messages: the backend, or that it is unknown. */
    public String backendText() {
        return backend == null ? "an unknown backend" : "backend " + backend;
    }

    static String withoutCredentials(String url) {
        return QUERY.matcher(USER_INFO.matcher(url).replaceFirst("")).replaceFirst("");
    }
}
