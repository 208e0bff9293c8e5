package dev.readyservice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;

/**
 * The one shape of our import rules (DESIGN.md): the classes in, or outside, some packages use no
 * class of some others. Package names are ArchUnit patterns ({@code dev.readyservice.review..} is
 * the package and those below it). A rule whose classes match nothing fails (ArchUnit's default),
 * so a misspelt package cannot pass unnoticed.
 */
public final class ImportRule {
    private final GivenClassesConjunction classes;

    private ImportRule(GivenClassesConjunction classes) {
        this.classes = classes;
    }

    /** @return the rule's subject: classes in any of {@code packages} */
    public static ImportRule classesIn(String... packages) {
        return new ImportRule(noClasses().that().resideInAnyPackage(packages));
    }

    /** @return the rule's subject: classes in none of {@code packages} */
    public static ImportRule classesOutside(String... packages) {
        return new ImportRule(noClasses().that().resideOutsideOfPackages(packages));
    }

    /** @return the rule's subject: the class of this fully qualified name */
    public static ImportRule theClass(String name) {
        return new ImportRule(noClasses().that().haveFullyQualifiedName(name));
    }

    /** @return the rule that the subject uses no class in any of {@code packages} */
    public ArchRule useNothingIn(String... packages) {
        return classes.should().dependOnClassesThat().resideInAnyPackage(packages);
    }

    /** @return the rule that the subject does not use the class of this fully qualified name */
    public ArchRule useNoClass(String name) {
        return classes.should().dependOnClassesThat().haveFullyQualifiedName(name);
    }

    /** @return the rule that the subject uses no class whose fully qualified name matches {@code regex} */
    public ArchRule useNothingNamed(String regex) {
        return classes.should().dependOnClassesThat().haveNameMatching(regex);
    }
}
