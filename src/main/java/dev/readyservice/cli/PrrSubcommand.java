package dev.readyservice.cli;

import dev.readyservice.review.secrets.ConfigSecrets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code prr} subcommand, shaped like pmd-cli's: picocli calls the final {@link #call()}, which
 * {@link #validate validates} the flags (bad input is one {@code prr <command>: } line and exit 2,
 * never a stack trace) and then {@link #execute executes}. Every line goes through a
 * {@link SafeConsole}: what a program, the CLI or a provider says may carry the project's credentials.
 */
abstract class PrrSubcommand implements Callable<Integer> {
    /** Exit code, meaning: the list the subcommand's {@code --help} ends with. */
    static final String EXIT_CODES_HEADING = "%nExit codes:%n";

    private CommandSpec spec;
    private SafeConsole out;
    private SafeConsole err;

    /** Injected by picocli: the help's exit-code list is built here from {@link #exitCodes()}, the one place it is kept. */
    @Spec
    void spec(CommandSpec injected) {
        this.spec = injected;
        injected.usageMessage().exitCodeListHeading(EXIT_CODES_HEADING).exitCodeList(ExitCode.helpList(exitCodes()));
    }

    @Override
    public final Integer call() {
        out = new SafeConsole(spec.commandLine().getOut());
        err = new SafeConsole(spec.commandLine().getErr());
        try {
            validate();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), ExitCode.BAD_INPUT).code();
        }
        return execute().code();
    }

    /** What each exit code means for this command; the codes it never returns are left out. Default: {@code prr review}'s. */
    Map<ExitCode, String> exitCodes() {
        return ExitCode.reviewMeanings();
    }

    /** Checks the flags and resolves their defaults before anything runs; throws {@link IllegalArgumentException} naming the flag and value. */
    void validate() {
    }

    /** The command's work, after {@link #validate}. */
    abstract ExitCode execute();

    /** The {@code prr <command>: message} line on stderr, and the code to return. */
    final ExitCode fail(String message, ExitCode code) {
        err.message("prr " + spec.name() + ": " + message);
        return code;
    }

    /** From now on, every line printed masks the credentials the project's stack config holds. */
    final void maskSecretsOf(Path projectDir) {
        var mask = ConfigSecrets.scan(projectDir).mask();
        out.mask(mask);
        err.mask(mask);
    }

    final SafeConsole out() {
        return out;
    }

    final SafeConsole err() {
        return err;
    }
}
