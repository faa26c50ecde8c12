package io.maitre.nlu;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TrainingParameters;

/**
 * {@code ./maitre evaluate}: the experiments behind the understanding's design, written to a report. Nothing here
 * runs in the default test suite: each experiment trains models (about 25 minutes on two cores in all).
 * <ul>
 *   <li>the kept-apart evaluation set scored by the rules alone, by classifiers trained without one part (the rules'
 *       vote, the meaning vector), by the shipped classifier and by the pipeline, with accuracy by style, the
 *       confusions, the calibration of the pipeline's confidence and its misses;</li>
 *   <li>the trainer's algorithm against OpenNLP's other classifiers, trained on the examples written for the
 *       corpus and scored on its collected messages;</li>
 *   <li>five-fold cross-validation over the corpus, with everything fitted to the corpus (the embedding table's
 *       tuning, the spelling vocabulary, the common words, the classifier) fitted on each fold's training
 *       examples only, so that no test message is read with what was learned from it.</li>
 * </ul>
 */
public final class Experiments {

    private static final int FOLDS = 5;
    private static final InterpretationContext CONTEXT = InterpretationContext.of(MenuVocabularyMother.OUTLET);

    private final ShippedModels shipped = ShippedModels.get();
    private final CatalogInterpreter rules = new CatalogInterpreter(MenuVocabularyMother.source());
    private final Report report;
    private final Progress progress;

    private Experiments(Report report, Progress progress) {
        this.report = report;
        this.progress = progress;
    }

    /**
     * Runs the experiments.
     *
     * @param args {@code [--report FILE]}, by default {@code nlp-training/target/evaluation-report.txt}
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of("nlp-training/target/evaluation-report.txt");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--report") && i + 1 < args.length) {
                file = Path.of(args[++i]);
            } else {
                System.err.println("usage: ./maitre evaluate [--report FILE]");
                System.exit(2);
            }
        }
        Report report = new Report(System.out);
        Experiments experiments = new Experiments(report, new Progress(System.err));
        experiments.heldOut();
        experiments.algorithms();
        experiments.crossValidation();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, report.text(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("Report written to " + file);
    }

    record Scored(Corpus.Example example, Intent got, double confidence) {
        boolean right() {
            return got == example.intent();
        }
    }

    private void heldOut() throws IOException {
        progress.step("held-out set: training the two ablation models on the shipped models' reading...");
        List<IntentSample> corpus = IntentSample.read(Corpus.examples(Corpus.INTENTS), shipped.names(),
            shipped.reader());
        IntentClassifier withoutVote = new IntentClassifier(ModelTrainer.trainIntents(corpus.stream()
            .map(s -> new IntentSample(s.intent(), withoutRuleVote(s.evidence()))).toList()), 1.0);
        IntentClassifier withoutMeaning = new IntentClassifier(ModelTrainer.trainIntents(corpus.stream()
            .map(s -> new IntentSample(s.intent(), withoutMeaning(s.evidence()))).toList()), 1.0);
        List<Corpus.Example> examples = Corpus.examples(Evaluation.HELD_OUT);
        UnderstandingPipeline pipeline = Evaluation.pipeline(shipped);
        List<Scored> piped = score(examples, text -> {
            Interpretation i = pipeline.interpret(text, CONTEXT);
            return new double[] {i.intent().ordinal(), i.confidence()};
        });
        report.line("== KEPT-APART EVALUATION SET (%s): %d messages", Evaluation.HELD_OUT, examples.size());
        line("rules alone", score(examples, text -> {
            Interpretation i = rules.interpret(text, CONTEXT);
            return new double[] {i.intent().ordinal(), i.confidence()};
        }));
        line("classifier without the rules' vote", score(examples,
            text -> classify(withoutVote, withoutRuleVote(evidence(text)))));
        line("classifier without the meaning vector", score(examples,
            text -> classify(withoutMeaning, withoutMeaning(evidence(text)))));
        line("shipped classifier", score(examples, text -> classify(shipped.classifier(), evidence(text))));
        line("pipeline", piped);
        byStyle(piped);
        confusion(piped);
        calibration(piped);
        piped.stream().filter(s -> !s.right()).forEach(s -> report.line("  MISS %-15s got %-15s %.2f  %s",
            s.example().intent().id(), s.got().id(), s.confidence(), s.example().text()));
    }

    /**
     * The trainer's algorithm, maximum entropy by L-BFGS, against the other OpenNLP classifiers on the same tokens,
     * trained on the examples written for the corpus and scored on its collected messages. The meaning vector is
     * left out for all four: GIS and naive Bayes take no negative feature values.
     */
    private void algorithms() throws IOException {
        List<Corpus.Example> all = Corpus.examples(Corpus.INTENTS);
        int written = CorpusParts.writtenForTheCorpus();
        List<Corpus.Example> collected = all.subList(written, all.size());
        List<IntentSample> tokens = IntentSample.read(all.subList(0, written), shipped.names(), shipped.reader())
            .stream().map(s -> new IntentSample(s.intent(), withoutMeaning(s.evidence()))).toList();
        Map<String, TrainingParameters> candidates = new LinkedHashMap<>();
        candidates.put("maximum entropy, L-BFGS (chosen)", ModelTrainer.intentParameters());
        candidates.put("maximum entropy, GIS", parameters("MAXENT", 100));
        candidates.put("naive Bayes", parameters("NAIVEBAYES", 1));
        candidates.put("perceptron", parameters("PERCEPTRON", 300));
        report.line("");
        report.line("== MODEL SELECTION: trained on the %d examples written for the corpus, scored on its %d "
            + "collected messages", written, collected.size());
        for (Map.Entry<String, TrainingParameters> candidate : candidates.entrySet()) {
            progress.step("algorithms: training %s...", candidate.getKey());
            IntentClassifier classifier = new IntentClassifier(IntentClassifier.train(tokens, candidate.getValue()),
                1.0);
            List<Scored> scored = score(collected, text -> classify(classifier, withoutMeaning(evidence(text))));
            report.line("  %-38s accuracy %.4f", candidate.getKey(), accuracy(scored));
        }
    }

