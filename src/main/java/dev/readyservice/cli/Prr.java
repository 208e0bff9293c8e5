package dev.readyservice.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prr}: ReadyService's command line. */
@Command(name = "prr", mixinStandardHelpOptions = true, versionProvider = Prr.Version.class,
        description = "Production Readiness Review for Pulumi programs: preview offline, check with the policy pack, write the PRR report.",
        subcommands = {ReviewCommand.class, ReportCommand.class, TimeRedeployCommand.class, InitCommand.class})
public final class Prr implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        LauncherStatus.write(cli, code);
        System.exit(code);
    }

    /**
     * The benchmark's command, named and not linked: the bench is tooling kept out of the production
     * jar (its own jar, target/readyservice-bench.jar, is on the class path only for {@code ./prr bench}).
     */
    static final String BENCH_COMMAND = "dev.readyservice.cli.BenchCommand";

    /** The configured command line, for {@link #main} and tests; its exit-code help, like every subcommand's, comes from {@link ExitCode}. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Prr());
        // Before the settings below: picocli applies them to the subcommands present when they are set.
        benchCommand().ifPresent(bench -> cli.addSubcommand("bench", bench));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().usageMessage().exitCodeListHeading(PrrSubcommand.EXIT_CODES_HEADING)
                .exitCodeList(ExitCode.helpList(ExitCode.reviewMeanings()));
        return cli;
    }

    /** {@code prr bench} when the bench's classes are on the class path, else nothing. */
    static java.util.Optional<Object> benchCommand() {
        try {
            return java.util.Optional.of(Class.forName(BENCH_COMMAND).getConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return java.util.Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(BENCH_COMMAND + " is on the class path but cannot be made", e);
        }
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
