package dev.readyservice.review.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A process started in a group of its own, and every process it ever started, so that all of them
 * can be ended together, also those that were re-parented to PID 1 or left the group.
 *
 * <p>Java cannot call {@code setsid(2)}, so the group is made of three nets, each catching what the
 * one before misses:
 *
 * <ol>
 *   <li>the process runs in a session of its own: the command is started through {@code setsid --wait}
 *       (util-linux) when that is on the machine, so it leads a new session and its children stay in
 *       it after they are re-parented (a child left running at a normal exit, one holding the
 *       program's stdout); a terminal's Ctrl-C no longer reaches them directly, the review ends them;</li>
 *   <li>every process whose ancestry leads to it ({@link ProcessHandle#descendants()}), for machines
 *       without {@code setsid};</li>
 *   <li>every process whose environment carries this group's {@link #MARKER} token: children inherit
 *       the environment, so a daemon that called {@code setsid} itself and was re-parented is still
 *       found (by reading {@code /proc/<pid>/environ}, Linux only).</li>
 * </ol>
 *
 * <p>What stays beyond reach: a descendant that both left the session and started with an emptied
 * environment ({@code setsid env -i ...}) after its parent exited, and anything once the review
 * itself is killed with SIGKILL (no shutdown hook runs then).
 */
public final class ProcessGroup {
    /** The environment variable whose value marks every process of one group. */
    public static final String MARKER = "PRR_REVIEW_GROUP";
    private static final Path PROC = Path.of("/proc");
    /** Rounds of "find and kill": a process may start a child while its siblings are being killed. */
    private static final int ROUNDS = 5;

    private final Process process;
    private final String token;
    /** True when the process was started through setsid, so it leads a session of its own. */
    private final boolean ownSession;
    private final Optional<java.time.Instant> started;

    private ProcessGroup(Process process, String token, boolean ownSession) {
        this.process = process;
        this.token = token;
        this.ownSession = ownSession;
        this.started = process.toHandle().info().startInstant();
    }

    /**
     * Starts {@code builder}'s command in a group of its own (see the class documentation).
     *
     * @throws IOException as {@link ProcessBuilder#start()} when the command cannot be started
     */
    public static ProcessGroup start(ProcessBuilder builder) throws IOException {
        return start(builder, setsid());
    }

    /**
     * As {@link #start(ProcessBuilder)} but in the caller's session (no {@code setsid} process in
     * between), for callers that measure the process's own tree; descendants and marked processes are
     * still ended by {@link #destroy()}.
     */
    public static ProcessGroup startInThisSession(ProcessBuilder builder) throws IOException {
        return start(builder, Optional.empty());
    }

    /** As {@link #start(ProcessBuilder)}, with {@code setsid} as given (tests use none, as on a machine without util-linux). */
    static ProcessGroup start(ProcessBuilder builder, Optional<Path> setsid) throws IOException {
        String token = UUID.randomUUID().toString();
        builder.environment().put(MARKER, token);
        List<String> command = builder.command();
        // Wrapped only when the command itself can be found, so that a missing executable is still
        // reported by Java as "cannot start <command>" rather than as setsid's exit code 127.
        boolean ownSession = setsid.isPresent() && !command.isEmpty()
                && executable(command.get(0), builder.directory(), builder.environment().get("PATH"));
        if (ownSession) {
            List<String> wrapped = new ArrayList<>(List.of(setsid.get().toString(), "--wait"));
            wrapped.addAll(command);
            builder.command(wrapped);
        }
        try {
            return new ProcessGroup(builder.start(), token, ownSession);
        } finally {
            builder.command(command);
        }
    }

    /** The process started. */
    public Process process() {
        return process;
    }

    /**
     * Ends the process and every member of its group (forcibly: a program past its timeout or a
     * review being stopped has no time for a graceful exit), and waits until they are gone.
     */
    public void destroy() {
        for (int round = 0; round < ROUNDS; round++) {
            List<ProcessHandle> members = members();
            if (members.isEmpty()) {
                return;
            }
            members.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle member : members) {
                try {
                    member.onExit().get(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    // Sent SIGKILL; a process that takes longer to go is beyond our control.
                }
            }
        }
    }

    /** The live members of the group: the process, its descendants, its session, and every process carrying the marker. */
    List<ProcessHandle> members() {
        long self = ProcessHandle.current().pid();
        Set<Long> seen = new HashSet<>();
        List<ProcessHandle> members = new ArrayList<>();
        ProcessHandle root = process.toHandle();
        if (root.isAlive()) {
            seen.add(root.pid());
            members.add(root);
        }
        root.descendants().forEach(d -> {
            if (seen.add(d.pid())) {
                members.add(d);
            }
        });
        boolean bySession = ownSession && sessionStillOurs(root);
        if (Files.isDirectory(PROC)) {
            ProcessHandle.allProcesses().filter(p -> p.pid() != self && !seen.contains(p.pid()))
                    .filter(p -> (bySession && session(p.pid()) == root.pid()) || carriesMarker(p.pid()))
                    .forEach(p -> {
                        seen.add(p.pid());
                        members.add(p);
                    });
        }
        return members;
    }

    /**
     * False when the process's pid now belongs to another process (it exited and the pid was reused):
     * a session with that id is then someone else's and must not be ended.
     */
    private boolean sessionStillOurs(ProcessHandle root) {
        Optional<ProcessHandle> now = ProcessHandle.of(root.pid());
        return now.isEmpty() || started.isEmpty() || now.get().info().startInstant().map(started.get()::equals).orElse(true);
    }

    /** The session id of {@code pid} (field 6 of {@code /proc/<pid>/stat}), or -1. */
    private static long session(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.ISO_8859_1);
            // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private boolean carriesMarker(long pid) {
        try {
            byte[] environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
            String wanted = MARKER + "=" + token;
            return new String(environ, StandardCharsets.ISO_8859_1).contains(wanted);
        } catch (IOException | RuntimeException e) {
            // Another user's process, or gone: not ours.
            return false;
        }
    }

    private static Optional<Path> setsid() {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
            Path candidate = Path.of(dir, "setsid");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean executable(String command, File directory, String path) {
        return Executables.find(command, path != null ? path : System.getenv("PATH"), directory == null ? null : directory.toPath()).isPresent();
    }
}
