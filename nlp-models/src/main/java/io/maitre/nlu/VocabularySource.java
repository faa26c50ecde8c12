package io.maitre.nlu;

import java.util.Optional;

/** Where the interpreter gets each outlet's menu words; bot-core implements it from the menu catalog. */
@FunctionalInterface
public interface VocabularySource {

    Optional<MenuVocabulary> vocabulary(String outletId);
}
