package io.maitre.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One outlet's menu words compiled for matching: every item and option name with its plural or singular, joined
 * spellings ("meatlovers"), and an index of the words for typo correction. Immutable, so one instance serves all
 * threads.
 */
final class Lexicon {

    static final Lexicon EMPTY = compile(new MenuVocabulary("", List.of(), List.of()));

    private static final Pattern PIECES = Pattern.compile("(\\d+)_(?:piece|pieces|pc|pcs|count|ct)");

    /**
     * What a menu phrase can mean: an item or an option.
     *
     * @param itemId the item id for an item, else {@code null}
     * @param group the option group for an option, else {@code null}
     * @param optionId the option id for an option, else {@code null}
     * @param itemIds for an option, the items that offer it
     * @param name the display name
     * @param anyOf for words naming an option group without choosing ("beans"), the options they leave open, and
     *     {@code optionId} is {@code null}; else empty
     * @param namesItem for an option whose words end with the name of the one item offering it ("turkey sandwich"),
     *     that item; else {@code null}
     */
    record Sense(String itemId, String group, String optionId, Set<String> itemIds, String name, List<String> anyOf,
            String namesItem) {

        Sense(String itemId, String group, String optionId, Set<String> itemIds, String name) {
            this(itemId, group, optionId, itemIds, name, List.of(), null);
        }

        boolean isVague() {
            return !anyOf.isEmpty();
        }

        boolean isItem() {
            return group == null;
        }

        boolean appliesTo(String item) {
            return itemIds.contains(item);
        }
    }

    private final PhraseTable<List<Sense>> phrases;
    private final Set<String> words;
    private final FuzzyIndex fuzzy;
    private final Abbreviations abbreviations;
    private final Map<String, String> categories;
    private final Map<String, Map<Integer, Sense>> piecesByItem;
    private final Set<String> singleChoiceGroups;
    private final String leadCategory;

    private Lexicon(PhraseTable<List<Sense>> phrases, Set<String> words, Map<String, String> categories,
            Map<String, Map<Integer, Sense>> piecesByItem, Set<String> singleChoiceGroups, String leadCategory) {
        this.singleChoiceGroups = singleChoiceGroups;
        this.leadCategory = leadCategory;
        this.phrases = phrases;
        this.words = words;
        this.fuzzy = new FuzzyIndex(words);
        this.abbreviations = new Abbreviations(words);
        this.categories = categories;
        this.piecesByItem = piecesByItem;
    }

    static Lexicon compile(MenuVocabulary vocabulary) {
        Map<String, List<Sense>> exact = new LinkedHashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (MenuVocabulary.ItemTerm item : vocabulary.items()) {
            if (item == null || item.itemId() == null) {
                continue;
            }
            categories.put(item.itemId(), item.category() == null ? "" : item.category());
            String display = item.names().isEmpty() ? item.itemId() : item.names().get(0);
            Sense sense = new Sense(item.itemId(), null, null, Set.of(), display);
            names(item.names(), item.itemId()).forEach(name -> put(exact, name, sense));
        }
        Map<String, List<String>> itemNames = new HashMap<>();
        for (MenuVocabulary.ItemTerm item : vocabulary.items()) {
            if (item != null && item.itemId() != null) {
                itemNames.put(item.itemId(), names(item.names(), item.itemId()));
            }
        }
        Map<String, Set<String>> optionNames = new LinkedHashMap<>();
        Map<String, Set<String>> optionItems = new HashMap<>();
        for (MenuVocabulary.OptionTerm option : vocabulary.options()) {
            if (option == null || option.group() == null || option.optionId() == null) {
                continue;
            }
            String key = option.group() + "/" + option.optionId();
            optionNames.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(names(option.names(), option.optionId()));
            optionItems.computeIfAbsent(key, k -> new HashSet<>()).addAll(option.itemIds());
        }
        Map<String, Map<Integer, Sense>> pieces = new HashMap<>();
        optionNames.forEach((key, names) -> {
            int slash = key.indexOf('/');
            String group = key.substring(0, slash);
            String id = key.substring(slash + 1);
            Sense sense = new Sense(null, group, id, Set.copyOf(optionItems.get(key)), names.iterator().next());
            for (String name : names) {
                String item = itemNamedAtEnd(name, sense.itemIds(), itemNames);
                put(exact, name, item == null ? sense : new Sense(null, group, id, sense.itemIds(), sense.name(),
                    List.of(), item));
            }
            Matcher m = PIECES.matcher(id);
            if (m.matches() && m.group(1).length() <= 4) {
                for (String itemId : sense.itemIds()) {
                    pieces.computeIfAbsent(itemId, k -> new HashMap<>()).put(Integer.parseInt(m.group(1)), sense);
                }
            }
        });

        for (MenuVocabulary.VagueTerm term : vocabulary.vagueTerms()) {
            if (term == null || term.group() == null || term.optionIds().size() < 2 || term.names().isEmpty()) {
                continue;
            }
            Sense sense = new Sense(null, term.group(), null, term.itemIds(), term.names().get(0),
                List.copyOf(term.optionIds()), null);
            for (String name : term.names()) {
                String n = String.join(" ", TextNormalizer.norms(name));
                if (!n.isEmpty()) {
                    put(exact, n, sense);
                }
            }
        }

        Map<String, List<Sense>> variants = new LinkedHashMap<>();
        exact.forEach((phrase, senses) -> {
            for (String variant : variants(phrase)) {
                if (!exact.containsKey(variant)) {
                    senses.forEach(s -> put(variants, variant, s));
                }
            }
        });

        PhraseTable.Builder<List<Sense>> table = PhraseTable.builder();
        Set<String> words = new HashSet<>();
        for (Map<String, List<Sense>> source : List.of(exact, variants)) {
            source.forEach((phrase, senses) -> {
                List<String> norms = List.of(phrase.split(" "));
                table.addWords(norms, List.copyOf(senses));
                words.addAll(norms);
            });
        }
        String lead = vocabulary.items().stream().filter(i -> i != null && i.itemId() != null).findFirst()
            .map(i -> categories.get(i.itemId())).orElse("");
        return new Lexicon(table.build(), Set.copyOf(words), Map.copyOf(categories), Map.copyOf(pieces),
            vocabulary.singleChoiceGroups(), lead);
    }

