package dev.readyservice.azure;

import java.util.List;
import java.util.Map;

/** Reads nested registration inputs by a path such as {@code a.b[0].c}. */
final class Inputs {

    private Inputs() {
    }

    static Object at(Map<String, Object> root, String path) {
        Object current = root;
        for (String part : path.split("\\.")) {
            String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no '" + key + "' in path " + path + " (at " + current + ")");
            }
            current = map.get(key);
            if (part.contains("[")) {
                int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
                current = ((List<?>) current).get(index);
            }
        }
        return current;
    }
}
