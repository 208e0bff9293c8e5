package dev.readyservice.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throw-away pack folder for tests: small node scripts and manifests written where the real
 * pack's build puts its entry point and manifest (node 20 is on every build machine).
 */
final class FakePack {

    private FakePack() {
    }

    /** Writes {@code js} as the pack's entry point ({@link PolicyPackProcess#ENTRY_POINT}). */
    static void script(Path pack, String js) throws IOException {
        write(pack, PolicyPackProcess.ENTRY_POINT, js);
    }

    /** Writes {@code json} as the pack's manifest ({@link PackManifest#PATH}). */
    static void manifest(Path pack, String json) throws IOException {
        write(pack, PackManifest.PATH, json);
    }

    /** Writes {@code js} as the entry point beside a manifest of no policies, so the launch gets as far as starting it. */
    static void withoutPolicies(Path pack, String js) throws IOException {
        script(pack, js);
        manifest(pack, "{\"policies\": []}");
    }

    private static void write(Path pack, String file, String content) throws IOException {
        Path target = pack.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
    }
}
