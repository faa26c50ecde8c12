package io.maitre;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of order-engine: menu ← cart ← order, adapters outside the domain. */
@AnalyzeClasses(packages = "io.maitre", importOptions = ImportOption.DoNotIncludeTests.class)
class OrderEngineArchitectureTest {

    @ArchTest
    static final ArchRule menuKnowsNothingOfCartsOrOrders = noClasses()
            .that().resideInAPackage("io.maitre.menu..")
            .should().dependOnClassesThat().resideInAnyPackage("io.maitre.cart..", "io.maitre.order..");

    @ArchTest
    static final ArchRule cartKnowsNothingOfOrders = noClasses()
            .that().resideInAPackage("io.maitre.cart..")
            .should().dependOnClassesThat().resideInAPackage("io.maitre.order..");

    @ArchTest
    static final ArchRule cartIsPlainJava = noClasses()
            .that().resideInAnyPackage("io.maitre.cart..", "io.maitre.menu")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule nothingUsesTheYamlAdapterDirectly = noClasses()
            .that().resideOutsideOfPackage("io.maitre.menu.yaml..")
            .should().dependOnClassesThat().resideInAPackage("io.maitre.menu.yaml..");
}
