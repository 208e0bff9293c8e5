package dev.readyservice.report;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
public record Playbooks(String directory, boolean present, Set<String> fileNames) {

    /** Where a project keeps its playbooks unless told otherwise, relative to the project. */
    public static final String DEFAULT_DIRECTORY = "docs/playbooks";

    public Playbooks {
        fileNames = Set.copyOf(fileNames);
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
        try (Stream<Path> files = Files.list(absolute)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the playbook directory " + absolute, e);
        }
        return new Playbooks(shown, true, names);
    }

    /** True when {@code fileName} is a playbook of the directory. */
    public boolean has(String fileName) {
        return fileNames.contains(fileName);
    }
}
