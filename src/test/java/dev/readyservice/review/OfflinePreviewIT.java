package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.fixtures.FailingProgram;
import dev.readyservice.review.fixtures.HangingProgram;
import dev.readyservice.review.fixtures.ManyThingsProgram;
import dev.readyservice.review.fixtures.Thing;
import dev.readyservice.review.fixtures.ThingsProgram;
import dev.readyservice.review.fixtures.UnknownInvokeProgram;
import dev.readyservice.review.launch.ProgramCommand;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Launches real Pulumi Java programs against the offline engine. */
class OfflinePreviewIT {
    private static final String STACK_URN = "urn:pulumi:dev::things::pulumi:pulumi:Stack::things-dev";

    private final List<String> progress = new CopyOnWriteArrayList<>();

    static Path thingsProject() {
        try {
            return Path.of(OfflinePreviewIT.class.getResource("/review/things/Pulumi.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Preview preview(Class<?> program, Duration timeout, boolean debug) {
        OfflinePreview preview = OfflinePreview.withCommand(project ->
                ProgramCommand.mainClass(System.getProperty("java.class.path"), program.getName(), project.directory()));
        return preview.preview(new PreviewRequest(thingsProject(), "dev", timeout, debug, progress::add));
    }

    @Test
    void recordsAComponentAndItsThingsWithParentsOptionsAndInputs() {
        Preview preview = preview(ThingsProgram.class, Duration.ofSeconds(120), true);

        assertThat(preview.project()).isEqualTo("things");
        assertThat(preview.stack()).isEqualTo("dev");
        assertThat(preview.resources()).extracting(RecordedResource::urn).containsExactly(
                STACK_URN,
                "urn:pulumi:dev::things::test:index:Box::box",
                "urn:pulumi:dev::things::test:index:Box$" + Thing.TYPE + "::box-first",
                "urn:pulumi:dev::things::test:index:Box$" + Thing.TYPE + "::box-second");
        RecordedResource box = preview.resources().get(1);
        assertThat(box.custom()).isFalse();
        assertThat(box.parentUrn()).isEqualTo(STACK_URN);
        // A component's outputs are what it registered (the SDK's registerOutputs), the stack's its exports.
        assertThat(box.outputs()).isEqualTo(Map.of("first", WireValues.UNKNOWN));
        assertThat(preview.resources().get(0).outputs()).containsEntry("owner", "team-a");

        RecordedResource first = preview.resources().get(2);
        assertThat(first.custom()).isTrue();
        assertThat(first.parentUrn()).isEqualTo(box.urn());
        assertThat(first.protect()).isTrue();
        assertThat(first.version()).isEqualTo("1.2.3");
        assertThat(first.inputs()).containsEntry("size", 3.0)
                .containsEntry("tags", Map.of("owner", "team-a"))
                .containsEntry("zones", List.of("1", "2"));

        RecordedResource second = preview.resources().get(3);
        assertThat(second.protect()).isFalse();
        assertThat(second.retainOnDelete()).isTrue();
        assertThat(second.dependencies()).contains(first.urn());
        assertThat(second.propertyDependencies()).containsEntry("peerId", List.of(first.urn()));
        assertThat(WireValues.isSecret(second.inputs().get("password"))).isTrue();
        assertThat(second.inputs().get("password")).isEqualTo(Map.of(
                WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "[secret: not decrypted offline]"));
        assertThat(second.inputs().get("peerId")).isEqualTo(WireValues.UNKNOWN);

        assertThat(preview.uncheckedSecretKeys()).containsExactly("things:password");
        assertThat(progress).anyMatch(line -> line.startsWith("4 resources registered"));
    }

    @Test
    void theReadyServiceRegistersItsResolvedSpecAsOutputs() throws URISyntaxException {
        Path repo = Path.of(OfflinePreviewIT.class.getResource("/").toURI()).getParent().getParent();
        OfflinePreview offline = OfflinePreview.withCommand(project ->
                ProgramCommand.mainClass(System.getProperty("java.class.path"), "dev.readyservice.app.App", project.directory()));
        Preview preview = offline.preview(new PreviewRequest(repo, "prod", Duration.ofSeconds(180), false, progress::add));

        RecordedResource service = preview.resources().stream().filter(r -> r.type().equals("readiness:index:ReadyService"))
                .findFirst().orElseThrow();
        // AnalyzeStack sees a component's registered outputs only: the spec must be among them, sign-offs included.
        assertThat(service.outputs()).containsKeys("product", "components", "paging", "data", "signOffs", "resourceGroupName",
                "pagerDutyServices");
        for (String key : List.of("product", "components", "paging", "data", "signOffs")) {
            assertThat(service.outputs().get(key)).as(key).isEqualTo(service.inputs().get(key));
        }
        assertThat(((Map<?, ?>) service.outputs().get("signOffs")).keySet()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .contains("tech.handover");
    }

    @Test
    void failsWithTheProgramsOwnErrorWhenItThrows() {
        assertThatThrownBy(() -> preview(FailingProgram.class, Duration.ofSeconds(120), false))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.category()).isEqualTo(ReviewException.Category.PROGRAM_FAILED))
                .hasMessageStartingWith("the program exited with code 32; it reported:\nRunning program [PID: ")
                .hasMessageContaining("] failed with an unhandled exception:\njava.lang.IllegalStateException: " + FailingProgram.MESSAGE)
                .hasMessageNotContaining("-cp");
    }

    @Test
    void aFunctionNothingAnswersIsUnknownToTheProgramAndNoted() {
        Preview preview = preview(UnknownInvokeProgram.class, Duration.ofSeconds(120), false);

        assertThat(preview.assumptions()).singleElement().satisfies(a -> {
            assertThat(a.token()).isEqualTo(UnknownInvokeProgram.TOKEN);
            assertThat(a.source()).isEqualTo(Assumption.Source.UNKNOWN);
        });
        assertThat(preview.returnedUnknowns()).isTrue();
    }

    @Test
    void aProgramThatReadsAnUnknownAnswerOutsideAnApplyFailsWithAHintToPinIt() {
        assertThatThrownBy(() -> preview(UnknownInvokeProgram.Plain.class, Duration.ofSeconds(120), false))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessageStartingWith("the program exited with code ")
                .hasMessageEndingWith("The offline engine answered these unknown, as a preview of a resource not yet created would: function "
                        + UnknownInvokeProgram.TOKEN + ". A program that reads such an answer outside an apply (a ...Plain function, join())"
                        + " gets null offline; pin the answer with --invokes FILE or --stack-outputs FILE.");
    }

    @Test
    void killsTheProgramAndItsChildrenAtTheTimeout() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> preview(HangingProgram.class, Duration.ofSeconds(8), false))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.category()).isEqualTo(ReviewException.Category.PROGRAM_FAILED))
                .hasMessageStartingWith("the program timed out after 8 s and was stopped; 2 resources were registered before")
                .satisfies(e -> {
                    long childPid = Long.parseLong(e.getMessage().replaceAll("(?s).*child pid (\\d+).*", "$1"));
                    assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    void previewsFiveHundredResourcesQuickly() {
        Preview preview = preview(ManyThingsProgram.class, Duration.ofSeconds(240), false);
        // 500 things and the stack; the time is printed for the report, the bound only catches a regression.
        assertThat(preview.resources()).hasSize(501);
        // Registrations arrive concurrently, so the engine's order is arrival order, not program order.
        assertThat(preview.resources()).filteredOn(r -> r.name().equals("thing-499")).singleElement()
                .satisfies(r -> assertThat(r.inputs()).containsEntry("tags", Map.of("index", "499")));
        System.out.println("500-resource preview: program ran " + preview.programTime().toMillis() + " ms");
        assertThat(preview.programTime()).isLessThan(Duration.ofSeconds(60));
    }
}
