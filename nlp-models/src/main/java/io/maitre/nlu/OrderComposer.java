package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the units of an utterance into order frames: which quantity, item, options and amounts go together.
 *
 * <p>A frame starts at a quantity ("two", "a"), at an item that cannot be the current one, or at an option the
 * current item does not take or already has one of ("a large pizza and a medium coke"). Options before the
 * item noun ("a large pepperoni pizza") and after it ("pizza with ham") join it. A negation ("no", "hold the",
 * "without") makes the options after it {@code none} until "with", "but", a verb, a new item or the end of the
 * sentence; "no onions and peppers" negates both. An amount ("extra", "light on the") applies to the next
 * option only. "one" after an option refers back ("a small one"). A negated item ("no more coke", "remove the
 * coke") makes a negated frame, which says what to take away.
 */
final class OrderComposer {

    /** Option groups with one value per item: a second one means a second item. They are never negated. */
    static final Set<String> SINGLE_VALUED = Set.of("size", "volume", "container");

    /** The verbs that ask for a swap, each with the words that join what goes to what comes. */
    private static final Map<String, Set<String>> SWAP_CONNECTORS = Map.of(
        "swap", Set.of("for", "with", "to"), "switch", Set.of("for", "with", "to"), "sub", Set.of("for", "with"),
        "exchange", Set.of("for", "with"), "trade", Set.of("for"), "replace", Set.of("with", "by"),
        "change", Set.of("to", "into", "for"), "substitute", Set.of("for", "with"));
    private static final Set<String> INSTEAD_WORDS = Set.of("instead", "rather");

    /** Words that name a part of an item, so "a thin crust" is no quantity of anything. */
    private static final Set<String> PART_WORDS = Set.of("crust", "crusts", "dough", "base");

    private final Lexicon lexicon;
    private final Tokens tokens;
    private final List<Unit> units;
    private final List<Frame> frames = new ArrayList<>();
    private final boolean[] appliedUnits;
    private final boolean[] pronounUnits;

    private Frame current;
    private boolean negation;
    private boolean negationPending;
    private int negationUnit = -1;
    private Qualifier amount;
    private int amountUnit = -1;
    private Qualifier negatedAmount;
    /**
     * The group of the option a negation applied to: it carries on over "and" to options of that group only ("no
     * onions and peppers", but "no rice and corn salsa").
     */
    private String negatedGroup;
    private boolean instead;

    private OrderComposer(Tokens tokens, List<Unit> units, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.units = units;
        this.appliedUnits = new boolean[units.size()];
        this.pronounUnits = new boolean[units.size()];
    }

    /**
     * The frames of the utterance in order, which grammar units took effect (so that "extra" and "no" show as
     * qualifier entities only when they qualified something) and which numbers were the pronoun "one".
     */
    record Result(List<Frame> frames, boolean[] appliedUnits, boolean[] pronounUnits) {
    }

    static Result compose(Tokens tokens, List<Unit> units, Lexicon lexicon) {
        OrderComposer composer = new OrderComposer(tokens, units, lexicon);
        for (int k = 0; k < units.size(); k++) {
            composer.step(k);
        }
        composer.adoptLeadingOptions();
        composer.distribute();
        composer.swapOptions();
        return new Result(List.copyOf(composer.frames), composer.appliedUnits, composer.pronounUnits);
    }

    /**
     * "extra cheese on a small pizza": options said with no item and no quantity before an item that takes them
     * all are that item's.
     */
    private void adoptLeadingOptions() {
        for (int i = frames.size() - 2; i >= 0; i--) {
            Frame lead = frames.get(i);
            Frame next = frames.get(i + 1);
            if (lead.negated || next.negated || lead.itemId != null || lead.quantity != null || lead.pronoun
                    || lead.options.isEmpty() || next.itemId == null) {
                continue;
            }
            boolean fits = true;
            for (Option o : lead.options) {
                fits &= appliesTo(o.senses(), next.itemId);
            }
            if (fits) {
                next.options.addAll(0, lead.options);
                next.withoutMore.addAll(0, lead.withoutMore);
                frames.remove(i);
            }
        }
    }

    /**
     * "two large pizzas, one with ham and one with pineapple": the frames of "one with ..." right after a frame of
     * several items are that many of them, each with the shared options and its own.
     */
    private void distribute() {
        for (int i = 0; i < frames.size(); i++) {
            Frame whole = frames.get(i);
            if (whole.negated || whole.quantity == null || whole.quantity < 2
                    || (whole.itemId == null && whole.options.isEmpty())) {
                continue;
            }
            int j = i + 1;
            while (j < frames.size() && j - i <= whole.quantity && isOneOf(frames.get(j), whole)) {
                j++;
            }
            int parts = j - i - 1;
            if (parts == 0) {
                continue;
            }
            for (int p = i + 1; p < j; p++) {
                Frame part = frames.get(p);
                part.itemId = whole.itemId;
                List<Option> own = new ArrayList<>(part.options);
                part.options.clear();
                part.options.addAll(whole.options);
                part.options.addAll(own);
                part.withoutMore.addAll(0, whole.withoutMore);
            }
            whole.quantity -= parts;
            if (whole.quantity == 0) {
                frames.remove(i);
                i--;
            }
        }
    }

    /** "one with ham": a frame of one, without an item of its own, whose options fit the item before. */
    private boolean isOneOf(Frame part, Frame whole) {
        if (part.negated || part.itemId != null || part.article || part.quantity == null || part.quantity != 1
                || part.options.isEmpty() || part.quantityUnit < 0) {
            return false;
        }
        String one = tokens.surface(units.get(part.quantityUnit).from());
        if (!one.equals("one") && !one.equals("1")) {
            return false;
        }
        for (Option o : part.options) {
            boolean fits = whole.itemId != null ? appliesTo(o.senses(), whole.itemId)
                : sharesItem(o.senses(), whole.options.get(0).senses());
            if (!fits || choosesOtherwise(o, whole)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "three tuna with ham and one steak with bacon": the option is of a group taking one choice in which the whole
     * already has another, so the part is another item, not one of them.
     */
    private boolean choosesOtherwise(Option part, Frame whole) {
        Lexicon.Sense s = part.senses().get(0);
        if (s.isItem() || !lexicon.singleChoice(s.group())) {
            return false;
        }
        for (Option o : whole.options) {
            Lexicon.Sense w = o.senses().get(0);
            if (s.group().equals(w.group()) && !Objects.equals(s.optionId(), w.optionId())
                    && o.qualifier() != Qualifier.NONE) {
                return true;
            }
        }
        return false;
    }

    private void step(int k) {
        Unit u = units.get(k);
        switch (u.kind()) {
            case SPECIAL -> endNegation();
            case NUMBER -> number(k, u);
            case MENU -> menu(k, u);
            case GRAMMAR -> grammar(k, u);
            case OTHER -> {
            }
        }
        int last = u.to() - 1;
        if (tokens.sentenceEndAfter(last)) {
            endNegation();
            amount = null;
        }
        if (tokens.boundaryAfter(last) && current != null) {
            current.conjunctionMark = current.options.size();
        }
    }

    private void grammar(int k, Unit u) {
        switch (u.word().kind()) {
            case NEGATION -> {
                if (isDenial(k, u)) {
                    return;
                }
                negation = true;
                negationPending = true;
                negationUnit = k;
                negatedAmount = null;
                amount = null;
            }
            case AMOUNT -> {
                if (negation && negationPending) {
                    negatedAmount = u.word().amount();
                    amountUnit = k;
                } else {
                    endNegation();
                    amount = u.word().amount();
                    amountUnit = k;
                }
            }
            case BUT -> {
                boolean negating = negation;
                endNegation();
                if (!negating && isExcept(k)) {
                    negation = true;
                    negationPending = true;
                    negationUnit = k;
                    amount = null;
                }
            }
            case WITH, POLITE -> endNegation();
            case VERB -> {
                if (!negationPending) {
                    endNegation();
                }
            }
            case AND -> {
                if (current != null) {
                    current.conjunctionMark = current.options.size();
                }
            }
            case INSTEAD -> instead = true;
            case OFF -> takeOff(k);
            case DETERMINER, PLACE, COUNTED -> {
            }
        }
    }

    /**
     * "everything but onions": a "but" between two options of one group, with nothing else around it, takes the
     * second away from the first (after a negation it turns back: "no olives but onions").
     */
    private boolean isExcept(int k) {
        if (k == 0 || k + 1 >= units.size() || !tokens.norm(units.get(k).from()).equals("but")) {
            return false;
        }
        Unit before = units.get(k - 1);
        Unit after = units.get(k + 1);
        if (!before.isOption() || !after.isOption() || before.isItem() || after.isItem()) {
            return false;
        }
        for (Lexicon.Sense s : before.senses()) {
            if (inGroup(after.senses(), s.group())) {
                return true;
            }
        }
        return false;
    }

    /** "take the onions off": the options said since "take" in this sentence are left off. */
    private void takeOff(int k) {
        if (current == null) {
            return;
        }
        int since = -1;
        for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
            Unit u = units.get(j);
            if (tokens.sentenceEndAfter(u.to() - 1)) {
                break;
            }
            if (u.is(Grammar.Kind.VERB) && tokens.norm(u.from()).equals("take")) {
                since = j;
                break;
            }
        }
        if (since < 0) {
            return;
        }
        for (int i = 0; i < current.options.size(); i++) {
            Option o = current.options.get(i);
            if (o.unit() > since && o.qualifier() == null && !SINGLE_VALUED.contains(o.senses().get(0).group())) {
                current.options.set(i, new Option(o.senses(), Qualifier.NONE, o.unit()));
                appliedUnits[k] = true;
            }
        }
    }

    /**
     * A bare "no" before a comma or a quantity answers a question ("no, two cokes"), and so does one opening a
     * sentence before anything but a menu word ("no wait, change the coke"); it negates nothing.
     */
    private boolean isDenial(int k, Unit u) {
        if (!tokens.norm(u.from()).equals("no") || u.to() - u.from() != 1) {
            return false;
        }
        Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
        if (tokens.boundaryAfter(u.from()) || next == null || next.kind() == Unit.Kind.NUMBER) {
            return true;
        }
        boolean opens = u.from() == 0 || tokens.sentenceEndAfter(u.from() - 1);
        Unit after = k + 2 < units.size() ? units.get(k + 2) : null;
        boolean adjective = next.kind() == Unit.Kind.OTHER && after != null && after.isOption();
        return opens && !adjective && (next.kind() == Unit.Kind.OTHER || next.is(Grammar.Kind.VERB)
            || next.is(Grammar.Kind.POLITE) || next.is(Grammar.Kind.BUT) || next.is(Grammar.Kind.WITH));
    }

    private void endNegation() {
        negatedGroup = null;
        negation = false;
        negationPending = false;
        negatedAmount = null;
    }

    private void number(int k, Unit u) {
        NumberPhrases.Match n = u.number();
        Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
        Unit previous = k > 0 ? units.get(k - 1) : null;
        if (next != null && next.is(Grammar.Kind.COUNTED)) {
            return;
        }
        if (multipliesTheItemBefore(previous)) {
            current.quantity = n.value();
            current.article = false;
            current.quantityUnit = k;
            amount = null;
            return;
        }
        String word = tokens.surface(u.from());
        if ((word.equals("one") || word.equals("ones")) && u.to() - u.from() == 1 && current != null
                && current.itemId == null && previous != null && !tokens.boundaryAfter(previous.to() - 1)
                && !saidOne(current) && (next == null || next.kind() != Unit.Kind.MENU)
                && (previous.isOption() || (previous.kind() == Unit.Kind.NUMBER
                    && tokens.norm(previous.from()).equals("another")))) {
            current.pronoun = true;
            pronounUnits[k] = true;
            return;
        }
        if (n.article() && ((previous != null && previous.is(Grammar.Kind.PLACE) && !itemFollows(k))
                || namesPart(next) || namesNothing(k))) {
            return;
        }
        boolean negated = negation && negationPending;
        if (current == null || !current.isBare()) {
            current = open(k);
        }
        current.quantity = n.value();
        current.article = n.article();
        current.quantityUnit = k;
        current.negated = negated;
        endNegation();
        amount = null;
    }

    /** "a large pepperoni x2": the number after "x" is how many of the item just said, not a new one. */
    private boolean multipliesTheItemBefore(Unit previous) {
        return previous != null && previous.kind() == Unit.Kind.OTHER && previous.to() - previous.from() == 1
            && tokens.norm(previous.from()).equals("x") && current != null && current.hasContent()
            && (current.quantity == null || current.article);
    }

    /**
     * "swap the olives for pineapple", "replace ham with bacon", "change the onions to peppers", "pineapple instead
     * of olives": of two options of one group in a frame, the replaced one is asked to be left off.
     */
    private void swapOptions() {
        for (Frame frame : frames) {
            List<Option> options = frame.options;
            for (int a = 0; a + 1 < options.size(); a++) {
                Option first = options.get(a);
                Option second = options.get(a + 1);
                String group = first.senses().get(0).group();
                if (first.qualifier() != null || second.qualifier() != null || SINGLE_VALUED.contains(group)
                        || !group.equals(second.senses().get(0).group())) {
                    continue;
                }
                int from = units.get(first.unit()).to();
                int to = units.get(second.unit()).from();
                if (between(from, to, INSTEAD_WORDS)) {
                    options.set(a + 1, new Option(second.senses(), Qualifier.NONE, second.unit()));
                    continue;
                }
                int start = units.get(first.unit()).from();
                int verb = swapVerbBefore(start);
                if (verb >= 0 && !between(verb + 1, start, SWAP_CONNECTORS.get(tokens.norm(verb)))
                        && between(from, to, SWAP_CONNECTORS.get(tokens.norm(verb)))) {
                    boolean reversed = tokens.norm(verb).equals("substitute") && between(from, to, Set.of("for"));
                    int replaced = reversed ? a + 1 : a;
                    Option old = options.get(replaced);
                    options.set(replaced, new Option(old.senses(), Qualifier.NONE, old.unit()));
                }
            }
        }
    }

    private boolean between(int from, int to, Collection<String> words) {
        if (words == null) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (words.contains(tokens.norm(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the verb asking for a swap is, in the sentence before the word {@code token}, or -1. */
    private int swapVerbBefore(int token) {
        for (int i = token - 1; i >= 0 && !tokens.sentenceEndAfter(i); i--) {
            if (SWAP_CONNECTORS.containsKey(tokens.norm(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "one pepperoni one sausage": the second "one" is a quantity, not "a small one". */
    private boolean saidOne(Frame frame) {
        return frame.quantityUnit >= 0 && !frame.article && frame.quantity != null && frame.quantity == 1
            && !tokens.norm(units.get(frame.quantityUnit).from()).equals("another");
    }

    /** Whether the menu words right after unit {@code k} name an item: "on a small pizza", not "in a can". */
    private boolean itemFollows(int k) {
        for (int j = k + 1; j < units.size() && units.get(j).kind() == Unit.Kind.MENU; j++) {
            if (units.get(j).isItem()) {
                return true;
            }
        }
        return false;
    }

    /** "a favor", "a question": an article before a word off the menu and no menu word after it. */
    private boolean namesNothing(int k) {
        Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
        Unit after = k + 2 < units.size() ? units.get(k + 2) : null;
        return next != null && next.kind() == Unit.Kind.OTHER && !tokens.boundaryAfter(units.get(k).to() - 1)
            && (after == null || (after.kind() != Unit.Kind.MENU && after.kind() != Unit.Kind.OTHER));
    }

    private boolean namesPart(Unit unit) {
        if (unit == null || !unit.isOption()) {
            return false;
        }
        for (int i = unit.from(); i < unit.to(); i++) {
            if (PART_WORDS.contains(tokens.norm(i))) {
                return true;
            }
        }
        return false;
    }

    private void menu(int k, Unit u) {
        List<Lexicon.Sense> items = new ArrayList<>();
        List<Lexicon.Sense> options = new ArrayList<>();
        for (Lexicon.Sense s : u.senses()) {
            (s.isItem() ? items : options).add(s);
        }
        boolean asOption = items.isEmpty()
            || (!options.isEmpty() && current != null && current.itemId != null && appliesTo(options, current.itemId));
        List<Lexicon.Sense> named = namedByCategory(u, items);
        if (!named.isEmpty()) {
            asOption = false;
            items = named;
        }
        if (asOption) {
            option(k, options);
        } else {
            item(k, items);
        }
    }

    /**
     * "a side of guac", "two orders of chips": the items among {@code items} of the category named just before
     * "of" (the menu's category id, or its plural), which the words then mean rather than an option.
     */
    private List<Lexicon.Sense> namedByCategory(Unit u, List<Lexicon.Sense> items) {
        if (items.isEmpty() || u.from() < 2 || !tokens.norm(u.from() - 1).equals("of")) {
            return List.of();
        }
        String word = tokens.norm(u.from() - 2);
        List<Lexicon.Sense> named = new ArrayList<>();
        for (Lexicon.Sense s : items) {
            String category = lexicon.category(s.itemId());
            if (!category.isEmpty() && (word.equals(category) || word.equals(category + "s"))) {
                named.add(s);
            }
        }
        return named;
    }

    private void item(int k, List<Lexicon.Sense> senses) {
        String itemId = senses.get(0).itemId();
        if (current != null && current.itemId != null) {
            for (Lexicon.Sense s : senses) {
                if (s.itemId().equals(current.itemId)) {
                    itemId = s.itemId();
                }
            }
        }
        if (negation && negationPending) {
            if (current == null || !current.isBare()) {
                current = open(k);
            }
            assign(itemId, k);
            current.negated = true;
            endNegation();
            amount = null;
            return;
        }
        endNegation();
        amount = null;
        if (current != null && current.negated && current.isBare()) {
            assign(itemId, k);
        } else if (current == null || current.negated) {
            current = open(k);
            assign(itemId, k);
        } else if (current.itemId == null) {
            if (current.options.isEmpty() || current.pronoun || anyOptionAppliesTo(current, itemId)
                    || (current.quantity != null && !optionsTellAnotherItem(current))) {
                assign(itemId, k);
            } else {
                current = open(k);
                assign(itemId, k);
            }
        } else if (!current.itemId.equals(itemId)) {
            current = open(k);
            assign(itemId, k);
        }
        if (instead) {
            current.replaced = true;
            instead = false;
        }
    }

    private void assign(String itemId, int k) {
        current.itemId = itemId;
        current.itemUnit = k;
    }

    private void option(int k, List<Lexicon.Sense> senses) {
        String group = senses.get(0).group();
        boolean negatable = !SINGLE_VALUED.contains(group);
        if (negation && !negationPending && negatedGroup != null && !inGroup(senses, negatedGroup)) {
            endNegation();
        }
        if (negation && negationPending && negatedAmount != null && negatable) {
            if (current == null || current.negated) {
                current = open(k);
            }
            current.withoutMore.add(new Option(senses, negatedAmount, k));
            appliedUnits[negationUnit] = true;
            appliedUnits[amountUnit] = true;
            negatedAmount = null;
            negationPending = false;
            return;
        }
        Qualifier qualifier;
        if (negation && negatable) {
            qualifier = Qualifier.NONE;
            appliedUnits[negationUnit] = true;
            negatedGroup = group;
        } else {
            if (negation) {
                endNegation();
            }
            qualifier = amount;
            if (amount != null) {
                appliedUnits[amountUnit] = true;
            }
        }
        amount = null;
        if (current == null || current.negated) {
            current = open(k);
        } else if (current.itemId != null && !appliesTo(senses, current.itemId)) {
            split(k, senses);
        } else if (SINGLE_VALUED.contains(group) && qualifier != Qualifier.NONE && hasOtherValue(current, senses)) {
            split(k, senses);
        }
        current.options.add(new Option(senses, qualifier, k));
        if (current.itemId == null && senses.get(0).namesItem() != null) {
            current.itemId = senses.get(0).namesItem();
        }
        if (qualifier == Qualifier.NONE) {
            negationPending = false;
        }
    }

    /**
     * Starts a new frame at an option the current frame cannot take, moving along the options said since the
     * last "and" after the current item's noun when they fit the new one ("a coke and large pepperoni pizza").
     */
    private void split(int k, List<Lexicon.Sense> senses) {
        Frame old = current;
        current = open(k);
        if (old.conjunctionMark < 0 || old.itemUnit < 0) {
            return;
        }
        List<Option> moved = new ArrayList<>();
        for (int i = old.conjunctionMark; i < old.options.size(); i++) {
            Option o = old.options.get(i);
            if (o.unit() > old.itemUnit && sharesItem(o.senses(), senses)) {
                moved.add(o);
            }
        }
        old.options.removeAll(moved);
        current.options.addAll(moved);
    }

    private Frame open(int k) {
        Frame frame = new Frame(k);
        frames.add(frame);
        return frame;
    }

    private static boolean inGroup(List<Lexicon.Sense> senses, String group) {
        for (Lexicon.Sense s : senses) {
            if (group.equals(s.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOtherValue(Frame frame, List<Lexicon.Sense> senses) {
        Lexicon.Sense s = senses.get(0);
        for (Option o : frame.options) {
            Lexicon.Sense other = o.senses().get(0);
            if (other.group().equals(s.group()) && !Objects.equals(other.optionId(), s.optionId())
                    && o.qualifier() != Qualifier.NONE) {
                return true;
            }
        }
        return false;
    }

    /**
     * "three steak and cheese with provolone and a side of chips": options that all fit one other item tell what
     * the frame is, so an item they do not fit starts a frame of its own.
     */
    private static boolean optionsTellAnotherItem(Frame frame) {
        Set<String> items = null;
        for (Option o : frame.options) {
            Set<String> fit = new HashSet<>();
            for (Lexicon.Sense s : o.senses()) {
                fit.addAll(s.itemIds());
            }
            if (items == null) {
                items = fit;
            } else {
                items.retainAll(fit);
            }
        }
        return items != null && items.size() == 1;
    }

    private static boolean anyOptionAppliesTo(Frame frame, String itemId) {
        for (Option o : frame.options) {
            if (appliesTo(o.senses(), itemId)) {
                return true;
            }
        }
        return false;
    }

    static boolean appliesTo(List<Lexicon.Sense> senses, String itemId) {
        for (Lexicon.Sense s : senses) {
            if (!s.isItem() && s.appliesTo(itemId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesItem(List<Lexicon.Sense> a, List<Lexicon.Sense> b) {
        for (Lexicon.Sense x : a) {
            for (Lexicon.Sense y : b) {
                for (String item : x.itemIds()) {
                    if (y.appliesTo(item)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * An option as said, with every meaning its words can have until the item is known.
     *
     * @param senses the meanings
     * @param qualifier extra, light, none or {@code null}
     * @param unit where it was said
     */
    record Option(List<Lexicon.Sense> senses, Qualifier qualifier, int unit) {
    }

    /** One item being asked for, added to or taken away, as read so far. */
    static final class Frame {
        final int firstUnit;
        Integer quantity;
        boolean article;
        int quantityUnit = -1;
        String itemId;
        int itemUnit = -1;
        boolean pronoun;
        boolean negated;
        boolean replaced;
        int conjunctionMark = -1;
        final List<Option> options = new ArrayList<>();
        /** Options asked not to have more of: "no extra cheese". */
        final List<Option> withoutMore = new ArrayList<>();

        Frame(int firstUnit) {
            this.firstUnit = firstUnit;
        }

        Frame copy() {
            Frame f = new Frame(firstUnit);
            f.quantity = quantity;
            f.article = article;
            f.quantityUnit = quantityUnit;
            f.itemId = itemId;
            f.itemUnit = itemUnit;
            f.pronoun = pronoun;
            f.negated = negated;
            f.replaced = replaced;
            f.conjunctionMark = conjunctionMark;
            f.options.addAll(options);
            f.withoutMore.addAll(withoutMore);
            return f;
        }

        /** Nothing but possibly a quantity. */
        boolean isBare() {
            return itemId == null && options.isEmpty() && withoutMore.isEmpty() && !pronoun;
        }

        boolean hasContent() {
            return itemId != null || !options.isEmpty() || !withoutMore.isEmpty() || pronoun;
        }
    }
}
