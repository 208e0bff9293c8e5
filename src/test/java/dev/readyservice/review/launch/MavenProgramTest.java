package dev.readyservice.review.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.ReviewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenProgramTest {
    @TempDir
    Path dir;

    private Path pom(String body) throws IOException {
        return Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion>" + body + "</project>");
    }

    @Test
    void takesTheExecPluginMainClassResolvingProperties() throws IOException {
        Path pom = pom("<properties><pkg>com.example</pkg></properties><build><plugins>"
                + "<plugin><artifactId>maven-jar-plugin</artifactId><configuration><mainClass>wrong.Main</mainClass></configuration></plugin>"
                + "<plugin><groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId>"
                + "<configuration><mainClass>${pkg}.App</mainClass></configuration></plugin></plugins></build>");

        assertThat(MavenProgram.mainClass(pom)).isEqualTo("com.example.App");
    }

    @Test
    void fallsBackToTheMainClassProperty() throws IOException {
        Path pom = pom("<properties><mainClass> myproject.App </mainClass></properties>");

        assertThat(MavenProgram.mainClass(pom)).isEqualTo("myproject.App");
    }

    @Test
    void saysWhereToNameTheMainClass() throws IOException {
        Path pom = pom("<build><plugins><plugin><artifactId>exec-maven-plugin</artifactId></plugin></plugins></build>");

        assertThatThrownBy(() -> MavenProgram.mainClass(pom))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage(pom + " names no main class: set <mainClass> in the exec-maven-plugin configuration"
                        + " or a <mainClass> property, as `pulumi new java` does");
    }

    @Test
    void namesAnUndefinedProperty() throws IOException {
        Path pom = pom("<properties><mainClass>${missing}.App</mainClass></properties>");

        assertThatThrownBy(() -> MavenProgram.mainClass(pom))
                .hasMessage(pom + ": main class '${missing}.App' uses property 'missing', which the pom does not define");
    }

    @Test
    void refusesMalformedXml() throws IOException {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project>");

        assertThatThrownBy(() -> MavenProgram.mainClass(pom)).hasMessageStartingWith(pom + " is not valid XML: ");
    }

    @Test
    void needsAPomWhenThereIsNoBinary() {
        assertThatThrownBy(() -> MavenProgram.prepare(dir, List.of(), Duration.ofSeconds(5), m -> { }))
                .hasMessage("Pulumi.yaml in " + dir + " names no 'runtime.options.binary' and there is no "
                        + "pom.xml to build the program from; set the binary to the program jar or add a Maven build");
    }

    @Test
    void reportsAFailedBuildWithItsOutput() throws IOException {
        // Packaging pom binds no compiler or resources plugin, so the build needs nothing from the local
        // repository but the dependency plugin our own build resolves: it fails on the missing dependency.
        pom("<groupId>x</groupId><artifactId>y</artifactId><version>1</version><packaging>pom</packaging>"
                + "<properties><mainClass>a.B</mainClass></properties>"
                + "<dependencies><dependency><groupId>does.not</groupId><artifactId>exist</artifactId><version>0</version></dependency></dependencies>");

        assertThatThrownBy(() -> MavenProgram.prepare(dir, List.of("-o"), Duration.ofSeconds(120), m -> { }))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessageStartingWith("the Maven build of " + dir + " failed (exit 1):")
                .hasMessageContaining("does.not:exist");
    }

    @Test
    void runsTheDependencyPluginThisProjectsBuildResolves() throws IOException {
        // The review runs the plugin by full coordinates; our pom must resolve the same version before
        // the tests run, or an offline build on a fresh machine cannot find it.
        String ours = Files.readString(Path.of("pom.xml"));
        String version = MavenProgram.DEPENDENCY_PLUGIN.substring(MavenProgram.DEPENDENCY_PLUGIN.lastIndexOf(':') + 1);

        assertThat(ours).contains("<artifactId>maven-dependency-plugin</artifactId>\n        <version>" + version + "</version>");
        assertThat(ours).contains("<phase>initialize</phase>\n            <goals><goal>properties</goal></goals>");
    }
}
