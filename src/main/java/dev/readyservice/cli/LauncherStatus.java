package dev.readyservice.cli;

import dev.readyservice.pipeline.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * What the {@code prr} launcher needs to know after a run that records the review JVM's class-data
 * archive: the exit status the command chose, because a JVM that cannot write its archive exits
 * with 1 whatever the command returned; and whether a whole offline review ran, because only then does
 * the archive hold the classes later reviews load ({@code review --help} would record little more than
 * picocli, and {@code review --engine pulumi} none of the offline engine's: an archive it recorded
 * left every later review loading some 2,000 classes from the jars, 0.3 s of a 4.6 s review). The
 * launcher names the file with {@value #PROPERTY}; without it nothing is written.
 */
final class LauncherStatus {
    static final String PROPERTY = "prr.launcherStatus";

    private LauncherStatus() {
    }

    /** Writes {@link #line} to the file the launcher named, if it named one; a failure only costs the archive. */
    static void write(CommandLine cli, int code) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line(cli, code));
        } catch (IOException | RuntimeException e) {
            // The launcher then goes by the JVM's exit status and keeps no archive.
        }
    }

    /** {@code "<code> complete"} after an offline review that reached its verdict, {@code "<code> incomplete"} otherwise. */
    static String line(CommandLine cli, int code) {
        return code + (wasWholeReview(cli, code) ? " complete" : " incomplete") + "\n";
    }

    private static boolean wasWholeReview(CommandLine cli, int code) {
        CommandLine.ParseResult parsed = cli.getParseResult();
        if (parsed == null || !parsed.hasSubcommand() || (code != 0 && code != 1)) {
            return false;
        }
        CommandLine.ParseResult command = parsed.subcommand();
        return command.commandSpec().name().equals("review") && !command.isUsageHelpRequested() && !command.isVersionHelpRequested()
                && command.matchedOptionValue("--engine", Engine.OFFLINE) == Engine.OFFLINE;
    }
}
