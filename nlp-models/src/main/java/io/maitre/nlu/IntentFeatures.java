package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * What the intent classifier reads of an utterance, as OpenNLP bag-of-words tokens:
 * <ul>
 *   <li>the normalized words, with what the catalog reading and the name finder recognized replaced by class
 *       tokens ({@code _item_}, {@code _size_}, {@code _option_}, {@code _number_}, {@code _time_},
 *       {@code _name_}, ...), so a model trained on one menu's words reads any outlet's menu the same way, and a
 *       dish the menu lacks like one it has; qualifiers and pickup or delivery words stay words;</li>
 *   <li>word pairs ({@code can|i}), the first and last word ({@code ^can}, {@code order$}), and the first and
 *       last word without the courtesies around the point ({@code ^^no} and {@code me$$} for "no, not for me,
 *       thanks");</li>
 *   <li>each word's English Snowball stem ({@code s:cancel} for "cancelled") and the word classes of
 *       {@code corpus/word-classes.tsv} it belongs to ({@code w:cancel} for "scrap"), so that a word the corpus
 *       lacks reads like the corpus words of the same meaning;</li>
 *   <li>for texted spelling, each word with repeated letters squeezed ({@code sq:helo} for "helloo") and its
 *       letter triples ({@code c:<he}, {@code c:hel}, ...), and texting shorthand read as the words it stands for
 *       ({@link Texting}: "ofc" as "of course"), also when its letters are drawn out ("nahh", "tyyy");</li>
 *   <li>a word texted without its vowels that the corpus lacks read as the corpus word with the same consonants
 *       ("cncl" as "cancel", "rmv" as "remove"), and each word's consonant skeleton ({@code k:cncl});</li>
 *   <li>the intent the rules decided ({@code rule:order.add}), so the classifier learns when to follow them.</li>
 * </ul>
 */
final class IntentFeatures {

    /** The word classes, under {@code io/maitre/nlu/}: hand-written, not trained. */
    static final String WORD_CLASSES = "corpus/word-classes.tsv";

    private static final Set<String> KEPT_AS_WORDS = Set.of("qualifier", "fulfillment", "scope");
    private static final Set<String> OWN_CLASS = Set.of("item", "size", "time", "phone", "address", "name");
    private static final Map<String, String> UNKNOWN_CLASS = Map.of("unknown_item", "_item_", "unknown_topping",
        "_option_");
    private static final Set<String> TEXTED_BEFORE = Set.of("me", "you", "u", "my", "your", "ur", "us", "the",
        "this", "that", "now", "pickup", "delivery", "collection", "here", "there");
    private static final Set<String> COURTESY = Set.of("hi", "hello", "hey", "thanks", "thank", "you", "please",
        "cheers", "mate", "ta", "then", "guys", "love", "buddy", "pal", "sir", "maam", "again", "much", "lot");
    private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal.withInitial(
        () -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    private final Spelling spelling;

    /** Features that read texted words by this vocabulary. */
    IntentFeatures(Spelling spelling) {
        this.spelling = spelling;
    }

    /** The classifier's tokens for a text as the rules and the name finder read it. */
    String[] of(String text, Interpretation rules) {
        String[] words = words(text, rules.entities());
        List<String> features = new ArrayList<>(words.length * 8 + 4);
        for (String w : words) {
            features.add(w);
        }
        for (int i = 0; i + 1 < words.length; i++) {
            features.add(words[i] + "|" + words[i + 1]);
        }
        if (words.length > 0) {
            features.add("^" + words[0]);
            features.add(words[words.length - 1] + "$");
            core(words, features);
        }
        for (String w : words) {
            if (!w.startsWith("_")) {
                spellings(w, features);
            }
        }
        features.add("rule:" + rules.intent().id());
        return features.toArray(String[]::new);
    }

    /**
     * The first and last word of the message's core, without the courtesies around it ("hi", "thanks", "mate"),
     * when they differ from the message's: "no, thank you" then also ends like "no".
     */
    private static void core(String[] words, List<String> features) {
        int from = 0;
        int to = words.length;
        while (from < to && COURTESY.contains(words[from])) {
            from++;
        }
        while (to > from && COURTESY.contains(words[to - 1])) {
            to--;
        }
        if (to > from && (from > 0 || to < words.length)) {
            features.add("^^" + words[from]);
            features.add(words[to - 1] + "$$");
        }
    }

    /** The English Snowball stem of a word. */
    static String stem(String word) {
        return STEMMER.get().stem(word).toString();
    }

    /** The squeezed word and its letter triples, with {@code <} and {@code >} marking its ends. */
    private static void spellings(String word, List<String> features) {
        String squeezed = squeeze(word);
        features.add("sq:" + squeezed);
        String stem = stem(word);
        if (!stem.equals(word)) {
            features.add("s:" + stem);
        }
        for (String wordClass : WordClasses.of(stem)) {
            features.add("w:" + wordClass);
        }
        if (squeezed.length() >= 3) {
            features.add("k:" + skeleton(squeezed));
        }
        if (squeezed.length() < 3) {
            return;
        }
        features.add("p:" + squeezed.substring(0, 3));
        String marked = "<" + squeezed + ">";
        for (int i = 0; i + 3 <= marked.length(); i++) {
            features.add("c:" + marked.substring(i, i + 3));
        }
    }

    /** The first letter and the consonants after it, repeats squeezed: "cancel" and "cncl" both read "cncl". */
    static String skeleton(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && "aeiou'".indexOf(c) >= 0) {
                continue;
            }
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String squeeze(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                b.append(word.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * The words of a text with recognized entities as class tokens.
     *
     * @param entities in text order, as in {@link Interpretation#entities()}
     */
    String[] words(String text, List<Entity> entities) {
        Tokens tokens = TextNormalizer.tokenize(text);
        List<String> words = new ArrayList<>(tokens.size());
        int e = 0;
        Entity last = null;
        List<Token> list = tokens.list();
        for (int t = 0; t < list.size(); t++) {
            Token token = list.get(t);
            while (e < entities.size() && entities.get(e).end() <= token.start()) {
                e++;
            }
            Entity covering = null;
            for (int k = e; k < entities.size() && entities.get(k).start() < token.end(); k++) {
                if (entities.get(k).start() <= token.start() && token.end() <= entities.get(k).end()) {
                    covering = entities.get(k);
                    break;
                }
            }
            String preposition = covering == null || covering.type().equals("number")
                ? texted(token.norm(), t + 1 < list.size() ? list.get(t + 1).norm() : "") : null;
            String word = preposition != null ? preposition : word(covering, token.norm());
            if (covering == null || covering != last || !word.startsWith("_")) {
                for (String w : word.split(" ")) {
                    words.add(w);
                }
            }
            last = covering;
        }
        return words.toArray(String[]::new);
    }

    /** "4" and "2" texted for "for" and "to" before a pronoun or determiner ("4 me", "2 my place"); else null. */
    private static String texted(String norm, String next) {
        if (!TEXTED_BEFORE.contains(next)) {
            return null;
        }
        return norm.equals("4") ? "for" : norm.equals("2") ? "to" : null;
    }

    /** The class token of the entity covering the word, or the word itself. */
    private String word(Entity covering, String norm) {
        if (covering == null || KEPT_AS_WORDS.contains(covering.type()) || covering.type().equals("number")) {
            String[] shorthand = Texting.words(norm);
            if (shorthand == null) {
                shorthand = Texting.words(squeeze(norm));
            }
            if (shorthand == null) {
                return Spelling.isNumber(norm) ? "_number_" : spelling.out(norm);
            }
            for (int i = 0; i < shorthand.length; i++) {
                shorthand[i] = spelling.out(shorthand[i]);
            }
            return String.join(" ", shorthand);
        }
        if (OWN_CLASS.contains(covering.type())) {
            return "_" + covering.type() + "_";
        }
        String unknown = UNKNOWN_CLASS.get(covering.type());
        if (unknown != null) {
            return unknown;
        }
        return "_option_";
    }

    /** The word classes of {@code corpus/word-classes.tsv}, by the stems of their words. */
    private static final class WordClasses {

        private static final Map<String, List<String>> BY_STEM = new java.util.HashMap<>();

        static {
            for (String line : Corpus.lines(WORD_CLASSES)) {
                int tab = line.indexOf('\t');
                String wordClass = line.substring(0, tab);
                for (String word : line.substring(tab + 1).trim().split(" +")) {
                    List<String> classes = BY_STEM.computeIfAbsent(stem(word), k -> new ArrayList<>(1));
                    if (!classes.contains(wordClass)) {
                        classes.add(wordClass);
                    }
                }
            }
        }

        static List<String> of(String stem) {
            return BY_STEM.getOrDefault(stem, List.of());
        }
    }
}
