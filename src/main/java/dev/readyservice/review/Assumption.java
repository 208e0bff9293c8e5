package dev.readyservice.review;

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

    /** What the program asked the engine for. */
    public enum Kind {
        /** A provider function ({@code Invoke}). */
        FUNCTION("function"),
        /** A {@code StackReference}: another stack's outputs. */
        STACK_REFERENCE("stack-reference"),
        /** A read of an existing resource ({@code ReadResource}, a resource's static {@code get}). */
        READ("read");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The lower-case name used in the report. */
        public String label() {
            return label;
        }
    }

    /** Where an answer came from. */
    public enum Source {
        /** Every value from the stack's config. */
        CONFIG("config"),
        /** At least one value is a placeholder: neither the config nor a file gave it. */
        PLACEHOLDER("placeholder"),
        /** From a file the team pinned ({@code --invokes}, {@code --stack-outputs}). */
        FILE("file"),
        /** Unknown, as a preview of a dependency not yet created would see it. */
        UNKNOWN("unknown");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** The lower-case name used in the report. */
        public String label() {
            return label;
        }
    }

    /** A one-line rendering: {@code function azure-native:authorization:getClientConfig (): config}. */
    public String describe() {
        String what = kind == Kind.FUNCTION ? token + "(" + name + ")" : token + " '" + name + "'";
        return kind.label() + " " + what + ": " + source.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
