package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.readyservice.review.ReviewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds keys to the {@code config:} map of a stack file, {@code Pulumi.<stack>.yaml}, as text: every
 * byte the team wrote (comments, order, quoting, other keys) stays as it was, and the file is read
 * as Pulumi reads it ({@link StackFile}) before and after the edit. The new keys go at the end of the
 * map, or where the keys they replace stood; the file or its {@code config:} map is created when absent.
 *
 * <p>The edit checks itself: the edited text must read, as Pulumi reads it, as the old config with
 * the replaced keys gone and the new ones added; otherwise nothing is written and the error says so.
 */
public final class StackConfigEdit {
    private static final int DEFAULT_INDENT = 2;

    private final Path file;
    private final String shownAs;
    private final boolean exists;
    private final boolean byteOrderMark;
    private final String text;
    private final StackFile stackFile;

    private StackConfigEdit(Path file, String shownAs, boolean exists, boolean byteOrderMark, String text, StackFile stackFile) {
        this.file = file;
        this.shownAs = shownAs;
        this.exists = exists;
        this.byteOrderMark = byteOrderMark;
        this.text = text;
        this.stackFile = stackFile;
    }

    /**
     * Reads {@code file} for an edit, naming it {@code shownAs} in messages; a file that does not
     * exist reads as an empty one.
     *
     * @throws ReviewException BAD_INPUT naming the file when it cannot be read, is not valid YAML as
     *     Pulumi reads it, or is not a map whose {@code config}, when present, is a map
     */
    public static StackConfigEdit of(Path file, String shownAs) {
        if (!Files.exists(file)) {
            return new StackConfigEdit(file, shownAs, false, false, "", new StackFile(file, MissingNode.getInstance()));
        }
        String text = PulumiYaml.text(file, shownAs);
        boolean bom;
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        } catch (java.io.IOException e) {
            throw ReviewException.badInput("cannot read " + shownAs + ": " + e.getMessage());
        }
        StackFile stack = new StackFile(file, PulumiYaml.parse(shownAs, text));
        if (!stack.hasConfigMap()) {
            throw ReviewException.badInput(shownAs + ": the file must be a map whose 'config' is a map of keys to values (as Pulumi writes it)");
        }
        return new StackConfigEdit(file, shownAs, true, bom, text, stack);
    }

    /** @return the file as Pulumi reads it (an empty document when it does not exist) */
    public StackFile stackFile() {
        return stackFile;
    }

    /** @return whether the file exists */
    public boolean exists() {
        return exists;
    }

    /** @return the keys of the {@code config:} map that start with {@code prefix}, in the file's order */
    public List<String> keysStartingWith(String prefix) {
        List<String> keys = new ArrayList<>();
        stackFile.config().fieldNames().forEachRemaining(k -> {
            if (k.startsWith(prefix)) {
                keys.add(k);
            }
        });
        return keys;
    }

    /**
     * The file's text with {@code block} added to its {@code config:} map and the keys
     * {@code replaced} removed from it.
     *
     * @param block YAML lines of map entries, keys at column 0; each line is indented as the map's keys are
     * @param addedKeys the keys {@code block} sets, to check the edit against
     * @param replaced keys of the map to remove (those {@code block} sets again)
     * @throws ReviewException BAD_INPUT naming the file when its {@code config:} is a flow map with
     *     entries ({@code {a: b}}), which cannot take block lines without being rewritten
     */
    public String with(String block, Collection<String> addedKeys, Collection<String> replaced) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String edited = edit(block, replaced, newline);
        check(edited, addedKeys, replaced);
        return (byteOrderMark ? "\uFEFF" : "") + edited;
    }

    private String edit(String block, Collection<String> replaced, String newline) {
        Node root = PulumiYaml.compose(shownAs, text);
        Node config = root instanceof MappingNode map ? valueOf(map, "config") : null;
        if (config == null) {
            // No document or no config key: the map goes at the end of the file.
            return endingLine(text, newline) + "config:" + newline + indent(block, DEFAULT_INDENT, newline);
        }
        if (config instanceof ScalarNode || config instanceof MappingNode m && m.getValue().isEmpty()) {
            // config: with no value, ~, null or {}: that value goes, and the block follows the key's line.
            int start = index(config.getStartMark().getIndex());
            int end = index(config.getEndMark().getIndex());
            int next = lineEnd(end);
            String head = text.substring(0, start) + text.substring(end, next);
            return endingLine(head, newline) + indent(block, DEFAULT_INDENT, newline) + text.substring(next);
        }
        MappingNode map = (MappingNode) config;
        if (map.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw ReviewException.badInput(shownAs + ": its 'config' is a flow map ({...}); prr init adds keys to a block map, one key per line: "
                    + "rewrite it so, or add the keys by hand");
        }
        int keyIndent = map.getValue().get(0).getKeyNode().getStartMark().getColumn();
        List<int[]> removed = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && replaced.contains(k.getValue())) {
                removed.add(new int[] {lineStart(index(k.getStartMark().getIndex())), lineEnd(entryEnd(t))});
            }
        }
        removed.sort(Comparator.comparingInt(r -> r[0]));
        int insertAt = removed.isEmpty() ? lineEnd(entryEnd(map.getValue().get(map.getValue().size() - 1))) : removed.get(0)[0];
        StringBuilder out = new StringBuilder();
        int from = 0;
        boolean inserted = false;
        Iterator<int[]> spans = removed.iterator();
        while (spans.hasNext() || !inserted) {
            int[] span = spans.hasNext() ? spans.next() : null;
            if (!inserted && (span == null || insertAt <= span[0])) {
                out.append(text, from, insertAt);
                if (insertAt > 0 && text.charAt(insertAt - 1) != '\n') {
                    out.append(newline);
                }
                out.append(indent(block, keyIndent, newline));
                from = insertAt;
                inserted = true;
            }
            if (span != null) {
                out.append(text, from, span[0]);
                from = span[1];
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The edit reads as Pulumi reads it, as the old config without {@code replaced} and with {@code added}. */
    private void check(String edited, Collection<String> added, Collection<String> replaced) {
        JsonNode after;
        try {
            after = new StackFile(file, PulumiYaml.parse(shownAs, edited)).config();
        } catch (ReviewException e) {
            throw cannotEdit("the edited file would not read: " + e.getMessage());
        }
        JsonNode before = stackFile.config();
        Set<String> expected = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(expected::add);
        expected.removeAll(replaced);
        for (String key : expected) {
            if (!before.get(key).equals(after.get(key))) {
                throw cannotEdit("the key '" + key + "' would change");
            }
        }
        expected.addAll(added);
        Set<String> actual = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(actual::add);
        if (!actual.equals(expected)) {
            throw cannotEdit("the config would hold " + actual + ", not " + expected);
        }
    }

    private ReviewException cannotEdit(String why) {
        return ReviewException.badInput(shownAs + ": prr init cannot add its keys to this file without changing what it holds (" + why
                + "); nothing was written");
    }

    private static Node valueOf(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /**
     * Where the entry's text ends: the end of its value's last scalar, never before its key (an
     * alias's node stands where its anchor is).
     */
    private int entryEnd(NodeTuple t) {
        int keyEnd = index(t.getKeyNode().getEndMark().getIndex());
        Node last = t.getValueNode();
        while (true) {
            if (last instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !m.getValue().isEmpty()) {
                last = m.getValue().get(m.getValue().size() - 1).getValueNode();
            } else if (last instanceof SequenceNode s && s.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !s.getValue().isEmpty()) {
                last = s.getValue().get(s.getValue().size() - 1);
            } else {
                break;
            }
        }
        int end = index(last.getEndMark().getIndex());
        if (last instanceof ScalarNode scalar && scalar.getScalarStyle().getChar() != null && "|>".indexOf(scalar.getScalarStyle().getChar()) >= 0
                && !text.substring(index(scalar.getStartMark().getIndex()), lineEnd(index(scalar.getStartMark().getIndex()))).contains("+")) {
            // A block scalar's text runs over the blank lines after it; unless it keeps them (|+), they are no part of its value.
            while (end > keyEnd && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return Math.max(keyEnd, end);
    }

    /** The char index of a mark's code-point index. */
    private int index(int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    private int lineStart(int i) {
        return text.lastIndexOf('\n', i - 1) + 1;
    }

    /** The start of the line after the one {@code i} is on; {@code i} itself when it starts a line. */
    private int lineEnd(int i) {
        if (i > 0 && text.charAt(i - 1) == '\n') {
            return i;
        }
        int newline = text.indexOf('\n', i);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static String endingLine(String text, String newline) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + newline;
    }

    private static String indent(String block, int spaces, String newline) {
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder();
        block.lines().forEach(line -> out.append(line.isEmpty() ? "" : pad + line).append(newline));
        return out.toString();
    }
}
