package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads {@code Pulumi.yaml} and stack files as the Pulumi CLI does (Go's {@code yaml.v3}), not as
 * Jackson's YAML parser would:
 *
 * <ul>
 *   <li>aliases ({@code *name}) are expanded to their anchor's value, and merge keys ({@code <<})
 *       merged; an expansion beyond {@link #MAX_VALUES} values (an alias bomb) is an error;</li>
 *   <li>a key given twice in one mapping is an error naming the key and both lines;</li>
 *   <li>plain scalars follow the YAML 1.2 core schema: only {@code true}/{@code false} are booleans
 *       ({@code yes}, {@code on} stay text), and dates stay text;</li>
 *   <li>the file size is checked before anything is parsed ({@link #MAX_BYTES}), and a file that
 *       is not UTF-8 is reported at the line of its first bad byte.</li>
 * </ul>
 *
 * <p>Error messages give the problem, the line and the column, never the offending line itself:
 * a stack file may hold a credential in clear.
 */
public final class PulumiYaml {
    /** The largest project or stack file read; the reference stacks are about 4 KB. */
    public static final long MAX_BYTES = 1024 * 1024;
    /** The most values (scalars, lists, maps) a document may expand to, aliases included. */
    public static final int MAX_VALUES = 100_000;
    /** The deepest nesting of lists and maps. */
    static final int MAX_DEPTH = 64;

    private PulumiYaml() {
    }

    /**
     * The document in {@code file} as a tree; an empty file reads as a missing node.
     *
     * @throws ReviewException BAD_INPUT naming the file, and the line where it applies, when the file
     *     cannot be read, is too large, is not UTF-8 or is not valid YAML as Pulumi reads it
     */
    public static JsonNode read(Path file) {
        return read(file, file.toString());
    }

    /** As {@link #read(Path)}, naming the file {@code shownAs} in messages about its content. */
    public static JsonNode read(Path file, String shownAs) {
        return parse(shownAs, text(file, shownAs));
    }

    /**
     * The text of {@code file} (without a byte-order mark) after the same checks as {@link #read}:
     * size and UTF-8; for an editor that must keep every other byte.
     */
    static String text(Path file, String shownAs) {
        return utf8(shownAs, bytes(file));
    }

    /** {@code text} as a tree, errors naming {@code source}. */
    static JsonNode parse(String source, String text) {
        Node root = compose(source, text);
        if (root == null) {
            return MissingNode.getInstance();
        }
        return new Expansion(source).tree(root, 0);
    }

    /**
     * {@code text} as SnakeYAML's node graph, with each node's place in the text; null for an empty
     * document. Only syntax is checked here: {@link #parse} applies the rest of Pulumi's rules.
     */
    static Node compose(String source, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(1_000);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new CoreSchema());
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw ReviewException.badInput(source + " is not valid YAML" + at(e.getProblemMark()) + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw ReviewException.badInput(source + " is not valid YAML: " + firstLine(e.getMessage()));
        }
        return root;
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw ReviewException.badInput(file + " is a directory, not a YAML file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ReviewException.badInput(file + " is " + size + " bytes; project and stack files over " + MAX_BYTES
                        + " bytes are not read");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ReviewException.badInput("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw ReviewException.badInput("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw ReviewException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The bytes as UTF-8, or an error at the line of the first byte that is not. */
    private static String utf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw ReviewException.badInput(file + " is not UTF-8: byte " + (bad + 1) + " (line " + line + ") is not a UTF-8 character");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        // A byte-order mark is allowed by YAML and by Pulumi; it is not part of the document.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Builds the tree, expanding aliases and merge keys and checking duplicates and the expansion limit. */
    private static final class Expansion {
        private final String source;
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        private int values;

        Expansion(String source) {
            this.source = source;
        }

        JsonNode tree(Node node, int depth) {
            if (++values > MAX_VALUES) {
                throw ReviewException.badInput(source + " expands to more than " + MAX_VALUES
                        + " values (aliases included); Pulumi stack files are far smaller");
            }
            if (depth > MAX_DEPTH) {
                throw ReviewException.badInput(source + " nests lists and maps more than " + MAX_DEPTH + " deep" + at(node.getStartMark()));
            }
            if (inProgress.put(node, Boolean.TRUE) != null) {
                throw ReviewException.badInput(source + " has an alias that refers to itself" + at(node.getStartMark()));
            }
            try {
                if (node instanceof ScalarNode scalar) {
                    return scalar(scalar);
                }
                if (node instanceof SequenceNode sequence) {
                    var array = JsonNodeFactory.instance.arrayNode();
                    sequence.getValue().forEach(item -> array.add(tree(item, depth + 1)));
                    return array;
                }
                return mapping((MappingNode) node, depth);
            } finally {
                inProgress.remove(node);
            }
        }

        private JsonNode mapping(MappingNode node, int depth) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Map<String, Mark> seen = new LinkedHashMap<>();
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (keyNode instanceof ScalarNode k && k.getTag().equals(Tag.MERGE)) {
                    merge(merged, tree(tuple.getValueNode(), depth + 1), keyNode);
                    continue;
                }
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    throw ReviewException.badInput(source + " has a list or map as a mapping key" + at(keyNode.getStartMark())
                            + "; keys must be plain text");
                }
                String key = keyScalar.getValue();
                Mark first = seen.putIfAbsent(key, keyNode.getStartMark());
                if (first != null) {
                    throw ReviewException.badInput(source + " has the key '" + key + "' twice in one mapping, at line "
                            + (first.getLine() + 1) + " and line " + (keyNode.getStartMark().getLine() + 1)
                            + "; Pulumi rejects duplicate keys");
                }
                object.set(key, tree(tuple.getValueNode(), depth + 1));
            }
            // Keys written in the mapping win over merged ones, as in yaml.v3.
            merged.fields().forEachRemaining(e -> {
                if (!object.has(e.getKey())) {
                    object.set(e.getKey(), e.getValue());
                }
            });
            return object;
        }

        private void merge(ObjectNode into, JsonNode value, Node at) {
            if (value.isObject()) {
                value.fields().forEachRemaining(e -> {
                    if (!into.has(e.getKey())) {
                        into.set(e.getKey(), e.getValue());
                    }
                });
            } else if (value.isArray()) {
                value.forEach(item -> merge(into, item, at));
            } else {
                throw ReviewException.badInput(source + ": a merge key (<<) must refer to a map or a list of maps" + at(at.getStartMark()));
            }
        }

        private JsonNode scalar(ScalarNode scalar) {
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            JsonNodeFactory f = JsonNodeFactory.instance;
            if (tag.equals(Tag.NULL)) {
                return f.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return f.booleanNode(text.toLowerCase(Locale.ROOT).equals("true"));
            }
            if (tag.equals(Tag.INT)) {
                return integer(text);
            }
            if (tag.equals(Tag.FLOAT)) {
                return decimal(text);
            }
            return f.textNode(text);
        }

        private JsonNode integer(String text) {
            try {
                BigInteger value;
                String digits = text.startsWith("+") ? text.substring(1) : text;
                if (digits.startsWith("0x")) {
                    value = new BigInteger(digits.substring(2), 16);
                } else if (digits.startsWith("0o")) {
                    value = new BigInteger(digits.substring(2), 8);
                } else {
                    value = new BigInteger(digits);
                }
                if (value.bitLength() < 32) {
                    return JsonNodeFactory.instance.numberNode(value.intValue());
                }
                return value.bitLength() < 64 ? JsonNodeFactory.instance.numberNode(value.longValue())
                        : JsonNodeFactory.instance.numberNode(value);
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }

        private JsonNode decimal(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".inf") || lower.endsWith(".nan")) {
                return JsonNodeFactory.instance.textNode(text);
            }
            try {
                double value = Double.parseDouble(text);
                return Double.isFinite(value) ? JsonNodeFactory.instance.numberNode(value)
                        : JsonNodeFactory.instance.numberNode(new BigDecimal(text));
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
    }

    /** Plain scalars as the YAML 1.2 core schema resolves them (what yaml.v3 does for untyped values). */
    private static final class CoreSchema extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile(
                    "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.MERGE, Pattern.compile("^(?:<<)$"), "<");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }
}
