package io.maitre.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key phrases of each intent ("where is my order", "that's all", "speak to a human"), found left to right,
 * longest first and without overlap, so "talk to you later" is a goodbye and not a request for a person.
 */
final class Cues {

    enum Cue {
        GREET, BYE, THANKS, HELP, AFFIRM, AFFIRM_WEAK, DENY, DONE, PLACE, REVIEW, STATUS, REORDER, CANCEL, RESTART,
        CANCEL_WORD, REMOVE, REMOVE_LAST, MODIFY, MODIFY_ALONE, ADD, ORDER_START, MENU, DIET, QUESTION, PRICE, STORE,
        HANDOFF, COMPLAINT, COMPLAINT_STRONG, COMPLAINT_MARK
    }

    private static final PhraseTable<List<Cue>> TABLE;

    static {
        Map<String, List<Cue>> phrases = new java.util.LinkedHashMap<>();
        put(phrases, Cue.GREET, "hi", "hello", "hey", "hiya", "heya", "howdy", "yo", "good morning",
            "good afternoon", "good evening", "greetings", "hi there", "hey there", "hello there", "what's up", "sup",
            "how are you", "how are you doing", "how is it going", "how are things", "hola", "bonjour", "hallo",
            "morning", "evening", "hey hey", "hi hi", "wassup", "whassup", "whats up", "gm", "mornin", "evenin");
        put(phrases, Cue.BYE, "bye", "goodbye", "good bye", "bye bye", "byebye", "see you", "see ya", "see you later",
            "cya", "good night", "goodnight", "take care", "have a good day", "have a good one", "have a great day",
            "have a nice day", "have a good night", "have a great night", "have a nice evening", "talk to you later",
            "talk later", "catch you later", "farewell", "got to go", "i have to go", "ciao", "later", "bye now",
            "have a great one", "see you soon", "so long", "ttyl", "gtg", "gotta go", "until next time", "cheerio",
            "peace out", "bai", "laters", "nite", "gnite", "good nite", "night night");
        put(phrases, Cue.THANKS, "thanks", "thank", "thank you", "cheers", "appreciate it", "i appreciate it",
            "much appreciated", "appreciated", "thanks a lot", "many thanks", "thanks so much", "thank you so much",
            "grateful", "thank you very much", "thanks a bunch", "awesome thanks", "great thanks", "much obliged",
            "obliged", "ty", "thx", "tysm", "tyvm", "tyty", "i owe you one");
        put(phrases, Cue.HELP, "help", "what can you do", "how does this work", "how does it work", "how do i order",
            "how do i use this", "how do i use", "what can i say", "what can i ask", "what do i do",
            "what should i do", "i'm confused", "i am confused", "confused", "i need help", "can you help",
            "help me", "assist", "assistance", "instructions", "how to order", "what are my options",
            "who are you", "what are you", "how do you work", "what do you do", "how does ordering work", "lost",
            "i'm stuck", "i am stuck", "stuck", "guidance", "halp", "commands");
        put(phrases, Cue.AFFIRM, "yes", "yeah", "yep", "yup", "ya", "yes please", "sure", "sure thing", "correct",
            "that is correct", "that is right", "thats right", "sounds good", "sounds great", "sounds perfect",
            "go ahead", "please do", "absolutely", "definitely", "of course", "exactly", "confirm", "confirmed",
            "looks good", "looks great", "looks right", "that works", "affirmative", "uh huh", "mhm", "mm hmm",
            "yes sir", "yes ma'am", "you bet", "for sure", "certainly", "indeed", "go for it", "yes it is",
            "y", "ye", "yess", "yesss", "yas", "ok", "k", "alright", "all right", "i confirm", "that is it yes",
            "yes that is right", "yes that is correct", "right", "why not", "do it", "let us do it", "correct yes",
            "yeah sure", "okey dokey", "roger", "agreed", "deal");
        put(phrases, Cue.AFFIRM_WEAK, "good", "great", "fine", "cool", "perfect", "awesome", "nice", "excellent",
            "wonderful", "that is fine", "that is good", "that is great", "sounds fine", "works for me", "i guess",
            "i think so", "probably");
        put(phrases, Cue.DENY, "no", "nope", "nah", "naw", "not really", "no thanks", "no thank you", "negative",
            "n", "i don't think so", "not now", "never mind", "nevermind", "not yet", "no way", "not that",
            "no no", "incorrect", "that is wrong", "that is not right", "thats not right", "not right",
            "no sir", "hold on", "wait", "not quite", "none", "pass", "no it is not", "not at all", "nothing",
            "i don't", "don't", "not this", "no i don't", "no not really", "that is not it", "wrong",
            "not correct", "nah thanks", "no need", "definitely not", "certainly not", "absolutely not",
            "of course not", "nuh uh", "nay", "nop");
        put(phrases, Cue.DONE, "that is all", "that is it", "that is everything", "that will be all",
            "that will be it", "that'll be all", "that'll be it", "that should be all", "that should be it",
            "that is all for now", "that is all for today", "nothing else", "nothing more", "done", "i'm done",
            "i am done", "all done", "we're done", "we are done", "i'm good", "i am good", "we're good", "im good",
            "i'm all set", "i am all set", "all set", "i'm finished", "finished", "finish", "checkout", "check out",
            "ready to check out", "ready to pay", "ready to checkout", "that will do", "that'll do",
            "that is my order", "that is the order", "complete my order", "complete the order", "finalize",
            "finalize my order", "proceed", "proceed to checkout", "just that", "only that", "that is enough",
            "enough", "i think that is it", "i think that is all", "no more", "nothing else thanks",
            "that would be all", "that would be it", "that is all i need", "that is all i want", "i'm ok",
            "that's all thanks", "all good", "no that is all", "no that is it", "no that is everything",
            "that is about it", "that'd be all", "good for now", "that is all folks");
        put(phrases, Cue.PLACE, "place it", "place the order", "place my order", "submit", "submit it",
            "submit my order", "submit the order", "send it", "send it in", "send the order", "send my order",
            "put it through", "put the order in", "put the order through", "go ahead and place", "confirm the order",
            "confirm my order", "place order", "order it", "lock it in");
        put(phrases, Cue.REVIEW, "what is in my order", "what is in my cart", "what is in the cart",
            "what is my order", "what did i order", "what have i ordered", "what do i have", "what have i got",
            "what is on my order", "my order so far", "order so far", "so far", "my total", "the total", "total",
            "read back", "read it back", "read me", "read my order", "repeat my order", "repeat the order",
            "repeat that", "review", "review my order", "my cart", "show my order", "show me my order",
            "order summary", "summary", "how much do i owe", "what do i owe", "what is the damage", "my bill",
            "the bill", "what is my total", "how much is my order", "how much is it all", "how much altogether",
            "how much in total", "what does it come to", "what is the total", "check my order",
            "what are we at", "what is in the order", "what i ordered", "what have i got so far",
            "what is my order so far", "tell me my order", "go over my order", "recap", "what does that come to",
            "how much does it come to", "how much is that");
        put(phrases, Cue.STATUS, "where is my order", "where is my food", "where is my pizza", "where is my",
            "where is the order", "where is our", "how long", "how much longer", "status", "when will it arrive",
            "when will it be ready", "when will my", "when is my", "is my order ready", "is it ready", "ready yet",
            "eta", "track", "tracking", "track my order", "on its way", "on the way", "is it coming",
            "still coming", "arriving", "when will it get here", "when does it arrive", "when will it come",
            "has my order", "update on my order", "any update", "any updates", "any news", "how much time",
            "is my food", "did my order go through", "order status", "when can i pick it up",
            "when can i come", "how long will it be", "how long will it take", "is it done", "is my pizza ready",
            "when will you deliver", "where is the driver", "where is the delivery", "how far away",
            "taking so long", "what is taking so long", "taking forever", "when is it coming");
        put(phrases, Cue.REORDER, "my usual", "the usual", "usual", "same as last time", "same as before",
            "same as last", "same order", "same thing as last time", "same thing as before", "last order",
            "previous order", "order again", "reorder", "re order", "repeat my last order", "repeat my last",
            "what i had last time", "what i got last time", "what i ordered last time", "last time",
            "like last time", "my regular", "the regular order", "my favorite order", "my favorite",
            "my favourite", "same again", "the same as always", "as always", "my normal", "the normal");
        put(phrases, Cue.CANCEL, "cancel my order", "cancel the order", "cancel order", "cancel everything",
            "cancel it all", "cancel all", "cancel the whole order", "cancel the whole thing", "cancel it",
            "cancel this order", "cancel that order", "cancel my whole order", "forget it", "forget the whole thing",
            "forget everything", "forget my order", "forget the order", "forget about it", "scrap the order",
            "scrap my order", "scrap everything", "scrap it", "i don't want anything", "i don't want to order",
            "don't want it anymore", "i changed my mind", "changed my mind", "never mind the order",
            "nevermind the order", "call it off", "abort", "i do not want to order", "cancel", "cancel please",
            "i don't want it", "i want to cancel", "can i cancel", "please cancel");
        put(phrases, Cue.RESTART, "start over", "start again", "restart", "reset", "from scratch",
            "start from scratch", "clear my order", "clear the order", "clear everything", "clear my cart",
            "clear the cart", "empty my cart", "empty the cart", "begin again", "start a new order", "new order",
            "redo", "do it over", "start fresh", "let us start over", "start all over", "start over again",
            "begin over", "wipe it", "clear it", "clear all");
        put(phrases, Cue.CANCEL_WORD, "cancel the", "cancel my", "cancel one");
        put(phrases, Cue.REMOVE, "remove", "take off", "take out", "delete", "drop", "no more", "get rid of",
            "minus", "don't want the", "do not want the", "lose the", "scratch", "without the", "leave off",
            "leave out", "don't need the", "skip the", "nix", "don't want my", "take away the", "off", "out");
        put(phrases, Cue.REMOVE_LAST, "cancel that", "remove that", "scratch that", "delete that", "remove it",
            "take that off", "take it off", "drop that", "forget that", "remove the last", "undo",
            "remove the last item", "remove last item", "never mind that", "nevermind that", "take that out",
            "get rid of that", "delete it", "remove the last one", "undo that");
        put(phrases, Cue.MODIFY, "make it", "make that", "make them", "make those", "make the", "make my",
            "change", "change it", "change that", "change the", "changed", "switch", "swap", "replace", "instead",
            "instead of", "actually", "update", "i meant", "rather", "modify", "edit", "correct that", "upgrade",
            "downgrade", "turn it into", "can it be", "can that be", "could it be", "should be", "it should be",
            "i said", "not a", "i wanted", "substitute", "sub", "exchange", "make one of them", "make one");
        put(phrases, Cue.MODIFY_ALONE, "change my order", "change the order", "change something",
            "modify my order", "edit my order", "make a change", "make changes", "update my order",
            "i want to change", "can i change", "i need to change", "i'd like to change", "change an item",
            "fix my order", "wrong item in my cart", "made a mistake");
        put(phrases, Cue.ADD, "add", "i want", "i would like", "i'd like", "i need", "can i get", "can i have",
            "could i get", "could i have", "may i have", "may i get", "give me", "get me", "i'll have", "i'll take",
            "i'll get", "i will have", "i will take", "let me get", "let me have", "also", "another", "plus",
            "put in", "i'll try", "i'll do", "i am going to have", "i'm going to get", "want", "order", "i'd love",
            "bring me", "one more", "i'll go with", "i'll go for", "i'd like to get", "can you add", "throw in",
            "how about", "and a", "i'll also have", "add on", "can we get", "we want", "we'd like", "we need",
            "we'll have", "i need to order", "i'd have", "i wish to have", "i prefer", "looking for", "get",
            "have");
        put(phrases, Cue.ORDER_START, "place an order", "make an order", "i want to order", "i would like to order",
            "i'd like to order", "can i order", "could i order", "ready to order", "start an order",
            "want to place an order", "to order", "order food", "order some food", "order something",
            "i am hungry", "i'm hungry", "hungry", "get some food", "put in an order", "i'd like to place an order",
            "i want to place an order", "take my order", "can you take my order", "begin an order",
            "i want food", "food please", "i want to eat", "something to eat");
        put(phrases, Cue.MENU, "menu", "the menu", "what do you have", "what do you sell", "what do you serve",
            "what do you offer", "do you have", "do you sell", "do you serve", "do you offer", "do you do",
            "do you make", "do you carry", "do you guys have", "do you guys do", "what kind", "what kinds",
            "what type", "what types", "what sizes", "what toppings", "what drinks", "what flavors",
            "what options", "what comes on", "what comes with", "what is on the", "what is in the",
            "what is in a", "what is on a", "what goes on", "ingredients", "ingredient", "allergen", "allergens",
            "allergy", "allergies", "contain", "contains", "made with", "made of", "recommend", "recommendation",
            "recommendations", "specials", "special", "popular", "best seller", "bestseller", "options",
            "choices", "selection", "what else do you", "is there", "are there", "can i see", "show me the menu",
            "what sides", "what desserts", "what pizzas", "which pizzas", "suggest", "what is good",
            "calories", "nutrition", "spicy", "what sizes do", "what drinks do", "any good", "what do you recommend",
            "is it", "are they", "does it have", "does the", "is the", "are the", "is this", "are your", "is your",
            "do your", "does your", "are these", "are those", "are any", "is any", "what kind of", "available", "in stock", "sold out",
            "have any", "got any", "you got");
        put(phrases, Cue.DIET, "vegan", "vegetarian", "gluten", "gluten free", "dairy", "dairy free", "lactose",
            "nut", "nuts", "peanut", "peanuts", "halal", "kosher", "keto", "low carb", "sugar free", "meat free",
            "plant based", "allergic", "celiac", "shellfish", "egg", "eggs", "soy", "organic", "pork", "beef free");
        put(phrases, Cue.PRICE, "how much", "price", "prices", "pricing", "cost", "costs", "delivery fee",
            "delivery charge", "service fee", "fee", "fees", "charge", "charges", "minimum order", "order minimum",
            "minimum", "expensive", "cheap", "cheapest", "cheaper", "dollars", "deal", "deals", "discount",
            "discounts", "coupon", "coupons", "promo", "promotion", "tax", "afford", "budget", "free delivery",
            "how much is", "how much does", "how much for", "what does it cost", "is delivery free", "for free",
            "is it free");
        put(phrases, Cue.STORE, "hours", "open", "opening", "opened", "close", "closing", "closed",
            "when do you", "what time do you", "address", "your address", "where are you", "where are you located",
            "where is the restaurant", "where is the store", "where is the shop", "where is your", "location",
            "located", "locations", "directions", "parking", "park", "your phone number", "your number",
            "what is your number", "what is the phone number", "the phone number", "number to call", "call you",
            "delivery area", "do you deliver", "do you guys deliver", "do you do delivery",
            "do you do deliveries", "how far do you deliver", "deliver to my area", "deliver out", "how far",
            "zip code", "contact", "website", "wifi", "seating", "dine in", "eat in", "reservation", "reserve",
            "table", "drive thru", "drive through", "still open", "are you open", "open today", "open late",
            "how late", "holidays", "weekend", "where is the pizzeria", "where can i find you",
            "what is the address", "store address", "near me", "closest", "nearest", "do you take", "payment",
            "credit card", "cash", "pay with", "accept");
        put(phrases, Cue.HANDOFF, "human", "a human", "real person", "a person", "live person", "actual person",
            "real human", "someone", "somebody", "agent", "live agent", "representative", "rep", "manager",
            "supervisor", "staff", "employee", "operator", "customer service", "customer support", "support",
            "speak to", "talk to", "speak with", "talk with", "not a bot", "not a robot", "are you a bot",
            "are you a robot", "are you real", "waiter", "waitress", "cashier", "owner", "call me back",
            "a real", "transfer me", "connect me", "put me through", "somebody real", "person please",
            "let me talk", "let me speak", "i want a human", "get me a human");
        put(phrases, Cue.COMPLAINT, "cold", "late", "too late", "wrong", "bad", "raw", "undercooked", "overcooked",
            "burnt", "burned", "soggy", "missing", "stale", "greasy", "bland", "forgot", "forgotten", "mistake",
            "messed up", "screwed up", "poor", "ruined", "spilled", "damaged", "crushed", "smashed", "not happy",
            "unhappy", "upset", "angry", "sick", "disappointed", "disappointing", "still waiting", "been waiting",
            "waited", "not hot", "lukewarm", "wrong order", "wrong pizza", "not what i ordered", "hair",
            "too long", "slow", "cold food", "not good");
        put(phrases, Cue.COMPLAINT_STRONG, "refund", "my money back", "money back", "complaint", "complain",
            "terrible", "awful", "horrible", "disgusting", "gross", "worst", "rude", "inedible", "unacceptable",
            "never arrived", "never came", "didn't arrive", "didn't come", "hasn't arrived", "has not arrived",
            "didn't get my", "did not get my", "overcharged", "charged twice", "double charged", "ridiculous",
            "sucks", "sucked", "food poisoning", "tasted bad", "taste bad", "tastes bad", "ripped off", "scam",
            "furious", "not acceptable", "i want a refund", "file a complaint", "the wrong order",
            "got the wrong", "you forgot", "was cold", "is cold", "arrived cold", "came cold", "were cold");
        put(phrases, Cue.COMPLAINT_MARK, "was", "were", "is", "are", "arrived", "came", "got", "received", "my",
            "your", "you guys", "this", "still", "again", "been", "too", "you", "it");
        put(phrases, Cue.QUESTION, "is", "are", "does", "do", "can you", "what", "which", "how", "whats", "any",
            "is there", "are there", "could you");
        PhraseTable.Builder<List<Cue>> b = PhraseTable.builder();
        phrases.forEach((phrase, cues) -> b.add(phrase, List.copyOf(cues)));
        TABLE = b.build();
    }

