package dev.readyservice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Holds the import rules of DESIGN.md, so each part can be lifted out alone. */
class ImportRulesTest {
    private static final String ROOT = "dev.readyservice";
    private static final JavaClasses CLASSES = MainClasses.in(ROOT);

    @Test
    void integrationPackagesNeverImportEachOtherOrOurOtherParts() {
        for (String pkg : new String[] {"azure", "datadog", "pagerduty"}) {
            noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others(pkg, "azure", "datadog", "pagerduty",
                            "component", "app", "review", "analyzer", "evidence", "report", "cli"))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    /** The shared model (kinds, alert classes, SLO maths, stack paths) is imported by every part and imports none. */
    @Test
    void theSharedModelImportsNoOtherPart() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in another dev.readyservice package",
                        c -> c.getPackageName().startsWith(ROOT + ".") && !c.getPackageName().startsWith(ROOT + ".model")))
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pulumi..", "pulumirpc..", "io.grpc..")
                .check(CLASSES);
    }

    @Test
    void reviewAnalyzerAndReportKnowNothingOfTheComponentOrTheClouds() {
        noClasses().that().resideInAnyPackage(ROOT + ".review..", ROOT + ".analyzer..", ROOT + ".evidence..", ROOT + ".report..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".component..", ROOT + ".azure..",
                        ROOT + ".datadog..", ROOT + ".pagerduty..", ROOT + ".app..", "com.pulumi.azurenative..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theReviewEngineKnowsNothingOfThePackOrTheReport() {
        noClasses().that().resideInAPackage(ROOT + ".review..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".analyzer..", ROOT + ".evidence..", ROOT + ".report..", ROOT + ".cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * The report's three parts: {@code evidence} reads the project's own artefacts and knows
     * nothing of the report; {@code report.rules} decides the items from them; the report model and
     * its renderers ({@code report}, {@code report.handover}) only show what was decided.
     */
    @Test
    void evidenceKnowsNothingOfTheReportAndTheRenderersNothingOfTheRules() {
        noClasses().that().resideInAPackage(ROOT + ".evidence..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".report..", ROOT + ".pipeline..", ROOT + ".cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAnyPackage(ROOT + ".report", ROOT + ".report.handover..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".report.rules..", ROOT + ".evidence..")
                .allowEmptyShould(true)
                .check(CLASSES);
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
        noClasses().that().haveFullyQualifiedName(ROOT + ".report.ProductView")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".report.PrrReport")
                .check(CLASSES);
        noClasses().that().haveFullyQualifiedName(ROOT + ".report.rules.QaEnvironmentRule")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".report.rules.ItemRules")
                .check(CLASSES);
    }

    @Test
    void theComponentKnowsNothingOfTheReview() {
        noClasses().that().resideInAnyPackage(ROOT + ".component..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".review..", ROOT + ".analyzer..", ROOT + ".evidence..", ROOT + ".report..",
                        ROOT + ".cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineServesTheResourceMonitorAndOnlyTheAnalyzerClientCallsThePack() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".review..")
                .should().dependOnClassesThat().haveNameMatching("pulumirpc\\.(ResourceMonitorGrpc|EngineGrpc).*")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage(ROOT + ".analyzer..")
                .should().dependOnClassesThat().haveNameMatching("pulumirpc\\.AnalyzerGrpc.*")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * The real-CLI runner (review.realengine) runs {@code pulumi preview} and nothing else: it never
     * reaches for the offline engine, its model or its project loading (the real CLI reads the project
     * itself), and only the pipeline, the command line and the bench use it.
     */
    @Test
    void theRealEngineRunnerStandsApartFromTheOfflineEngine() {
        noClasses().that().resideInAPackage(ROOT + ".review.realengine..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".review.engine..", ROOT + ".review.outputs..",
                        ROOT + ".review.project..", "pulumirpc..", "io.grpc..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages(ROOT + ".review.realengine..", ROOT + ".pipeline..", ROOT + ".cli..", ROOT + ".bench..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".review.realengine..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /**
     * The stand-in providers (dev.readyservice.standin) exist for running the real engine without the
     * cloud: no part of the review, the component or the integrations may use them, they may use
     * nothing but the review's engine model (which they are to share), and only they serve the
     * ResourceProvider protocol. The command line and the bench may start them.
     */
    @Test
    void standInProvidersStayOutOfTheReviewAndServeTheProviderProtocolAlone() {
        noClasses().that().resideInAnyPackage(ROOT + ".review..", ROOT + ".analyzer..", ROOT + ".evidence..", ROOT + ".report..", ROOT + ".pipeline..",
                        ROOT + ".component..", ROOT + ".app..", ROOT + ".azure..", ROOT + ".datadog..", ROOT + ".pagerduty..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".standin..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".standin..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".analyzer..", ROOT + ".evidence..", ROOT + ".report..", ROOT + ".pipeline..",
                        ROOT + ".cli..", ROOT + ".bench..", ROOT + ".deploy..", ROOT + ".component..", ROOT + ".app..", ROOT + ".azure..",
                        ROOT + ".datadog..", ROOT + ".pagerduty..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage(ROOT + ".standin..")
                .should().dependOnClassesThat().haveNameMatching("pulumirpc\\.ResourceProviderGrpc.*")
                .allowEmptyShould(true)
                .check(CLASSES);
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

    private static String[] others(String self, String... all) {
        return java.util.Arrays.stream(all).filter(p -> !p.equals(self)).map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    }
}
