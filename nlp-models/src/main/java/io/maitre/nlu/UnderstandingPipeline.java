package io.maitre.nlu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The understanding pipeline (docs/architecture.md, One turn): entities and order items always from the catalog reading
 * ({@link CatalogInterpreter}); the intent from an {@link ExternalIntentSource} such as Dialogflow when it is
 * present and confident, else from the statistical classifier trained from this module's corpus, which weighs the
 * rules' decision with the words (see {@link IntentArbiter}). The words are read once, knowing nothing of the
 * conversation; how they answer each kind of question the bot asks is read by the rules into
 * {@link Interpretation#answers()}, and the dialogue, which knows what it asked, takes its answer from there. The
 * trained name finder adds, before the intent is decided, the names and unknown menu words the catalog missed, and
 * once an order is decided, the dishes not on the menu that it names plainly but the model missed ("a blueberry
 * muffin and a latte"); further {@link InterpretationEnricher}s run once the intent is decided.
 *
 * <p>{@link Interpretation#source()} says who decided the intent: {@value CatalogInterpreter#SOURCE} (the rules'
 * intent, alone or confirmed by the classifier), {@value #LOCAL} (the classifier overruled the rules) or the
 * external source's name. A low confidence means the bot should ask rather than act. Never throws; the local path
 * takes well under a millisecond for an ordinary utterance and is bounded for any text (an external source bounds
 * its own time). Safe to share between threads; the models load once, when the pipeline is built.
 */
public final class UnderstandingPipeline implements Interpreter {

    private static final Logger log = LoggerFactory.getLogger(UnderstandingPipeline.class);


    /** The {@link Interpretation#source()} when the local classifier decided the intent. */
    public static final String LOCAL = "local";
    /**
     * Terminal escape sequences (ECMA-48: ESC, then a bracket, parameters and a final letter, or one character) and
     * other control characters, which no one typed: ESC [31m is a colour, not the number 31.
     */
    private static final Pattern TERMINAL_CODES = Pattern.compile(
        "\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B[@-_]|[\\p{Cntrl}&&[^\\t\\n\\r]]");

    private final CatalogInterpreter catalog;
    private final TrainedNameFinder names;
    private final IntentReader reader;
    private final IntentClassifier classifier;
    private final ExternalIntentSource external;
    private final List<InterpretationEnricher> enrichers;

    /** The local pipeline: catalog reading, rules, the shipped classifier and name finder. */
    public UnderstandingPipeline(VocabularySource vocabularies) {
        this(vocabularies, ExternalIntentSource.NONE, List.of());
    }

    /**
     * The pipeline with an external intent source and further enrichers.
     *
     * @param vocabularies each outlet's menu words
     * @param external asked first for the intent; {@link ExternalIntentSource#NONE} for none
     * @param enrichers run in order once the intent is decided
     */
    public UnderstandingPipeline(VocabularySource vocabularies, ExternalIntentSource external,
            List<InterpretationEnricher> enrichers) {
        this(new CatalogInterpreter(vocabularies), ShippedModels.get(), external, enrichers);
    }

    UnderstandingPipeline(CatalogInterpreter catalog, ShippedModels models, ExternalIntentSource external,
            List<InterpretationEnricher> enrichers) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.names = models.names();
        this.reader = models.reader();
        this.classifier = models.classifier();
        this.external = Objects.requireNonNull(external, "external");
        this.enrichers = List.copyOf(enrichers);
    }

    @Override
    public Interpretation interpret(String text, InterpretationContext context) {
        return interpret(text, context, null);
    }

    /**
     * {@inheritDoc} When the words answer the question, neither the classifier nor the external source is asked:
     * "large" after "what size?" costs no call to Dialogflow.
     */
    @Override
    public Interpretation interpret(String text, InterpretationContext context, Question question) {
        String safeText = text == null ? "" : text;
        try {
            // Blanked to the same length, so that what is found keeps its place in the text as sent.
            String readable = TERMINAL_CODES.matcher(safeText).replaceAll(m -> " ".repeat(m.group().length()));
            UtteranceReading reading = catalog.read(readable, context);
            List<Entity> named = names.find(reading.rules());
            Interpretation read = reading.rules().withFound(named);
            Answers answers = reading.answers().with(named);
            Interpretation result;
            if (question != null && answers.to(question).isPresent()) {
                result = new Interpretation(safeText, read.intent(), read.confidence(), read.source(), read.entities(),
                    read.items(), answers, List.of()).asAnswerTo(question);
            } else {
                IntentArbiter.Verdict verdict = verdict(readable, context, read);
                Interpretation decided = verdict.intent() == read.intent() ? read
                    : reading.as(verdict.intent()).withFound(named);
                result = new Interpretation(safeText, verdict.intent(), verdict.confidence(), verdict.source(),
                    decided.entities(), decided.items(), answers, verdict.ranked());
            }
            result = reading.variant(result);
            result = result.withFound(names.dishesNotOnTheMenu(result));
            for (InterpretationEnricher enricher : enrichers) {
                result = enriched(enricher, result, context);
            }
            return result;
        } catch (RuntimeException e) {
            // Never throw for any text; the failure is logged and the reading says it failed, so the bot asks again.
            log.error("Understanding failed in conversation {}", conversation(context), e);
            return Interpretation.notUnderstood(safeText);
        }
    }

    /** The intent, given the utterance as the rules and the name finder read it. */
    private IntentArbiter.Verdict verdict(String text, InterpretationContext context, Interpretation read) {
        IntentClassifier.Prediction local = classifier.classify(reader.evidence(text, read));
        return IntentArbiter.decide(read, local, externalGuess(text, context));
    }

    private Optional<IntentGuess> externalGuess(String text, InterpretationContext context) {
        try {
            Optional<IntentGuess> guess = external.detect(text, context);
            return guess == null ? Optional.empty() : guess.filter(g -> g.intent() != null);
        } catch (RuntimeException e) {
            // The external source is optional: its failure leaves the decision to the local sources.
            log.warn("The external intent source failed in conversation {}: {}", conversation(context), e.toString());
            return Optional.empty();
        }
    }

    private static Interpretation enriched(InterpretationEnricher enricher, Interpretation interpretation,
            InterpretationContext context) {
        try {
            Interpretation enriched = enricher.enrich(interpretation, context);
            return enriched == null ? interpretation : enriched;
        } catch (RuntimeException e) {
            // An enricher only adds; when it fails, the interpretation stands without its additions.
            log.warn("{} failed in conversation {}", enricher.getClass().getSimpleName(), conversation(context), e);
            return interpretation;
        }
    }

    private static String conversation(InterpretationContext context) {
        return context == null || context.sessionId() == null ? "(none)" : context.sessionId();
    }
}
