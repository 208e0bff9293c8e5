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
 *       operating system's reason when it is not;</li>
 *   <li>a directory the claim created is removed again on {@link #close()} when it holds nothing
 *       but the lock (the review failed before writing): a failed review leaves nothing behind.</li>
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
    /** The outermost folder the claim created, or null when the directory existed. */
    private final Path created;

    private ReportDirectory(Path directory, FileChannel channel, FileLock lock, Path created) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Creates {@code directory} if needed, locks it, and removes earlier report files and leftover
     * temporary files.
     *
     * @throws ReviewException BAD_INPUT when the directory cannot be created or written (with the
     *     reason), or another review holds it
     */
    public static ReportDirectory claim(Path directory) {
        Path created = null;
        for (Path p = directory; p != null && !Files.exists(p); p = p.getParent()) {
            created = p;
        }
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
        ReportDirectory claimed = new ReportDirectory(directory, channel, lock, created);
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

    /** Releases the lock; removes the folders the claim created if the review wrote nothing into them. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
        if (created != null) {
            removeIfUnused();
        }
    }

    private void removeIfUnused() {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(LOCK_FILE)) {
                    return;
                }
            }
        } catch (IOException e) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(LOCK_FILE));
            for (Path p = directory; p != null && p.startsWith(created); p = p.getParent()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            // Another process put something there meanwhile: it stays.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to release.
        }
    }
}
