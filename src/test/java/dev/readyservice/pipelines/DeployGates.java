package dev.readyservice.pipelines;

import dev.readyservice.model.StackPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules a deploy pipeline must keep. Each returns the violations it finds, one sentence each
 * naming the pipeline and the job; an empty list means the pipeline keeps the rule.
 */
final class DeployGates {
    /** The {@code ./prr} subcommands that exist (the CLI's picocli subcommands). */
    static final Set<String> PRR_SUBCOMMANDS = Set.of("review", "time-redeploy");
    // Conditions under which a job runs although a job it needs failed or was skipped.
    private static final Pattern RUNS_ANYWAY = Pattern.compile(
            "always\\(\\)|failure\\(\\)|failed\\(\\)|cancelled\\(\\)|canceled\\(\\)|succeededOrFailed\\(\\)");
    private static final Pattern PINNED = Pattern.compile("[^@]+@(v\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})");

    private DeployGates() {
    }

    /** Every rule at once. */
    static List<String> all(Pipeline p) {
        List<String> out = new ArrayList<>();
        out.addAll(everyUpHasThePolicyPack(p));
        out.addAll(prodOnlyThroughQaReviewAndApproval(p));
        out.addAll(onlyKnownPrrSubcommands(p));
        out.addAll(actionsPinnedToFullVersions(p));
        out.addAll(needsNameRealJobs(p));
        return out;
    }

    static List<String> everyUpHasThePolicyPack(Pipeline p) {
        List<String> out = new ArrayList<>();
        each(p, c -> isUp(c) && (!c.has("--policy-pack") || !c.has("--policy-pack-config")), (job, c) ->
                out.add(p.source() + ": job '" + job.id() + "' runs `" + c + "` without --policy-pack and"
                        + " --policy-pack-config"));
        return out;
    }

    static List<String> prodOnlyThroughQaReviewAndApproval(Pipeline p) {
        List<String> out = new ArrayList<>();
        for (PipelineJob job : p.jobs().values()) {
            int upAt = indexOf(job, c -> isUp(c) && c.stack().map(DeployGates::isProd).orElse(false));
            if (upAt < 0) {
                continue;
            }
            String where = p.source() + ": job '" + job.id() + "' deploys prod";
            if (job.environment().isEmpty()) {
                out.add(where + " without an approval environment (environment: production)");
            }
            job.condition().filter(c -> RUNS_ANYWAY.matcher(c).find()).ifPresent(c ->
                    out.add(where + " under condition '" + c + "', which runs it even when QA or the review failed"));
            Set<String> ancestors = p.ancestors(job.id());
            boolean afterQa = ancestors.stream().map(p.jobs()::get).filter(j -> j != null)
                    .anyMatch(j -> indexOf(j, c -> isUp(c) && c.stack().filter(s -> StackPaths.shortName(s).equals("qa")).isPresent()
                            && !c.mayFail()) >= 0);
            if (!afterQa) {
                out.add(where + " without needing a job that deploys QA (`pulumi up ... --stack qa`)");
            }
            boolean reviewedBefore = ancestors.stream().map(p.jobs()::get).filter(j -> j != null)
                    .anyMatch(j -> indexOf(j, DeployGates::isPassingProdReview) >= 0);
            int reviewInJob = indexOf(job, DeployGates::isPassingProdReview);
            if (!reviewedBefore && !(reviewInJob >= 0 && reviewInJob < upAt)) {
                out.add(where + " without a passing `./prr review --stack prod` before it");
            }
        }
        return out;
    }

    static List<String> onlyKnownPrrSubcommands(Pipeline p) {
        List<String> out = new ArrayList<>();
        each(p, c -> c.is("./prr") && (c.words().size() < 2 || !PRR_SUBCOMMANDS.contains(c.words().get(1))),
                (job, c) -> out.add(p.source() + ": job '" + job.id() + "' runs `" + c + "`; ./prr has only "
                        + PRR_SUBCOMMANDS.stream().sorted().toList()));
        return out;
    }

    static List<String> actionsPinnedToFullVersions(Pipeline p) {
        List<String> out = new ArrayList<>();
        for (String a : p.actions()) {
            // Azure Pipelines tasks are versioned by major (Name@2); only GitHub actions carry owner/repo.
            if (a.contains("/") && !a.startsWith("./") && !PINNED.matcher(a).matches()) {
                out.add(p.source() + ": action '" + a + "' is not pinned to a full version tag (vX.Y.Z) or a commit");
            }
        }
        return out;
    }

    static List<String> needsNameRealJobs(Pipeline p) {
        List<String> out = new ArrayList<>();
        for (PipelineJob job : p.jobs().values()) {
            for (String n : job.needs()) {
                if (!p.jobs().containsKey(n)) {
                    out.add(p.source() + ": job '" + job.id() + "' needs '" + n + "', which does not exist");
                }
            }
        }
        return out;
    }

    static boolean isUp(Command c) {
        return c.is("pulumi", "up") || c.is("pulumi", "update");
    }

    static boolean isPassingProdReview(Command c) {
        return c.is("./prr", "review") && !c.mayFail() && c.stack().filter(DeployGates::isProd).isPresent();
    }

    static boolean isProd(String stack) {
        return StackPaths.shortName(stack).toLowerCase(Locale.ROOT).contains("prod");
    }

    private static int indexOf(PipelineJob job, Predicate<Command> test) {
        for (int i = 0; i < job.commands().size(); i++) {
            if (test.test(job.commands().get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void each(Pipeline p, Predicate<Command> test, java.util.function.BiConsumer<PipelineJob, Command> found) {
        for (Map.Entry<String, PipelineJob> e : p.jobs().entrySet()) {
            e.getValue().commands().stream().filter(test).forEach(c -> found.accept(e.getValue(), c));
        }
    }

    /** The commands of every job, for checks over the whole pipeline. */
    static List<Command> commands(Pipeline p) {
        return p.jobs().values().stream().flatMap(j -> j.commands().stream()).toList();
    }

    static Optional<PipelineJob> job(Pipeline p, String id) {
        return Optional.ofNullable(p.jobs().get(id));
    }
}
