package io.maitre.nlu;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reading of one utterance: normalize, find times, phones, addresses, names and fulfillment, read menu
 * phrases and grammar into units, compose order frames, decide the intent, and resolve the frames into items
 * the way that intent needs them.
 */
final class UtteranceReading {

    private static final Set<String> ORDINARY = ordinaryWords();
    private static final Set<String> QUESTION_STARTS = Set.of("is", "are", "do", "does", "did", "can", "could",
        "what", "which", "how", "where", "when", "any", "will", "would", "whats", "who", "why");

    private final String text;
    private final Intent readAs;
    private final String expecting;
    private final String expectingItemId;
    private final LocalDateTime now;
    private final Lexicon lexicon;
    private final Tokens tokens;
    private final boolean[] used;
    private final List<Span> spans = new ArrayList<>();

    private UtteranceReading(String text, InterpretationContext context, Lexicon lexicon, Intent readAs) {
        this.text = text;
        this.readAs = readAs;
        this.expecting = context == null ? null : context.expecting();
        this.expectingItemId = context == null ? null : context.expectingItemId();
        ZoneId zone = context == null || context.zone() == null ? ZoneOffset.UTC : context.zone();
        Clock clock = context == null || context.clock() == null ? Clock.systemUTC() : context.clock();
        this.now = LocalDateTime.ofInstant(clock.instant(), zone);
        this.lexicon = lexicon;
        this.tokens = TextNormalizer.tokenize(text);
        this.used = new boolean[tokens.size()];
    }

    /**
     * Reads the text.
     *
     * @param readAs the intent to read it as, or {@code null} for the one the rules decide
     */
    static Interpretation read(String text, InterpretationContext context, Lexicon lexicon, Intent readAs) {
        return new UtteranceReading(text, context, lexicon, readAs).interpretation();
    }

    private Interpretation interpretation() {
        String[] menuWords = lexicon.corrected(tokens, ORDINARY);
        Predicate<String> menuWord = lexicon::knows;
        findDetails(menuWord);
        SelfRepairs.strike(tokens, menuWords, used, lexicon);
        boolean[] details = used.clone();
        for (Span s : spans) {
            if (s.type().equals("fulfillment")) {
                for (int i = s.from(); i < s.to(); i++) {
                    details[i] = false;
                }
            }
        }

        List<Unit> units = UnitReader.read(tokens, menuWords, used, lexicon);
        OrderComposer.Result composed = OrderComposer.compose(tokens, units, lexicon);
        Cues.Found cues = withoutMenuDiet(Cues.find(FulfillmentPhrases.norms(tokens), details), units);

        boolean pending = ("size".equals(expecting) || "option".equals(expecting)) && expectingItemId != null;
        IntentRules.Reading reading = reading(composed.frames(), units);
        IntentRules.Decision decided = IntentRules.decide(cues, reading, expecting, pending);
        IntentRules.Decision decision = readAs == null || readAs == decided.intent() ? decided
            : IntentRules.Decision.of(readAs, decided.confidence());

        FrameResolver.Mode mode = mode(decision.intent(), pending);
        FrameResolver.Resolved resolved = resolve(decision.intent(), composed.frames(), mode);
        List<Entity> entities = entities(units, composed, resolved, cues, decision, mode == FrameResolver.Mode.ADD);
        return new Interpretation(text, decision.intent(), decision.confidence(), CatalogInterpreter.SOURCE,
            entities, resolved.requests());
    }

    /** Times, phone numbers, addresses, names and pickup or delivery, answered or stated. */
    private void findDetails(Predicate<String> menuWord) {
        Predicate<String> ordinary = w -> ORDINARY.contains(w) || menuWord.test(w) || NumberPhrases.isDigits(w);
        spans.addAll(ContactDetails.phones(text, tokens, used));
        Span address = "address".equals(expecting)
            ? ContactDetails.addressAnswer(text, tokens, used)
            : ContactDetails.address(text, tokens, used, menuWord);
        if (address == null && "address".equals(expecting)) {
            address = ContactDetails.address(text, tokens, used, menuWord);
        }
        if (address != null) {
            spans.add(address);
        }
        for (TimeExpressions.Match m : TimeExpressions.find(tokens, "time".equals(expecting), now, menuWord, used)) {
            spans.add(new Span("time", m.value(), m.from(), m.to()));
        }
        spans.addAll(FulfillmentPhrases.find(tokens, used));
        Span name = "name".equals(expecting)
            ? ContactDetails.nameAnswer(text, tokens, used, ordinary)
            : null;
        if (name == null) {
            name = ContactDetails.nameStatement(text, tokens, used, ordinary);
        }
        if (name != null) {
            spans.add(name);
        }
    }

    /** "vegan" that names a menu style orders it; only a dietary word that is no menu word asks about diet. */
    private static Cues.Found withoutMenuDiet(Cues.Found cues, List<Unit> units) {
        int[] diet = cues.span(Cues.Cue.DIET);
        if (diet == null) {
            return cues;
        }
        for (Unit u : units) {
            if (u.kind() == Unit.Kind.MENU && u.from() < diet[1] && diet[0] < u.to()) {
                Map<Cues.Cue, int[]> spansLeft = new EnumMap<>(cues.spans());
                spansLeft.remove(Cues.Cue.DIET);
                return new Cues.Found(spansLeft);
            }
        }
        return cues;
    }

