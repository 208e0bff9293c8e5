package dev.readyservice.review.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.ReviewException;
import dev.readyservice.review.project.PulumiYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The credentials a project keeps in its config files ({@code Pulumi.yaml} and every
 * {@code Pulumi.<stack>.yaml}): the plain keys whose name or value looks like a credential, and
 * their values, which the review masks in everything it prints or writes. {@code secure:} values
 * are ciphertext and are never read as credentials.
 *
 * <p>Every stack file is read, not only the reviewed one: the QA/prod comparison quotes values of
 * both. A file that is not valid YAML is scanned line by line, so its credentials are masked in the
 * error that reports it too.
 */
public final class ConfigSecrets {
    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.([A-Za-z0-9_.-]+)\\.ya?ml");
    private static final String PROJECT_FILE = "Pulumi.yaml";
    /** {@code key: value} on one line, for files that do not parse. */
    private static final Pattern LINE = Pattern.compile("^\\s*(?:-\\s+)?[\"']?([^\"'\\s#][^\"'#]*?)[\"']?\\s*:\\s+(.+?)\\s*$");

    /**
     * A plain config key that holds a credential; never its value.
     *
     * @param file the file's name ({@code Pulumi.prod.yaml})
     * @param key the key, with its path inside structured config ({@code readyservice:database.adminPassword})
     */
    public record PlainCredential(String file, String key) {
    }

    private final List<PlainCredential> plain;
    private final Set<String> values;

    private ConfigSecrets(List<PlainCredential> plain, Set<String> values) {
        this.plain = List.copyOf(plain);
        this.values = Set.copyOf(values);
    }

    /** Scans the config files of the project in {@code projectDir}; a missing or unreadable directory has none. */
    public static ConfigSecrets scan(Path projectDir) {
        List<PlainCredential> plain = new ArrayList<>();
        Set<String> values = new LinkedHashSet<>();
        for (Path file : configFiles(projectDir)) {
            scanFile(file, plain, values);
        }
        return new ConfigSecrets(plain, values);
    }

    /** The credentials in plain config that the stack {@code stack} is given: its own file's and the project defaults'. */
    public List<PlainCredential> plainIn(String stack) {
        String own = "Pulumi." + stack + ".yaml";
        return plain.stream().filter(c -> c.file().equals(own) || c.file().equals(PROJECT_FILE)).toList();
    }

    /** Every plain credential of the project, in every config file. */
    public List<PlainCredential> plain() {
        return plain;
    }

    /** The mask of these credentials' values and of credentials in known formats. */
    public SecretMask mask() {
        return SecretMask.of(values);
    }

    private static List<Path> configFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve(PROJECT_FILE))) {
            files.add(dir.resolve(PROJECT_FILE));
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> STACK_FILE.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)).sorted()
                    .forEach(files::add);
        } catch (IOException | RuntimeException e) {
            // No directory, no config: the review reports that itself.
        }
        return files;
    }

    private static void scanFile(Path file, List<PlainCredential> plain, Set<String> values) {
        String name = file.getFileName().toString();
        try {
            JsonNode config = PulumiYaml.read(file).path("config");
            if (config.isObject()) {
                config.fields().forEachRemaining(e -> walk(name, e.getKey(), e.getValue(), name.equals(PROJECT_FILE), plain, values));
            }
        } catch (ReviewException e) {
            scanLines(file, name, plain, values);
        }
    }

    private static void walk(String file, String key, JsonNode value, boolean projectFile, List<PlainCredential> plain, Set<String> values) {
        if (value.isObject() && value.size() == 1 && value.has("secure")) {
            return;
        }
        if (projectFile && value.isObject() && (value.has("default") || value.has("type"))) {
            // A declaration in Pulumi.yaml: {type, default, secret}; only its default is a value.
            if (value.has("default")) {
                JsonNode def = value.get("default");
                if (value.path("secret").asBoolean(false) && def.isValueNode() && !def.isNull()) {
                    values.add(def.asText());
                }
                walk(file, key, def, false, plain, values);
            }
            return;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                walk(file, key + "." + e.getKey(), e.getValue(), false, plain, values);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String index = item.path("name").isTextual() ? item.path("name").asText() : String.valueOf(i);
                walk(file, key + "[" + index + "]", item, false, plain, values);
            }
        } else if (value.isTextual() || value.isNumber()) {
            check(file, key, value.asText(), plain, values);
        }
    }

    private static void check(String file, String key, String value, List<PlainCredential> plain, Set<String> values) {
        if (value.isBlank()) {
            return;
        }
        if (CredentialPatterns.nameLooksSecret(key) || CredentialPatterns.valueLooksSecret(value)) {
            plain.add(new PlainCredential(file, key));
            values.add(value);
            String stripped = value.strip();
            if (!stripped.equals(value)) {
                values.add(stripped);
            }
        }
    }

    private static void scanLines(Path file, String name, List<PlainCredential> plain, Set<String> values) {
        try {
            if (Files.size(file) > PulumiYaml.MAX_BYTES) {
                return;
            }
            for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n|\r")) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    String value = m.group(2);
                    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                            && value.charAt(value.length() - 1) == value.charAt(0)) {
                        value = value.substring(1, value.length() - 1);
                    }
                    int before = plain.size();
                    check(name, m.group(1).strip(), value, plain, values);
                    if (plain.size() > before) {
                        // The line as written, quotes included, is what an error message would show.
                        values.add(m.group(2));
                    }
                }
            }
        } catch (IOException e) {
            // Unreadable: the review reports the file; there is nothing of it to mask.
        }
    }
}
