package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The menu the intent corpus was written against ({@code corpus/menu.tsv}): the model trainer reads the corpus
 * with it, so that menu words reach the classifier as the same class tokens an outlet's own menu gives at run time.
 */
final class CorpusMenu {

    /** The outlet id under which the corpus menu is read. */
    static final String OUTLET = "corpus";

    static final String RESOURCE = "corpus/menu.tsv";

    private CorpusMenu() {
    }

    static MenuVocabulary vocabulary() {
        List<String[]> rows = new ArrayList<>();
        for (String line : Corpus.lines(RESOURCE)) {
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new IllegalStateException("menu line needs kind, id, categories and names: " + line);
            }
            rows.add(fields);
        }
        List<MenuVocabulary.ItemTerm> items = new ArrayList<>();
        for (String[] row : rows) {
            if (row[0].equals("item")) {
                items.add(new MenuVocabulary.ItemTerm(row[1], row[2], names(row[3])));
            }
        }
        Map<String, Set<String>> itemsByCategory = items.stream().collect(Collectors.groupingBy(
            MenuVocabulary.ItemTerm::category,
            Collectors.mapping(MenuVocabulary.ItemTerm::itemId, Collectors.toSet())));
        List<MenuVocabulary.OptionTerm> options = new ArrayList<>();
        for (String[] row : rows) {
            if (!row[0].equals("item")) {
                Set<String> itemIds = new HashSet<>();
                for (String category : row[2].split(" ")) {
                    itemIds.addAll(itemsByCategory.getOrDefault(category, Set.of()));
                }
                options.add(new MenuVocabulary.OptionTerm(row[0], row[1], names(row[3]), itemIds));
            }
        }
        return new MenuVocabulary(OUTLET, items, options);
    }

    static VocabularySource source() {
        MenuVocabulary vocabulary = vocabulary();
        return outletId -> OUTLET.equals(outletId) ? Optional.of(vocabulary) : Optional.empty();
    }

    private static List<String> names(String field) {
        return Arrays.stream(field.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
