package io.maitre.nlu.dialogflow;

import io.maitre.nlu.MenuVocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The menu as Dialogflow entity types, named like our entity types: {@code item} (every menu item) and one per
 * option group ({@code size}, {@code style}, {@code topping}, {@code container}, {@code volume}, ...). Entry values
 * are menu ids, synonyms the menu's names. Also finds those names in training examples to annotate them.
 */
final class MenuEntities {

    static final String ITEM = "item";

    /**
     * Menu words that are mostly something else in a customer's sentence ("can I get", "a party of six", "my
     * regular"): they stay synonyms, but examples are not annotated with them, which would teach Dialogflow that
     * "can" in "can I get" is a container.
     */
    private static final Set<String> NOT_ANNOTATED = Set.of("can", "party", "lunch", "personal", "regular");

    /** An entity type: its name and its entries, menu id to synonyms. */
    record EntityType(String name, Map<String, List<String>> entries) {
    }

    /** A stretch of an example: plain text, or a menu name with the entity type it belongs to. */
    record Chunk(String text, String entity) {

        boolean annotated() {
            return entity != null;
        }
    }

    private record Surface(Pattern pattern, String entity, int length) {
    }

    private final List<EntityType> types;
    private final List<Surface> surfaces;

    private MenuEntities(List<EntityType> types) {
        this.types = List.copyOf(types);
        List<Surface> all = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (EntityType type : types) {
            for (List<String> synonyms : type.entries().values()) {
                for (String synonym : synonyms) {
                    // a name in two entity types annotates as the first: items before option groups
                    if (!NOT_ANNOTATED.contains(synonym) && taken.add(synonym)) {
                        all.add(new Surface(wholeWords(synonym), type.name(), synonym.length()));
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(Surface::length).reversed());
        this.surfaces = List.copyOf(all);
    }

    static MenuEntities of(MenuVocabulary vocabulary) {
        Map<String, Map<String, List<String>>> byType = new LinkedHashMap<>();
        Map<String, List<String>> items = byType.computeIfAbsent(ITEM, t -> new LinkedHashMap<>());
        Set<String> itemNames = new LinkedHashSet<>();
        for (MenuVocabulary.ItemTerm item : vocabulary.items()) {
            List<String> names = new ArrayList<>(fresh(names(item.itemId(), item.names()), itemNames));
            for (String name : List.copyOf(names)) {
                String plural = plural(name);
                if (plural != null && itemNames.add(plural)) {
                    names.add(plural);
                }
            }
            if (!names.isEmpty()) {
                items.put(item.itemId(), names);
            }
        }
        Map<String, Set<String>> groupNames = new LinkedHashMap<>();
        for (MenuVocabulary.OptionTerm option : vocabulary.options()) {
            Set<String> taken = groupNames.computeIfAbsent(option.group(), g -> new LinkedHashSet<>());
            List<String> names = fresh(names(option.optionId(), option.names()), taken);
            if (!names.isEmpty()) {
                byType.computeIfAbsent(option.group(), g -> new LinkedHashMap<>()).put(option.optionId(), names);
            }
        }
        List<EntityType> types = new ArrayList<>();
        byType.forEach((name, entries) -> {
            if (!entries.isEmpty()) {
                types.add(new EntityType(name, entries));
            }
        });
        return new MenuEntities(types);
    }

    List<EntityType> types() {
        return types;
    }

    /** The example cut into plain text and menu names, longest names first, none overlapping. */
    List<Chunk> annotate(String example) {
        boolean[] used = new boolean[example.length()];
        TreeMap<Integer, Chunk> names = new TreeMap<>();
        for (Surface surface : surfaces) {
            Matcher matcher = surface.pattern().matcher(example);
            while (matcher.find()) {
                if (free(used, matcher.start(), matcher.end())) {
                    Arrays.fill(used, matcher.start(), matcher.end(), true);
                    names.put(matcher.start(), new Chunk(matcher.group(), surface.entity()));
                }
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        int at = 0;
        for (Map.Entry<Integer, Chunk> name : names.entrySet()) {
            if (name.getKey() > at) {
                chunks.add(new Chunk(example.substring(at, name.getKey()), null));
            }
            chunks.add(name.getValue());
            at = name.getKey() + name.getValue().text().length();
        }
        if (at < example.length()) {
            chunks.add(new Chunk(example.substring(at), null));
        }
        return chunks;
    }

    private static boolean free(boolean[] used, int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static Pattern wholeWords(String synonym) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(synonym) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The names, lower case, or the id in words when the menu gives none. */
    private static List<String> names(String id, List<String> names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (!name.isBlank()) {
                result.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return result.isEmpty() ? List.of(id.replace('_', ' ')) : result;
    }

    /** The names not already a synonym of another entry of the same entity type. */
    private static List<String> fresh(List<String> names, Set<String> taken) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (taken.add(name)) {
                result.add(name);
            }
        }
        return result;
    }

    /** "pizza" → "pizzas", "iced tea" → "iced teas"; none for names that already end in s or in a digit. */
    private static String plural(String name) {
        char last = name.charAt(name.length() - 1);
        return Character.isLetter(last) && last != 's' ? name + "s" : null;
    }
}
