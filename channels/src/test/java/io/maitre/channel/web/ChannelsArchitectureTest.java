package io.maitre.channel.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChannelsArchitectureTest {

    private static final JavaClasses CHANNELS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.maitre.channel");

    @Test
    void channelNeutralTypesKnowNoAdapter() {
        noClasses().that().resideInAPackage("io.maitre.channel")
                .should().dependOnClassesThat().resideInAPackage("io.maitre.channel.web..")
                .check(CHANNELS);
    }

    @Test
    void channelsDependOnNoOtherMaitreModule() {
        noClasses().that().resideInAPackage("io.maitre.channel..")
                .should().dependOnClassesThat(resideInAPackage("io.maitre..")
                        .and(resideOutsideOfPackage("io.maitre.channel..")))
                .check(CHANNELS);
    }

    @Test
    void theWebAdapterExposesOnlyWhatTheApplicationNeeds() {
        classes().that().resideInAPackage("io.maitre.channel.web").and().arePublic()
                .should().haveSimpleName("WebChatProperties").orShould().haveSimpleName("WebConversationPush")
                .check(CHANNELS);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CHANNELS);
    }
}
