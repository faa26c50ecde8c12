package io.maitre.nlu.exr;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores FoodOrdering EXR forests by unordered exact match (as {@link PizzaEval} does for trees, the top-level
 * nodes compared as a multiset too). Gold forests come either as EXR, or as the TOP-Alias notation the dataset's
 * synthetic {@code train.json} ships ({@code (TACO_ORDER (NUMBER two ) (MAIN_FILLING pork ) )}), which is turned
 * into EXR with the venue's catalogs: each slot's words become the entity its alias file names, {@code Or(a,b)}
 * becomes {@code (OR a b )} and {@code ESPRESSO_SHOT(2)} becomes {@code (ESPRESSO_SHOT 2 )}.
 */
public final class FoodEval {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ENTITY = Pattern.compile("([A-Za-z_]+)\\((.*)\\)");

    private final Map<String, Map<String, String>> aliases;

    private FoodEval(Map<String, Map<String, String>> aliases) {
        this.aliases = aliases;
    }

    /**
     * Reads a venue's catalogs: its {@code schema.json} names each slot's alias file under the directory.
     *
     * @param venue the venue's directory, holding {@code schema.json} and {@code alias/}
     */
    public static FoodEval ofCatalogs(Path venue) throws IOException {
        Map<String, Map<String, String>> aliases = new HashMap<>();
        JsonNode schema = JSON.readTree(Files.readString(venue.resolve("schema.json")));
        for (JsonNode intent : schema.get("intents")) {
            for (JsonNode slot : intent.get("slots")) {
                String name = slot.get("slotName").asString();
                Path file = venue.resolve(slot.get("path").asString());
                if (aliases.containsKey(name) || !Files.isReadable(file)) {
                    continue;
                }
                Map<String, String> words = new HashMap<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.split("\t", 2);
                    if (parts.length == 2) {
                        Matcher entity = ENTITY.matcher(parts[1].strip());
                        if (entity.matches()) {
                            words.putIfAbsent(parts[0].strip().toLowerCase(Locale.ROOT), entity.group(2).strip());
                        }
                    }
                }
                aliases.put(name, words);
            }
        }
        return new FoodEval(aliases);
    }

    /** Whether two forests match, their top-level nodes compared as a multiset. */
    public static boolean matches(String a, String b) {
        return PizzaEval.matches("(ORDER " + a + " )", "(ORDER " + b + " )");
    }

    /**
     * The EXR of a TOP-Alias forest; words the catalogs do not know are kept as they are, and an order without
     * {@code NUMBER} gets {@code (NUMBER 1 )}, as EXR always writes it.
     */
    public String exrOf(String topAlias) {
        List<String> tokens = List.of(topAlias.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+"));
        StringBuilder out = new StringBuilder();
        int[] at = {0};
        while (at[0] < tokens.size()) {
            String order = node(tokens, at);
            if (!order.contains("(NUMBER ")) {
                order = order.replaceFirst("^\\((\\S+) ", "($1 (NUMBER 1 ) ");
            }
            out.append(order).append(' ');
        }
        return out.toString().trim();
    }

    private String node(List<String> tokens, int[] at) {
        at[0]++;
        String label = tokens.get(at[0]++);
        List<String> children = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (!tokens.get(at[0]).equals(")")) {
            if (tokens.get(at[0]).equals("(")) {
                children.add(node(tokens, at));
            } else {
                words.add(tokens.get(at[0]++));
            }
        }
        at[0]++;
        if (!words.isEmpty()) {
            return "(" + label + " " + value(label, String.join(" ", words)) + " )";
        }
        return "(" + label + " " + String.join(" ", children) + " )";
    }

    private String value(String slot, String words) {
        String entity = aliases.getOrDefault(slot, Map.of()).getOrDefault(words.toLowerCase(Locale.ROOT), words);
        Matcher nested = ENTITY.matcher(entity);
        if (nested.matches() && nested.group(1).equals("Or")) {
            return "(OR " + String.join(" ", nested.group(2).split("\\s*,\\s*")) + " )";
        }
        if (nested.matches()) {
            return "(" + nested.group(1) + " " + nested.group(2) + " )";
        }
        return entity;
    }

    /**
     * Scores a json-lines file whose lines hold the utterance under a key ending in {@code SRC} and the gold forest
     * under one ending in {@code EXR}, or else in {@code TOPALIAS}.
     */
    public PizzaEval.Score evaluate(Path jsonLines, Function<String, String> forestOf) throws IOException {
        int total = 0;
        int matched = 0;
        List<PizzaEval.Miss> misses = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                String text = field(row, "SRC");
                String exr = field(row, "EXR");
                String alias = field(row, "TOPALIAS");
                if (text == null || (exr == null && alias == null)) {
                    continue;
                }
                String gold = exr != null ? exr : exrOf(alias);
                total++;
                String actual = forestOf.apply(text);
                if (matches(actual, gold)) {
                    matched++;
                } else {
                    misses.add(new PizzaEval.Miss(text, gold, actual));
                }
            }
        }
        return new PizzaEval.Score(total, matched, misses);
    }

    private static String field(JsonNode row, String suffix) {
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            if (e.getKey().endsWith(suffix) && e.getValue().isString()) {
                return e.getValue().asString();
            }
        }
        return null;
    }
}
