package dev.readyservice.report;

import java.util.Objects;

/**
 * One line of the PRR checklist.
 *
 * @param id the stable id, e.g. {@code security.backups}
 * @param section the checklist section it belongs to
 * @param title the checklist line
 * @param kind how it is proved
 */
public record PrrItem(String id, Section section, String title, ItemKind kind) {
    public PrrItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }
}
