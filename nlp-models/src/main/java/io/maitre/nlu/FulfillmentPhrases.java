package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds how the customer wants the food: "pickup", "carry out", "collect" or "delivery", "bring it". */
final class FulfillmentPhrases {

    static final String PICKUP = "pickup";
    static final String DELIVERY = "delivery";

    private static final PhraseTable<String> TABLE;
    /** Phrases that also read as ordinary words, so they only count at the end of a sentence. */
    private static final Set<String> ONLY_AT_END = Set.of("to go", "take out", "take away", "carry out");

    static {
        PhraseTable.Builder<String> b = PhraseTable.builder();
        for (String p : new String[] {"pickup", "pick up", "pick it up", "pick them up", "pick this up",
            "picking up", "picking it up", "pickin up", "carryout", "carry out", "take away", "takeaway",
            "takeout", "take out", "collect", "collect it", "collecting", "collection", "come get it",
            "come and get it", "come pick it up", "come by", "come in", "grab it", "to go", "in store", "in-store",
            "curbside", "at the store", "i will come", "ill come"}) {
            b.add(p, PICKUP);
        }
        for (String p : new String[] {"delivery", "deliver", "delivered", "delivering", "deliver it",
            "bring it", "bring them", "bring it over", "drop it off", "drop off", "send it over", "to my house",
            "to my place", "to my home", "to my office", "to my apartment", "to my door", "to my work",
            "door dash", "home delivery"}) {
            b.add(p, DELIVERY);
        }
        TABLE = b.build();
    }

    private FulfillmentPhrases() {
    }

    static List<Span> find(Tokens tokens, boolean[] used) {
        List<Span> found = new ArrayList<>();
        String[] norms = norms(tokens);
        int i = 0;
        while (i < norms.length) {
            PhraseTable.Entry<String> e = used[i] ? null : TABLE.longest(norms, i, used);
            if (e == null || (ONLY_AT_END.contains(String.join(" ", e.words())) && !atEnd(tokens, i + e.length()))) {
                i++;
                continue;
            }
            found.add(new Span("fulfillment", e.value(), i, i + e.length()));
            for (int k = i; k < i + e.length(); k++) {
                used[k] = true;
            }
            i += e.length();
        }
        return found;
    }

    /** Whether the phrase ending before word {@code next} closes its sentence ("... to go please"). */
    private static boolean atEnd(Tokens tokens, int next) {
        if (next >= tokens.size() || tokens.boundaryAfter(next - 1)) {
            return true;
        }
        String w = tokens.norm(next);
        return w.equals("please") || w.equals("thanks") || w.equals("thank") || w.equals("for") || w.equals("and")
            || w.equals("at") || w.equals("in") || w.equals("order");
    }

    static String[] norms(Tokens tokens) {
        String[] norms = new String[tokens.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = tokens.norm(i);
        }
        return norms;
    }
}
