package io.maitre.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns order frames into {@link ItemRequest}s: settles the item of frames that only name options ("a large
 * pepperoni" is a pizza), picks the meaning of each option for that item, reads piece counts ("a dozen wings" is
 * one 12-piece wings) and writes "no extra cheese" as a note for the kitchen.
 */
final class FrameResolver {

    /** How to read the frames. */
    enum Mode {
        /** New items: an unsaid item is inferred from its options; "a" counts as one. */
        ADD,
        /**
         * The bot asked about a pending item: options without an item stay without one, for that item, and "a"
         * is no quantity ("a large please").
         */
        PENDING,
        /** Changes to the cart: "it" stays unresolved, "a" is no quantity ("make it a large"). */
        MODIFY
    }

    /**
     * The resolved requests, and the meaning chosen for each menu unit (for the entities).
     *
     * @param requests one per frame with content
     * @param senses by unit index
     */
    record Resolved(List<ItemRequest> requests, Map<Integer, Lexicon.Sense> senses) {
    }

    private FrameResolver() {
    }

    static Resolved resolve(List<OrderComposer.Frame> frames, Lexicon lexicon, Mode mode, boolean keepBareQuantity) {
        List<ItemRequest> requests = new ArrayList<>();
        Map<Integer, Lexicon.Sense> chosen = new HashMap<>();
        String previousItem = null;
        for (OrderComposer.Frame frame : frames) {
            if (!frame.hasContent() && !(keepBareQuantity && frame.quantity != null && !frame.article)) {
                continue;
            }
            String itemId = frame.itemId;
            if (itemId == null && mode == Mode.ADD) {
                itemId = infer(frame, previousItem, lexicon);
            }
            List<OptionRequest> options = new ArrayList<>();
            List<VagueOption> vague = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (OrderComposer.Option o : frame.options) {
                Lexicon.Sense sense = pick(o.senses(), itemId);
                chosen.put(o.unit(), sense);
                if (!seen.add(sense.group() + "/" + sense.optionId() + "/" + sense.anyOf() + "/" + o.qualifier())) {
                    continue;
                }
                if (sense.isVague()) {
                    vague.add(new VagueOption(sense.group(), sense.anyOf(), o.qualifier()));
                } else {
                    options.add(new OptionRequest(sense.group(), sense.optionId(), o.qualifier()));
                }
            }
            Set<String> notes = new LinkedHashSet<>();
            for (OrderComposer.Option o : frame.withoutMore) {
                Lexicon.Sense sense = pick(o.senses(), itemId);
                chosen.put(o.unit(), sense);
                notes.add("no " + o.qualifier().id() + " " + sense.name());
            }
            boolean articleCounts = mode == Mode.ADD || (mode == Mode.PENDING && itemId != null);
            Integer quantity = frame.article && !articleCounts ? null : frame.quantity;
            if (itemId != null && quantity != null && !frame.article) {
                quantity = pieces(lexicon, itemId, quantity, options);
            }
            if (frame.itemUnit >= 0 && itemId != null) {
                chosen.put(frame.itemUnit, new Lexicon.Sense(itemId, null, null, Set.of(), itemId));
            }
            requests.add(new ItemRequest(itemId, quantity, options, notes.isEmpty() ? null : String.join("; ", notes),
                vague));
            if (itemId != null) {
                previousItem = itemId;
            }
        }
        return new Resolved(requests, chosen);
    }

    /**
     * The item a frame without one means: the previous frame's item if its options fit ("... and a small one"),
     * else the only item taking all its options, else the only one among them of the menu's lead category (the
     * category of its first item: the pizza of a pizzeria).
     */
    private static String infer(OrderComposer.Frame frame, String previousItem, Lexicon lexicon) {
        if (frame.options.isEmpty() && frame.withoutMore.isEmpty()) {
            return frame.pronoun ? previousItem : null;
        }
        Set<String> candidates = null;
        List<OrderComposer.Option> all = new ArrayList<>(frame.options);
        all.addAll(frame.withoutMore);
        for (OrderComposer.Option o : all) {
            Set<String> items = new HashSet<>();
            for (Lexicon.Sense s : o.senses()) {
                items.addAll(s.itemIds());
            }
            if (candidates == null) {
                candidates = items;
            } else {
                candidates.retainAll(items);
            }
        }
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (previousItem != null && candidates.contains(previousItem)) {
            return previousItem;
        }
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        if (lexicon.leadCategory().isEmpty()) {
            return null;
        }
        String lead = null;
        for (String candidate : candidates) {
            if (lexicon.category(candidate).equals(lexicon.leadCategory())) {
                if (lead != null) {
                    return null;
                }
                lead = candidate;
            }
        }
        return lead;
    }

    private static Lexicon.Sense pick(List<Lexicon.Sense> senses, String itemId) {
        if (itemId != null) {
            for (Lexicon.Sense s : senses) {
                if (s.appliesTo(itemId)) {
                    return s;
                }
            }
        }
        return senses.get(0);
    }

    /** "12 wings" on a menu selling wings by 6 and 12 is one 12-piece; "24 wings" two of them. */
    private static Integer pieces(Lexicon lexicon, String itemId, int quantity, List<OptionRequest> options) {
        Map<Integer, Lexicon.Sense> pieces = lexicon.pieces(itemId);
        if (pieces.isEmpty() || quantity <= 1) {
            return quantity;
        }
        for (OptionRequest o : options) {
            for (Lexicon.Sense s : pieces.values()) {
                if (s.group().equals(o.group()) && s.optionId().equals(o.id())) {
                    return quantity;
                }
            }
        }
        int best = 0;
        for (int count : pieces.keySet()) {
            if (quantity % count == 0 && count > best) {
                best = count;
            }
        }
        if (best == 0) {
            return quantity;
        }
        Lexicon.Sense sense = pieces.get(best);
        options.add(new OptionRequest(sense.group(), sense.optionId(), null));
        return quantity / best;
    }
}
