package io.maitre.kitchen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kitchen bridge's inner dependencies point one way, and the reference peers stand alone. */
@AnalyzeClasses(packages = {"io.maitre.kitchen", "io.maitre.inventory"}, importOptions = ImportOption.DoNotIncludeTests.class)
class KitchenBridgeArchitectureTest {

    @ArchTest
    static final ArchRule inventoryKnowsNothingOfTheKitchen = noClasses().that().resideInAPackage("io.maitre.inventory..")
            .should().dependOnClassesThat().resideInAPackage("io.maitre.kitchen..");

    @ArchTest
    static final ArchRule theKitchenCoreDoesNotReachIntoItsAdapters = noClasses().that().resideInAPackage("io.maitre.kitchen")
            .should().dependOnClassesThat().resideInAnyPackage("io.maitre.kitchen.grpc..", "io.maitre.kitchen.terminal..");

    @ArchTest
    static final ArchRule theTerminalSpeaksOnlyTheContract = noClasses().that().resideInAPackage("io.maitre.kitchen.terminal..")
            .should().dependOnClassesThat().resideInAnyPackage("io.maitre.kitchen", "io.maitre.order..", "io.maitre.menu..",
                    "io.maitre.inventory..", "org.springframework..");

    @ArchTest
    static final ArchRule theReferenceInventoryStandsAlone = noClasses().that()
            .resideInAPackage("io.maitre.inventory.reference..")
            .should().dependOnClassesThat().resideInAnyPackage("io.maitre.inventory", "io.maitre.order..", "io.maitre.menu..",
                    "org.springframework..");
}
