package io.maitre.bot;

import io.maitre.menu.MenuCatalog;
import io.maitre.nlu.ExternalIntentSource;
import io.maitre.nlu.Interpreter;
import io.maitre.nlu.UnderstandingPipeline;
import io.maitre.nlu.corenlp.CoreNlpAnalyzer;
import io.maitre.nlu.corenlp.CoreNlpEnricher;
import io.maitre.nlu.dialogflow.DialogflowIntents;
import io.maitre.nlu.dialogflow.DialogflowSettings;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Wires the understanding pipeline to the order engine's menus: the local rules, classifier and name
 * finder always; CoreNLP for times and sentiment once its models have loaded in the background; and
 * Dialogflow when {@code maitre.nlu.dialogflow.enabled} is true.
 */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    static final String DIALOGFLOW = "maitre.nlu.dialogflow";

    @Bean
    MenuVocabularies menuVocabularies(MenuCatalog catalog) {
        return new MenuVocabularies(catalog);
    }

    @Bean
    CoreNlpAnalyzer coreNlpAnalyzer() {
        return new CoreNlpAnalyzer();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = DIALOGFLOW + ".enabled", havingValue = "true")
    DialogflowIntents dialogflowIntents(Environment environment) {
        DialogflowSettings settings = Binder.get(environment).bind(DIALOGFLOW, DialogflowSettings.class)
                .orElseGet(DialogflowSettings::disabled);
        return DialogflowIntents.create(settings);
    }

    @Bean
    Interpreter interpreter(MenuVocabularies vocabularies, ObjectProvider<DialogflowIntents> dialogflow,
            CoreNlpAnalyzer coreNlp) {
        ExternalIntentSource external = dialogflow.getIfAvailable();
        return new UnderstandingPipeline(vocabularies, external == null ? ExternalIntentSource.NONE : external,
                List.of(new CoreNlpEnricher(coreNlp)));
    }

    /** CoreNLP's models take seconds to load: after start-up, in the background; turns skip it until then. */
    @EventListener(ApplicationReadyEvent.class)
    void loadLanguageModels(ApplicationReadyEvent ready) {
        CoreNlpAnalyzer analyzer = ready.getApplicationContext().getBean(CoreNlpAnalyzer.class);
        analyzer.loadInBackground();
        analyzer.loadSentimentInBackground();
    }
}