    private Cues() {
    }

    private static void put(Map<String, List<Cue>> phrases, Cue cue, String... texts) {
        for (String text : texts) {
            String key = String.join(" ", TextNormalizer.norms(text));
            List<Cue> cues = phrases.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (!cues.contains(cue)) {
                cues.add(cue);
            }
        }
    }

    /**
     * The cues found, each with the words of its first occurrence.
     *
     * @param spans per cue, the first and one past the last word of its first occurrence
     */
    record Found(Map<Cue, int[]> spans) {

        boolean has(Cue cue) {
            return spans.containsKey(cue);
        }

        /** The first word of the cue, or {@link Integer#MAX_VALUE} when absent. */
        int at(Cue cue) {
            int[] span = spans.get(cue);
            return span == null ? Integer.MAX_VALUE : span[0];
        }

        int[] span(Cue cue) {
            return spans.get(cue);
        }

        boolean any(Cue... cues) {
            for (Cue cue : cues) {
                if (spans.containsKey(cue)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Finds the cues in the words that are not {@code used} by times, phones and the like. */
    static Found find(String[] norms, boolean[] used) {
        Map<Cue, int[]> spans = new EnumMap<>(Cue.class);
        int i = 0;
        while (i < norms.length) {
            PhraseTable.Entry<List<Cue>> e = used[i] ? null : TABLE.longest(norms, i, used);
            if (e == null) {
                i++;
                continue;
            }
            for (Cue cue : e.value()) {
                spans.putIfAbsent(cue, new int[] {i, i + e.length()});
            }
            i += e.length();
        }
        return new Found(spans);
    }

    /** Every word of every cue: ordinary language, never taken for a typo of a menu word or for a name. */
    static Set<String> words() {
        Set<String> words = new HashSet<>();
        TABLE.forEachWord(words::add);
        return words;
    }
}
