package io.maitre.nlu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the models nlp-models ships ({@link ShippedModels}) from a set of corpus examples: the spelling
 * vocabulary, the name finder's list of common words and the intent classifier, given the embedding table
 * ({@link EmbeddingDistiller}) and the name finder model, which the caller makes. {@link Training} fits them on the
 * whole corpus and writes them; {@link Experiments} fits them on cross-validation folds, each from its own
 * training examples only.
 */
final class ModelTrainer {

    /** The folds of the corpus whose held-out predictions calibrate the classifier. */
    static final int CALIBRATION_FOLDS = 5;

    /** The L2 penalty of the intent model; 0.1 was best in cross-validation against 0.05, 0.2, 0.3 and 1.0. */
    static final double L2_COST = 0.1;

    /**
     * A converged intent model gets at least this share of its own training examples right (about 0.99 when it
     * converges, 0.8 when the search gave up early).
     */
    static final double MINIMUM_TRAINING_FIT = 0.95;

    /** Words used in at least this many corpus examples are ordinary language to the name finder. */
    static final int COMMON_WORD_MIN_EXAMPLES = 3;

    /**
     * A name the name finder's sentences mark ("Maria") is ordinary language only when this many corpus examples
     * use it ("split the bill"): a few customers giving their name do not make it a common word.
     */
    static final int COMMON_NAME_MIN_EXAMPLES = 10;

    /** The name finder's iterations and feature cutoff. */
    static final int NAME_ITERATIONS = 150;
    static final int NAME_CUTOFF = 1;

    /**
     * The models trained from one set of examples.
     *
     * @param spelling the examples' vocabulary
     * @param embeddings the embedding table it was given
     * @param commonWords the words the name finder takes for ordinary language
     * @param names the name finder with those words
     * @param samples the examples as the classifier reads them with these parts
     * @param intents the intent model
     */
    record Trained(Spelling spelling, StaticEmbeddings embeddings, List<String> commonWords, TrainedNameFinder names,
            List<IntentSample> samples, DoccatModel intents) {

        /** The models as the pipeline uses them, with this calibration. */
        ShippedModels models(double temperature) {
            return new ShippedModels(spelling, embeddings, names, new IntentClassifier(intents, temperature));
        }
    }

    private ModelTrainer() {
    }

    /**
     * Trains the spelling vocabulary, the common words and the intent model from these examples.
     *
     * @param examples the training examples
     * @param table the embedding table, as {@link EmbeddingDistiller.Encoded#tuned} writes it
     * @param names the name finder model
     * @param nameSamples the sentences it was trained on
     */
    static Trained train(List<Corpus.Example> examples, byte[] table, TokenNameFinderModel names,
            List<NameSample> nameSamples) throws IOException {
        Spelling spelling = Spelling.counted(examples.stream().map(Corpus.Example::text).toList());
        StaticEmbeddings embeddings = StaticEmbeddings.read(new ByteArrayInputStream(table));
        List<String> commonWords = commonWords(examples, nameSamples);
        TrainedNameFinder finder = new TrainedNameFinder(names, Set.copyOf(commonWords));
        List<IntentSample> samples = IntentSample.read(examples, finder, new IntentReader(spelling, embeddings));
        return new Trained(spelling, embeddings, commonWords, finder, samples, trainIntents(samples));
    }

    /**
     * Maximum entropy trained by L-BFGS with a light L2 penalty: on the corpus's held-out folds it beat GIS
     * maximum entropy, naive Bayes and the perceptron (see {@code IntentEvaluationTest}). The likelihood and its
     * gradient are computed on two threads (see {@link IntentClassifier#train}).
     */
    static TrainingParameters intentParameters() {
        return intentParameters(L2_COST);
    }

