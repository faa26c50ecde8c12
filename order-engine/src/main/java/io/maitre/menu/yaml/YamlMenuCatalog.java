package io.maitre.menu.yaml;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.MenuChanged;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The menu catalog built at start-up from every {@code classpath*:menus/*.yaml} and, when
 * {@code maitre.menu.directory} is set, every {@code *.yaml}/{@code *.yml} file in that directory.
 * Any invalid file, or two files for the same outlet, fails start-up with an {@link InvalidMenu}
 * naming the file and the problem.
 *
 * <p>While the service runs, {@link #reload()} reads the directory's files again: an edited file replaces its
 * outlet's menu for every later lookup, a new file adds an outlet; an invalid edit is refused with a logged message
 * naming the file and the field, and the last good menu keeps serving. A file deleted or renamed away leaves its
 * outlet's last menu in service until a restart. Lookups never wait for a reload.
 */
@Component
@EnableConfigurationProperties(MenuProperties.class)
public final class YamlMenuCatalog implements MenuCatalog {

    private static final Logger log = LoggerFactory.getLogger(YamlMenuCatalog.class);
    private static final String CLASSPATH_MENUS = "classpath*:menus/*.yaml";

    private final Path directory;
    /** Replaced whole by a reload, never changed in place. */
    private volatile Map<String, Menu> menus;
    /** Which source defines each outlet; guarded by this. */
    private final Map<String, String> sources = new TreeMap<>();
    /** The directory's files as last looked at; guarded by this. */
    private final Map<Path, Seen> seen = new HashMap<>();

    /** A file as last read: its signature, and the outlet it defined or {@code null} if refused. */
    private record Seen(FileSignature signature, String outlet) {
    }

    public YamlMenuCatalog(MenuProperties properties) {
        this.directory = properties.directory();
        Map<String, Menu> byOutlet = new TreeMap<>();
        for (Source source : sources(directory)) {
            Menu menu = source.read();
            String outlet = menu.outletId().value();
            String previous = sources.putIfAbsent(outlet, source.description());
            if (previous != null) {
                throw new InvalidMenu("Menu file " + source.description() + ": outlet '" + outlet
                        + "' is already defined by " + previous);
            }
            byOutlet.put(outlet, menu);
            if (source.file() != null) {
                seen.put(source.file(), new Seen(FileSignature.of(source.file()), outlet));
            }
        }
        this.menus = Map.copyOf(byOutlet);
    }

    /** The catalog of the menus shipped on the classpath only, e.g. for tests. */
    public static YamlMenuCatalog fromClasspath() {
        return new YamlMenuCatalog(new MenuProperties(null));
    }

    @Override
    public Optional<Menu> menu(String outletId) {
        return Optional.ofNullable(outletId).map(menus::get);
    }

    @Override
    public List<Menu> menus() {
        return menus.values().stream().sorted(Comparator.comparing(menu -> menu.outletId().value())).toList();
    }

    /** The menu directory ({@code maitre.menu.directory}), or {@code null} when menus come from the classpath only. */
    public Path directory() {
        return directory;
    }

    /**
     * Reads again the directory's files that changed since they were last read, and replaces the menus of the valid
     * ones. A file that is invalid, or that defines an outlet another file defines, or another outlet than it did,
     * is refused with a warning naming it, and its outlet keeps its last good menu.
     *
     * @return one event per outlet whose menu was replaced or added, in outlet order; empty without a directory
     */
    public synchronized List<MenuChanged> reload() {
        if (directory == null) {
            return List.of();
        }
        Map<String, Menu> next = new TreeMap<>(menus);
        List<MenuChanged> changed = new ArrayList<>();
        List<Path> present = directoryFiles(directory);
        for (Path file : present) {
            FileSignature signature = FileSignature.of(file);
            Seen before = seen.get(file);
            if (before != null && before.signature().equals(signature)) {
                continue;
            }
            String owned = before == null ? ownedOutlet(file) : before.outlet();
            String description = file.toAbsolutePath().toString();
            try (InputStream in = Files.newInputStream(file)) {
                Menu menu = MenuFileReader.read(in, description);
                String outlet = menu.outletId().value();
                String definedBy = sources.get(outlet);
                if (owned != null && !owned.equals(outlet)) {
                    throw new InvalidMenu("Menu file " + description + ": outlet '" + owned + "' cannot become '"
                            + outlet + "' while the service runs; restart to rename an outlet");
                }
                if (definedBy != null && !definedBy.equals(description)) {
                    throw new InvalidMenu("Menu file " + description + ": outlet '" + outlet
                            + "' is already defined by " + definedBy);
                }
                sources.put(outlet, description);
                seen.put(file, new Seen(signature, outlet));
                next.put(outlet, menu);
                changed.add(new MenuChanged(menu.outletId()));
                log.info("Menu file {}: outlet '{}' reloaded", description, outlet);
            } catch (IOException | RuntimeException e) {
                // Whatever is wrong with the edit, the outlet keeps serving its last good menu.
                seen.put(file, new Seen(signature, owned));
                log.warn("{} -- edit refused; {}", message(e, description), owned == null
                        ? "the file is not served" : "outlet '" + owned + "' keeps its last good menu");
            }
        }
        for (Map.Entry<Path, Seen> entry : new LinkedHashMap<>(seen).entrySet()) {
            if (!present.contains(entry.getKey())) {
                seen.remove(entry.getKey());
                if (entry.getValue().outlet() != null) {
                    log.warn("Menu file {} is gone; outlet '{}' keeps its last menu until a restart",
                            entry.getKey().toAbsolutePath(), entry.getValue().outlet());
                }
            }
        }
        if (!changed.isEmpty()) {
            menus = Map.copyOf(next);
        }
        changed.sort(Comparator.comparing(event -> event.outletId().value()));
        return List.copyOf(changed);
    }

    /** The outlet a file not seen before took over from a file of the same path gone earlier, if any. */
    private String ownedOutlet(Path file) {
        String description = file.toAbsolutePath().toString();
        for (Map.Entry<String, String> entry : sources.entrySet()) {
            if (entry.getValue().equals(description)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static String message(Exception e, String description) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.startsWith("Menu file ") ? message : "Menu file " + description + ": " + message;
    }

    private static List<Source> sources(Path directory) {
        List<Source> sources = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_MENUS);
            Stream.of(resources)
                    .sorted(Comparator.comparing(Resource::getDescription))
                    .forEach(resource -> sources.add(new Source(resource.getDescription(), null,
                            resource::getInputStream)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + CLASSPATH_MENUS, e);
        }
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new InvalidMenu("Menu directory " + directory.toAbsolutePath()
                        + " (maitre.menu.directory) does not exist or is not a directory");
            }
            for (Path file : directoryFiles(directory)) {
                sources.add(new Source(file.toAbsolutePath().toString(), file, () -> Files.newInputStream(file)));
            }
        }
        return sources;
    }

    /** The directory's menu files, sorted. */
    static List<Path> directoryFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")
                            || file.getFileName().toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list menu directory " + directory, e);
        }
    }

    private record Source(String description, Path file, Opener opener) {

        Menu read() {
            try (InputStream in = opener.open()) {
                return MenuFileReader.read(in, description);
            } catch (IOException e) {
                throw new InvalidMenu("Menu file " + description + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }
}
