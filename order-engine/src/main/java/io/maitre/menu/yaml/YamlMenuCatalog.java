package io.maitre.menu.yaml;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The menu catalog built at start-up from every {@code classpath*:menus/*.yaml} and, when
 * {@code maitre.menu.directory} is set, every {@code *.yaml}/{@code *.yml} file in that directory.
 * Any invalid file, or two files for the same outlet, fails start-up with an {@link InvalidMenu}
 * naming the file and the problem.
 */
@Component
@EnableConfigurationProperties(MenuProperties.class)
public final class YamlMenuCatalog implements MenuCatalog {

    private static final String CLASSPATH_MENUS = "classpath*:menus/*.yaml";

    private final Map<String, Menu> menus;

    public YamlMenuCatalog(MenuProperties properties) {
        Map<String, Menu> byOutlet = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (Source source : sources(properties.directory())) {
            Menu menu = source.read();
            String outlet = menu.outletId().value();
            String previous = sources.putIfAbsent(outlet, source.description());
            if (previous != null) {
                throw new InvalidMenu("Menu file " + source.description() + ": outlet '" + outlet
                        + "' is already defined by " + previous);
            }
            byOutlet.put(outlet, menu);
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

    private static List<Source> sources(Path directory) {
        List<Source> sources = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(CLASSPATH_MENUS);
            Stream.of(resources)
                    .sorted(Comparator.comparing(Resource::getDescription))
                    .forEach(resource -> sources.add(new Source(resource.getDescription(), resource::getInputStream)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + CLASSPATH_MENUS, e);
        }
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new InvalidMenu("Menu directory " + directory.toAbsolutePath()
                        + " (maitre.menu.directory) does not exist or is not a directory");
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(file -> file.getFileName().toString().endsWith(".yaml")
                                || file.getFileName().toString().endsWith(".yml"))
                        .sorted()
                        .forEach(file -> sources.add(new Source(file.toAbsolutePath().toString(),
                                () -> Files.newInputStream(file))));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list menu directory " + directory, e);
            }
        }
        return sources;
    }

    private record Source(String description, Opener opener) {

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
