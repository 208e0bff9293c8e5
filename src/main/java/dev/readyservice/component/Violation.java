package dev.readyservice.component;

/**
 * One problem with a spec.
 *
 * @param field the field's path, e.g. {@code components[1].capacity.maxInstances}
 * @param value the value received, as text ({@code <unset>} when absent)
 * @param allowed what is allowed, in words
 */
public record Violation(String field, String value, String allowed) {

    @Override
    public String toString() {
        return field + ": got " + value + "; " + allowed;
    }
}
