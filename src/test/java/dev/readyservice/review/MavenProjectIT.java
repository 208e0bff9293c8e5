package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews a Pulumi project built from source with Maven, as {@code pulumi new java} lays it out. */
class MavenProjectIT {

    @Test
    void compilesTheProjectAndRunsTheMainClassFromThePom(@TempDir Path work) throws Exception {
        Path project = copy(Path.of(MavenProjectIT.class.getResource("/review/maven-project/Pulumi.yaml").toURI()).getParent(), work);
        List<String> progress = new CopyOnWriteArrayList<>();

        Preview preview = OfflinePreview.withMavenArgs(List.of("-o"))
                .preview(new PreviewRequest(project, "dev", Duration.ofSeconds(280), false, progress::add));

        assertThat(preview.resources()).extracting(RecordedResource::urn).containsExactly(
                "urn:pulumi:dev::maven-things::pulumi:pulumi:Stack::maven-things-dev",
                "urn:pulumi:dev::maven-things::example:index:Greeter::greeter-hello");
        assertThat(progress.get(0)).startsWith("Compiling the program with Maven (mvn -q -o compile org.apache.maven.plugins:maven-dependency-plugin:3.7.1:build-classpath");
        assertThat(progress).anyMatch(line -> line.startsWith("Starting program maven-things (stack dev)"));
    }

    private static Path copy(Path from, Path to) throws URISyntaxException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).filter(f -> !from.relativize(f).startsWith("target")).forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
