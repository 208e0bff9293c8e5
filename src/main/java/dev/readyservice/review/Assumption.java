package dev.readyservice.review;

import dev.readyservice.model.Labelled;
import java.util.Objects;

/**
 * One answer the offline engine gave the program that a real preview would have had from a
 * provider, the cloud or another stack: a provider function, a stack reference or a read of an
 * existing resource. The report lists them so a reader knows what the verdict rests on. Never holds
 * a secret value: only tokens, names and how the answer was made.
 *
 * @param kind what the program asked for
 * @param token the function token, or the resource type of a read
 * @param name the resource name of a read or stack reference (for a stack reference, the referenced
 *     stack); for a function, the names of the arguments it was called with
 * @param source where the answer came from
 * @param detail one sentence on the answer, e.g. which fields are placeholders
 */
public record Assumption(Kind kind, String token, String name, Source source, String detail) {

    public Assumption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(source, "source");
        name = name == null ? "" : name;
        detail = detail == null ? "" : detail;
    }

    /** What the program asked the engine for; the report names it by its {@link #label()}. */
    public enum Kind implements Labelled.Named {
        /** A provider function ({@code Invoke}). */
        FUNCTION,
        /** A {@code StackReference}: another stack's outputs. */
        STACK_REFERENCE,
        /** A read of an existing resource ({@code ReadResource}, a resource's static {@code get}). */
        READ
    }

    /** Where an answer came from; the report names it by its {@link #label()}. */
    public enum Source implements Labelled.Named {
        /** Every value from the stack's config. */
        CONFIG,
        /** At least one value is a placeholder: neither the config nor a file gave it. */
        PLACEHOLDER,
        /** From a file the team pinned ({@code --invokes}, {@code --stack-outputs}). */
        FILE,
        /** Unknown, as a preview of a dependency not yet created would see it. */
        UNKNOWN
    }

    /** A one-line rendering: {@code function azure-native:authorization:getClientConfig (): config}. */
    public String describe() {
        String what = kind == Kind.FUNCTION ? token + "(" + name + ")" : token + " '" + name + "'";
        return kind.label() + " " + what + ": " + source.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
