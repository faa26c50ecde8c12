package io.maitre.nlu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The models this module ships in {@code io/maitre/nlu/model/}, trained from the corpus by {@code ./maitre train}
 * and committed with a manifest each ({@link ModelManifest}): the spelling vocabulary, the embedding table, the
 * name finder with its list of common words, and the intent classifier. Loading checks each artifact against its
 * manifest and refuses one made for another {@link #FEATURE_VERSION}. Building and serving never train.
 *
 * @param spelling the corpus vocabulary for texted words
 * @param embeddings the meaning vectors' table
 * @param names the name finder
 * @param classifier the intent classifier
 */
record ShippedModels(Spelling spelling, StaticEmbeddings embeddings, TrainedNameFinder names,
        IntentClassifier classifier) {

    /**
     * How this code reads text into what the models learned from: the normalizer's tokens, the classifier's
     * features, the embedding table's pieces and pooling, the name finder's words. Raise it with any change that
     * reads a message differently; models made for another version are refused until {@code ./maitre train}
     * retrains them.
     */
    static final int FEATURE_VERSION = 1;

    /** Where the models lie, under {@code io/maitre/nlu/}. */
    static final String DIRECTORY = "model/";

    static final String SPELLING = "spelling";
    static final String EMBEDDINGS = "token-vectors";
    static final String NAMES = "names";
    static final String COMMON_WORDS = "common-words";
    static final String INTENTS = "intents";

    /** Every model, in the order the trainer makes them. */
    static final List<String> ALL = List.of(SPELLING, EMBEDDINGS, NAMES, COMMON_WORDS, INTENTS);

    /** The manifest parameter that holds the intent classifier's calibration. */
    static final String TEMPERATURE = "temperature";

    /** The shipped models, loaded once, on first use. */
    static ShippedModels get() {
        return Holder.MODELS;
    }

    /** What the classifier reads of a message, with these models' spelling and embedding table. */
    IntentReader reader() {
        return new IntentReader(spelling, embeddings);
    }

    private static final class Holder {
        private static final ShippedModels MODELS = load();
    }

    private static ShippedModels load() {
        try {
            Spelling spelling = Spelling.read(new ByteArrayInputStream(artifact(SPELLING).bytes()));
            StaticEmbeddings embeddings = StaticEmbeddings.read(new ByteArrayInputStream(artifact(EMBEDDINGS).bytes()));
            Set<String> commonWords = Set.copyOf(new String(artifact(COMMON_WORDS).bytes(), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank()).toList());
            TrainedNameFinder names = new TrainedNameFinder(
                new TokenNameFinderModel(new ByteArrayInputStream(artifact(NAMES).bytes())), commonWords);
            Artifact intents = artifact(INTENTS);
            IntentClassifier classifier = new IntentClassifier(
                new DoccatModel(new ByteArrayInputStream(intents.bytes())),
                Double.parseDouble(intents.manifest().parameter(TEMPERATURE)));
            return new ShippedModels(spelling, embeddings, names, classifier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model's manifest and bytes, checked. */
    record Artifact(ModelManifest manifest, byte[] bytes) {
    }

    /** Opens a resource under {@code io/maitre/nlu/}, or gives {@code null} when there is none. */
    @FunctionalInterface
    interface Resources {
        InputStream open(String resource) throws IOException;
    }

    private static Artifact artifact(String model) throws IOException {
        return artifact(model, ShippedModels.class::getResourceAsStream);
    }

    /**
     * Reads a model and its manifest.
     *
     * @throws ModelOutdated when it is missing, was made for another feature version, or its bytes are not those
     *     the manifest describes
     */
    static Artifact artifact(String model, Resources resources) throws IOException {
        ModelManifest manifest;
        try (InputStream in = resources.open(ModelManifest.resource(model))) {
            if (in == null) {
                throw new ModelOutdated("model " + model + " has no manifest io/maitre/nlu/"
                    + ModelManifest.resource(model) + "; run ./maitre train to make the models");
            }
            manifest = ModelManifest.read(in);
        }
        if (manifest.featureVersion() != FEATURE_VERSION) {
            throw new ModelOutdated("model " + model + " was made for feature version " + manifest.featureVersion()
                + ", but this code reads text as version " + FEATURE_VERSION + "; run ./maitre train to retrain it");
        }
        byte[] bytes;
        try (InputStream in = resources.open(manifest.file())) {
            if (in == null) {
                throw new ModelOutdated("model " + model + ": io/maitre/nlu/" + manifest.file()
                    + " is missing; run ./maitre train to make it");
            }
            bytes = in.readAllBytes();
        }
        if (!ModelInputs.sha256(bytes).equals(manifest.sha256())) {
            throw new ModelOutdated("model " + model + ": io/maitre/nlu/" + manifest.file()
                + " is not the file its manifest describes; run ./maitre train to make it again");
        }
        return new Artifact(manifest, bytes);
    }
}
