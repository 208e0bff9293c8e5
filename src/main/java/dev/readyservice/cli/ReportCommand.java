package dev.readyservice.cli;

import dev.readyservice.analyzer.PackEvidence;
import dev.readyservice.analyzer.PolicyPackException;
import dev.readyservice.evidence.Playbooks;
import dev.readyservice.evidence.ProjectArtefacts;
import dev.readyservice.model.StackPaths;
import dev.readyservice.report.Format;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.PrrReport;
import dev.readyservice.report.ReportWriter;
import dev.readyservice.report.Verdict;
import dev.readyservice.report.rules.ReportBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code prr report --from DIR --stack NAME}: the PRR report of a preview the policy pack recorded
 * itself (a real {@code pulumi preview --policy-pack policy} run with
 * {@code READYSERVICE_EVIDENCE_DIR=DIR}), built and written by the same code as {@code prr review}'s.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the PRR report from the evidence folder the policy pack wrote during a real "
                + "`pulumi preview --policy-pack policy` run with READYSERVICE_EVIDENCE_DIR=DIR.",
            "The same report files, through the same code, as `prr review`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ready: no PRR item fails",
            "1:not ready: at least one PRR item fails",
            "2:bad input: a missing, partial or malformed evidence folder, another stack's evidence, or a flag"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", required = true,
            description = "The evidence folder (READYSERVICE_EVIDENCE_DIR of the preview): pack.json, resources.json, findings.json.")
    Path from;

    @Option(names = "--stack", paramLabel = "NAME", required = true, description = "The stack the evidence is of (checked against it).")
    String stack;

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "The Pulumi project, for what the report reads beside the evidence (build output, redeploy record). Default: the current directory.")
    Path projectDir = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report files go. Default: <project-dir>/target/prr/<stack>/.")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",", description = "Report files to write, any of md,json,html,junit,sarif,handover. Default: all.")
    List<String> formats = ReportFiles.ALL;

    @Option(names = "--playbooks", paramLabel = "DIR", description = "Where the playbooks the monitors link live. Default: <project-dir>/docs/playbooks.")
    Path playbooks;

    @Option(names = "--redeploy-max-age", paramLabel = "DAYS",
            description = "How many days a redeploy timing (prr time-redeploy) counts for quality.redeploy-time. Default: ${DEFAULT-VALUE}.")
    long redeployMaxAgeDays = ProjectArtefacts.DEFAULT_REDEPLOY_MAX_AGE.toDays();

    private final Clock clock;

    public ReportCommand() {
        this(Clock.systemUTC());
    }

    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path project = projectDir.toAbsolutePath().normalize();
            if (!Files.isDirectory(project)) {
                throw new IllegalArgumentException("--project-dir " + projectDir + " is not a directory");
            }
            Set<Format> chosen = ReportFiles.formats(formats);
            Path outDir = out != null ? out.toAbsolutePath().normalize() : StackPaths.outputDir(project, stack);
            ReportFiles.checkCanHold(outDir, out != null ? out : outDir);
            if (redeployMaxAgeDays <= 0) {
                throw new IllegalArgumentException("--redeploy-max-age " + redeployMaxAgeDays + " must be a positive number of days");
            }
            Path evidenceDir = from.toAbsolutePath().normalize();
            PackEvidence evidence = PackEvidence.read(evidenceDir);
            if (!evidence.preview().stack().equals(stack)) {
                throw new IllegalArgumentException("--stack " + stack + ": the evidence in " + evidenceDir + " is of stack '"
                        + evidence.preview().stack() + "' (pack.json)");
            }
            Path playbookDir = playbooks != null ? playbooks.toAbsolutePath().normalize() : project.resolve(Playbooks.DEFAULT_DIRECTORY);
            PrrReport report = ReportBuilder.build(evidence.preview(), evidence.analysis(),
                    ProjectArtefacts.read(project, stack, playbookDir, Duration.ofDays(redeployMaxAgeDays)), clock);
            List<Path> files = ReportWriter.writeAll(report, outDir, chosen);
            stdout.println("PRR report of " + report.project() + " (stack " + report.stack() + ") from the policy pack's evidence in "
                    + evidenceDir + ": " + report.verdict().label().toUpperCase(Locale.ROOT));
            for (ItemResult item : report.items()) {
                if (item.status().blocksVerdict()) {
                    stdout.println("  " + item.status().label() + ": " + item.item().id() + ": " + item.reason());
                }
            }
            files.forEach(f -> stdout.println("  wrote " + f));
            stdout.flush();
            return report.verdict() == Verdict.READY ? ExitCode.READY.code() : ExitCode.NOT_READY.code();
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage(), ExitCode.BAD_INPUT.code());
        } catch (PolicyPackException e) {
            return fail(err, e.getMessage(), e.exitCode());
        }
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("prr report: " + message);
        err.flush();
        return code;
    }
}
