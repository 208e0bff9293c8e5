package dev.readyservice.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants are written outside Java (specs, tags, records, reports, the pack's
 * messages) as a fixed text, its label, and read back from it. The two ways of reading a label back
 * live here once, so every such enum reads its values the same way: exactly, for what we wrote
 * ourselves, or leniently, for what a person typed in a spec.
 */
public interface Labelled {

    /** @return the text this constant is written as */
    String label();

    /**
     * Reads back a label we wrote ourselves (a resolved spec, a record file): it must match exactly.
     *
     * @return the constant of {@code type} whose label is {@code label}, empty when none is
     */
    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.label().equals(label)).findFirst();
    }

    /**
     * Reads what a person wrote in a spec: the label in any case, with surrounding blanks.
     *
     * @return the constant of {@code type} whose label {@code value} names, empty when none does
     *     (null included)
     */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String value) {
        String v = value == null ? "" : value.trim();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.label().equalsIgnoreCase(v)).findFirst();
    }

    /**
     * Reads back a label that must be one of {@code type}'s, exactly (a manifest, a catalogue).
     *
     * @param field the field or flag the label was read from, for the message
     * @throws IllegalArgumentException {@code <field> '<label>' is not one of <every label, in order>}
     */
    static <E extends Enum<E> & Labelled> E require(Class<E> type, String field, String label) {
        return fromLabel(type, label).orElseThrow(() -> new IllegalArgumentException(field + " '" + label + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", "))));
    }

    /**
     * A {@link Labelled} enum whose label is its constant's name in lower case, with {@code -} for
     * {@code _} ({@code NOT_READY} is {@code not-ready}): the label is derived, so it cannot drift
     * from the name and no constant carries it as a field.
     */
    interface Named extends Labelled {

        /** @return the constant's name; every enum has it */
        String name();

        @Override
        default String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
