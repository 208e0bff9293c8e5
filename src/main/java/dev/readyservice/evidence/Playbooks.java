package dev.readyservice.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The playbooks a project ships: the Markdown files of one directory, against which the report
 * checks every monitor's {@code Playbook:} link (item {@code tech.playbooks}).
 *
 * @param directory the playbook directory as the reader should see it (relative to the project when inside it)
 * @param present whether the directory exists; when it does not, links cannot be checked
 * @param fileNames the {@code *.md} file names directly in the directory
 * @param hollowNames those of {@code fileNames} that are empty or only a placeholder ({@link PlaybookText})
 */
public record Playbooks(String directory, boolean present, Set<String> fileNames, Set<String> hollowNames) {

    /** Where a project keeps its playbooks unless told otherwise, relative to the project. */
    public static final String DEFAULT_DIRECTORY = "docs/playbooks";

    public Playbooks {
        fileNames = Set.copyOf(fileNames);
        hollowNames = Set.copyOf(hollowNames);
    }

    /** Playbooks whose files all say something. */
    public Playbooks(String directory, boolean present, Set<String> fileNames) {
        this(directory, present, fileNames, Set.of());
    }

    /** An absent directory: every link stays unchecked. */
    public static Playbooks absent(String directory) {
        return new Playbooks(directory, false, Set.of());
    }

    /**
     * Lists the playbooks in {@code dir}.
     *
     * @param projectDir the project, so that a directory inside it is shown relative to it
     * @throws UncheckedIOException naming the directory when it exists but cannot be listed
     */
    public static Playbooks read(Path projectDir, Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path project = projectDir.toAbsolutePath().normalize();
        String shown = absolute.startsWith(project) && !absolute.equals(project)
                ? project.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
        if (!Files.isDirectory(absolute)) {
            return absent(shown);
        }
        Set<String> names = new TreeSet<>();
        Set<String> hollow = new TreeSet<>();
        try (Stream<Path> files = Files.list(absolute)) {
            for (Path file : files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                String name = file.getFileName().toString();
                names.add(name);
                // Lenient decoding: a file that is not UTF-8 still has text a reader can follow.
                if (PlaybookText.hollow(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
                    hollow.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the playbook directory " + absolute, e);
        }
        return new Playbooks(shown, true, names, hollow);
    }

    /** True when {@code fileName} is a playbook of the directory that is empty or only a placeholder. */
    public boolean hollow(String fileName) {
        return hollowNames.contains(fileName);
    }

    /** True when {@code fileName} is a playbook of the directory. */
    public boolean has(String fileName) {
        return fileNames.contains(fileName);
    }
}
