package io.maitre.menu.yaml;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where menus come from besides the built-in {@code classpath*:menus/*.yaml}.
 *
 * @param directory a directory whose {@code *.yaml} and {@code *.yml} files are loaded too; null for none
 * @param reloadInterval how often that directory is looked at for edited files, which are reloaded once they have
 *     stayed unchanged for one more interval; zero or negative for never
 */
@ConfigurationProperties("maitre.menu")
public record MenuProperties(Path directory, Duration reloadInterval) {

    @ConstructorBinding
    public MenuProperties(Path directory, @DefaultValue("2s") Duration reloadInterval) {
        this.directory = directory;
        this.reloadInterval = reloadInterval == null ? Duration.ZERO : reloadInterval;
    }

    /** Menus from this directory (or none), looked at every two seconds. */
    public MenuProperties(Path directory) {
        this(directory, Duration.ofSeconds(2));
    }

    /** Whether edits of the directory's files are picked up while the service runs. */
    public boolean reloads() {
        return directory != null && !reloadInterval.isZero() && !reloadInterval.isNegative();
    }
}
