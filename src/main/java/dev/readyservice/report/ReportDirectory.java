package dev.readyservice.report;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The report directory of one review, claimed before the review starts:
 *
 * <ul>
 *   <li>a lock ({@value #LOCK_FILE}, held until {@link #close()}) keeps a second review from writing
 *       the same directory at the same time: the second one fails at once with bad input (exit 2)
 *       naming the directory, rather than waiting for a review that may take minutes;</li>
 *   <li>every report file of an earlier review is removed, whichever formats this review writes,
 *       so a review that then fails or is killed leaves no earlier verdict looking current (other
 *       files, such as {@code redeploy.json}, stay);</li>
 *   <li>the directory must be creatable and writable: checked here, before the preview, with the
 *       operating system's reason when it is not.</li>
 * </ul>
 *
 * <p>{@link ReportWriter} writes each file under {@link #temporaryFor a temporary name} and renames
 * it into place.
 */
public final class ReportDirectory implements AutoCloseable {
    /** The lock file, kept in the directory (removing it would let a third review race the second). */
    public static final String LOCK_FILE = ".prr-review.lock";
    private static final String TEMPORARY_SUFFIX = ".prr-tmp";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private ReportDirectory(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code directory} if needed, locks it, and removes earlier report files and leftover
     * temporary files.
     *
     * @throws ReviewException BAD_INPUT when the directory cannot be created or written (with the
     *     reason), or another review holds it
     */
    public static ReportDirectory claim(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw ReviewException.badInput("the report directory " + directory + " cannot be created: " + reason(e));
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw ReviewException.badInput("the report directory " + directory + " cannot be written: " + reason(e));
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw ReviewException.badInput("the report directory " + directory + " cannot be locked: " + reason(e));
        }
        if (lock == null) {
            closeQuietly(channel);
            throw ReviewException.badInput("another review is writing reports into " + directory
                    + " right now; wait for it to finish, or give this one another --out");
        }
        ReportDirectory claimed = new ReportDirectory(directory, channel, lock);
        try {
            claimed.removeEarlierReports();
        } catch (IOException e) {
            claimed.close();
            throw ReviewException.badInput("the report directory " + directory + " cannot be written: " + reason(e));
        }
        return claimed;
    }

    /** The directory claimed. */
    public Path directory() {
        return directory;
    }

    private void removeEarlierReports() throws IOException {
        for (Format format : Format.values()) {
            Files.deleteIfExists(directory.resolve(format.fileName()));
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "*" + TEMPORARY_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Where {@code file} is written before it is renamed into place: hidden, and never a report's name. */
    static Path temporaryFor(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + TEMPORARY_SUFFIX);
    }

    /** The operating system's reason for {@code e}, in words (Java's own messages often give only the path). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
    }
}
