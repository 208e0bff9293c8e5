package dev.readyservice.review.outputs;

import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The response shapes of azure-native resources, derived from the azure-native Java SDK on the
 * classpath, never listed by hand: the class for {@code azure-native:<module>:<Name>} is
 * {@code com.pulumi.azurenative.<module>.<Name>} (its {@code @ResourceType} must name the token);
 * its outputs are its {@code @Export} fields; a nested response type is a {@code @CustomType}
 * class whose properties are its builder's {@code @CustomType.Setter} methods (the annotation's
 * value when set, the method's name otherwise, as the SDK's own deserialiser reads them).
 * Shapes are cached per type; classes are loaded but never initialised.
 */
final class AzureNativeShapes {
    /** The package prefix of azure-native type tokens. */
    static final String TOKEN_PREFIX = "azure-native:";
    private static final String SDK_PACKAGE = "com.pulumi.azurenative.";

    private final ClassLoader loader;
    private final Map<String, Optional<Map<String, Shape>>> resources = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, Shape>> objects = new ConcurrentHashMap<>();

    AzureNativeShapes(ClassLoader loader) {
        this.loader = loader;
    }

    /** The output properties of the resource {@code token}, or empty when the SDK has no class for it. */
    Optional<Map<String, Shape>> resource(String token) {
        return resources.computeIfAbsent(token, this::derive);
    }

    private Optional<Map<String, Shape>> derive(String token) {
        Optional<Class<?>> resourceClass = resourceClass(token);
        if (resourceClass.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Shape> outputs = new LinkedHashMap<>();
        // The class's own fields only: the SDK's base class exports urn and id, which are not properties.
        for (Field field : resourceClass.get().getDeclaredFields()) {
            Export export = field.getAnnotation(Export.class);
            if (export != null && field.getType() == Output.class && field.getGenericType() instanceof ParameterizedType output) {
                outputs.put(export.name(), shapeOf(output.getActualTypeArguments()[0]));
            }
        }
        return Optional.of(Collections.unmodifiableMap(outputs));
    }

    private Optional<Class<?>> resourceClass(String token) {
        String[] parts = token.split(":");
        if (parts.length != 3 || !token.startsWith(TOKEN_PREFIX) || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        String className = SDK_PACKAGE + parts[1].replace('/', '.') + "." + parts[2];
        try {
            Class<?> c = Class.forName(className, false, loader);
            ResourceType declared = c.getAnnotation(ResourceType.class);
            return declared != null && declared.type().equals(token) ? Optional.of(c) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private Shape shapeOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] args = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return new Shape.ListOf(shapeOf(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return new Shape.MapOf(shapeOf(args[1]));
            }
            if (raw == Either.class) {
                return new Shape.Union();
            }
            return shapeOf(raw);
        }
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return new Shape.Scalar(Shape.Kind.STRING);
            }
            if (c == Boolean.class || c == boolean.class) {
                return new Shape.Scalar(Shape.Kind.BOOLEAN);
            }
            if (Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != void.class)) {
                return new Shape.Scalar(Shape.Kind.NUMBER);
            }
            if (c.isAnnotationPresent(CustomType.class)) {
                return new Shape.ObjectOf(c.getName(), () -> objects.computeIfAbsent(c, this::properties));
            }
        }
        // Object (the SDK's type for pulumi.json#/Any and for unions it cannot name) and anything else: as is.
        return new Shape.Any();
    }

    private Map<String, Shape> properties(Class<?> customType) {
        Map<String, Shape> properties = new LinkedHashMap<>();
        for (Class<?> nested : customType.getDeclaredClasses()) {
            if (!nested.isAnnotationPresent(CustomType.Builder.class)) {
                continue;
            }
            for (Method setter : nested.getDeclaredMethods()) {
                CustomType.Setter annotation = setter.getAnnotation(CustomType.Setter.class);
                if (annotation == null || setter.getParameterCount() != 1) {
                    continue;
                }
                String name = annotation.value().isEmpty() ? setter.getName() : annotation.value();
                properties.put(name, shapeOf(setter.getGenericParameterTypes()[0]));
            }
        }
        return Collections.unmodifiableMap(properties);
    }
}
