package dev.readyservice.evidence.qaenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The frozen reference stack files of {@code src/test/resources/report/qaenv}, written into a project directory. */
final class StackFixtures {
    private static final Path DIR = Path.of("src/test/resources/report/qaenv");

    private StackFixtures() {
    }

    static String prod() {
        return read(QaParity.PROD_STACK_FILE);
    }

    static String qa() {
        return read(QaParity.QA_STACK_FILE);
    }

    /** Writes the fixture prod file and the fixture QA file changed by {@code qaEdit}. */
    static Path project(Path dir, UnaryOperator<String> qaEdit) {
        write(dir, QaParity.PROD_STACK_FILE, prod());
        write(dir, QaParity.QA_STACK_FILE, qaEdit.apply(qa()));
        return dir;
    }

    static void write(Path dir, String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence of {@code from}, so an edit that misses the fixture fails loudly. */
    static UnaryOperator<String> replace(String from, String to) {
        return text -> {
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("fixture edit needs exactly one '" + from + "'");
            }
            return text.replace(from, to);
        };
    }

    private static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
