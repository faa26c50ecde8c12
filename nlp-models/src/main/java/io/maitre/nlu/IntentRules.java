package io.maitre.nlu;

import io.maitre.nlu.Cues.Cue;

/**
 * Decides the intent from the cue phrases and the order content read, on its own or as the answer to a question.
 * Strong, specific requests (a person, a complaint, cancel, status, the menu) come before order content, which
 * comes before the small talk of greetings, thanks and yes or no; a yes or no question settles "yes", "no" and
 * "that's all".
 */
final class IntentRules {

    static final double HIGH = 0.95;
    static final double CLEAR = 0.9;
    static final double FAIR = 0.8;
    static final double WEAK = 0.5;
    static final double LEANING = 0.6;
    static final double NONE = 0.3;

    /**
     * What the rules decided.
     *
     * @param intent the intent
     * @param confidence how sure
     * @param restart for {@link Intent#ORDER_CANCEL}: the customer wants to start over, not to leave
     */
    record Decision(Intent intent, double confidence, boolean restart) {
        static Decision of(Intent intent, double confidence) {
            return new Decision(intent, confidence, false);
        }
    }

    /**
     * What was read in the utterance besides the cues.
     *
     * @param content items or options asked for
     * @param explicitContent an item named or options that settle one, not only "it"
     * @param negatedItems items named after "no more", "remove"
     * @param noneOptions options asked to be left off ("take the onions off")
     * @param bareQuantity a quantity alone ("make that three")
     * @param newItemAt the first word of an item introduced with a quantity ("two cokes"), or
     *     {@link Integer#MAX_VALUE}
     * @param fulfillment a pickup or delivery phrase
     * @param time a time
     * @param address an address
     * @param contactAnswer a name, phone, address or time given when the bot asked for it, or a phone or name
     *     stated
     * @param question the text asks something
     */
    record Reading(boolean content, boolean explicitContent, boolean negatedItems, boolean noneOptions,
            boolean bareQuantity, int newItemAt, boolean fulfillment, boolean time, boolean address,
            boolean contactAnswer, boolean question) {
    }

    private IntentRules() {
    }

