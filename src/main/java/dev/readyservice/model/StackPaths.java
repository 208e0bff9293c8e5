package dev.readyservice.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a stack's files live in a project, one definition each: the review and redeploy write under
 * {@code target/prr/<stack>}, the pack's config of a stack is {@code <pack>/config/<stack>.json}, and
 * {@code prr time-redeploy} leaves its record at {@code target/prr/<stack>/redeploy.json}, where the
 * review reads it.
 *
 * <p>One rule for every command: a stack maps to its files by its short name, so {@code qa} and
 * {@code org/project/qa} are the same folder and config ({@code target/prr/qa},
 * {@code config/qa.json}), as they are the same {@code Pulumi.qa.yaml} to the Pulumi CLI. Every
 * method here takes either form. Which stack a file is of is decided by {@link #sameStack}, never by
 * where the file lies.
 */
public final class StackPaths {
    /** The project folder every report and record of a stack goes under, relative to the project. */
    public static final String OUTPUT_ROOT = "target/prr";
    /** The file name of the redeploy record. */
    public static final String REDEPLOY_RECORD = "redeploy.json";
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+){0,2}");

    private StackPaths() {
    }

    /** @return {@code <project>/target/prr/<short name>}, where the reports of {@code stack} are written */
    public static Path outputDir(Path project, String stack) {
        return project.resolve("target").resolve("prr").resolve(shortName(stack));
    }

    /** @return {@code <project>/target/prr/<short name>/redeploy.json} */
    public static Path redeployRecord(Path project, String stack) {
        return outputDir(project, stack).resolve(REDEPLOY_RECORD);
    }

    /** @return {@code target/prr/<short name>/redeploy.json}, the record's path relative to the project, as messages name it */
    public static String redeployRecordPath(String stack) {
        return OUTPUT_ROOT + "/" + shortName(stack) + "/" + REDEPLOY_RECORD;
    }

    /** @return {@code <pack>/config/<short name>.json}, the pack's config for {@code stack} */
    public static Path policyConfig(Path pack, String stack) {
        return pack.resolve("config").resolve(shortName(stack) + ".json");
    }

    /** @return the project folder's policy pack, {@code <project>/policy} */
    public static Path policyPack(Path project) {
        return project.resolve("policy");
    }

    /** @return the last segment of a stack name: {@code qa} for {@code org/project/qa} */
    public static String shortName(String stack) {
        return stack.substring(stack.lastIndexOf('/') + 1);
    }

    /**
     * Whether {@code name} is a Pulumi stack name, short ({@code qa}) or qualified
     * ({@code project/qa}, {@code org/project/qa}): letters, digits, '-', '_' and '.' per segment, no
     * segment of dots only (it would name a parent folder here).
     */
    public static boolean isStackName(String name) {
        return name != null && STACK_NAME.matcher(name).matches() && segments(name).stream().noneMatch(s -> s.matches("\\.+"));
    }

    /**
     * Whether two names, short or qualified, can name the same stack: the short names are equal, and
     * so is every segment both give, from the right ({@code org/shop/qa} is {@code qa} and
     * {@code shop/qa}, not {@code org/cart/qa} nor {@code other/shop/qa}).
     */
    public static boolean sameStack(String a, String b) {
        List<String> left = segments(a);
        List<String> right = segments(b);
        int both = Math.min(left.size(), right.size());
        return left.subList(left.size() - both, left.size()).equals(right.subList(right.size() - both, right.size()));
    }

    /** @return {@code stack} with its short name replaced: {@code org/shop/qa} for {@code org/shop/prod} and {@code qa} */
    public static String sibling(String stack, String shortName) {
        return stack.substring(0, stack.lastIndexOf('/') + 1) + shortName;
    }

    private static List<String> segments(String stack) {
        return Arrays.asList(stack.split("/", -1));
    }
}
