package io.maitre.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The statistical intent classifier: an OpenNLP document categorizer (maximum entropy) over the tokens of
 * {@link IntentFeatures}, trained from the intent corpus at build time ({@link ModelTrainer}) and shipped in the
 * jar. Its probabilities are calibrated by a temperature fitted on held-out folds of the corpus, so that a top
 * probability of 0.8 is right about eight times in ten. Safe to share between threads.
 */
final class IntentClassifier {

    /** Where the build puts the trained model, under {@code io/maitre/nlu/}. */
    static final String MODEL = "model/intents.bin";
    /** Where the build puts the calibration ({@code temperature}), under {@code io/maitre/nlu/}. */
    static final String CALIBRATION = "model/intents.properties";

    /**
     * The classifier's verdict.
     *
     * @param intent the most probable intent
     * @param probability its calibrated probability
     */
    record Prediction(Intent intent, double probability) {
    }

    private final DocumentCategorizerME categorizer;
    private final Intent[] intents;
    private final double inverseTemperature;

    /**
     * A classifier.
     *
     * @param temperature the calibration: probabilities are raised to {@code 1 / temperature} and renormalized
     */
    IntentClassifier(DoccatModel model, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        this.categorizer = new DocumentCategorizerME(model);
        this.intents = new Intent[categorizer.getNumberOfCategories()];
        for (int i = 0; i < intents.length; i++) {
            String id = categorizer.getCategory(i);
            intents[i] = Intent.fromId(id).orElseThrow(() -> new IllegalStateException("unknown intent " + id));
        }
        this.inverseTemperature = 1.0 / temperature;
    }

    /** The model and calibration the build trained and put on the class path. */
    static IntentClassifier bundled() {
        try (InputStream model = IntentClassifier.class.getResourceAsStream(MODEL);
                InputStream calibration = IntentClassifier.class.getResourceAsStream(CALIBRATION)) {
            if (model == null || calibration == null) {
                throw new IllegalStateException("intent model io/maitre/nlu/" + MODEL
                    + " not on the class path; the build trains it in process-classes (ModelTrainer)");
            }
            Properties properties = new Properties();
            properties.load(calibration);
            return new IntentClassifier(new DoccatModel(model),
                Double.parseDouble(properties.getProperty("temperature", "1")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classifies the tokens of {@link IntentFeatures}. */
    Prediction classify(String[] features) {
        double[] p = probabilities(features);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Prediction(intents[best], p[best]);
    }

    /** The calibrated probability of every intent, in the model's order ({@link #intent(int)}). */
    double[] probabilities(String[] features) {
        double[] p = categorizer.categorize(features);
        if (inverseTemperature == 1.0) {
            return p;
        }
        return sharpened(p, inverseTemperature);
    }

    Intent intent(int index) {
        return intents[index];
    }

    /** The probabilities raised to {@code power} and renormalized. */
    static double[] sharpened(double[] p, double power) {
        double[] q = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            q[i] = Math.pow(p[i], power);
            sum += q[i];
        }
        for (int i = 0; i < q.length; i++) {
            q[i] /= sum;
        }
        return q;
    }

    /**
     * Trains a model on tokens that are already features: OpenNLP's bag of words only prefixes them.
     *
     * @param samples per example its intent id and {@link IntentFeatures} tokens
     */
    static DoccatModel train(List<DocumentSample> samples, TrainingParameters parameters) throws IOException {
        FeatureGenerator[] features = {new BagOfWordsFeatureGenerator()};
        return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(new ArrayList<>(samples)),
            parameters, new DoccatFactory(features));
    }
}
