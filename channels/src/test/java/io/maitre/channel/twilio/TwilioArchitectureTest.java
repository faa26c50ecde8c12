package io.maitre.channel.twilio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TwilioArchitectureTest {

    private static final JavaClasses CHANNELS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.maitre.channel");

    @Test
    void channelNeutralTypesAndTheWebChatKnowNothingOfTwilio() {
        noClasses().that().resideInAnyPackage("io.maitre.channel", "io.maitre.channel.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.maitre.channel.twilio..", "com.twilio..")
                .check(CHANNELS);
    }

    @Test
    void theTwilioAdapterExposesItsPortsSettingsAndClientTools() {
        classes().that().resideInAPackage("io.maitre.channel.twilio").and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleNameStartingWith("Twilio").orShould().haveSimpleNameStartingWith("Sms")
                .orShould().haveSimpleName("PhoneNumbers").orShould().haveSimpleName("Speech")
                .check(CHANNELS);
    }
}
