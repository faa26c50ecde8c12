package io.maitre.dialogue;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a customer from going round in circles. The bot asks a question again when an answer did not take; after
 * two such tries it asks another way (choices to tap, an example, on a phone the keypad), and after the third it
 * hands the conversation to staff with the reason.
 */
final class NeverStuck {

    /** Tries at one question after which the bot asks it another way. */
    static final int ASK_ANOTHER_WAY_AFTER = 2;
    /** Tries at one question after which staff take over. */
    static final int HAND_OFF_AFTER = 3;
    private static final int MAX_CHOICES = 8;

    private NeverStuck() {
    }

    /** Looks at the state the turn leaves the conversation in, and changes the question when it keeps failing. */
    static void check(Turn turn) {
        Conversation c = turn.conversation();
        if (c.tries() < ASK_ANOTHER_WAY_AFTER || !turn.reply().next().isPresent()
                || c.state() instanceof DialogueState.AwaitingCode) {
            // a texted code counts its own tries
            return;
        }
        BotMessage asked = turn.reply().unask();
        if (c.tries() >= HAND_OFF_AFTER) {
            c.escalate("the bot could not understand the answer to \"" + asked.text() + "\" after " + c.tries()
                    + " tries", turn.clock().instant());
            turn.reply().say("I'm sorry, I'm not getting this right. I'm passing you to a member of our team."
                    + whoAnswers(c));
            return;
        }
        askAnotherWay(turn, c.state(), asked);
    }

    /**
     * Who answers a conversation handed to staff, said after the hand-off: on a call the voice channel puts the
     * caller through to the restaurant and says so itself; in a chat or a text thread staff reply in it.
     */
    static String whoAnswers(Conversation conversation) {
        return conversation.ref().channel() == Channel.VOICE ? "" : " They'll reply here shortly.";
    }

    private static void askAnotherWay(Turn turn, DialogueState state, BotMessage asked) {
        boolean phone = turn.conversation().ref().channel() == Channel.VOICE;
        Stock stock = turn.stock();
        String text;
        List<String> choices;
        if (state instanceof DialogueState.AwaitingChoice choice) {
            MenuItem item = turn.menu().item(choice.itemId()).orElseThrow();
            choices = item.group(choice.group()).map(g -> g.options().stream().map(MenuOption::name).toList())
                    .orElse(asked.options());
            choices = choices.subList(0, Math.min(choices.size(), MAX_CHOICES));
            text = "Let's try it this way: which one would you like for your " + item.name().toLowerCase(Locale.ROOT)
                    + "? " + Phrasing.list(lower(choices)) + ".";
        } else if (state instanceof DialogueState.AwaitingMoreItems) {
            choices = new ArrayList<>(List.of("That's all"));
            MenuExamples.addOn(stock, turn.conversation().cart()).ifPresent(choices::add);
            text = "If you're done, just say \"that's all\". Or tell me one more thing"
                    + MenuExamples.addOn(stock, turn.conversation().cart())
                            .map(a -> ", like \"" + a.toLowerCase(Locale.ROOT) + "\"").orElse("") + ".";
        } else if (state instanceof DialogueState.AwaitingFulfillment) {
            choices = List.of("Pickup", "Delivery");
            text = "Just say \"pickup\" or \"delivery\".";
        } else if (state instanceof DialogueState.AwaitingTime) {
            choices = List.of("As soon as possible", "In 30 minutes");
            text = "You can say \"as soon as possible\", or a time such as \"7:30 pm\" or \"in 30 minutes\".";
        } else if (state instanceof DialogueState.AwaitingAddress) {
            choices = List.of();
            text = "Please send the street and house number, for example \"12 Main Street, apartment 3\".";
        } else if (state instanceof DialogueState.AwaitingName) {
            choices = List.of();
            text = "A first name is all I need, for example \"Sam\".";
        } else if (state instanceof DialogueState.AwaitingPhone) {
            choices = List.of();
            text = "Please send the number in digits, for example \"212 555 0142\".";
        } else if (state instanceof DialogueState.AwaitingConfirmation) {
            choices = List.of(NextQuestion.PLACE_IT, NextQuestion.CHANGE_IT);
            text = "Shall I place your order? Say \"yes\" to place it, or \"no\" to change something.";
        } else {
            choices = menuChoices(stock);
            text = "Let me help. Tell me something from the menu"
                    + MenuExamples.fullOrder(stock).map(o -> ", for example \"" + o + "\"").orElse("")
                    + ", or pick one below.";
        }
        if (phone && !choices.isEmpty()) {
            text += " Or press " + keypad(choices) + " on your keypad.";
        }
        turn.reply().ask(state, text, choices);
    }

    /** "1 for small, 2 for medium or 3 for large". */
    private static String keypad(List<String> choices) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < choices.size() && i < 9; i++) {
            keys.add((i + 1) + " for " + choices.get(i).toLowerCase(Locale.ROOT));
        }
        return Phrasing.list(keys).replace(" and ", " or ");
    }

    private static List<String> menuChoices(Stock stock) {
        List<String> choices = new ArrayList<>(stock.menu().items().stream().filter(i -> stock.available(i.id()))
                .map(MenuItem::name).limit(4).toList());
        choices.add("What's on the menu?");
        choices.add("Talk to a person");
        return choices;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
