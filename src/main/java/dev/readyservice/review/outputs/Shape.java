package dev.readyservice.review.outputs;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The type of one output property, as the provider's response declares it. Object shapes resolve
 * their properties lazily: response types refer to each other (and sometimes to themselves).
 */
sealed interface Shape {
    /** A string, number or boolean. */
    record Scalar(Kind kind) implements Shape {
    }

    /** A list whose items have {@code items}. */
    record ListOf(Shape items) implements Shape {
    }

    /** A string-keyed map whose values have {@code values}. */
    record MapOf(Shape values) implements Shape {
    }

    /** A response object with named properties (by SDK name). */
    record ObjectOf(String typeName, Supplier<Map<String, Shape>> properties) implements Shape {
    }

    /** One of several response objects (the SDK's {@code Either}): an object input is kept as it is. */
    record Union() implements Shape {
    }

    /** Untyped ({@code pulumi.json#/Any}, or a union the SDK types as {@code Object}): the input is kept as it is. */
    record Any() implements Shape {
    }

    /** The kinds of scalar. */
    enum Kind {
        STRING, NUMBER, BOOLEAN
    }
}