    /**
     * Decides.
     *
     * @param question the question the words are read as answering, or {@code null} to read them on their own; for
     *     {@link Question#CHOICE}, options alone are for the item asked about
     */
    static Decision decide(Cues.Found cues, Reading r, Question question) {
        boolean confirming = question == Question.CONFIRMATION;
        boolean moreItems = question == Question.MORE_ITEMS;
        boolean pending = question == Question.CHOICE;
        boolean yesNoQuestion = confirming || moreItems;
        boolean modifyFirst = cues.has(Cue.MODIFY) && cues.at(Cue.MODIFY) < r.newItemAt();
        boolean changes = (r.content() || r.bareQuantity()) && modifyFirst;

        if (cues.has(Cue.HANDOFF)) {
            return Decision.of(Intent.HUMAN_HANDOFF, HIGH);
        }
        if (confirming && !r.content() && !cues.any(Cue.REMOVE, Cue.REMOVE_LAST, Cue.CANCEL, Cue.RESTART)) {
            if (cues.any(Cue.AFFIRM, Cue.PLACE) && !cues.has(Cue.DENY)) {
                return Decision.of(Intent.AFFIRM, HIGH);
            }
            if (cues.has(Cue.DENY) && !cues.has(Cue.AFFIRM)) {
                return Decision.of(Intent.DENY, HIGH);
            }
        }
        if (cues.has(Cue.COMPLAINT_STRONG)
                || (cues.has(Cue.COMPLAINT) && (cues.has(Cue.COMPLAINT_MARK) || (!r.content() && !cues.has(Cue.ADD)))
                    && !cues.has(Cue.ORDER_START))) {
            return Decision.of(Intent.COMPLAINT, CLEAR);
        }
        if (cues.has(Cue.RESTART)) {
            return new Decision(Intent.ORDER_CANCEL, HIGH, true);
        }
        if (cues.has(Cue.CANCEL) && !r.negatedItems()) {
            return Decision.of(Intent.ORDER_CANCEL, r.content() ? FAIR : HIGH);
        }
        if (cues.has(Cue.STATUS)) {
            return Decision.of(Intent.ORDER_STATUS, CLEAR);
        }
        if (cues.has(Cue.REORDER)) {
            return Decision.of(Intent.ORDER_REORDER, CLEAR);
        }
        if (cues.has(Cue.REVIEW)) {
            return Decision.of(Intent.ORDER_REVIEW, CLEAR);
        }
        if (cues.has(Cue.PRICE)) {
            return Decision.of(Intent.MENU_PRICE, CLEAR);
        }
        if (cues.has(Cue.STORE) && (!r.content() || (r.question() && cues.at(Cue.STORE) < r.newItemAt()))) {
            return Decision.of(Intent.STORE_INFO, CLEAR);
        }
        if (cues.has(Cue.MENU) && (r.question() || !r.content() || cues.at(Cue.MENU) < r.newItemAt())
                || (cues.has(Cue.DIET) && (r.question() || !r.content()))) {
            return Decision.of(Intent.MENU_ASK, CLEAR);
        }
        if (cues.has(Cue.REMOVE_LAST) && !r.content() && !r.negatedItems()) {
            return Decision.of(Intent.ORDER_REMOVE, FAIR);
        }
        if (r.negatedItems() && r.newItemAt() == Integer.MAX_VALUE) {
            return Decision.of(Intent.ORDER_REMOVE, HIGH);
        }
        if (r.negatedItems() && r.content() && cues.any(Cue.REMOVE, Cue.CANCEL_WORD, Cue.MODIFY)) {
            return Decision.of(Intent.ORDER_MODIFY, CLEAR);
        }
        if (r.noneOptions() && !pending && cues.any(Cue.REMOVE, Cue.MODIFY, Cue.REMOVE_LAST)
                && !cues.any(Cue.ADD, Cue.ORDER_START) && r.newItemAt() == Integer.MAX_VALUE) {
            return Decision.of(Intent.ORDER_MODIFY, CLEAR);
        }
        if (changes) {
            return Decision.of(Intent.ORDER_MODIFY, CLEAR);
        }
        if (r.content()) {
            boolean asked = cues.any(Cue.ADD, Cue.ORDER_START) || r.newItemAt() != Integer.MAX_VALUE;
            return Decision.of(Intent.ORDER_ADD, asked || r.explicitContent() ? HIGH : FAIR);
        }
        if (cues.has(Cue.MODIFY_ALONE)) {
            return Decision.of(Intent.ORDER_MODIFY, FAIR);
        }
        if (cues.has(Cue.DONE)) {
            return Decision.of(Intent.ORDER_DONE, HIGH);
        }
        if (cues.has(Cue.PLACE)) {
            return Decision.of(Intent.ORDER_DONE, FAIR);
        }
        if (moreItems && cues.has(Cue.DENY) && !cues.has(Cue.AFFIRM)) {
            return Decision.of(Intent.DENY, HIGH);
        }
        if (cues.has(Cue.ORDER_START)) {
            return Decision.of(Intent.ORDER_ADD, FAIR);
        }
        if (cues.has(Cue.BYE) && !r.fulfillment() && !r.address()) {
            // a farewell with a time ("bye for now", "see you tomorrow") takes leave, it sets no pickup time
            return Decision.of(Intent.GOODBYE, CLEAR);
        }
        if (r.fulfillment() || r.time() || r.address()) {
            return Decision.of(Intent.FULFILLMENT_SET, CLEAR);
        }
        if (r.contactAnswer()) {
            return Decision.of(Intent.FULFILLMENT_SET, FAIR);
        }
        if (cues.has(Cue.CANCEL_WORD) || cues.has(Cue.REMOVE_LAST)) {
            return Decision.of(Intent.ORDER_REMOVE, WEAK);
        }
        if (r.bareQuantity() && modifyFirst) {
            return Decision.of(Intent.ORDER_MODIFY, FAIR);
        }
        if (cues.has(Cue.HELP)) {
            return Decision.of(Intent.HELP, CLEAR);
        }
        if (cues.has(Cue.BYE)) {
            return Decision.of(Intent.GOODBYE, CLEAR);
        }
        if (yesNoQuestion || !cues.has(Cue.THANKS)) {
            Decision answer = yesOrNo(cues);
            if (answer != null) {
                return answer;
            }
        }
        if (cues.has(Cue.THANKS)) {
            return Decision.of(Intent.THANKS, CLEAR);
        }
        if (cues.has(Cue.GREET)) {
            return Decision.of(Intent.GREET, CLEAR);
        }
        if (cues.has(Cue.MODIFY)) {
            return Decision.of(Intent.ORDER_MODIFY, WEAK);
        }
        return Decision.of(Intent.OUT_OF_SCOPE, NONE);
    }

    private static Decision yesOrNo(Cues.Found cues) {
        boolean yes = cues.has(Cue.AFFIRM);
        boolean no = cues.has(Cue.DENY);
        if (yes && no) {
            return cues.at(Cue.AFFIRM) < cues.at(Cue.DENY) ? Decision.of(Intent.AFFIRM, WEAK)
                : Decision.of(Intent.DENY, WEAK);
        }
        if (yes) {
            return Decision.of(Intent.AFFIRM, CLEAR);
        }
        if (no) {
            return Decision.of(Intent.DENY, CLEAR);
        }
        if (cues.has(Cue.AFFIRM_WEAK)) {
            return Decision.of(Intent.AFFIRM, LEANING);
        }
        return null;
    }
}
