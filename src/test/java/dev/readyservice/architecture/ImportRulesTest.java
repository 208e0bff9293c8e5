package dev.readyservice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.readyservice.architecture.ImportRule.classesIn;
import static dev.readyservice.architecture.ImportRule.classesOutside;
import static dev.readyservice.architecture.ImportRule.theClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the import rules of DESIGN.md, so each part can be lifted out alone. */
class ImportRulesTest {
    private static final String ROOT = "dev.readyservice";
    private static final JavaClasses CLASSES = MainClasses.in(ROOT);

    @Test
    void integrationPackagesNeverImportEachOtherOrOurOtherParts() {
        for (String pkg : new String[] {"azure", "datadog", "pagerduty"}) {
            classesIn(parts(pkg)).useNothingIn(others(pkg, "azure", "datadog", "pagerduty",
                    "component", "app", "review", "analyzer", "evidence", "report", "cli")).check(CLASSES);
        }
    }

    /** The shared model (kinds, alert classes, SLO maths, stack paths) is imported by every part and imports none. */
    @Test
    void theSharedModelImportsNoOtherPart() {
        MainClasses.importsNoOtherPartButTheSharedModel(ROOT + ".model").check(CLASSES);
        classesIn(parts("model")).useNothingIn("com.pulumi..", "pulumirpc..", "io.grpc..").check(CLASSES);
    }

    @Test
    void reviewAnalyzerAndReportKnowNothingOfTheComponentOrTheClouds() {
        classesIn(parts("review", "analyzer", "evidence", "report"))
                .useNothingIn(with(parts("component", "azure", "datadog", "pagerduty", "app"), "com.pulumi.azurenative..")).check(CLASSES);
    }

    @Test
    void theReviewEngineKnowsNothingOfThePackOrTheReport() {
        classesIn(parts("review")).useNothingIn(parts("analyzer", "evidence", "report", "cli")).check(CLASSES);
    }

    /**
     * The report's three parts: {@code evidence} reads the project's own artefacts and knows
     * nothing of the report; {@code report.rules} decides the items from them; the report model and
     * its renderers ({@code report}, {@code report.handover}) only show what was decided.
     */
    @Test
    void evidenceKnowsNothingOfTheReportAndTheRenderersNothingOfTheRules() {
        classesIn(parts("evidence")).useNothingIn(parts("report", "pipeline", "cli")).check(CLASSES);
        classesIn(ROOT + ".report", ROOT + ".report.handover..").useNothingIn(parts("report.rules", "evidence")).check(CLASSES);
    }

    /**
     * Only {@code report.rules} reads a preview: the handover facts and the product view travel inside
     * {@code PrrReport}, so the renderers never see a preview's resources nor read inputs by type token.
     */
    @Test
    void theRenderersReadOnlyTheReportNeverThePreview() {
        noClasses().that().resideInAnyPackage(ROOT + ".report", ROOT + ".report.handover..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".review.Preview")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".review.RecordedResource")
                .check(CLASSES);
    }

    /** Two file cycles issue 16 broke stay broken: the product view and the report, the item rules and the QA rule. */
    @Test
    void theProductViewDoesNotNeedTheReportNorTheQaRuleTheItemRules() {
        theClass(ROOT + ".report.ProductView").useNoClass(ROOT + ".report.PrrReport").check(CLASSES);
        theClass(ROOT + ".report.rules.QaEnvironmentRule").useNoClass(ROOT + ".report.rules.ItemRules").check(CLASSES);
    }

    @Test
    void theComponentKnowsNothingOfTheReview() {
        classesIn(parts("component", "app")).useNothingIn(parts("review", "analyzer", "evidence", "report", "cli")).check(CLASSES);
    }

    @Test
    void onlyTheEngineServesTheResourceMonitorAndOnlyTheAnalyzerClientCallsThePack() {
        classesOutside(parts("review")).useNothingNamed("pulumirpc\\.(ResourceMonitorGrpc|EngineGrpc).*").check(CLASSES);
        classesOutside(parts("analyzer")).useNothingNamed("pulumirpc\\.AnalyzerGrpc.*").check(CLASSES);
    }

    /**
     * The real-CLI runner (review.realengine) runs {@code pulumi preview} and nothing else: it never
     * reaches for the offline engine, its model or its project loading (the real CLI reads the project
     * itself), and only the pipeline, the command line and the bench use it.
     */
    @Test
    void theRealEngineRunnerStandsApartFromTheOfflineEngine() {
        classesIn(parts("review.realengine"))
                .useNothingIn(with(parts("review.engine", "review.outputs", "review.project"), "pulumirpc..", "io.grpc..")).check(CLASSES);
        classesOutside(parts("review.realengine", "pipeline", "cli", "bench")).useNothingIn(parts("review.realengine")).check(CLASSES);
    }

    /**
     * The stand-in providers (dev.readyservice.standin) exist for running the real engine without the
     * cloud: no part of the review, the component or the integrations may use them, they may use
     * nothing but the review's engine model (which they are to share), and only they serve the
     * ResourceProvider protocol. The command line and the bench may start them.
     */
    @Test
    void standInProvidersStayOutOfTheReviewAndServeTheProviderProtocolAlone() {
        classesIn(parts("review", "analyzer", "evidence", "report", "pipeline", "component", "app", "azure", "datadog", "pagerduty"))
                .useNothingIn(parts("standin")).check(CLASSES);
        classesIn(parts("standin")).useNothingIn(parts("analyzer", "evidence", "report", "pipeline", "cli", "bench", "deploy",
                "component", "app", "azure", "datadog", "pagerduty")).check(CLASSES);
        classesOutside(parts("standin")).useNothingNamed("pulumirpc\\.ResourceProviderGrpc.*").check(CLASSES);
    }

    /**
     * The bench is tooling, kept out of the production jar (its own jar, ProductJarIT): nothing of the
     * product may use it, or the product would fail where the bench's jar is absent. {@code prr} names
     * its command as a string and offers it only when the class is there.
     */
    @Test
    void theProductNeverUsesTheBench() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".bench..").and().doNotHaveFullyQualifiedName(ROOT + ".cli.BenchCommand")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".bench..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".cli.BenchCommand")
                .check(CLASSES);
    }

    /** @return the patterns of our packages {@code names} and those below them, e.g. {@code review} for {@code dev.readyservice.review..} */
    private static String[] parts(String... names) {
        return Arrays.stream(names).map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }

    private static String[] others(String self, String... all) {
        return parts(Arrays.stream(all).filter(p -> !p.equals(self)).toArray(String[]::new));
    }

    private static String[] with(String[] packages, String... more) {
        return Stream.concat(Arrays.stream(packages), Arrays.stream(more)).toArray(String[]::new);
    }
}
