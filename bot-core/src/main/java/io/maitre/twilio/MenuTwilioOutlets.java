package io.maitre.twilio;

import io.maitre.channel.twilio.TwilioOutlet;
import io.maitre.channel.twilio.TwilioOutlets;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.OptionGroup;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The outlets' Twilio numbers, staff transfer numbers and speech hints, read from their menu files. A number
 * listed by two outlets is refused at start-up, since a text to it could not be routed.
 */
@Component
class MenuTwilioOutlets implements TwilioOutlets {

    /** Words every order uses besides the menu's own. */
    private static final List<String> ORDER_WORDS = List.of("pickup", "delivery", "as soon as possible", "that's all",
            "yes", "no", "a person");

    private record Cached(Menu menu, TwilioOutlet outlet) {
    }

    private final MenuCatalog catalog;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    MenuTwilioOutlets(MenuCatalog catalog) {
        this.catalog = catalog;
        Map<String, String> owners = new HashMap<>();
        for (Menu menu : catalog.menus()) {
            for (String number : menu.rules().phoneNumbers()) {
                String other = owners.putIfAbsent(number, menu.outletId().value());
                if (other != null) {
                    throw new IllegalStateException("Outlets '" + other + "' and '" + menu.outletId().value()
                            + "' both list the phone number " + number);
                }
            }
        }
    }

    @Override
    public Optional<TwilioOutlet> byNumber(String phoneNumber) {
        return catalog.menus().stream().filter(m -> m.rules().phoneNumbers().contains(phoneNumber)).findFirst()
                .map(this::outlet);
    }

    @Override
    public Optional<TwilioOutlet> byId(String outletId) {
        return outletId == null ? Optional.empty() : catalog.menu(outletId).map(this::outlet);
    }

    private TwilioOutlet outlet(Menu menu) {
        Cached cached = cache.get(menu.outletId().value());
        if (cached != null && cached.menu() == menu) {
            return cached.outlet();
        }
        TwilioOutlet outlet = new TwilioOutlet(menu.outletId().value(), menu.name(), menu.rules().phoneNumbers(),
                menu.rules().staffNumber().orElse(null), menu.info().phone(), hints(menu));
        cache.put(menu.outletId().value(), new Cached(menu, outlet));
        return outlet;
    }

    /** Item names first, then option names, then their synonyms: the words callers use to order. */
    static List<String> hints(Menu menu) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> options = new LinkedHashSet<>();
        Set<String> synonyms = new LinkedHashSet<>();
        for (MenuItem item : menu.items()) {
            names.add(lower(item.name()));
            item.synonyms().forEach(s -> synonyms.add(lower(s)));
            for (OptionGroup group : item.optionGroups()) {
                for (MenuOption option : group.options()) {
                    options.add(lower(option.name()));
                    option.synonyms().forEach(s -> synonyms.add(lower(s)));
                }
            }
        }
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(options);
        all.addAll(ORDER_WORDS);
        all.addAll(synonyms);
        return List.copyOf(all);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
