package io.maitre.bot;

import io.maitre.menu.MenuCatalog;
import io.maitre.nlu.CatalogInterpreter;
import io.maitre.nlu.Interpreter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the understanding pipeline to the order engine's menus. */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    @Bean
    MenuVocabularies menuVocabularies(MenuCatalog catalog) {
        return new MenuVocabularies(catalog);
    }

    @Bean
    Interpreter interpreter(MenuVocabularies vocabularies) {
        return new CatalogInterpreter(vocabularies);
    }
}
