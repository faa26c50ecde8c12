package io.maitre.nlu;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reading of one utterance, knowing nothing of the conversation: normalize; find times, phones, addresses,
 * names and fulfillment; read menu phrases and grammar into units; compose order frames; decide the rules'
 * intent. The frames resolve into the items of whichever intent is decided in the end ({@link #as(Intent)})
 * without reading the words again, and the reading says how the words answer each kind of question
 * ({@link #answers()}). Where an answer takes more words than the plain reading does (a bare "7" as a time,
 * "John Smith" as a name), only the order words outside it are read again.
 */
final class UtteranceReading {

    private static final Set<String> ORDINARY = ordinaryWords();
    private static final Set<String> QUESTION_STARTS = Set.of("is", "are", "do", "does", "did", "can", "could",
        "what", "which", "how", "where", "when", "any", "will", "would", "whats", "who", "why");
    private static final Set<Intent> YES_OR_NO = EnumSet.of(Intent.AFFIRM, Intent.DENY, Intent.ORDER_DONE);

    private final String text;
    private final LocalDateTime now;
    private final Lexicon lexicon;
    private final Tokens tokens;
    private final String[] menuWords;
    private final Predicate<String> menuWord;
    private final Predicate<String> ordinary;
    private final Details details;
    private final Parse plain;
    private final IntentRules.Decision decided;
    private final Interpretation rules;

    /**
     * The details found, with which words each liberal finder of an answer would have had to itself.
     *
     * @param struck the words a self-repair struck out ("a medium, no, make that a large")
     */
    private record Details(List<Span> spans, boolean[] used, boolean[] struck, boolean[] beforeAddress,
            boolean[] beforeTime, boolean[] beforeName) {
    }

    /** The order words and cues read around a set of details. */
    private record Parse(List<Span> spans, List<Unit> units, OrderComposer.Result composed, Cues.Found cues,
            IntentRules.Reading reading) {
    }

    private UtteranceReading(String text, InterpretationContext context, Lexicon lexicon) {
        this.text = text;
        ZoneId zone = context == null || context.zone() == null ? ZoneOffset.UTC : context.zone();
        Clock clock = context == null || context.clock() == null ? Clock.systemUTC() : context.clock();
        this.now = LocalDateTime.ofInstant(clock.instant(), zone);
        this.lexicon = lexicon;
        this.tokens = TextNormalizer.tokenize(text);
        this.menuWords = lexicon.corrected(tokens, ORDINARY);
        this.menuWord = lexicon::knows;
        this.ordinary = w -> ORDINARY.contains(w) || menuWord.test(w) || NumberPhrases.isDigits(w);
        this.details = findDetails();
        this.plain = parse(details.spans(), details.used());
        this.decided = IntentRules.decide(plain.cues(), plain.reading(), null);
        this.rules = interpretation(plain, decided, mode(decided.intent(), false));
    }

    /** Reads the text. */
    static UtteranceReading read(String text, InterpretationContext context, Lexicon lexicon) {
        return new UtteranceReading(text, context, lexicon);
    }

    /** The utterance with the intent the rules decide. */
    Interpretation rules() {
        return rules;
    }

    /**
     * The utterance read as expressing {@code intent}, so that its items are the ones that intent needs (the items
     * to take away for {@link Intent#ORDER_REMOVE}, the line to change for {@link Intent#ORDER_MODIFY}); the
     * confidence stays the rules'.
     */
    Interpretation as(Intent intent) {
        if (intent == decided.intent()) {
            return rules;
        }
        return interpretation(plain, IntentRules.Decision.of(intent, decided.confidence()), mode(intent, false));
    }

    /**
     * A change that names one item and, beside it, a word that with the item's name is another item of the menu
     * ("make the coke a diet": diet coke; "make the coke zero"): that item replaces the one named. Applied to the
     * decided reading, so the classifier reads what it always read.
     */
    Interpretation variant(Interpretation decided) {
        if (decided.intent() != Intent.ORDER_MODIFY || decided.items().size() != 1) {
            return decided;
        }
        ItemRequest change = decided.items().get(0);
        if (change.itemId() == null || change.quantity() != null || !change.options().isEmpty()) {
            return decided;
        }
        boolean[] covered = new boolean[tokens.size()];
        List<String> itemWords = new ArrayList<>();
        for (Entity e : decided.entities()) {
            boolean named = e.type().equals("item") && e.value().equals(change.itemId()) && itemWords.isEmpty();
            if (e.type().startsWith("unknown_")) {
                // the name finder's guess that "diet" is a dish the menu lacks: with the item beside it, it may not be
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() < e.end() && e.start() < tokens.get(i).end()) {
                    covered[i] = true;
                    if (named) {
                        itemWords.add(tokens.norm(i));
                    }
                }
            }
        }
        if (itemWords.isEmpty()) {
            return decided;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.norm(i);
            if (covered[i] || word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            List<String> before = new ArrayList<>(List.of(word));
            before.addAll(itemWords);
            List<String> after = new ArrayList<>(itemWords);
            after.add(word);
            for (List<String> phrase : List.of(before, after)) {
                String other = itemNamed(phrase.toArray(String[]::new));
                if (other != null && !other.equals(change.itemId())) {
                    int from = tokens.get(i).start();
                    int to = tokens.get(i).end();
                    List<Entity> entities = new ArrayList<>(decided.entities().stream()
                        .filter(e -> !(e.type().startsWith("unknown_") && e.start() < to && from < e.end())).toList());
                    entities.add(new Entity("item", other, text.substring(tokens.get(i).start(), tokens.get(i).end()),
                        tokens.get(i).start(), tokens.get(i).end()));
                    entities.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
                    return new Interpretation(decided.text(), decided.intent(), decided.confidence(), decided.source(),
                        entities, List.of(change.as(Edit.REPLACE),
                            new ItemRequest(other, null, List.of(), null).as(Edit.REPLACEMENT)),
                        decided.answers(), decided.ranked());
                }
            }
        }
        return decided;
    }

    /** The item that exactly these words name on the menu, or {@code null}. */
    private String itemNamed(String[] words) {
        PhraseTable.Entry<List<Lexicon.Sense>> entry = lexicon.longest(words, 0, new boolean[words.length]);
        if (entry == null || entry.length() != words.length) {
            return null;
        }
        return entry.value().stream().filter(Lexicon.Sense::isItem).map(Lexicon.Sense::itemId).findFirst()
            .orElse(null);
    }

    /** How the utterance reads as the answer to each kind of question; the rules decide each answer. */
    Answers answers() {
        Map<Question, Answers.Answer> out = new EnumMap<>(Question.class);
        Answers.Answer own = answer(rules);
        for (Question yesOrNo : List.of(Question.CONFIRMATION, Question.MORE_ITEMS)) {
            IntentRules.Decision d = IntentRules.decide(plain.cues(), plain.reading(), yesOrNo);
            if (YES_OR_NO.contains(d.intent())) {
                out.put(yesOrNo, d.equals(decided) ? own
                    : answer(interpretation(plain, d, mode(d.intent(), false))));
            }
        }
        if (decided.intent() == Intent.ORDER_ADD && !rules.items().isEmpty()) {
            out.put(Question.ITEM, own);
        }
        IntentRules.Decision choice = IntentRules.decide(plain.cues(), plain.reading(), Question.CHOICE);
        if (choice.intent() == Intent.ORDER_ADD) {
            Interpretation chosen = interpretation(plain, choice, FrameResolver.Mode.PENDING);
            if (!chosen.items().isEmpty()) {
                out.put(Question.CHOICE, answer(chosen));
            }
        }
        if (decided.intent() == Intent.FULFILLMENT_SET) {
            out.put(Question.FULFILLMENT, own);
            out.put(Question.PHONE, own);
        }
        for (Question detail : List.of(Question.ADDRESS, Question.TIME, Question.NAME)) {
            Parse answering = answering(detail);
            if (answering == null) {
                if (decided.intent() == Intent.FULFILLMENT_SET) {
                    out.put(detail, own);
                }
                continue;
            }
            IntentRules.Decision d = IntentRules.decide(answering.cues(), answering.reading(), null);
            if (d.intent() == Intent.FULFILLMENT_SET) {
                out.put(detail, answer(interpretation(answering, d, FrameResolver.Mode.ADD)));
            }
        }
        return new Answers(out);
    }

    private static Answers.Answer answer(Interpretation read) {
        return new Answers.Answer(read.intent(), read.confidence(), read.entities(), read.items());
    }

    /** Times, phone numbers, addresses, names and pickup or delivery, stated. */
    private Details findDetails() {
        boolean[] used = new boolean[tokens.size()];
        List<Span> spans = new ArrayList<>(ContactDetails.phones(text, tokens, used));
        boolean[] beforeAddress = used.clone();
        Span address = ContactDetails.address(text, tokens, used, menuWord);
        if (address != null) {
            spans.add(address);
        }
        boolean[] beforeTime = used.clone();
        spans.addAll(times(TimeExpressions.find(tokens, false, now, menuWord, used)));
        spans.addAll(FulfillmentPhrases.find(tokens, used));
        boolean[] beforeName = used.clone();
        Span name = ContactDetails.nameStatement(text, tokens, used, ordinary);
        if (name != null) {
            spans.add(name);
        }
        boolean[] found = used.clone();
        SelfRepairs.strike(tokens, menuWords, used, lexicon);
        boolean[] struck = new boolean[used.length];
        for (int i = 0; i < used.length; i++) {
            struck[i] = used[i] && !found[i];
        }
        return new Details(spans, used, struck, beforeAddress, beforeTime, beforeName);
    }

    private static List<Span> times(List<TimeExpressions.Match> matches) {
        List<Span> spans = new ArrayList<>(matches.size());
        for (TimeExpressions.Match m : matches) {
            spans.add(new Span("time", m.value(), m.from(), m.to()));
        }
        return spans;
    }

    /**
     * The words read as the answer to a question for an address, a time or a name, where that answer finds more
     * than the plain reading: the whole words as an address ("42 Elm Street, apt 3"), a bare "7" or "in 20" as a
     * time, "John Smith" as a name. {@code null} when it finds nothing more.
     */
    private Parse answering(Question question) {
        boolean[] free;
        List<Span> found;
        switch (question) {
            case ADDRESS -> {
                free = details.beforeAddress().clone();
                Span address = ContactDetails.addressAnswer(text, tokens, free);
                found = address == null || ordersInstead(address) ? List.of() : List.of(address);
            }
            case TIME -> {
                free = details.beforeTime().clone();
                found = times(TimeExpressions.find(tokens, true, now, menuWord, free));
            }
            case NAME -> {
                free = details.beforeName().clone();
                Span name = ContactDetails.nameAnswer(text, tokens, free, ordinary);
                found = name == null ? List.of() : List.of(name);
            }
            default -> throw new IllegalArgumentException(question.name());
        }
        if (found.isEmpty() || plain.spans().containsAll(found)) {
            return null;
        }
        boolean[] used = details.struck().clone();
        List<Span> spans = new ArrayList<>(found);
        for (Span s : plain.spans()) {
            if (found.stream().noneMatch(f -> f.from() < s.to() && s.from() < f.to())) {
                spans.add(s);
            }
        }
        for (Span s : spans) {
            for (int i = s.from(); i < s.to(); i++) {
                used[i] = true;
            }
        }
        spans.sort(Comparator.comparingInt(Span::from));
        return parse(spans, used);
    }

    /**
     * Whether words that would answer "what's the address?" order instead: "2 large pizzas" has a number, as an
     * address has, but no street word, and it names what the menu has.
     */
    private boolean ordersInstead(Span address) {
        if (ContactDetails.namesAStreet(tokens, address)) {
            return false;
        }
        for (Unit u : plain.units()) {
            if (u.kind() == Unit.Kind.MENU && u.from() >= address.from() && u.to() <= address.to()
                    && u.senses().stream().anyMatch(Lexicon.Sense::isItem)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the order words and cues outside the details' words. */
    private Parse parse(List<Span> spans, boolean[] used) {
        boolean[] cueWords = used.clone();
        for (Span s : spans) {
            if (s.type().equals("fulfillment")) {
                for (int i = s.from(); i < s.to(); i++) {
                    cueWords[i] = false;
                }
            }
        }
        List<Unit> units = UnitReader.read(tokens, menuWords, used, lexicon);
        OrderComposer.Result composed = OrderComposer.compose(tokens, units, lexicon);
        Cues.Found cues = withoutMenuDiet(Cues.find(FulfillmentPhrases.norms(tokens), cueWords), units);
        return new Parse(spans, units, composed, cues, reading(spans, composed.frames(), units));
    }

    private Interpretation interpretation(Parse parse, IntentRules.Decision decision, FrameResolver.Mode mode) {
        FrameResolver.Resolved resolved = resolve(decision.intent(), parse.composed().frames(), mode);
        List<Entity> entities = entities(parse, resolved, decision, mode == FrameResolver.Mode.ADD);
        return new Interpretation(text, decision.intent(), decision.confidence(), CatalogInterpreter.SOURCE,
            entities, resolved.requests());
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

    private IntentRules.Reading reading(List<Span> spans, List<OrderComposer.Frame> frames, List<Unit> units) {
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
        FrameResolver.Resolved resolved = FrameResolver.resolve(chosen, lexicon, mode, keepBare);
        return new FrameResolver.Resolved(edits(intent, resolved.requests()), resolved.senses());
    }

    /**
     * The edit each request asks for: a removal takes its items away; a change is one line with its new quantity or
     * options, or the line to replace followed by what it becomes; anything else adds what it names.
     */
    private static List<ItemRequest> edits(Intent intent, List<ItemRequest> requests) {
        List<ItemRequest> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Edit edit = switch (intent) {
                case ORDER_REMOVE -> Edit.REMOVE;
                case ORDER_MODIFY -> requests.size() == 1 ? Edit.CHANGE : i == 0 ? Edit.REPLACE : Edit.REPLACEMENT;
                default -> Edit.ADD;
            };
            out.add(requests.get(i).as(edit));
        }
        return out;
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
            // a copy, since the quantity said after it is set on it and the frames are read again for other intents
            if (f.replaced) {
                out.add(0, f.copy());
            } else {
                out.add(f.copy());
            }
        }
        return out;
    }

    private List<Entity> entities(Parse parse, FrameResolver.Resolved resolved, IntentRules.Decision decision,
            boolean articlesCount) {
        List<Unit> units = parse.units();
        OrderComposer.Result composed = parse.composed();
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
        for (Span s : parse.spans()) {
            entities.add(entity(s.type(), s.value(), s.from(), s.to()));
        }
        if (decision.restart()) {
            int[] span = parse.cues().span(Cues.Cue.RESTART);
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