    static TrainingParameters intentParameters(double l2Cost) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put("L1Cost", 0.0);
        parameters.put("L2Cost", l2Cost);
        return parameters;
    }

    /**
     * The intent model, checked: L-BFGS's line search now and then gives up after a few iterations and leaves a
     * model that fits even its own training examples badly (one fold in five of the cross-validation once scored
     * 0.75 instead of 0.95). Such a model is never kept: training is repeated with a penalty a little larger,
     * which takes the search another way, and fails the build if that does not help either.
     */
    static DoccatModel trainIntents(List<IntentSample> samples) throws IOException {
        return trainIntents(samples, l2Cost -> IntentClassifier.train(samples, intentParameters(l2Cost)));
    }

    /** Trains an intent model with a given L2 penalty. */
    @FunctionalInterface
    interface IntentTraining {
        DoccatModel train(double l2Cost) throws IOException;
    }

    /** {@link #trainIntents(List)} with the training itself given, so that its checks can be tested. */
    static DoccatModel trainIntents(List<IntentSample> samples, IntentTraining training) throws IOException {
        double l2Cost = L2_COST;
        double fit = 0;
        for (int attempt = 0; attempt < 4; attempt++, l2Cost *= 1.1) {
            DoccatModel model = training.train(l2Cost);
            fit = trainingFit(new IntentClassifier(model, 1.0), samples);
            if (fit >= MINIMUM_TRAINING_FIT) {
                return model;
            }
        }
        throw new IllegalStateException(String.format(Locale.ROOT,
            "intent model fits only %.3f of its training examples after 4 attempts", fit));
    }

    /** The share of the examples the classifier gets right. */
    static double trainingFit(IntentClassifier classifier, List<IntentSample> samples) {
        int right = 0;
        for (IntentSample sample : samples) {
            if (classifier.classify(sample.evidence()).intent() == sample.intent()) {
                right++;
            }
        }
        return right / (double) samples.size();
    }

    /**
     * The temperature that makes the classifier's probabilities honest: the one that maximizes the likelihood of
     * the right intents in predictions on folds the model was not trained on.
     */
    static double temperature(List<IntentSample> samples) throws IOException {
        List<IntentSample> shuffled = new ArrayList<>(samples);
        Collections.shuffle(shuffled, new Random(CALIBRATION_FOLDS));
        List<double[]> predictions = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (int fold = 0; fold < CALIBRATION_FOLDS; fold++) {
            List<IntentSample> train = new ArrayList<>();
            List<IntentSample> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % CALIBRATION_FOLDS == fold ? test : train).add(shuffled.get(i));
            }
            IntentClassifier classifier = new IntentClassifier(trainIntents(train), 1.0);
            for (IntentSample sample : test) {
                double[] p = classifier.probabilities(sample.evidence());
                for (int k = 0; k < p.length; k++) {
                    if (classifier.intent(k) == sample.intent()) {
                        predictions.add(p);
                        answers.add(k);
                    }
                }
            }
        }
        double best = 1.0;
        double bestLoss = Double.MAX_VALUE;
        for (int step = 20; step <= 400; step += 5) {
            double t = step / 100.0;
            double loss = 0;
            for (int i = 0; i < predictions.size(); i++) {
                double[] calibrated = IntentClassifier.sharpened(predictions.get(i), 1 / t);
                loss -= Math.log(Math.max(1e-12, calibrated[answers.get(i)]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }

    static TokenNameFinderModel trainNames(List<NameSample> samples) throws IOException {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, NAME_ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, NAME_CUTOFF);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
            new TokenNameFinderFactory());
    }

    /**
     * The annotated sentences, re-tokenized the way the pipeline tokenizes an utterance ({@link TextNormalizer}),
     * so that training and use see the same tokens.
     */
    static List<NameSample> nameSamples(List<String> lines) throws IOException {
        List<NameSample> samples = new ArrayList<>(lines.size());
        for (String line : lines) {
            NameSample parsed = NameSample.parse(line, false);
            List<String> words = new ArrayList<>();
            int[] firstWord = new int[parsed.getSentence().length + 1];
            for (int i = 0; i < parsed.getSentence().length; i++) {
                firstWord[i] = words.size();
                words.addAll(TrainedNameFinder.words(parsed.getSentence()[i]));
            }
            firstWord[parsed.getSentence().length] = words.size();
            List<Span> spans = new ArrayList<>();
            for (Span s : parsed.getNames()) {
                int from = firstWord[s.getStart()];
                int to = firstWord[s.getEnd()];
                if (to > from) {
                    spans.add(new Span(from, to, s.getType()));
                }
            }
            samples.add(new NameSample(words.toArray(String[]::new), spans.toArray(Span[]::new), true));
        }
        return samples;
    }

    /**
     * The words used in at least {@link #COMMON_WORD_MIN_EXAMPLES} corpus examples that are no words of the corpus
     * menu and that the name finder's sentences never mark as food, nor as a name unless at least
     * {@link #COMMON_NAME_MIN_EXAMPLES} examples use them: ordinary language, which the name finder never takes for
     * a name or an unknown menu word. ("burger" stays food however often customers mention the burger place across
     * the road.)
     */
    static List<String> commonWords(List<Corpus.Example> examples, List<NameSample> names) {
        Lexicon menu = Lexicon.compile(CorpusMenu.vocabulary());
        Set<String> food = new HashSet<>();
        Set<String> personal = new HashSet<>();
        for (NameSample sample : names) {
            for (Span span : sample.getNames()) {
                Set<String> marked = span.getType().equals("name") ? personal : food;
                for (int i = span.getStart(); i < span.getEnd(); i++) {
                    marked.add(sample.getSentence()[i].toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Corpus.Example example : examples) {
            Set<String> seen = new HashSet<>(TextNormalizer.norms(example.text()));
            seen.forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        Set<String> common = new TreeSet<>();
        counts.forEach((word, count) -> {
            if (count >= COMMON_WORD_MIN_EXAMPLES && !menu.knows(word) && !food.contains(word)
                    && (count >= COMMON_NAME_MIN_EXAMPLES || !personal.contains(word))) {
                common.add(word);
            }
        });
        return new ArrayList<>(common);
    }
}