    /**
     * The item an option's words name at their end ("turkey sandwich", "turkey sandwiches" for the only item
     * offering the option, a sandwich), or {@code null}.
     */
    private static String itemNamedAtEnd(String optionName, Set<String> offeredBy, Map<String, List<String>> items) {
        if (offeredBy.size() != 1) {
            return null;
        }
        String item = offeredBy.iterator().next();
        for (String name : items.getOrDefault(item, List.of())) {
            if (optionName.length() > name.length() + 1) {
                for (String form : plusVariants(name)) {
                    if (optionName.endsWith(" " + form)) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    private static Set<String> plusVariants(String name) {
        Set<String> forms = new LinkedHashSet<>(variants(name));
        forms.add(name);
        return forms;
    }

    /** The names normalized to words joined by single spaces, plus the id read as words ("thin_crust"). */
    private static List<String> names(List<String> names, String id) {
        List<String> normalized = new ArrayList<>();
        for (String name : names) {
            String n = String.join(" ", TextNormalizer.norms(name));
            if (!n.isEmpty()) {
                normalized.add(n);
            }
        }
        String fromId = String.join(" ", TextNormalizer.norms(id.replace('_', ' ')));
        if (!fromId.isEmpty() && !normalized.contains(fromId) && !PIECES.matcher(id).matches()) {
            normalized.add(fromId);
        }
        return normalized;
    }

    private static void put(Map<String, List<Sense>> map, String phrase, Sense sense) {
        List<Sense> senses = map.computeIfAbsent(phrase, k -> new ArrayList<>(1));
        if (!senses.contains(sense)) {
            senses.add(sense);
        }
    }

    /** Plural and singular of the last word, and two words written as one. */
    static Set<String> variants(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        int space = phrase.lastIndexOf(' ');
        String head = space < 0 ? "" : phrase.substring(0, space + 1);
        String last = phrase.substring(space + 1);
        for (String form : inflections(last)) {
            out.add(head + form);
        }
        String[] parts = phrase.split(" ");
        if (parts.length == 2 && isAlphabetic(parts[0]) && isAlphabetic(parts[1])) {
            String joined = parts[0] + parts[1];
            out.add(joined);
            out.addAll(inflections(joined));
        }
        out.remove(phrase);
        return out;
    }

    private static Set<String> inflections(String word) {
        Set<String> forms = new LinkedHashSet<>();
        if (word.length() < 2 || !isAlphabetic(word)) {
            return forms;
        }
        if (word.length() == 2) {
            forms.add(word + "s");
            return forms;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es") && word.length() > 4) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
        } else {
            forms.add(word + "s");
            char last = word.charAt(word.length() - 1);
            if (last == 'o' || last == 'x' || last == 'z' || word.endsWith("ch") || word.endsWith("sh")
                    || word.endsWith("ss")) {
                forms.add(word + "es");
            }
            if (last == 'y' && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
                forms.add(word.substring(0, word.length() - 1) + "ies");
            }
        }
        return forms;
    }

    private static boolean isAlphabetic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The longest menu phrase starting at word {@code i}. */
    PhraseTable.Entry<List<Sense>> longest(String[] norms, int i, boolean[] blocked) {
        return phrases.longest(norms, i, blocked);
    }

    boolean knows(String word) {
        return words.contains(word);
    }

    /**
     * The words to match against the menu: each word as written, or, when the word is unknown and not one of the
     * {@code protectedWords} of ordinary language, the menu word one typo away or the one menu word it is
     * shorthand for ("lrg", "chkn", "mush").
     */
    String[] corrected(Tokens tokens, Set<String> protectedWords) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String w = tokens.norm(i);
            out[i] = w;
            if (words.contains(w) || protectedWords.contains(w)) {
                continue;
            }
            String fix = w.length() < FuzzyIndex.MIN_TYPO_LENGTH || w.length() > FuzzyIndex.MAX_TYPO_LENGTH ? null
                : fuzzy.correct(w);
            if (fix == null) {
                fix = abbreviations.expand(w);
            }
            if (fix != null) {
                out[i] = fix;
            }
        }
        return out;
    }

    /** The item's category, e.g. {@code pizza} or {@code drink}; empty when unknown. */
    String category(String itemId) {
        return itemId == null ? "" : categories.getOrDefault(itemId, "");
    }

    /** The category of the menu's first item, the one the outlet is about ({@code pizza}); empty for none. */
    String leadCategory() {
        return leadCategory;
    }

    /** Whether the group takes one choice on every item offering it (the menu's {@code maxChoices: 1}). */
    boolean singleChoice(String group) {
        return singleChoiceGroups.contains(group);
    }

    /** The item's options sold by the piece ("12_piece"), by piece count. */
    Map<Integer, Sense> pieces(String itemId) {
        return piecesByItem.getOrDefault(itemId, Map.of());
    }
}
