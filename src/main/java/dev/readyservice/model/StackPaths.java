package dev.readyservice.model;

import java.nio.file.Path;

/**
 * Where a stack's files live in a project, one definition each: the review and redeploy write under
 * {@code target/prr/<stack>}, the pack's config of a stack is {@code <pack>/config/<stack>.json}, and
 * {@code prr time-redeploy} leaves its record at {@code target/prr/<stack>/redeploy.json}, where the
 * review reads it.
 *
 * <p>The stack name is used as given; callers holding a fully qualified name
 * ({@code org/project/stack}) pass {@link #shortName} of it.
 */
public final class StackPaths {
    /** The project folder every report and record of a stack goes under, relative to the project. */
    public static final String OUTPUT_ROOT = "target/prr";
    /** The file name of the redeploy record. */
    public static final String REDEPLOY_RECORD = "redeploy.json";

    private StackPaths() {
    }

    /** @return {@code <project>/target/prr/<stack>}, where the reports of {@code stack} are written */
    public static Path outputDir(Path project, String stack) {
        return project.resolve("target").resolve("prr").resolve(stack);
    }

    /** @return {@code <project>/target/prr/<stack>/redeploy.json} */
    public static Path redeployRecord(Path project, String stack) {
        return outputDir(project, stack).resolve(REDEPLOY_RECORD);
    }

    /** @return {@code target/prr/<stack>/redeploy.json}, the record's path relative to the project, as messages name it */
    public static String redeployRecordPath(String stack) {
        return OUTPUT_ROOT + "/" + stack + "/" + REDEPLOY_RECORD;
    }

    /** @return {@code <pack>/config/<stack>.json}, the pack's config for {@code stack} */
    public static Path policyConfig(Path pack, String stack) {
        return pack.resolve("config").resolve(stack + ".json");
    }

    /** @return the project folder's policy pack, {@code <project>/policy} */
    public static Path policyPack(Path project) {
        return project.resolve("policy");
    }

    /** @return the last segment of a stack name: {@code qa} for {@code org/project/qa} */
    public static String shortName(String stack) {
        return stack.substring(stack.lastIndexOf('/') + 1);
    }
}
