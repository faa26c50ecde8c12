package io.maitre.menu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared checks for menu values; ids are lower snake_case because outside tools rely on them. */
final class MenuIds {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    private MenuIds() {
    }

    static String requireId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidMenu(what + " id '" + id + "' is not lower snake_case");
        }
        return id;
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidMenu(what + " must have a name");
        }
        return text;
    }

    static Money requireNonNegative(Money money, String what) {
        if (money == null) {
            throw new InvalidMenu(what + " has no price");
        }
        if (money.amount().signum() < 0) {
            throw new InvalidMenu(what + " has a negative price " + money);
        }
        return money;
    }

    static <T> void requireUniqueIds(List<T> values, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(id.apply(value))) {
                throw new InvalidMenu(what + " id '" + id.apply(value) + "' is used twice");
            }
        }
    }

    static List<String> synonyms(List<String> synonyms) {
        return synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
