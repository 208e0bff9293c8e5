package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.ExistingShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's existing-program example under {@code ./prr review}: the team's App Service + SQL
 * program ({@link ExistingShop}) without readiness is not ready, its web app and plan belonging to
 * no component; with the readiness lines ({@code ReadyService} over its own resources) the per-component
 * items pass, relating the app and plan through the {@code readiness:index:Monitoring} block.
 */
class ExistingProgramIT {
    @TempDir
    static Path dir;
    private static ReviewRun before;
    private static ReviewRun after;

    @BeforeAll
    static void review() throws IOException {
        before = run("before", "config:\n  azure-native:location: westeurope\n");
        after = run("after", "config:\n  azure-native:location: westeurope\n  shop:ready: \"true\"\n");
    }

    private static ReviewRun run(String name, String stackYaml) throws IOException {
        Path project = E2eProjects.fixtureProject(Files.createDirectories(dir.resolve(name)), "shop", ExistingShop.class, "qa", stackYaml);
        Path playbooks = Files.createDirectories(project.resolve("docs").resolve("playbooks"));
        try (var files = Files.list(E2eProjects.repo().resolve("docs").resolve("playbooks"))) {
            for (Path file : files.toList()) {
                Files.copy(file, playbooks.resolve(file.getFileName()));
            }
        }
        return ReviewRun.review(dir.resolve(name + "-out"), "--project-dir", project.toString(), "--stack", "qa",
                "--policy-pack", E2eProjects.pack().toString(), "--policy-config", E2eProjects.repo().resolve("policy/config/qa.json").toString(),
                "--format", "json");
    }

    @Test
    void print() {
        System.out.println("BEFORE " + before.exitCode() + " " + before.statuses());
        System.out.println("AFTER " + after.exitCode() + " " + after.statuses());
        for (JsonNode item : after.json().get("items")) {
            for (JsonNode f : item.get("findings")) {
                System.out.println("AFTER FINDING " + item.get("id").asText() + " " + f.get("policy").asText() + ": " + f.get("message").asText());
            }
        }
        System.out.println("AFTER NOTASSESSED " + after.json().get("notAssessed") + " VERDICT " + after.json().get("verdict"));
        System.out.println(after);
    }
}
