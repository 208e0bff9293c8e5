package dev.readyservice.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prr}: ReadyService's command line. */
@Command(name = "prr", mixinStandardHelpOptions = true, versionProvider = Prr.Version.class,
        description = "Production Readiness Review for Pulumi programs: preview offline, check with the policy pack, write the PRR report.",
        subcommands = {ReviewCommand.class, ReportCommand.class, TimeRedeployCommand.class, BenchCommand.class, InitCommand.class})
public final class Prr implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        LauncherStatus.write(cli, code);
        System.exit(code);
    }

    /** The configured command line, for {@link #main} and tests; its exit-code help, like every subcommand's, comes from {@link ExitCode}. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Prr()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().usageMessage().exitCodeListHeading(PrrSubcommand.EXIT_CODES_HEADING)
                .exitCodeList(ExitCode.helpList(ExitCode.reviewMeanings()));
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'prr review --help'");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Prr.class.getPackage().getImplementationVersion();
            return new String[] {"prr " + (v == null ? "(development build)" : v)};
        }
    }
}
