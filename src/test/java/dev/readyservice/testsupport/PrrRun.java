package dev.readyservice.testsupport;

import dev.readyservice.cli.Prr;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of {@code prr} through the real command line ({@link Prr#commandLine()}), in process,
 * with its exit code and what it printed.
 *
 * @param code what {@code prr} would exit with
 * @param out captured standard output
 * @param err captured standard error
 */
public record PrrRun(int code, String out, String err) {

    /**
     * @param args the arguments, subcommand first, e.g. {@code report --stack qa}
     * @return the finished run
     */
    public static PrrRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine prr = Prr.commandLine();
        prr.setOut(new PrintWriter(out, true));
        prr.setErr(new PrintWriter(err, true));
        int code = prr.execute(args);
        return new PrrRun(code, out.toString(), err.toString());
    }
}
