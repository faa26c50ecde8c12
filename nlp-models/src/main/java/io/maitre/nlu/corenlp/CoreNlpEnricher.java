package io.maitre.nlu.corenlp;

import io.maitre.nlu.Entity;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.InterpretationEnricher;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds what only CoreNLP can tell, and only when it may matter, so it stays off the hot path: times
 * that the cheap pass of the catalog reading missed ("at 6:30 tonight", "tomorrow at noon"), read by
 * SUTime, and a {@code sentiment} entity ({@code negative} or {@code very_negative}) on complaints and
 * messages the bot did not understand, a signal for handing the customer to a person. Until the models
 * have loaded in the background it adds nothing rather than make a turn wait.
 */
public final class CoreNlpEnricher implements InterpretationEnricher {

    /**
     * The intents whose messages may give a time the cheap pass missed: setting the order's details, ordering,
     * and what was not understood, which includes a time alone said in a way the cheap pass does not know
     * ("quarter to eight" after "when would you like it?").
     */
    private static final Set<Intent> TIMED = EnumSet.of(Intent.FULFILLMENT_SET, Intent.ORDER_ADD,
            Intent.OUT_OF_SCOPE);

    private final CoreNlpAnalyzer analyzer;

    public CoreNlpEnricher(CoreNlpAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Interpretation enrich(Interpretation interpretation, InterpretationContext context) {
        List<Entity> added = new ArrayList<>();
        String text = interpretation.text();
        if (analyzer.isLoaded() && interpretation.entity("time").isEmpty() && CoreNlpAnalyzer.mayContainTime(text)
                && TIMED.contains(interpretation.intent())) {
            ZoneId zone = context == null ? ZoneId.systemDefault() : context.zone();
            ZonedDateTime now = context == null ? ZonedDateTime.now(zone) : ZonedDateTime.now(context.clock()
                    .withZone(zone));
            analyzer.analyze(text, now).times().stream().findFirst()
                    .ifPresent(time -> added.add(new Entity("time", value(time, now.toLocalDate()), time.text(),
                            time.begin(), time.end())));
        }
        if (analyzer.isSentimentLoaded() && (interpretation.intent() == Intent.COMPLAINT
                || interpretation.intent() == Intent.OUT_OF_SCOPE) && !text.isBlank()) {
            Sentiment sentiment = analyzer.sentiment(text);
            if (sentiment.isNegative()) {
                added.add(new Entity("sentiment", sentiment.label().name().toLowerCase(Locale.ROOT), text, 0,
                        text.length()));
            }
        }
        return interpretation.withFound(added);
    }

    /** {@code asap}, an ISO local time for today, or an ISO local date-time for another day. */
    private static String value(TimeMention time, LocalDate today) {
        if (time.asap() || time.at() == null) {
            return "asap";
        }
        return time.at().toLocalDate().equals(today) ? time.at().toLocalTime().toString()
                : time.at().toLocalDateTime().toString();
    }
}
