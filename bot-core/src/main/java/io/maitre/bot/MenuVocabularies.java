package io.maitre.bot;

import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.MenuChanged;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.OptionGroup;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.MenuVocabulary.ItemTerm;
import io.maitre.nlu.MenuVocabulary.OptionTerm;
import io.maitre.nlu.MenuVocabulary.VagueTerm;
import io.maitre.nlu.VocabularySource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;

/**
 * Gives the interpreter each outlet's menu words, taken from the order engine's catalog; kept until the outlet's
 * menu changes ({@link MenuChanged}).
 */
public final class MenuVocabularies implements VocabularySource {

    private final MenuCatalog catalog;
    private final Map<String, Optional<MenuVocabulary>> cache = new ConcurrentHashMap<>();

    public MenuVocabularies(MenuCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<MenuVocabulary> vocabulary(String outletId) {
        return cache.computeIfAbsent(outletId, id -> catalog.menu(id).map(MenuVocabularies::of));
    }

    /** Forgets the outlet's words when its menu was replaced, so the next turn reads with the new menu's. */
    @EventListener
    public void onMenuChanged(MenuChanged event) {
        cache.remove(event.outletId().value());
    }

    static MenuVocabulary of(Menu menu) {
        List<ItemTerm> items = new ArrayList<>();
        Map<String, OptionTermBuilder> options = new LinkedHashMap<>();
        Map<String, VagueTermBuilder> vague = new LinkedHashMap<>();
        Map<String, Boolean> singleChoice = new LinkedHashMap<>();
        for (MenuItem item : menu.items()) {
            items.add(new ItemTerm(item.id(), item.category(), names(item.name(), item.synonyms()),
                    item.benchmarkId()));
            for (OptionGroup group : item.optionGroups()) {
                singleChoice.merge(group.id(), group.maxChoices() == 1, Boolean::logicalAnd);
                for (MenuOption option : group.options()) {
                    options.computeIfAbsent(group.id() + "/" + option.id(),
                            k -> new OptionTermBuilder(group.id(), option.id(), option.benchmarkId()))
                            .add(item.id(), names(option.name(), option.synonyms()));
                }
                for (io.maitre.menu.VagueTerm term : group.vagueTerms()) {
                    vague.computeIfAbsent(group.id() + "/" + term.optionIds(),
                            k -> new VagueTermBuilder(group.id(), term.optionIds()))
                            .add(item.id(), term.words());
                }
            }
        }
        return new MenuVocabulary(menu.outletId().value(), items,
                options.values().stream().map(OptionTermBuilder::build).toList(),
                vague.values().stream().map(VagueTermBuilder::build).toList(),
                singleChoice.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
    }

    private static List<String> names(String name, List<String> synonyms) {
        Set<String> all = new LinkedHashSet<>();
        all.add(name.toLowerCase(Locale.ROOT));
        synonyms.forEach(s -> all.add(s.toLowerCase(Locale.ROOT)));
        return List.copyOf(all);
    }

    private static final class OptionTermBuilder {
        private final String group;
        private final String id;
        private final String benchmarkId;
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> itemIds = new LinkedHashSet<>();

        OptionTermBuilder(String group, String id, String benchmarkId) {
            this.group = group;
            this.id = id;
            this.benchmarkId = benchmarkId;
        }

        OptionTermBuilder add(String itemId, List<String> more) {
            itemIds.add(itemId);
            names.addAll(more);
            return this;
        }

        OptionTerm build() {
            return new OptionTerm(group, id, List.copyOf(names), itemIds, benchmarkId);
        }
    }

    private static final class VagueTermBuilder {
        private final String group;
        private final List<String> optionIds;
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> itemIds = new LinkedHashSet<>();

        VagueTermBuilder(String group, List<String> optionIds) {
            this.group = group;
            this.optionIds = optionIds;
        }

        VagueTermBuilder add(String itemId, List<String> words) {
            itemIds.add(itemId);
            words.forEach(w -> names.add(w.toLowerCase(Locale.ROOT)));
            return this;
        }

        VagueTerm build() {
            return new VagueTerm(group, List.copyOf(names), optionIds, itemIds);
        }
    }
}
