package io.maitre.nlu.exr;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unordered exact match between PIZZA EXR trees: two trees match when they are equal with the children of every
 * node compared as a multiset (order never matters, duplicates do).
 */
public final class PizzaEval {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PizzaEval() {
    }

    /**
     * The result of an evaluation.
     *
     * @param total utterances read
     * @param matched utterances whose tree matched
     * @param misses the others
     */
    public record Score(int total, int matched, List<Miss> misses) {

        public Score {
            misses = List.copyOf(misses);
        }

        /** The share matched, 0 when nothing was read. */
        public double accuracy() {
            return total == 0 ? 0 : (double) matched / total;
        }
    }

    /**
     * An utterance whose tree did not match.
     *
     * @param text the utterance
     * @param expected the gold tree
     * @param actual the tree produced
     */
    public record Miss(String text, String expected, String actual) {
    }

    /** Whether the two trees match; a malformed tree matches nothing. */
    public static boolean matches(String a, String b) {
        Optional<String> ca = canonical(a);
        Optional<String> cb = canonical(b);
        return ca.isPresent() && ca.equals(cb);
    }

    /**
     * The tree with the children of every node sorted, so that equal canonical forms mean an unordered match;
     * empty when the text is no well-formed tree.
     */
    public static Optional<String> canonical(String tree) {
        if (tree == null) {
            return Optional.empty();
        }
        Iterator<String> tokens = List.of(tree.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+"))
            .iterator();
        if (!tokens.hasNext() || !tokens.next().equals("(") || !tokens.hasNext()) {
            return Optional.empty();
        }
        String rootLabel = tokens.next();
        if (rootLabel.equals("(") || rootLabel.equals(")")) {
            return Optional.empty();
        }
        Deque<Node> open = new ArrayDeque<>();
        open.push(new Node(rootLabel));
        Node root = open.peek();
        boolean expectLabel = false;
        while (tokens.hasNext()) {
            String t = tokens.next();
            if (open.isEmpty()) {
                return Optional.empty();
            }
            if (expectLabel) {
                if (t.equals("(") || t.equals(")")) {
                    return Optional.empty();
                }
                Node child = new Node(t);
                open.peek().children.add(child);
                open.push(child);
                expectLabel = false;
            } else if (t.equals("(")) {
                expectLabel = true;
            } else if (t.equals(")")) {
                open.pop();
            } else {
                open.peek().children.add(new Node(t, true));
            }
        }
        return open.isEmpty() && !expectLabel ? Optional.of(root.canonical()) : Optional.empty();
    }

    /**
     * Scores a PIZZA json-lines file: each line an object with the utterance under a key ending in {@code SRC}
     * and the gold tree under a key ending in {@code EXR} ({@code dev.SRC}, {@code dev.EXR}).
     *
     * @param exrOf the system under test: utterance → EXR tree
     */
    public static Score evaluate(Path jsonLines, Function<String, String> exrOf) throws IOException {
        int total = 0;
        int matched = 0;
        List<Miss> misses = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                String text = field(row, "SRC");
                String gold = field(row, "EXR");
                if (text == null || gold == null) {
                    continue;
                }
                total++;
                String actual = exrOf.apply(text);
                if (matches(actual, gold)) {
                    matched++;
                } else {
                    misses.add(new Miss(text, gold, actual));
                }
            }
        }
        return new Score(total, matched, misses);
    }

    private static String field(JsonNode row, String suffix) {
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            if (e.getKey().endsWith(suffix) && e.getValue().isString()) {
                return e.getValue().asString();
            }
        }
        return null;
    }

    private static final class Node {
        private final String label;
        private final boolean leaf;
        private final List<Node> children = new ArrayList<>();

        Node(String label) {
            this(label, false);
        }

        Node(String label, boolean leaf) {
            this.label = label;
            this.leaf = leaf;
        }

        String canonical() {
            if (leaf) {
                return label;
            }
            List<String> parts = new ArrayList<>();
            for (Node child : children) {
                parts.add(child.canonical());
            }
            parts.sort(null);
            return "(" + label + (parts.isEmpty() ? "" : " " + String.join(" ", parts)) + " )";
        }
    }
}
