package io.maitre.inventory.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads stock levels: YAML {@code outlet: {item: quantity}}, or a {@code .properties} file of
 * {@code outlet.item=quantity} lines.
 */
final class StockFile {

    private static final TypeReference<Map<String, Map<String, Integer>>> STOCK = new TypeReference<>() {
    };

    private StockFile() {
    }

    static Map<String, Map<String, Integer>> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().endsWith(".properties")) {
                return fromProperties(in, file);
            }
            Map<String, Map<String, Integer>> stock = YAMLMapper.builder().build().readValue(in, STOCK);
            return stock == null ? Map.of() : stock;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the stock file " + file, unreadable);
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("The stock file " + file + " is not 'outlet: {item: quantity}': "
                    + malformed.getMessage(), malformed);
        }
    }

    private static Map<String, Map<String, Integer>> fromProperties(InputStream in, Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        Map<String, Map<String, Integer>> stock = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot < 1 || dot == key.length() - 1) {
                throw new IllegalArgumentException("The stock file " + file + " has '" + key + "', expected outlet.item");
            }
            stock.computeIfAbsent(key.substring(0, dot), outlet -> new LinkedHashMap<>())
                    .put(key.substring(dot + 1), Integer.parseInt(properties.getProperty(key).strip()));
        }
        return stock;
    }
}
