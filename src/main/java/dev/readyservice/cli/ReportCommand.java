package dev.readyservice.cli;

import dev.readyservice.analyzer.PackEvidence;
import dev.readyservice.analyzer.PolicyPackException;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.model.StackPaths;
import dev.readyservice.report.Format;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.ReportWriter;
import dev.readyservice.report.Verdict;
import dev.readyservice.review.secrets.ConfigSecrets;
import dev.readyservice.report.rules.ReportBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code prr report --from DIR --stack NAME}: the PRR report of a preview the policy pack recorded
 * itself (a real {@code pulumi preview --policy-pack policy} run with
 * {@code READYSERVICE_EVIDENCE_DIR=DIR}), built and written by the same code as {@code prr review}'s.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the PRR report from the evidence folder the policy pack wrote during a real "
                + "`pulumi preview --policy-pack policy` run with READYSERVICE_EVIDENCE_DIR=DIR.",
            "The same report files, through the same code, as `prr review`."})
public final class ReportCommand extends PrrSubcommand {
    @Option(names = "--from", paramLabel = "DIR", required = true,
            description = "The evidence folder (READYSERVICE_EVIDENCE_DIR of the preview): pack.json, resources.json, findings.json.")
    Path from;

    /** Required, unlike the other commands' {@code --stack}: the evidence is checked to be of this stack. */
    @Option(names = "--stack", paramLabel = "NAME", required = true, description = "The stack the evidence is of (checked against it): its short name, or org/project/stack.")
    String stack;

    @Mixin
    SharedOptions.ProjectDir projectDir;

    @Mixin
    ReportFiles reportFiles;

    private final Clock clock;
    /** Set by {@link #validate}. */
    private Path project;
    private Set<Format> chosen;
    private Path outDir;
    private Duration redeployMaxAge;

    public ReportCommand() {
        this(Clock.systemUTC());
    }

    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    Map<ExitCode, String> exitCodes() {
        return Map.of(ExitCode.READY, "ready: no PRR item fails",
                ExitCode.NOT_READY, "not ready: at least one PRR item fails",
                ExitCode.BAD_INPUT, "bad input: a missing, partial or malformed evidence folder, another stack's evidence, or a flag");
    }

    @Override
    void validate() {
        project = projectDir.existing();
        chosen = reportFiles.formats();
        outDir = reportFiles.outDir(project, stack);
        redeployMaxAge = reportFiles.redeployMaxAge();
    }

    @Override
    ExitCode execute() {
        try {
            Path evidenceDir = from.toAbsolutePath().normalize();
            // Evidence that is missing, partial, malformed or of another stack is bad input too.
            PackEvidence evidence = PackEvidence.read(evidenceDir);
            // The pack knows the project and the stack's short name: a qualified --stack must agree with both.
            String judged = evidence.preview().project() + "/" + evidence.preview().stack();
            if (!StackPaths.sameStack(judged, stack)) {
                throw new IllegalArgumentException("--stack " + stack + ": the evidence in " + evidenceDir + " is of stack '"
                        + evidence.preview().stack() + "' of project '" + evidence.preview().project() + "' (pack.json)");
            }
            PrrReport report = ReportBuilder.build(evidence.preview(), evidence.analysis(),
                    ProjectArtefacts.read(project, stack, reportFiles.playbookDir(project), redeployMaxAge), clock);
            // The same mask as the review's: plain-config credentials never reach a report file or the console.
            maskSecretsOf(project);
            List<Path> files = ReportWriter.writeAll(report, outDir, chosen, ConfigSecrets.scan(project).mask());
            out().line("PRR report of " + report.project() + " (stack " + report.stack() + ") from the policy pack's evidence in "
                    + evidenceDir + ": " + report.verdict().label().toUpperCase(Locale.ROOT));
            for (ItemResult item : report.items()) {
                if (item.status().blocksVerdict()) {
                    out().line("  " + item.status().label() + ": " + item.item().id() + ": " + item.reason());
                }
            }
            files.forEach(f -> out().line("  wrote " + f));
            return report.verdict() == Verdict.READY ? ExitCode.READY : ExitCode.NOT_READY;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), ExitCode.BAD_INPUT);
        } catch (PolicyPackException e) {
            return fail(e.getMessage(), ExitCode.of(e.exitCode()));
        }
    }
}
