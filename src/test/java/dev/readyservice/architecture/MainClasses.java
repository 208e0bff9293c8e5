package dev.readyservice.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The main (not test) classes the architecture tests check, and the rules several of them share. */
public final class MainClasses {
    private MainClasses() {
    }

    /** Our main classes in {@code pkg} and the packages below it. */
    public static JavaClasses in(String pkg) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pkg);
    }

    /**
     * DESIGN.md: an integration package ({@code dev.readyservice.datadog}, {@code .pagerduty}) imports no
     * other of our packages but the shared model; callers pass plain values in.
     */
    public static ArchRule importsNoOtherPartButTheSharedModel(String pkg) {
        return noClasses().that().resideInAPackage(pkg + "..")
                .should().dependOnClassesThat(resideInAPackage("dev.readyservice..")
                        .and(resideOutsideOfPackage(pkg + ".."))
                        .and(resideOutsideOfPackage("dev.readyservice.model")));
    }
}
