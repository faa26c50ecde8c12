package io.maitre.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Holds the module dependency direction of docs/architecture.md and keeps domains free of their adapters. */
class ModuleDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.maitre");
    }

    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("bot-core").definedBy("io.maitre", "io.maitre.conversation..", "io.maitre.dialogue..",
                        "io.maitre.bot..", "io.maitre.cli..", "io.maitre.twilio..", "io.maitre.staff..")
                .layer("channels").definedBy("io.maitre.channel..")
                .layer("nlp-models").definedBy("io.maitre.nlu..")
                .layer("order-engine").definedBy("io.maitre.menu..", "io.maitre.cart..", "io.maitre.order..")
                .layer("kitchen-bridge").definedBy("io.maitre.kitchen..", "io.maitre.inventory..")
                .whereLayer("bot-core").mayNotBeAccessedByAnyLayer()
                .whereLayer("channels").mayOnlyBeAccessedByLayers("bot-core")
                .whereLayer("nlp-models").mayOnlyBeAccessedByLayers("bot-core")
                .whereLayer("kitchen-bridge").mayOnlyBeAccessedByLayers("bot-core")
                .whereLayer("order-engine").mayOnlyBeAccessedByLayers("bot-core", "kitchen-bridge")
                .check(classes);
    }

    @Test
    void domainsDoNotKnowTheirAdapters() {
        noClasses().that().resideInAnyPackage("io.maitre.menu", "io.maitre.cart", "io.maitre.order",
                        "io.maitre.nlu", "io.maitre.channel", "io.maitre.conversation", "io.maitre.dialogue",
                        "io.maitre.kitchen", "io.maitre.inventory")
                .should().dependOnClassesThat().resideInAnyPackage("io.maitre..web..", "io.maitre..redis..", "io.maitre..grpc..",
                        "io.maitre..persistence..", "io.maitre..yaml..")
                .check(classes);
    }

    @Test
    void dialogueDoesNotReachIntoChannelsAdapters() {
        noClasses().that().resideInAPackage("io.maitre.dialogue..")
                .should().dependOnClassesThat().resideInAnyPackage("io.maitre.channel.web..",
                        "org.springframework.web..", "jakarta.servlet..")
                .check(classes);
    }

    /** The trainer, the sentence encoder and ONNX Runtime are nlp-training's alone: the service only loads models. */
    @ParameterizedTest
    @ValueSource(strings = {"io.maitre.nlu.ModelTrainer", "io.maitre.nlu.EmbeddingDistiller",
        "ai.onnxruntime.OrtEnvironment", "org.apache.commons.math3.linear.EigenDecomposition"})
    void theServiceCarriesNoTrainer(String trainingClass) {
        assertThatThrownBy(() -> Class.forName(trainingClass)).isInstanceOf(ClassNotFoundException.class);
    }
}
