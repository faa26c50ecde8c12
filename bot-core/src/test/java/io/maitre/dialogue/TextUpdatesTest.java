package io.maitre.dialogue;

import static io.maitre.dialogue.DialogueFixture.heard;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.CartLine;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.PhoneConfirmation;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationCodec;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Intent;
import io.maitre.order.Fulfillment;
import io.maitre.order.OrderStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Text me updates" in web chat: a code goes to the number and must come back before the number counts as the
 * customer's; with a fake of the SMS channel's confirmations, no model loaded.
 */
class TextUpdatesTest {

    private static final String CODE = "482913";

    private final FakeConfirmation confirmation = new FakeConfirmation();
    private final DialogueFixture fixture = new DialogueFixture(confirmation);
    private final Conversation web = fixture.conversation(ConversationRef.web("chat"));

    @Test
    void aCodeGoesToTheNumberTypedAtCheckoutAndTheBotWaitsForIt() {
        web.customerPhone("555 123 0077");

        BotMessage asked = fixture.last(web, heard("text me updates", Intent.HELP, 0.8));

        assertThat(confirmation.codesSent).containsExactly("+15551230077");
        assertThat(asked.text()).startsWith("I've texted a 6-digit code to +15551230077.");
        assertThat(asked.options()).containsExactly(TextUpdates.SEND_NEW_CODE);
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingCode("+15551230077"));
        assertThat(new ConversationCodec(JsonMapper.builder().build()).read(
                new ConversationCodec(JsonMapper.builder().build()).write(web)).state())
                .as("stored and loaded").isEqualTo(web.state());
        assertThat(confirmation.confirmed(web.ref())).as("nothing is confirmed yet").isEmpty();
    }

    @Test
    void aWrongCodeIsAskedAgainAndTheRightOneConfirmsTheNumber() {
        fixture.respond(web, heard("send me text updates at (212) 555-0199", Intent.HELP, 0.8));

        BotMessage wrong = fixture.last(web, heard("111111", Intent.OUT_OF_SCOPE, 0.5));
        assertThat(wrong.text()).startsWith("That code doesn't match.");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingCode("+12125550199"));

        List<BotMessage> right = fixture.respond(web, heard("482 913", Intent.OUT_OF_SCOPE, 0.5));
        assertThat(right.get(0).text()).isEqualTo("Thanks, your number is confirmed. I'll text updates on your "
                + "order to +12125550199.");
        assertThat(confirmation.confirmed(web.ref())).contains("+12125550199");
        assertThat(web.state()).isNotInstanceOf(DialogueState.AwaitingCode.class);
    }

    @Test
    void repeatedWrongCodesNeverHandTheChatToStaffTheCodeCountsItsOwnTries() {
        fixture.respond(web, heard("text me updates at 212 555 0199", Intent.HELP, 0.8));

        List<String> last = List.of();
        for (int i = 0; i < 5; i++) {
            last = DialogueFixture.texts(fixture.respond(web, heard("000000", Intent.OUT_OF_SCOPE, 0.5)));
        }

        assertThat(web.escalated()).isFalse();
        assertThat(last.get(0)).startsWith("That code didn't match too many times, so I've cancelled it.");
        assertThat(confirmation.confirmed(web.ref())).isEmpty();
    }

    @Test
    void theCustomerMayAskForANewCodeOrGoOnOrdering() {
        fixture.respond(web, heard("text me updates at 212 555 0199", Intent.HELP, 0.8));

        fixture.respond(web, heard("Send a new code", Intent.HELP, 0.6));
        assertThat(confirmation.codesSent).hasSize(2);

        fixture.respond(web, DialogueFixture.order("a coke", "coke"));
        assertThat(web.cart().lines()).extracting(CartLine::itemId).containsExactly("coke");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingMoreItems());

        List<BotMessage> late = fixture.respond(web, heard(CODE, Intent.OUT_OF_SCOPE, 0.5));
        assertThat(late.get(0).text()).as("a code typed later still counts").startsWith("Thanks, your number is "
                + "confirmed.");
    }

    @Test
    void withoutANumberTheBotAsksForOneAndAnUnreadableOneIsSaidSo() {
        assertThat(fixture.respond(web, heard("text me updates", Intent.HELP, 0.8)).get(0).text())
                .isEqualTo("Sure. Which number should I text? Type it like \"text me at 212 555 0142\".");

        assertThat(fixture.respond(web, heard("text me updates at 555 0199", Intent.HELP, 0.8)).get(0).text())
                .startsWith("Sorry, I can't text 555 0199.");
        assertThat(confirmation.codesSent).isEmpty();
    }

    @Test
    void aBareSixDigitMessageWithoutACodeWaitingIsReadAsAnythingElse() {
        List<BotMessage> reply = fixture.respond(web, heard("123456", Intent.OUT_OF_SCOPE, 0.5));

        assertThat(reply.get(0).text()).startsWith("Sorry, I didn't understand that.");
    }

    @Test
    void whereNoTextsCanBeSentTheBotSaysSoAndTextersAreTextedAlready() {
        DialogueFixture without = new DialogueFixture();
        Conversation chat = without.conversation(ConversationRef.web("no-texts"));
        chat.customerPhone("555 123 0077");
        Conversation texter = without.conversation(ConversationRef.sms("+12125550142", "+15550001111"));

        assertThat(without.respond(chat, heard("text me updates", Intent.HELP, 0.8)).get(0).text())
                .startsWith("Sorry, I can't send texts from here yet.");
        assertThat(without.respond(texter, heard("text me updates", Intent.HELP, 0.8)).get(0).text())
                .isEqualTo("You'll get a text here whenever your order moves along.");
    }

    @Test
    void aConfirmedNumberFindsTheCustomersEarlierOrdersFromWebChat() {
        fixture.pastOrders.add(new PastOrders().item("coke", 2)
                .placed("009", "+12125550199", OrderStatus.COMPLETED, Duration.ofDays(2), Fulfillment.pickupAsap()));
        fixture.respond(web, heard("text me updates at 212 555 0199", Intent.HELP, 0.8));
        fixture.respond(web, heard(CODE, Intent.OUT_OF_SCOPE, 0.5));

        fixture.respond(web, heard("same as last time", Intent.ORDER_REORDER, 0.97));

        assertThat(web.cart().lines()).extracting(CartLine::itemId, CartLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("coke", 2));
        assertThat(fixture.lookups).containsOnly("demo +12125550199");
    }

    /** The SMS channel's confirmations: the code is always {@value #CODE}; five tries. */
    private static final class FakeConfirmation implements PhoneConfirmation {
        final List<String> codesSent = new ArrayList<>();
        final Map<String, String> pending = new HashMap<>();
        final Map<String, Integer> tries = new HashMap<>();
        final Map<String, String> confirmed = new HashMap<>();

        @Override
        public boolean available(String outletId) {
            return true;
        }

        @Override
        public Optional<String> textable(String outletId, String typed) {
            String digits = typed.replaceAll("[^0-9]", "");
            return digits.length() == 10 ? Optional.of("+1" + digits) : Optional.empty();
        }

        @Override
        public CodeSent sendCode(ConversationRef conversation, String outletId, String number) {
            codesSent.add(number);
            pending.put(conversation.key(), number);
            tries.put(conversation.key(), 5);
            return CodeSent.SENT;
        }

        @Override
        public CodeCheck check(ConversationRef conversation, String code) {
            String number = pending.get(conversation.key());
            if (number == null) {
                return CodeCheck.NONE;
            }
            if (code.equals(CODE)) {
                pending.remove(conversation.key());
                confirmed.put(conversation.key(), number);
                return CodeCheck.CONFIRMED;
            }
            int left = tries.merge(conversation.key(), -1, Integer::sum);
            if (left <= 0) {
                pending.remove(conversation.key());
                return CodeCheck.TOO_MANY_TRIES;
            }
            return CodeCheck.WRONG;
        }

        @Override
        public Optional<String> confirmed(ConversationRef conversation) {
            return Optional.ofNullable(confirmed.get(conversation.key()));
        }
    }
}
