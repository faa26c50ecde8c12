package io.maitre.nlu;

import java.util.List;

/**
 * A run of words read as one thing: a menu phrase, a quantity, a grammar phrase, an already recognized entity
 * (time, phone, ...) or an unknown word.
 *
 * @param kind what it is
 * @param from the first word
 * @param to one past the last word
 * @param senses for {@link Kind#MENU}, what the phrase can mean
 * @param number for {@link Kind#NUMBER}, the quantity
 * @param word for {@link Kind#GRAMMAR}, its role
 */
record Unit(Kind kind, int from, int to, List<Lexicon.Sense> senses, NumberPhrases.Match number, Grammar.Word word) {

    enum Kind { MENU, NUMBER, GRAMMAR, SPECIAL, OTHER }

    boolean is(Grammar.Kind grammarKind) {
        return kind == Kind.GRAMMAR && word.kind() == grammarKind;
    }

    boolean isOption() {
        return kind == Kind.MENU && senses.stream().anyMatch(s -> !s.isItem());
    }

    boolean isItem() {
        return kind == Kind.MENU && senses.stream().anyMatch(Lexicon.Sense::isItem);
    }
}
