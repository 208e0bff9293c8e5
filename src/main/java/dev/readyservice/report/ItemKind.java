package dev.readyservice.report;

import java.util.Locale;

/** How a checklist item is proved (see {@code prr-items.md}). */
public enum ItemKind {
    /** By resources and their properties in the preview, checked by a policy. */
    INFRA,
    /** By people: a recorded sign-off. */
    SIGN_OFF,
    /** By the project's own artefacts: coverage, test reports, a redeploy timing. */
    PROJECT;

    /** The name used in files, e.g. {@code sign-off}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind labelled {@code label}. */
    public static ItemKind byLabel(String label) {
        for (ItemKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind '" + label + "' is not one of infra, sign-off, project");
    }
}
