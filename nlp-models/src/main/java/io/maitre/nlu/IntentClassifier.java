package io.maitre.nlu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The statistical intent classifier: an OpenNLP maximum entropy model over the evidence of a message
 * ({@link IntentEvidence}): its tokens, each worth 1, and the coordinates of its meaning vector as real-valued
 * features. Trained from the intent corpus by {@code ./maitre train}, shipped in OpenNLP's document categorizer
 * format ({@link ShippedModels}). Its probabilities are calibrated by a temperature fitted on held-out folds of the
 * corpus, so that a top probability of 0.8 is right about eight times in ten. Safe to share between threads.
 */
final class IntentClassifier {

    /** How many intents a prediction ranks. */
    static final int RANKED = 3;

    /**
     * The classifier's verdict.
     *
     * @param ranked the {@value #RANKED} most probable intents with their calibrated probabilities, most probable
     *     first
     */
    record Prediction(List<IntentGuess> ranked) {
        Prediction {
            ranked = List.copyOf(ranked);
        }

        /** The most probable intent. */
        Intent intent() {
            return ranked.get(0).intent();
        }

        /** Its calibrated probability. */
        double probability() {
            return ranked.get(0).confidence();
        }
    }

    /**
     * How much a coordinate of the meaning vector counts against a token: with the L2 penalty of
     * the trainer ({@code ModelTrainer}), three made the vector most useful in cross-validation.
     */
    private static final float MEANING_WEIGHT = 3f;
    /** Fixed, not the machine's cores: the threads' share of the gradient sums sets the model's last digits. */
    private static final int TRAINING_THREADS = 2;
    private static final String[] MEANING = new String[512];

    static {
        for (int d = 0; d < MEANING.length; d++) {
            MEANING[d] = "~m" + d;
        }
    }

    private final MaxentModel model;
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
        this.model = model.getMaxentModel();
        this.intents = new Intent[this.model.getNumOutcomes()];
        for (int i = 0; i < intents.length; i++) {
            String id = this.model.getOutcome(i);
            intents[i] = Intent.fromId(id).orElseThrow(() -> new IllegalStateException("unknown intent " + id));
        }
        this.inverseTemperature = 1.0 / temperature;
    }

    /** Classifies a message by its evidence. */
    Prediction classify(IntentEvidence evidence) {
        double[] p = probabilities(evidence);
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<IntentGuess> ranked = new ArrayList<>(RANKED);
        for (int k = 0; k < Math.min(RANKED, order.length); k++) {
            ranked.add(new IntentGuess(intents[order[k]], p[order[k]], UnderstandingPipeline.LOCAL));
        }
        return new Prediction(ranked);
    }

    /** The calibrated probability of every intent, in the model's order ({@link #intent(int)}). */
    double[] probabilities(IntentEvidence evidence) {
        Event event = event("", evidence);
        double[] p = model.eval(event.getContext(), event.getValues());
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
     * Trains a model: maximum entropy over the tokens and, where the samples have them, the meaning vectors as
     * real-valued features.
     */
    static DoccatModel train(List<IntentSample> samples, TrainingParameters parameters) throws IOException {
        List<Event> events = new ArrayList<>(samples.size());
        for (IntentSample sample : samples) {
            events.add(event(sample.intent().id(), sample.evidence()));
        }
        TrainingParameters realValued = new TrainingParameters(parameters);
        realValued.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        realValued.put(QNTrainer.THREADS_PARAM, TRAINING_THREADS);
        MaxentModel model = TrainerFactory.getEventTrainer(realValued, new HashMap<>())
            .train(ObjectStreamUtils.createObjectStream(events));
        return new DoccatModel("en", model, Map.of(), new DoccatFactory());
    }

    private static Event event(String outcome, IntentEvidence evidence) {
        String[] tokens = evidence.features();
        float[] meaning = evidence.meaning();
        if (meaning.length > MEANING.length) {
            throw new IllegalArgumentException("meaning vectors have at most " + MEANING.length + " dimensions");
        }
        String[] context = Arrays.copyOf(tokens, tokens.length + meaning.length);
        float[] values = new float[context.length];
        Arrays.fill(values, 0, tokens.length, 1f);
        for (int d = 0; d < meaning.length; d++) {
            context[tokens.length + d] = MEANING[d];
            values[tokens.length + d] = meaning[d] * MEANING_WEIGHT;
        }
        return new Event(outcome, context, values);
    }
}
