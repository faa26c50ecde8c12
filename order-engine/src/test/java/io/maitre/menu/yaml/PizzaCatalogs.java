package io.maitre.menu.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the entity names of the PIZZA benchmark catalogs (surface form TAB entity) and turns them
 * into menu ids: {@code topping(BANANA_PEPPERS)} is {@code banana_peppers},
 * {@code volume(16.9, FLOZ)} is {@code 16_9_floz}.
 */
final class PizzaCatalogs {

    private static final Pattern ENTITY = Pattern.compile("\\w+\\((.*)\\)");

    private final Path directory;

    private PizzaCatalogs(Path directory) {
        this.directory = directory;
    }

    /** The catalogs from {@code -Dmaitre.pizza.catalogs} or the shared data folder beside the repository. */
    static Optional<PizzaCatalogs> find() {
        Stream<String> candidates = Stream.of(System.getProperty("maitre.pizza.catalogs"),
                "../../shared/data/pizza/catalogs", "../shared/data/pizza/catalogs", "/work/shared/data/pizza/catalogs");
        return candidates.filter(candidate -> candidate != null)
                .map(Path::of)
                .filter(Files::isDirectory)
                .findFirst()
                .map(PizzaCatalogs::new);
    }

    /** The menu ids of every entity in one catalog file, e.g. {@code topping.txt}. */
    Set<String> ids(String file) {
        Set<String> ids = new TreeSet<>();
        try (Stream<String> lines = Files.lines(directory.resolve(file))) {
            lines.map(line -> line.split("\t"))
                    .filter(columns -> columns.length == 2)
                    .map(columns -> ENTITY.matcher(columns[1].strip()))
                    .filter(Matcher::matches)
                    .map(matcher -> toId(matcher.group(1)))
                    .forEach(ids::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static String toId(String entity) {
        String id = entity.toLowerCase(Locale.ROOT).replace('.', '_').replaceAll("\\s*,\\s*", "_");
        // The size catalog spells the regular size REGULARSIZE; docs/outlets.md names the option "regular".
        return id.equals("regularsize") ? "regular" : id;
    }
}
