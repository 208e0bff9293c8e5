package dev.readyservice.report;

import dev.readyservice.model.Labelled;

/** How a checklist item is proved (see {@code prr-items.md}); files name it by its {@link #label()}, e.g. {@code sign-off}. */
public enum ItemKind implements Labelled.Named {
    /** By resources and their properties in the preview, checked by a policy. */
    INFRA,
    /** By people: a recorded sign-off. */
    SIGN_OFF,
    /** By the project's own artefacts: coverage, test reports, a redeploy timing. */
    PROJECT;

    /**
     * The kind labelled {@code label}.
     *
     * @throws IllegalArgumentException naming the label and the allowed ones
     */
    public static ItemKind byLabel(String label) {
        return Labelled.require(ItemKind.class, "kind", label);
    }
}