    private IntentRules.Reading reading(List<OrderComposer.Frame> frames, List<Unit> units) {
        boolean content = false;
        boolean explicit = false;
        boolean negated = false;
        boolean none = false;
        boolean bare = false;
        int newItemAt = Integer.MAX_VALUE;
        for (OrderComposer.Frame f : frames) {
            if (f.negated) {
                negated |= f.itemId != null;
                continue;
            }
            if (f.hasContent()) {
                content = true;
                explicit |= f.itemId != null || f.pronoun || !f.options.isEmpty();
                for (OrderComposer.Option o : f.options) {
                    none |= o.qualifier() == Qualifier.NONE;
                }
                if (f.quantity != null && (f.itemId != null || !f.article)) {
                    newItemAt = Math.min(newItemAt, units.get(f.firstUnit).from());
                }
            } else if (f.quantity != null && !f.article) {
                bare = true;
            }
        }
        boolean has = false;
        boolean time = false;
        boolean address = false;
        boolean contact = false;
        for (Span s : spans) {
            switch (s.type()) {
                case "fulfillment" -> has = true;
                case "time" -> time = true;
                case "address" -> address = true;
                default -> contact = true;
            }
        }
        boolean question = tokens.question() || (tokens.size() > 0 && QUESTION_STARTS.contains(tokens.norm(0)));
        return new IntentRules.Reading(content, explicit, negated, none, bare, newItemAt, has, time, address,
            contact, question);
    }

    private static FrameResolver.Mode mode(Intent intent, boolean pending) {
        if (intent == Intent.ORDER_REMOVE || intent == Intent.ORDER_MODIFY) {
            return FrameResolver.Mode.MODIFY;
        }
        return pending ? FrameResolver.Mode.PENDING : FrameResolver.Mode.ADD;
    }

    private FrameResolver.Resolved resolve(Intent intent, List<OrderComposer.Frame> frames, FrameResolver.Mode mode) {
        List<OrderComposer.Frame> chosen = new ArrayList<>();
        boolean keepBare;
        if (intent == Intent.ORDER_REMOVE) {
            keepBare = false;
            for (OrderComposer.Frame f : frames) {
                if (f.negated) {
                    chosen.add(f);
                }
            }
            if (chosen.isEmpty()) {
                // No "no" or "remove" marked an item ("forget the wings", read as a removal by the classifier):
                // the items named are the ones to take away.
                for (OrderComposer.Frame f : frames) {
                    if (f.hasContent()) {
                        chosen.add(f);
                    }
                }
            }
        } else if (intent == Intent.ORDER_MODIFY) {
            keepBare = true;
            for (OrderComposer.Frame f : frames) {
                if (f.negated && f.itemId != null) {
                    chosen.add(f);
                }
            }
            for (OrderComposer.Frame f : frames) {
                if (!f.negated) {
                    chosen.add(f);
                }
            }
            chosen = forModify(chosen);
        } else {
            keepBare = mode == FrameResolver.Mode.PENDING;
            for (OrderComposer.Frame f : frames) {
                if (!f.negated) {
                    chosen.add(f);
                }
            }
        }
        return FrameResolver.resolve(chosen, lexicon, mode, keepBare);
    }

    /**
     * Orders the frames of a change as [what to change, the change]: an item removed ("remove the coke and add a
     * sprite") or named after "instead of" comes first, and a quantity said after an item is that item's new
     * quantity ("make the coke three").
     */
    private static List<OrderComposer.Frame> forModify(List<OrderComposer.Frame> frames) {
        List<OrderComposer.Frame> out = new ArrayList<>();
        for (OrderComposer.Frame f : frames) {
            if (!f.hasContent() && f.quantity == null) {
                continue;
            }
            if (!f.hasContent() && !out.isEmpty() && out.get(out.size() - 1).quantity == null) {
                out.get(out.size() - 1).quantity = f.quantity;
                out.get(out.size() - 1).article = f.article;
                continue;
            }
            if (f.replaced) {
                out.add(0, f);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private List<Entity> entities(List<Unit> units, OrderComposer.Result composed, FrameResolver.Resolved resolved,
            Cues.Found cues, IntentRules.Decision decision, boolean articlesCount) {
        List<Entity> entities = new ArrayList<>();
        Set<Integer> quantityUnits = new HashSet<>();
        for (OrderComposer.Frame f : composed.frames()) {
            if (f.hasContent() && f.quantityUnit >= 0) {
                quantityUnits.add(f.quantityUnit);
            }
        }
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            switch (u.kind()) {
                case MENU -> {
                    Lexicon.Sense s = resolved.senses().getOrDefault(k, u.senses().get(0));
                    if (s.isItem()) {
                        entities.add(entity("item", s.itemId(), u.from(), u.to()));
                    } else if (!s.isVague()) {
                        entities.add(entity(s.group(), s.optionId(), u.from(), u.to()));
                    }
                }
                case NUMBER -> {
                    boolean counts = u.number().article() ? articlesCount && quantityUnits.contains(k)
                        : !composed.pronounUnits()[k];
                    if (counts) {
                        entities.add(entity("number", Integer.toString(u.number().value()), u.from(), u.to()));
                    }
                }
                case GRAMMAR -> {
                    if (composed.appliedUnits()[k]) {
                        Qualifier q = u.word().kind() == Grammar.Kind.AMOUNT ? u.word().amount() : Qualifier.NONE;
                        entities.add(entity("qualifier", q.id(), u.from(), u.to()));
                    }
                }
                default -> {
                }
            }
        }
        for (Span s : spans) {
            entities.add(entity(s.type(), s.value(), s.from(), s.to()));
        }
        if (decision.restart()) {
            int[] span = cues.span(Cues.Cue.RESTART);
            entities.add(entity("scope", "restart", span[0], span[1]));
        }
        entities.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return entities;
    }

    private Entity entity(String type, String value, int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Entity(type, value, text.substring(start, end), start, end);
    }

    private static Set<String> ordinaryWords() {
        Set<String> words = new HashSet<>(CommonWords.WORDS);
        words.addAll(Grammar.words());
        words.addAll(Cues.words());
        return Set.copyOf(words);
    }
}
