package dev.readyservice.component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@link ReadyServiceArgs} from stack config in the {@value #NAMESPACE} namespace:
 * {@code product}, {@code components}, {@code paging}, {@code data} and {@code signOffs}, each
 * structured config (Pulumi hands structured values to the program as JSON text).
 *
 * <p>Jackson binds each value into the spec records. It does not stop at the first problem: a value
 * of the wrong shape (text where a number belongs, a list where a map belongs) and an unknown key are
 * each recorded, naming the config key, the value and what is allowed, and binding goes on with the
 * field unset. All of them are reported in one {@link InvalidSpecException}, together with the range
 * and consistency rules of {@link SpecValidator} over what could be read: at once for the bundled
 * program ({@link #read}), or when the {@link ReadyService} checks the spec for a program that adds
 * its own resources first ({@link ReadyServiceArgs#fromStackConfig}).
 */
public final class StackConfigReader {
    /** The config namespace of the readiness keys: the bundled program's, and any program's through {@link ReadyServiceArgs#fromStackConfig}. */
    public static final String NAMESPACE = "readyservice";
    static final String SOURCE = "stack config (namespace '" + NAMESPACE + "')";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(lenientSpecValues()).addHandler(new UnknownKeys());

    /** The keys of the namespace, in the order they are read, and the type each binds to. */
    private static final Map<String, JavaType> KEYS = keys();
    private static final String TEXT_LIST = "a list of text values";

    private final List<Violation> problems = new ArrayList<>();

    private StackConfigReader() {
    }

    /**
     * Reads the spec.
     *
     * @param config the value of a key in the namespace (without the {@code readyservice:} prefix)
     * @throws InvalidSpecException when any value has the wrong shape
     */
    public static ReadyServiceArgs read(Function<String, Optional<String>> config) {
        return read(config, LocalDate.now(Clock.systemUTC()));
    }

    /**
     * Reads the spec; when any value has the wrong shape, the range and consistency rules of the
     * component run too over what could be read ({@link SpecValidator}), so one error lists every
     * problem: type and range problems together, an unknown key beside a missing one. A rule about
     * a field whose value had the wrong shape is left out: that field was already reported.
     *
     * @param today the day sign-off dates are judged on
     */
    static ReadyServiceArgs read(Function<String, Optional<String>> config, LocalDate today) {
        StackConfigReader r = new StackConfigReader();
        ReadyServiceArgs args = r.readAll(config);
        if (!r.problems.isEmpty()) {
            throw new InvalidSpecException(SOURCE, withRuleProblems(r.problems, () -> SpecValidator.validate(SpecDefaults.resolve(args), today)));
        }
        return args;
    }

    /**
     * Reads the spec without throwing: what could not be read travels with it
     * ({@link ReadyServiceArgs#configProblems}), for {@link SpecValidator#resolveAndCheck} to report
     * with the rules once the program has added its own resources.
     */
    static ReadyServiceArgs readDeferringProblems(Function<String, Optional<String>> config) {
        StackConfigReader r = new StackConfigReader();
        ReadyServiceArgs args = r.readAll(config);
        return r.problems.isEmpty() ? args : args.toBuilder().configProblems(r.problems).build();
    }

    /**
     * The problems found reading, then those of the rules that are not about a field already reported
     * (that field's value had the wrong shape).
     */
    static List<Violation> withRuleProblems(List<Violation> readProblems, java.util.function.Supplier<List<Violation>> rules) {
        List<Violation> ranges;
        try {
            ranges = rules.get();
        } catch (RuntimeException e) {
            // A spec too broken to resolve: its shape problems say enough.
            ranges = List.of();
        }
        List<String> reported = readProblems.stream().map(Violation::field).toList();
        List<Violation> all = new ArrayList<>(readProblems);
        ranges.stream().filter(v -> reported.stream().noneMatch(f -> covers(f, v.field()))).forEach(all::add);
        return all;
    }

    /** True when a problem at {@code reported} already explains one at {@code field} (the same field, inside it, or its parent's unknown key). */
    private static boolean covers(String reported, String field) {
        return field.equals(reported) || field.startsWith(reported + ".") || field.startsWith(reported + "[");
    }

    @SuppressWarnings("unchecked")
    private ReadyServiceArgs readAll(Function<String, Optional<String>> config) {
        ReadyServiceArgs.Builder b = ReadyServiceArgs.builder();
        Map<String, Object> bound = new LinkedHashMap<>();
        KEYS.forEach((key, type) -> {
            Optional<String> text = config.apply(key);
            text.ifPresent(t -> bound.put(key, bind(key, t, type)));
            if (text.isEmpty() && key.equals("components")) {
                problems.add(new Violation("components", "<unset>", "a list of at least one component"));
            }
        });
        b.product((ProductSpec) bound.get("product"));
        // A component of the wrong shape stays in the list, empty, so the rules still count and index it.
        ((List<ComponentSpec>) Objects.requireNonNullElse(bound.get("components"), List.of())).forEach(c -> b.component(c == null ? emptyComponent() : c));
        b.paging(withoutMisshapenLevels((PagingSpec) bound.get("paging")));
        b.data((DataSpec) bound.get("data"));
        ((Map<String, SignOff>) Objects.requireNonNullElse(bound.get("signOffs"), Map.of())).forEach((item, s) -> {
            if (s != null) {
                b.signOff(item, s);
            }
        });
        return b.build();
    }

    private Object bind(String key, String text, JavaType type) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(new Violation(key, quote(text), "structured config (a YAML map or list)"));
            return null;
        }
        if (tree.isMissingNode() || tree.isNull()) {
            problems.add(new Violation(key, quote(tree.toString()), shape(type)));
            return null;
        }
        try {
            return JSON.readerFor(type).withAttribute(Problems.class, new Problems(key, problems)).readValue(text);
        } catch (IOException e) {
            // Every shape problem is recorded and skipped above; this is a value Jackson could not bind at all.
            problems.add(new Violation(key, quote(text), shape(type)));
            return null;
        }
    }

    /** Escalation levels and targets of the wrong shape were reported; the path holds the others (or none). */
    private static PagingSpec withoutMisshapenLevels(PagingSpec paging) {
        if (paging == null || paging.escalation() == null) {
            return paging;
        }
        List<EscalationSpec.Level> levels = present(paging.escalation().levels()).stream()
                .map(l -> new EscalationSpec.Level(l.delayMinutes(), present(l.targets())))
                .toList();
        return new PagingSpec(paging.supportHours(), new EscalationSpec(paging.escalation().loops(), levels), paging.pageOutOfHours());
    }

    private static <T> List<T> present(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    private static ComponentSpec emptyComponent() {
        return new ComponentSpec(null, null, null, null, null, null, null, null, null);
    }

    private static Map<String, JavaType> keys() {
        var types = JSON.getTypeFactory();
        Map<String, JavaType> keys = new LinkedHashMap<>();
        keys.put("product", types.constructType(ProductSpec.class));
        keys.put("components", types.constructCollectionType(List.class, ComponentSpec.class));
        keys.put("paging", types.constructType(PagingSpec.class));
        keys.put("data", types.constructType(DataSpec.class));
        keys.put("signOffs", types.constructMapType(LinkedHashMap.class, String.class, SignOff.class));
        return keys;
    }

    /** What a value of {@code type} must look like, as the problem says it. */
    private static String shape(JavaType type) {
        if (type.isMapLikeType()) {
            return "a map from checklist item id to {by, date, link}";
        }
        if (type.isCollectionLikeType()) {
            Class<?> item = type.getContentType().getRawClass();
            return item == ComponentSpec.class ? "a list of components"
                    : item == EscalationSpec.Level.class ? "a list of levels"
                    : item == EscalationSpec.Target.class ? "a list of {type, id}"
                    : TEXT_LIST;
        }
        return "a map";
    }

    private static String quote(String text) {
        return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
    }

    /** Where the problems of one value go, and the config key it was read from. */
    private record Problems(String key, List<Violation> found, Deque<OpenMap> openMaps) {
        Problems(String key, List<Violation> found) {
            this(key, found, new ArrayDeque<>());
        }

        static Problems of(DeserializationContext ctxt) {
            return (Problems) ctxt.getAttribute(Problems.class);
        }

        /** Records the value at the parser's position (read whole, then skipped) as not what is allowed. */
        void bad(JsonParser p, DeserializationContext ctxt, String allowed) throws IOException {
            String at = path(p);
            JsonNode value = ctxt.readTree(p);
            found.add(new Violation(at, quote(value.toString()), allowed));
        }

        /** The config path of the value at the parser's position, e.g. {@code components[0].capacity.maxInstances}. */
        String path(JsonParser p) {
            return path(container(p));
        }

        private String path(JsonStreamContext ctx) {
            Deque<String> parts = new ArrayDeque<>();
            for (; ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
                parts.push(ctx.inArray() ? "[" + ctx.getCurrentIndex() + "]" : "." + ctx.getCurrentName());
            }
            return key + String.join("", parts);
        }
    }

    /** True when the value at the parser's position is an item of a list rather than a field of a map. */
    private static boolean inList(JsonParser p) {
        JsonStreamContext ctx = container(p);
        return ctx != null && ctx.inArray();
    }

    /** The map or list holding the value at the parser's position. */
    private static JsonStreamContext container(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        return p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
    }

    /**
     * The spec's scalar values as stack config writes them: numbers and booleans may come as text
     * ({@code "12.5"}, {@code "true"}), text may come as a number; anything else is recorded, not thrown.
     * Every map and list of the spec records what is not a map or list, and every unknown key.
     */
    private static SimpleModule lenientSpecValues() {
        SimpleModule module = new SimpleModule("lenient-spec-values");
        module.addDeserializer(String.class, new Scalar<>("text") {
            @Override
            String convert(JsonNode v, boolean listItem) {
                // A list of text takes any item as its text, as the validator then judges it.
                return v.isTextual() || v.isNumber() || listItem ? v.asText() : null;
            }

            @Override
            public String getNullValue(DeserializationContext ctxt) {
                JsonParser p = ctxt.getParser();
                return p != null && p.currentToken() == JsonToken.VALUE_NULL && inList(p) ? "null" : null;
            }
        });
        module.addDeserializer(Double.class, new Scalar<>("a number") {
            @Override
            Double convert(JsonNode v, boolean listItem) {
                if (v.isNumber()) {
                    return v.doubleValue();
                }
                try {
                    return v.isTextual() ? Double.parseDouble(v.asText().trim()) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        });
        module.addDeserializer(Integer.class, new Scalar<>("a whole number") {
            @Override
            Integer convert(JsonNode v, boolean listItem) {
                return wholeNumber(v);
            }
        });
        module.addDeserializer(Long.class, new Scalar<>("a whole number") {
            @Override
            Long convert(JsonNode v, boolean listItem) {
                Integer n = wholeNumber(v);
                return n == null ? null : n.longValue();
            }
        });
        module.addDeserializer(Boolean.class, new Scalar<>("true or false") {
            @Override
            Boolean convert(JsonNode v, boolean listItem) {
                if (v.isBoolean()) {
                    return v.booleanValue();
                }
                return v.isTextual() && (v.asText().equals("true") || v.asText().equals("false")) ? Boolean.parseBoolean(v.asText()) : null;
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> d) {
                // The spec's maps are its records; scalars have their own deserializers above.
                return bean.getBeanClass().isRecord() ? new Shaped(d, JsonToken.START_OBJECT, "a map") : d;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription bean, JsonDeserializer<?> d) {
                return new Shaped(d, JsonToken.START_ARRAY, shape(type));
            }

            @Override
            public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription bean,
                    JsonDeserializer<?> d) {
                return new Shaped(d, JsonToken.START_OBJECT, shape(type));
            }
        });
        return module;
    }

    private static Integer wholeNumber(JsonNode v) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        return v.isTextual() && v.asText().trim().matches("-?\\d{1,9}") ? Integer.parseInt(v.asText().trim()) : null;
    }

    /** A scalar read from whatever stands at its place; a value that does not convert is recorded and left unset. */
    private abstract static class Scalar<T> extends JsonDeserializer<T> {
        private final String allowed;

        Scalar(String allowed) {
            this.allowed = allowed;
        }

        /** @return the value, or null when {@code v} cannot be one */
        abstract T convert(JsonNode v, boolean listItem);

        /** A key left out is unset. */
        @Override
        public T getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Problems problems = Problems.of(ctxt);
            String at = problems.path(p);
            boolean listItem = inList(p);
            JsonNode v = ctxt.readTree(p);
            T value = convert(v, listItem);
            if (value == null) {
                problems.found().add(new Violation(at, quote(v.toString()), allowed));
            }
            return value;
        }
    }

    /** A map or list of the spec: a value of another shape is recorded and left unset. */
    private static final class Shaped extends DelegatingDeserializer {
        private final JsonToken start;
        private final String allowed;

        /** A list of text may be null (unset), as a scalar may; a map or a list of maps may not. */
        private final boolean textList;

        Shaped(JsonDeserializer<?> delegate, JsonToken start, String allowed) {
            super(delegate);
            this.start = start;
            this.allowed = allowed;
            this.textList = allowed.equals(TEXT_LIST);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Shaped(delegate, start, allowed);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == start) {
                if (start != JsonToken.START_OBJECT) {
                    return _delegatee.deserialize(p, ctxt);
                }
                // A map's unknown keys are listed before the problems of its fields, where the map begins.
                Problems problems = Problems.of(ctxt);
                Deque<OpenMap> open = problems.openMaps();
                open.push(new OpenMap(problems.path(p), problems.found().size()));
                try {
                    return _delegatee.deserialize(p, ctxt);
                } finally {
                    open.pop();
                }
            }
            Problems.of(ctxt).bad(p, ctxt, allowed);
            return null;
        }

        /** An explicit {@code null} where a map or list belongs is a value of the wrong shape. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonParser p = ctxt.getParser();
            // Jackson asks here too when deserialize returned null for a value already recorded.
            if (p != null && p.currentToken() == JsonToken.VALUE_NULL && !textList) {
                Problems problems = Problems.of(ctxt);
                problems.found().add(new Violation(problems.path(p), "'null'", allowed));
            }
            return null;
        }

        /** A key left out is unset, not wrong. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }

    /** A map being bound: its path, and where its unknown keys go in the list of problems (before its fields' problems). */
    private static final class OpenMap {
        private final String path;
        private int nextUnknown;

        OpenMap(String path, int nextUnknown) {
            this.path = path;
            this.nextUnknown = nextUnknown;
        }
    }

    /** Records each unknown key with the keys its map allows, and skips its value. */
    private static final class UnknownKeys extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            Problems problems = Problems.of(ctxt);
            // Jackson may replay a record's unknown keys from a buffer, which knows no path: the path is the open map's.
            OpenMap map = problems.openMaps().peek();
            String at = (map == null ? problems.key() : map.path) + "." + propertyName;
            List<String> allowed = deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted().toList();
            Violation unknown = new Violation(at, "unknown key", "one of " + String.join(", ", allowed));
            if (map == null) {
                problems.found().add(unknown);
            } else {
                problems.found().add(map.nextUnknown++, unknown);
            }
            p.skipChildren();
            return true;
        }
    }
}
