package io.maitre.menu.yaml;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where menus come from besides the built-in {@code classpath*:menus/*.yaml}.
 *
 * @param directory a directory whose {@code *.yaml} and {@code *.yml} files are loaded too; null for none
 */
@ConfigurationProperties("maitre.menu")
public record MenuProperties(Path directory) {
}
