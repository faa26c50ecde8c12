package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Intent accuracy on customer messages the corpus never saw, for the rules alone, a classifier without the rules'
 * vote, one without the meaning vector, the bundled classifier (tokens, meaning vector and the rules' vote) and the
 * pipeline, with per-intent precision and recall, the confusions, accuracy by style and the calibration of the
 * pipeline's confidence. The held-out set ({@code intents-heldout10.tsv}) was written blind before the tenth
 * round's change, by a writer who had not seen the corpus, and is reported as it comes;
 * {@link BlindSetIndependenceTest} keeps every training line away from it. The blind sets of the earlier rounds,
 * development material after their round, are training material since the tenth (the collected part of the
 * corpus, {@link CorpusParts}); the features were chosen on them and by cross-validation
 * ({@link IntentCrossValidationTest}).
 */
class IntentEvaluationTest {

    /**
     * Ratchet: a little below the measured accuracy (held-out 10 0.9857 when blind), raised as the pipeline
     * improves; a new blind set is needed to claim more than the held-out set shows.
     */
    private static final double MINIMUM_HELD_OUT_ACCURACY = 0.975;

    private static final InterpretationContext CONTEXT = Utterances.context(null, null);
    private static final CatalogInterpreter RULES = new CatalogInterpreter(MenuVocabularyMother.source());
    private static UnderstandingPipeline pipeline;
    private static IntentClassifier bundled;
    private static TrainedNameFinder names;
    private static IntentClassifier wordsOnly;
    private static IntentClassifier tokensOnly;
    private static List<IntentSample> corpus;

    @BeforeAll
    static void load() throws IOException {
        bundled = IntentClassifier.bundled();
        names = TrainedNameFinder.bundled();
        pipeline = new UnderstandingPipeline(MenuVocabularyMother.source());
        corpus = ModelTrainer.intentSamples(Corpus.examples(Corpus.INTENTS), names);
        List<IntentSample> words = new ArrayList<>();
        List<IntentSample> tokens = new ArrayList<>();
        for (IntentSample s : corpus) {
            words.add(new IntentSample(s.intent(), withoutRuleVote(s.evidence())));
            tokens.add(new IntentSample(s.intent(), withoutMeaning(s.evidence())));
        }
        wordsOnly = new IntentClassifier(ModelTrainer.trainIntents(words), 1.0);
        tokensOnly = new IntentClassifier(ModelTrainer.trainIntents(tokens), 1.0);
    }

    private static IntentEvidence withoutRuleVote(IntentEvidence evidence) {
        return new IntentEvidence(Arrays.stream(evidence.features()).filter(f -> !f.startsWith("rule:"))
            .toArray(String[]::new), evidence.meaning());
    }

    private static IntentEvidence withoutMeaning(IntentEvidence evidence) {
        return new IntentEvidence(evidence.features(), new float[0]);
    }

    record Scored(Corpus.Example example, Intent got, double confidence) {
        boolean right() {
            return got == example.intent();
        }
    }

    @Test
    void heldOut() {
        double accuracy = report("HELD-OUT 10 (blind)", Corpus.examples(BlindSetIndependenceTest.BLIND_SET));
        assertThat(accuracy).isGreaterThanOrEqualTo(MINIMUM_HELD_OUT_ACCURACY);
    }

    /**
     * The trainer's algorithm, maximum entropy by L-BFGS, against the other OpenNLP classifiers on the same
     * tokens, trained on the examples written for the corpus and scored on its collected messages. The meaning
     * vector is left out for all four: GIS and naive Bayes take no negative feature values.
     */
    @Test
    void theChosenAlgorithmIsTheBestOnTheCollectedMessages() throws IOException {
        List<Corpus.Example> collected = CorpusParts.collected();
        List<IntentSample> written = corpus.subList(0, CorpusParts.writtenForTheCorpus());
        Map<String, TrainingParameters> candidates = new java.util.LinkedHashMap<>();
        candidates.put("maximum entropy, L-BFGS (chosen)", ModelTrainer.intentParameters());
        candidates.put("maximum entropy, GIS", parameters("MAXENT", 100));
        candidates.put("naive Bayes", parameters("NAIVEBAYES", 1));
        candidates.put("perceptron", parameters("PERCEPTRON", 300));
        Map<String, Double> accuracies = new java.util.LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%n== MODEL SELECTION on the collected messages (%d)%n", collected.size());
        for (Map.Entry<String, TrainingParameters> candidate : candidates.entrySet()) {
            List<IntentSample> tokens = written.stream()
                .map(s -> new IntentSample(s.intent(), withoutMeaning(s.evidence()))).toList();
            IntentClassifier classifier = new IntentClassifier(IntentClassifier.train(tokens, candidate.getValue()),
                1.0);
            double accuracy = accuracy(score(collected, text -> classify(classifier,
                withoutMeaning(IntentEvidence.of(text, read(text))))));
            accuracies.put(candidate.getKey(), accuracy);
            System.out.printf(Locale.ROOT, "  %-34s accuracy %.4f%n", candidate.getKey(), accuracy);
        }
        double chosen = accuracies.values().iterator().next();
        assertThat(accuracies.values()).allSatisfy(a -> assertThat(chosen).isGreaterThanOrEqualTo(a - 0.01));
    }

    private static TrainingParameters parameters(String algorithm, int iterations) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        return parameters;
    }

    /** Prints the report of one set; returns the pipeline's accuracy. */
    private static double report(String name, List<Corpus.Example> examples) {
        Map<String, Function<String, Scored>> systems = new java.util.LinkedHashMap<>();
        List<Scored> rules = score(examples, text -> {
            Interpretation i = RULES.interpret(text, CONTEXT);
            return new double[] {i.intent().ordinal(), i.confidence()};
        });
        List<Scored> words = score(examples, text -> classify(wordsOnly,
            withoutRuleVote(IntentEvidence.of(text, read(text)))));
        List<Scored> tokens = score(examples, text -> classify(tokensOnly,
            withoutMeaning(IntentEvidence.of(text, read(text)))));
        List<Scored> classifier = score(examples, text -> classify(bundled,
            IntentEvidence.of(text, read(text))));
        List<Scored> piped = score(examples, text -> {
            Interpretation i = pipeline.interpret(text, CONTEXT);
            return new double[] {i.intent().ordinal(), i.confidence()};
        });
        System.out.printf(Locale.ROOT, "%n== %s: %d messages%n", name, examples.size());
        line("rules alone", rules);
        line("classifier, words only", words);
        line("classifier, without meaning vector", tokens);
        line("classifier, words + rules' vote", classifier);
        line("pipeline", piped);
        byStyle(piped);
        confusion(piped);
        calibration(piped);
        piped.stream().filter(s -> !s.right()).forEach(s -> System.out.printf(Locale.ROOT,
            "  MISS %-15s got %-15s %.2f  %s%n", s.example().intent().id(), s.got().id(), s.confidence(),
            s.example().text()));
        return accuracy(piped);
    }

    /** The utterance as the pipeline reads it before deciding the intent. */
    private static Interpretation read(String text) {
        return names.enrich(RULES.interpret(text, CONTEXT), CONTEXT);
    }

    private static double[] classify(IntentClassifier classifier, IntentEvidence evidence) {
        IntentClassifier.Prediction p = classifier.classify(evidence);
        return new double[] {p.intent().ordinal(), p.probability()};
    }

    private static List<Scored> score(List<Corpus.Example> examples, Function<String, double[]> system) {
        List<Scored> scored = new ArrayList<>();
        for (Corpus.Example e : examples) {
            double[] r = system.apply(e.text());
            scored.add(new Scored(e, Intent.values()[(int) r[0]], r[1]));
        }
        return scored;
    }

    private static double accuracy(List<Scored> scored) {
        return scored.stream().filter(Scored::right).count() / (double) scored.size();
    }

    private static void line(String system, List<Scored> scored) {
        System.out.printf(Locale.ROOT, "  %-34s accuracy %.4f (%d/%d)%n", system, accuracy(scored),
            scored.stream().filter(Scored::right).count(), scored.size());
    }

    /** Typed messages start with a capital letter, spoken ones have fillers, the rest are texted. */
    private static void byStyle(List<Scored> scored) {
        Map<String, List<Scored>> styles = new java.util.LinkedHashMap<>();
        for (Scored s : scored) {
            String text = s.example().text();
            String style = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) ? "typed"
                : text.matches("(?i).*\\b(um|uh|like|so)\\b.*") ? "spoken" : "texted";
            styles.computeIfAbsent(style, k -> new ArrayList<>()).add(s);
        }
        styles.forEach((style, list) -> System.out.printf(Locale.ROOT, "  pipeline on %-6s %.4f (%d)%n", style,
            accuracy(list), list.size()));
    }

    private static void confusion(List<Scored> scored) {
        Intent[] intents = Intent.values();
        int[][] m = new int[intents.length][intents.length];
        for (Scored s : scored) {
            m[s.example().intent().ordinal()][s.got().ordinal()]++;
        }
        StringBuilder header = new StringBuilder(String.format("  %-16s", "gold \\ got"));
        for (int j = 0; j < intents.length; j++) {
            header.append(String.format("%3d", j));
        }
        System.out.println(header.append("   prec  recall"));
        for (int i = 0; i < intents.length; i++) {
            StringBuilder row = new StringBuilder(String.format("  %2d %-13s", i, intents[i].id()));
            int column = 0;
            for (int j = 0; j < intents.length; j++) {
                row.append(m[i][j] == 0 ? "  ." : String.format("%3d", m[i][j]));
                column += m[j][i];
            }
            int total = Arrays.stream(m[i]).sum();
            System.out.println(row.append(String.format(Locale.ROOT, "   %.2f   %.2f",
                column == 0 ? 0.0 : m[i][i] / (double) column, total == 0 ? 0.0 : m[i][i] / (double) total)));
        }
    }

    /** Accuracy by confidence band, and the expected calibration error. */
    private static void calibration(List<Scored> scored) {
        Map<Integer, List<Scored>> bands = new java.util.TreeMap<>();
        for (Scored s : scored) {
            bands.computeIfAbsent(Math.min(9, (int) (s.confidence() * 10)), k -> new ArrayList<>()).add(s);
        }
        double error = 0;
        StringBuilder line = new StringBuilder("  confidence bands:");
        for (Map.Entry<Integer, List<Scored>> band : bands.entrySet()) {
            List<Scored> list = band.getValue();
            double meanConfidence = list.stream().mapToDouble(Scored::confidence).average().orElse(0);
            error += Math.abs(meanConfidence - accuracy(list)) * list.size() / scored.size();
            line.append(String.format(Locale.ROOT, " [%.1f: %d at %.2f]", band.getKey() / 10.0, list.size(),
                accuracy(list)));
        }
        System.out.println(line);
        System.out.printf(Locale.ROOT, "  expected calibration error %.3f%n", error);
    }
}