    /**
     * Five-fold cross-validation over the corpus, with the embedding table tuned, the spelling vocabulary counted
     * and the common words chosen on each fold's training examples only; the name finder's model is trained on
     * its own sentences, which no fold holds.
     */
    private void crossValidation() throws IOException {
        List<Corpus.Example> pool = Corpus.examples(Corpus.INTENTS);
        int firstCollected = CorpusParts.writtenForTheCorpus();
        progress.step("cross-validation: encoding the vocabulary and the %,d sentences...", pool.size());
        EmbeddingDistiller.Encoded encoded = EmbeddingDistiller.encode(pool.stream().map(Corpus.Example::text)
            .toList());
        List<NameSample> nameSamples = ModelTrainer.nameSamples(Corpus.lines(TrainedNameFinder.CORPUS));
        TokenNameFinderModel names = ModelTrainer.trainNames(nameSamples);
        int[] fold = folds(pool.size());
        int right = 0;
        int collectedRight = 0;
        report.line("");
        report.line("== CROSS-VALIDATION, %d folds over %d corpus messages, each fold fitted on its own training "
            + "examples", FOLDS, pool.size());
        for (int k = 0; k < FOLDS; k++) {
            int current = k;
            progress.step("cross-validation: fold %d of %d (tuning the table, training the classifier)...", k + 1,
                FOLDS);
            List<Corpus.Example> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (fold[i] == current) {
                    test.add(i);
                } else {
                    train.add(pool.get(i));
                }
            }
            ModelTrainer.Trained trained = ModelTrainer.train(train, encoded.tuned(i -> fold[i] != current), names,
                nameSamples);
            IntentClassifier classifier = new IntentClassifier(trained.intents(), 1.0);
            List<IntentSample> read = IntentSample.read(test.stream().map(pool::get).toList(), trained.names(),
                new IntentReader(trained.spelling(), trained.embeddings()));
            int foldRight = 0;
            for (int t = 0; t < test.size(); t++) {
                IntentClassifier.Prediction p = classifier.classify(read.get(t).evidence());
                Intent got = p.probability() < IntentArbiter.OUT_OF_SCOPE_BELOW ? Intent.OUT_OF_SCOPE : p.intent();
                if (got == read.get(t).intent()) {
                    foldRight++;
                    collectedRight += test.get(t) >= firstCollected ? 1 : 0;
                }
            }
            right += foldRight;
            report.line("  fold %d: accuracy %.4f", k + 1, foldRight / (double) test.size());
        }
        report.line("  accuracy %.4f over all %d messages; %.4f on the %d collected messages",
            right / (double) pool.size(), pool.size(), collectedRight / (double) (pool.size() - firstCollected),
            pool.size() - firstCollected);
    }

    /** Each example's fold, the same shuffle every run. */
    private static int[] folds(int size) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(FOLDS));
        int[] fold = new int[size];
        for (int k = 0; k < size; k++) {
            fold[order.get(k)] = k % FOLDS;
        }
        return fold;
    }

    private static TrainingParameters parameters(String algorithm, int iterations) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        return parameters;
    }

    private static IntentEvidence withoutRuleVote(IntentEvidence evidence) {
        return new IntentEvidence(Arrays.stream(evidence.features()).filter(f -> !f.startsWith("rule:"))
            .toArray(String[]::new), evidence.meaning());
    }

    private static IntentEvidence withoutMeaning(IntentEvidence evidence) {
        return new IntentEvidence(evidence.features(), new float[0]);
    }

    /** The evidence of a message as the pipeline reads it before deciding the intent. */
    private IntentEvidence evidence(String text) {
        return shipped.reader().evidence(text, shipped.names().enrich(rules.interpret(text, CONTEXT), CONTEXT));
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

    private void line(String system, List<Scored> scored) {
        report.line("  %-38s accuracy %.4f (%d/%d)", system, accuracy(scored),
            scored.stream().filter(Scored::right).count(), scored.size());
    }

    /** Typed messages start with a capital letter, spoken ones have fillers, the rest are texted. */
    private void byStyle(List<Scored> scored) {
        Map<String, List<Scored>> styles = new LinkedHashMap<>();
        for (Scored s : scored) {
            String text = s.example().text();
            String style = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) ? "typed"
                : text.matches("(?i).*\\b(um|uh|like|so)\\b.*") ? "spoken" : "texted";
            styles.computeIfAbsent(style, k -> new ArrayList<>()).add(s);
        }
        styles.forEach((style, list) -> report.line("  pipeline on %-6s %.4f (%d)", style, accuracy(list),
            list.size()));
    }

    private void confusion(List<Scored> scored) {
        Intent[] intents = Intent.values();
        int[][] m = new int[intents.length][intents.length];
        for (Scored s : scored) {
            m[s.example().intent().ordinal()][s.got().ordinal()]++;
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-16s", "gold \\ got"));
        for (int j = 0; j < intents.length; j++) {
            header.append(String.format(Locale.ROOT, "%3d", j));
        }
        report.line("%s", header.append("   prec  recall"));
        for (int i = 0; i < intents.length; i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %2d %-13s", i, intents[i].id()));
            int column = 0;
            for (int j = 0; j < intents.length; j++) {
                row.append(m[i][j] == 0 ? "  ." : String.format(Locale.ROOT, "%3d", m[i][j]));
                column += m[j][i];
            }
            int total = Arrays.stream(m[i]).sum();
            report.line("%s", row.append(String.format(Locale.ROOT, "   %.2f   %.2f",
                column == 0 ? 0.0 : m[i][i] / (double) column, total == 0 ? 0.0 : m[i][i] / (double) total)));
        }
    }

    /** Accuracy by confidence band, and the expected calibration error. */
    private void calibration(List<Scored> scored) {
        Map<Integer, List<Scored>> bands = new TreeMap<>();
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
        report.line("%s", line);
        report.line("  expected calibration error %.3f", error);
    }

    /** The report's lines, printed as they come and kept for the file. */
    private static final class Report {

        private final PrintStream out;
        private final StringBuilder text = new StringBuilder();

        Report(PrintStream out) {
            this.out = out;
        }

        void line(String format, Object... args) {
            String line = String.format(Locale.ROOT, format, args);
            out.println(line);
            out.flush();
            text.append(line).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
