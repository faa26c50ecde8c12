package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Entity precision, recall and F1 on a hand-annotated held-out set ({@code corpus/entities-heldout.tsv}): an
 * entity counts when its type and value are right (offsets aside), as a multiset per utterance. The catalog
 * interpreter is scored on the types it reads; the pipeline, which adds the name finder, on all of them.
 */
class EntityEvaluationTest {

    /** Ratchets: a little below the measured F1 (0.984 and 0.996), raised as recognition improves. */
    private static final double MINIMUM_CATALOG_F1 = 0.97;
    private static final double MINIMUM_PIPELINE_F1 = 0.98;

    private static final String NAME_FINDER_ONLY = "unknown_";

    record Annotated(String text, List<String> entities) {
    }

    /** Counts of matched, predicted and expected entities, by type. */
    static final class Counts {
        final Map<String, int[]> byType = new TreeMap<>();

        void add(String type, int matched, int predicted, int expected) {
            int[] c = byType.computeIfAbsent(type, k -> new int[3]);
            c[0] += matched;
            c[1] += predicted;
            c[2] += expected;
        }

        int[] total() {
            int[] t = new int[3];
            byType.values().forEach(c -> {
                for (int i = 0; i < 3; i++) {
                    t[i] += c[i];
                }
            });
            return t;
        }
    }

    static List<Annotated> annotated() {
        List<Annotated> out = new ArrayList<>();
        for (String line : Corpus.lines("corpus/entities-heldout.tsv")) {
            String[] parts = line.split("\t", -1);
            List<String> entities = new ArrayList<>();
            if (parts.length > 1) {
                for (String e : parts[1].split(";")) {
                    if (!e.isBlank()) {
                        entities.add(e.trim());
                    }
                }
            }
            out.add(new Annotated(parts[0], entities));
        }
        return out;
    }

    @Test
    void catalogInterpreterEntities() {
        double f1 = score("catalog interpreter", new CatalogInterpreter(MenuVocabularyMother.source()), false);
        assertThat(f1).isGreaterThanOrEqualTo(MINIMUM_CATALOG_F1);
    }

    @Test
    void pipelineEntities() {
        double f1 = score("pipeline", new UnderstandingPipeline(MenuVocabularyMother.source()), true);
        assertThat(f1).isGreaterThanOrEqualTo(MINIMUM_PIPELINE_F1);
    }

    private static double score(String name, Interpreter interpreter, boolean nameFinderTypes) {
        Counts counts = new Counts();
        List<String> errors = new ArrayList<>();
        List<Annotated> set = annotated();
        for (Annotated a : set) {
            List<String> expected = a.entities().stream()
                .filter(e -> nameFinderTypes || !e.startsWith(NAME_FINDER_ONLY)).toList();
            List<String> predicted = interpreter.interpret(a.text(), Utterances.context()).entities()
                .stream().filter(e -> !e.type().equals("scope")).map(e -> e.type() + "=" + e.value()).toList();
            Map<String, Integer> left = new HashMap<>();
            expected.forEach(e -> left.merge(e, 1, Integer::sum));
            Map<String, int[]> perType = new HashMap<>();
            for (String p : predicted) {
                boolean hit = left.getOrDefault(p, 0) > 0;
                if (hit) {
                    left.merge(p, -1, Integer::sum);
                } else {
                    errors.add("  extra   " + p + "  in: " + a.text());
                }
                int[] c = perType.computeIfAbsent(type(p), k -> new int[3]);
                c[0] += hit ? 1 : 0;
                c[1]++;
            }
            expected.forEach(e -> perType.computeIfAbsent(type(e), k -> new int[3])[2]++);
            left.forEach((e, n) -> {
                for (int i = 0; i < n; i++) {
                    errors.add("  missed  " + e + "  in: " + a.text());
                }
            });
            perType.forEach((type, c) -> counts.add(type, c[0], c[1], c[2]));
        }
        System.out.printf(Locale.ROOT, "%nEntities, %s, %d utterances:%n", name, set.size());
        counts.byType.forEach((type, c) -> line(type, c));
        int[] total = counts.total();
        line("ALL", total);
        errors.forEach(System.out::println);
        return f1(total);
    }

    private static String type(String entity) {
        return entity.substring(0, entity.indexOf('='));
    }

    private static void line(String type, int[] c) {
        double p = c[1] == 0 ? 1.0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 1.0 : c[0] / (double) c[2];
        System.out.printf(Locale.ROOT,
            "  %-16s precision %.3f  recall %.3f  F1 %.3f  (%d matched, %d found, %d expected)%n",
            type, p, r, f1(c), c[0], c[1], c[2]);
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 1.0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 1.0 : c[0] / (double) c[2];
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
