package dev.readyservice.review.launch;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process and every process it started, children first so none is re-parented and missed. */
final class ProcessTree {
    private ProcessTree() {
    }

    static void kill(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        for (ProcessHandle handle : descendants) {
            awaitExit(handle);
        }
        awaitExit(root);
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Best effort: the process could not be awaited, it was still sent the kill signal.
        }
    }
}
