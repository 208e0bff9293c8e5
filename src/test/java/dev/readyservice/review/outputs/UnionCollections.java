package dev.readyservice.review.outputs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an azure-native type's official Java class holds a union inside a list or map, the outputs
 * the Java SDK 1.36.1 cannot read (it cannot tell which member an object is, then fails building the
 * list: {@code BackupPolicyUnionOutputsTest}). Read from the same SDK classes the preview-output
 * model is derived from ({@link AzureNativeShapes}), for tests outside this package.
 */
public final class UnionCollections {
    private static final AzureNativeShapes SHAPES = new AzureNativeShapes(UnionCollections.class.getClassLoader());

    private UnionCollections() {
    }

    /**
     * @param token an azure-native type token
     * @return the output paths ({@code properties.policyRules[]}) of every union in a list or map, in the
     *     SDK's property order; empty when the SDK has no class for the type
     */
    public static Optional<List<String>> of(String token) {
        return SHAPES.resource(token).map(outputs -> {
            List<String> paths = new ArrayList<>();
            outputs.forEach((name, shape) -> collect(name, shape, false, new HashSet<>(), paths));
            return List.copyOf(paths);
        });
    }

    /** Adds the path of every union inside a list or map under {@code shape} (not looking inside the union). */
    static void collect(String path, Shape shape, boolean inCollection, Set<String> objectsOnPath, List<String> paths) {
        if (shape instanceof Shape.Union) {
            if (inCollection) {
                paths.add(path);
            }
        } else if (shape instanceof Shape.ListOf list) {
            collect(path + "[]", list.items(), true, objectsOnPath, paths);
        } else if (shape instanceof Shape.MapOf map) {
            collect(path + "{}", map.values(), true, objectsOnPath, paths);
        } else if (shape instanceof Shape.ObjectOf object && objectsOnPath.add(object.typeName())) {
            // A response type that contains itself (an error's details) is walked once per path.
            object.properties().get().forEach((name, property) -> collect(path + "." + name, property, inCollection, objectsOnPath, paths));
            objectsOnPath.remove(object.typeName());
        }
    }
}
