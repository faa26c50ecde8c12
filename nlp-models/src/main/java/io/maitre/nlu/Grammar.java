package io.maitre.nlu;

import java.util.HashSet;
import java.util.Set;

/**
 * The function words and phrases that shape an order: negation ("no", "hold the", "don't want"), amounts
 * ("extra", "a lot of", "light on the"), joins ("with", "and", "but") and the like.
 */
final class Grammar {

    enum Kind {
        /** "no", "without", "hold the", "remove": what follows is left off or taken away. */
        NEGATION,
        /** "extra", "light on": how much of the next option. */
        AMOUNT,
        /** "with", "plus", "also": adds to the item; ends a negation. */
        WITH,
        /** "and", "or": joins two of a kind; a negation carries over it. */
        AND,
        /** "but", "though": turns; ends a negation. */
        BUT,
        /** "please", "thanks": ends a negation. */
        POLITE,
        /** "want", "add", "put": asks for something; ends a negation. */
        VERB,
        /** "the", "it", "those": refers to something named before. */
        DETERMINER,
        /** "in", "on": "in a can", "on a thin crust" — the article after it is no quantity. */
        PLACE,
        /** "topping", "item": "a two topping pizza" — the number before it is no quantity. */
        COUNTED,
        /** "instead of", "rather than": the item after it is the one being replaced. */
        INSTEAD,
        /** "off", "out" closing "take the onions off": the options since "take" are left off. */
        OFF
    }

    /**
     * What a grammar phrase does.
     *
     * @param kind its role
     * @param amount for {@link Kind#AMOUNT}: extra or light
     */
    record Word(Kind kind, Qualifier amount) {
    }

    static final PhraseTable<Word> TABLE;

    static {
        PhraseTable.Builder<Word> b = PhraseTable.builder();
        Word neg = new Word(Kind.NEGATION, null);
        for (String p : new String[] {"no", "not", "without", "with no", "with out", "hold", "hold the", "hold on",
            "hold on the", "avoid", "skip", "skip the", "leave off", "leave off the", "leave out", "leave out the",
            "leave the", "minus", "minus the", "no more", "none of", "dont want", "do not want", "dont need",
            "do not need", "wont need", "will not need", "dont put", "do not put", "dont add", "do not add",
            "dont include", "do not include", "dont give", "do not give", "dont like", "do not like",
            "without adding", "without any", "without the", "not want", "remove", "remove the", "take off",
            "take off the", "take out the", "get rid of", "get rid of the", "delete", "drop the", "cancel",
            "cancel the", "lose the", "scratch the", "exclude", "excluding", "except", "except for", "no need for",
            "nix", "nix the", "hate", "allergic to"}) {
            b.add(p, neg);
        }
        Word extra = new Word(Kind.AMOUNT, Qualifier.EXTRA);
        for (String p : new String[] {"extra", "lots of", "lots", "a lot of", "a whole lot of", "a bunch of",
            "a whole bunch of", "heavy on", "heavy on the", "go heavy on", "go heavy on the", "more", "double",
            "triple", "additional", "plenty of", "loads of", "load it up with", "loaded with", "plus extra",
            "a ton of", "tons of", "generous", "a generous amount of", "heavy"}) {
            b.add(p, extra);
        }
        Word light = new Word(Kind.AMOUNT, Qualifier.LIGHT);
        for (String p : new String[] {"light", "light on", "light on the", "go light on", "go light on the",
            "easy on", "easy on the", "go easy on", "go easy on the", "little", "a little", "a little bit",
            "a little bit of", "a bit of", "just a bit", "just a bit of", "just a little", "only a little",
            "only a bit", "a tiny bit of", "a drizzle of", "a drizzle", "just a drizzle of", "only a drizzle of",
            "no more than a drizzle of", "not much", "not a lot of", "not a lot", "not too much", "not many",
            "less", "a touch of", "a dash of", "lightly", "a sprinkle of", "a sprinkling of", "a small amount of",
            "just a touch of", "half the"}) {
            b.add(p, light);
        }
        add(b, Kind.WITH, "with", "along with", "together with", "including", "plus", "also", "and also",
            "and with", "topped with", "as well", "but with", "and then", "then");
        add(b, Kind.AND, "and", "or", "as well as", "n");
        add(b, Kind.BUT, "but", "though", "however", "although");
        add(b, Kind.POLITE, "please", "thanks", "thank you", "thank", "cheers");
        add(b, Kind.VERB, "want", "like", "need", "have", "get", "take", "try", "add", "adding", "put", "include",
            "love", "prefer", "give", "order", "make it", "make them", "make that", "make sure", "do", "go with",
            "go for", "can", "could", "would", "will", "may", "let me", "id", "ill", "im");
        add(b, Kind.DETERMINER, "the", "that", "this", "those", "these", "it", "them", "my", "your", "all", "both",
            "each", "same", "some", "any", "of", "its", "their", "of them", "of those", "all of", "all of them");
        add(b, Kind.PLACE, "in", "inside", "into", "on", "on top of");
        add(b, Kind.COUNTED, "topping", "toppings", "item", "items", "ingredient", "ingredients", "flavor",
            "flavors", "kinds", "types", "slices", "slice", "people", "persons", "person", "guests", "kids",
            "adults", "of us", "minutes", "min", "hour", "dollars", "bucks", "percent", "inch", "inches");
        add(b, Kind.INSTEAD, "instead of", "rather than", "in place of", "in stead of");
        add(b, Kind.OFF, "off", "out", "off of it", "off it", "out of it");
        TABLE = b.build();
    }

    private Grammar() {
    }

    private static void add(PhraseTable.Builder<Word> b, Kind kind, String... phrases) {
        Word word = new Word(kind, null);
        for (String p : phrases) {
            b.add(p, word);
        }
    }

    /** Every word the grammar uses; such words are never taken for typos of menu words. */
    static Set<String> words() {
        Set<String> words = new HashSet<>();
        TABLE.forEachWord(words::add);
        return words;
    }
}
