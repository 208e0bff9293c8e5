package dev.readyservice.cli;

import dev.readyservice.component.StackConfigReader;
import dev.readyservice.model.StackPaths;
import dev.readyservice.review.OfflinePreview;
import dev.readyservice.review.Preview;
import dev.readyservice.review.PreviewRequest;
import dev.readyservice.review.ReviewException;
import dev.readyservice.review.project.StackConfigEdit;
import dev.readyservice.review.project.StackFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code prr init --project-dir DIR}: the first step of a team with an existing program. Previews
 * the program offline, lists its compute and stateful resources, and writes the readiness values
 * into the stack's config ({@code readyservice:product}, {@code :components}, {@code :paging},
 * {@code :data} in {@code Pulumi.<stack>.yaml}, every other byte of the file kept), the code that
 * wires the team's resources to them ({@code prr-init/Readiness.java.txt}), the pack's policy config
 * for the stack ({@code prr-init/policy-config.<stack>.json}) and playbook stubs
 * ({@code docs/playbooks/<alert>.md}); then {@code prr review} tells what is still missing.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Preview an existing Pulumi Java program, list its compute and stateful resources, and write the starting "
                + "readiness values into the stack's config (readyservice:* keys of Pulumi.<stack>.yaml, every other byte kept), "
                + "the ReadyService wiring code, the policy config and playbook stubs. Nothing is overwritten without --force."})
public final class InitCommand extends PrrSubcommand {
    @Mixin
    SharedOptions.ProjectDir projectDir;

    @Mixin
    SharedOptions.Stack stack;

    @Option(names = "--force", description = "Overwrite files prr init wrote before, and replace the readyservice:* keys it writes "
            + "in the stack file (every other key stays).")
    boolean force;

    @Mixin
    SharedOptions.Timeout timeout;

    /** Set by {@link #validate}. */
    private Path project;
    private Duration timeLimit;

    @Override
    Map<ExitCode, String> exitCodes() {
        return Map.of(ExitCode.READY, "the files were written",
                ExitCode.BAD_INPUT, "bad input: no Pulumi Java project, an unknown stack, a stack file that is no YAML map, "
                        + "or files or readyservice:* keys that exist (without --force)",
                ExitCode.FAILED, "the program failed or timed out");
    }

    @Override
    void validate() {
        project = projectDir.existing();
        timeLimit = timeout.duration();
    }

    @Override
    ExitCode execute() {
        SafeConsole out = out();
        SafeConsole err = err();
        Preview preview;
        try {
            preview = OfflinePreview.run(new PreviewRequest(project, stack.stack, timeLimit, false, line -> err.line("prr: " + line)));
        } catch (ReviewException e) {
            return fail(e.getMessage(), ExitCode.of(e.exitCode()));
        }
        ReadinessScaffold scaffold = new ReadinessScaffold(preview.project(), preview.resources());
        String stackName = StackPaths.shortName(stack.stack);
        Path stackPath = StackFile.path(project, stackName);
        String stackShown = project.relativize(stackPath).toString();
        StackConfigEdit stackFile;
        String stackText;
        try {
            stackFile = StackConfigEdit.of(stackPath, stackShown);
            List<String> present = stackFile.keysStartingWith(StackConfigReader.NAMESPACE + ":");
            if (!present.isEmpty() && !force) {
                return fail(stackShown + " already has readiness config (" + String.join(", ", present) + "); nothing was written "
                        + "(give --force to replace " + String.join(", ", ReadinessScaffold.configKeys()) + " and keep every other key)", ExitCode.BAD_INPUT);
            }
            List<String> replaced = present.stream().filter(ReadinessScaffold.configKeys()::contains).toList();
            stackText = stackFile.with(scaffold.configBlock(stackName, stackFile.stackFile().config()), ReadinessScaffold.configKeys(), replaced);
        } catch (ReviewException e) {
            return fail(e.getMessage(), ExitCode.of(e.exitCode()));
        }
        Map<Path, String> files = files(project, scaffold, stackShown);
        List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
        if (!existing.isEmpty() && !force) {
            return fail("these files exist; nothing was written (give --force to overwrite them): "
                    + existing.stream().map(p -> project.relativize(p).toString()).toList(), ExitCode.BAD_INPUT);
        }
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue());
            }
            // Last: a stack file is the team's own, and is edited only when everything else was written.
            Files.writeString(stackPath, stackText);
        } catch (IOException e) {
            return fail("cannot write into " + project + ": " + e.getMessage(), ExitCode.BAD_INPUT);
        }
        if (scaffold.compute().isEmpty()) {
            out.line("prr init: no web app found in the preview of '" + preview.project() + "': the stack config lists no component");
        }
        scaffold.summary().forEach(line -> out.line("  " + line));
        out.line("  " + (stackFile.exists() ? "added to " : "wrote ") + stackShown + ": " + String.join(", ", ReadinessScaffold.configKeys()));
        files.keySet().forEach(p -> out.line("  wrote " + project.relativize(p)));
        out.line("next: replace every TODO in " + stackShown + ", add prr-init/Readiness.java.txt to your program, write the playbooks, "
                + "then ./prr review --stack " + stack.stack + " --policy-config prr-init/policy-config." + stack.stack + ".json");
        return ExitCode.READY;
    }

    private Map<Path, String> files(Path project, ReadinessScaffold scaffold, String stackFile) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(project.resolve("prr-init").resolve("Readiness.java.txt"), scaffold.code(stackFile));
        bundledPolicyConfig().ifPresent(config -> files.put(project.resolve("prr-init").resolve("policy-config." + stack.stack + ".json"), config));
        for (String alert : ReadinessScaffold.PLAYBOOKS) {
            files.put(project.resolve("docs").resolve("playbooks").resolve(alert + ".md"), ReadinessScaffold.playbook(alert));
        }
        return files;
    }

    /** The bundled pack's config for the stack's environment (qa, else prod: the stricter). */
    private java.util.Optional<String> bundledPolicyConfig() {
        String environment = "qa".equals(stack.stack) ? "qa" : "prod";
        Path config = SharedOptions.prrHome().resolve("policy").resolve("config").resolve(environment + ".json");
        try {
            return Files.isRegularFile(config) ? java.util.Optional.of(Files.readString(config)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
