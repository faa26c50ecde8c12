package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.OpenHoursClock;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.OutletId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The bot stops offering what is sold out, says so when asked, and suggests alternatives. */
@Import(OpenHoursClock.class)
@SpringBootTest(properties = "maitre.kitchen.grpc.enabled=false")
class SoldOutItemsIT {

    @TestConfiguration
    static class Shelf {
        @Bean
        @Primary
        SoldOutShelf soldOutShelf() {
            return new SoldOutShelf();
        }
    }

    /** Availability a test sets by hand, in place of the inventory cache. */
    static class SoldOutShelf implements AvailabilityProvider {
        final Set<String> soldOut = ConcurrentHashMap.newKeySet();

        @Override
        public boolean isAvailable(OutletId outlet, String itemId) {
            return !soldOut.contains(itemId);
        }

        @Override
        public Set<String> unavailableItems(OutletId outlet) {
            return Set.copyOf(soldOut);
        }
    }

    @Autowired
    MessageHandler bot;
    @Autowired
    SoldOutShelf shelf;

    private final ConversationRef ref = ConversationRef.web(UUID.randomUUID().toString());

    @AfterEach
    void restock() {
        shelf.soldOut.clear();
    }

    @Test
    void aSoldOutItemIsRefusedWithAlternativesAndTheRestIsTaken() {
        shelf.soldOut.add("coke");
        bot.open(ref, "demo", Locale.ENGLISH);

        TurnResult turn = say("a large pepperoni pizza and two cokes");

        String replies = String.join(" ", turn.messages().stream().map(m -> m.text()).toList());
        assertThat(replies).contains("coke is sold out").contains("How about");
        assertThat(turn.cart().lines()).extracting(l -> l.itemId()).containsExactly("pizza");
        assertThat(turn.messages().get(turn.messages().size() - 1).options()).doesNotContain("A coke");
    }

    @Test
    void theMenuLeavesOutWhatIsSoldOutUntilItIsBack() {
        bot.open(ref, "demo", Locale.ENGLISH);
        shelf.soldOut.add("garlic_bread");
        assertThat(text(say("what's on the menu"))).doesNotContain("Garlic Bread");

        shelf.soldOut.clear();
        assertThat(text(say("what's on the menu"))).contains("Garlic Bread");
        assertThat(say("a garlic bread").cart().lines()).extracting(l -> l.itemId()).containsExactly("garlic_bread");
    }

    @Test
    void anItemThatSellsOutBeforeConfirmationIsTakenOffAtPlacement() {
        bot.open(ref, "demo", Locale.ENGLISH);
        say("a large pepperoni pizza and a sprite for pickup");
        say("that's all");
        say("asap");
        say("Robin");
        TurnResult readBack = say("555 000 1234");
        assertThat(readBack.messages().get(readBack.messages().size() - 1).expecting().id()).isEqualTo("confirmation");

        shelf.soldOut.add("sprite");
        TurnResult refused = say("yes");

        assertThat(text(refused)).contains("sprite is sold out").contains("taken it off");
        assertThat(refused.order()).isNull();
        assertThat(refused.cart().lines()).extracting(l -> l.itemId()).containsExactly("pizza");
    }

    private TurnResult say(String text) {
        return bot.handle(new UserMessage(ref, text, ref.channel(), Locale.ENGLISH));
    }

    private static String text(TurnResult turn) {
        return String.join(" ", turn.messages().stream().map(m -> m.text()).toList());
    }
}
