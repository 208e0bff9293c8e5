package dev.readyservice.review.launch;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A program built from source with Maven, laid out as {@code pulumi new java} does: the main class
 * comes from the {@code exec-maven-plugin} configuration's {@code mainClass} or a {@code mainClass}
 * property in {@code pom.xml}; the program is compiled and its classpath resolved with
 * {@code mvn -q compile maven-dependency-plugin:build-classpath}, then run as {@code java -cp target/classes:<classpath> <main>}.
 */
public final class MavenProgram {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final String CLASSPATH_FILE = "target/readyservice-review.classpath";
    /**
     * The dependency plugin by its full coordinates: a prefix ({@code dependency:}) is resolved from
     * repository metadata, which an offline build on a fresh machine does not have. The version is
     * the one this project's pom.xml uses, so our own build has it in the local repository.
     */
    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.7.1";

    private MavenProgram() {
    }

    /**
     * Compiles the project in {@code directory} and returns the command that runs its main class.
     *
     * @param mavenArgs extra Maven arguments, e.g. {@code -o} to stay offline
     * @throws ReviewException BAD_INPUT when there is no pom.xml or no main class, PROGRAM_FAILED when the build fails
     */
    public static ProgramCommand prepare(Path directory, List<String> mavenArgs, Duration timeout, Consumer<String> progress) {
        Path pom = directory.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw ReviewException.badInput("Pulumi.yaml in " + directory + " names no 'runtime.options.binary' and there is no "
                    + "pom.xml to build the program from; set the binary to the program jar or add a Maven build");
        }
        String mainClass = mainClass(pom);
        List<String> command = new ArrayList<>(List.of("mvn", "-q"));
        command.addAll(mavenArgs);
        command.addAll(List.of("compile", DEPENDENCY_PLUGIN + ":build-classpath", "-Dmdep.outputFile=" + CLASSPATH_FILE));
        progress.accept("Compiling the program with Maven (" + String.join(" ", command) + ") ...");
        ProgramResult build = ProgramProcess.run(new ProgramCommand(command, directory), Map.of(), timeout, null);
        if (!build.succeeded()) {
            throw ReviewException.programFailed("the Maven build of " + directory + (build.timedOut()
                    ? " timed out after " + timeout.toSeconds() + " s" : " failed (exit " + build.exitCode() + ")")
                    + ":\n" + String.join("\n", build.outputTail()));
        }
        String classpath = readClasspath(directory.resolve(CLASSPATH_FILE));
        String full = directory.resolve("target/classes") + (classpath.isEmpty() ? "" : java.io.File.pathSeparator + classpath);
        return ProgramCommand.mainClass(full, mainClass, directory);
    }

    private static String readClasspath(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw ReviewException.programFailed("the Maven build did not write the classpath to " + file + ": " + e.getMessage());
        }
    }

    /**
     * The main class named in {@code pom}: the {@code exec-maven-plugin} {@code mainClass}, else the
     * {@code mainClass} property, with {@code ${property}} references resolved from the pom's properties.
     */
    static String mainClass(Path pom) {
        Document document = parse(pom);
        Map<String, String> properties = properties(document);
        String mainClass = execPluginMainClass(document);
        if (mainClass == null) {
            mainClass = properties.get("mainClass");
        }
        if (mainClass == null || mainClass.isBlank()) {
            throw ReviewException.badInput(pom + " names no main class: set <mainClass> in the exec-maven-plugin configuration"
                    + " or a <mainClass> property, as `pulumi new java` does");
        }
        return resolve(pom, mainClass.trim(), properties);
    }

    private static String resolve(Path pom, String value, Map<String, String> properties) {
        Matcher matcher = PROPERTY.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String replacement = properties.get(matcher.group(1));
            if (replacement == null) {
                throw ReviewException.badInput(pom + ": main class '" + value + "' uses property '" + matcher.group(1)
                        + "', which the pom does not define");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement.trim()));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(pom.toFile());
        } catch (Exception e) {
            throw ReviewException.badInput(pom + " is not valid XML: " + e.getMessage());
        }
    }

    private static Map<String, String> properties(Document document) {
        Map<String, String> properties = new HashMap<>();
        for (Element block : children(document.getDocumentElement(), "properties")) {
            NodeList nodes = block.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element property) {
                    properties.put(property.getTagName(), property.getTextContent());
                }
            }
        }
        return properties;
    }

    private static String execPluginMainClass(Document document) {
        NodeList plugins = document.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            List<Element> artifact = children(plugin, "artifactId");
            if (artifact.isEmpty() || !"exec-maven-plugin".equals(artifact.get(0).getTextContent().trim())) {
                continue;
            }
            NodeList mainClasses = plugin.getElementsByTagName("mainClass");
            if (mainClasses.getLength() > 0) {
                return mainClasses.item(0).getTextContent();
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
