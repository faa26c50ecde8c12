package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.maitre.OpenHoursClock;
import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationPush;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.OrderView;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import io.maitre.inventory.InventoryUnavailable;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.OutletId;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The kitchen side hands conversations to staff, on the whole service with the inventory service unreachable: an
 * order placed in web chat cannot have its stock reserved, is held as NEEDS_ATTENTION, and its conversation is
 * handed off with that reason (first on the console's board, with the alert), the customer told once; a checkout
 * whose placement itself fails on our side is handed off in the same turn instead of asking to try again.
 */
@Import({OpenHoursClock.class, KitchenHandOffIT.Recorders.class})
@SpringBootTest(properties = {"maitre.staff.admin.username=ana", "maitre.staff.admin.password=s3cret-s3cret",
    "maitre.inventory.call-timeout=300ms", "maitre.inventory.max-attempts=1", "maitre.inventory.open-for=1s",
    "maitre.kitchen.relay.interval=100ms"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KitchenHandOffIT {

    private static final RequestPostProcessor ANA = user("ana").roles("ADMIN");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> CHECKOUT = List.of("that's all", "pickup", "as soon as possible", "Alex",
            "555 123 4567");

    @DynamicPropertySource
    static void unreachableInventory(DynamicPropertyRegistry registry) {
        registry.add("maitre.inventory.target", () -> "127.0.0.1:" + closedPort());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageHandler bot;
    @Autowired
    FindOrder findOrder;
    @Autowired
    Recorders recorders;

    @Test
    @Order(1)
    void anOrderHeldBecauseTheInventoryIsUnreachableHandsItsConversationToStaff() throws Exception {
        ConversationRef ref = ConversationRef.web("held-by-the-kitchen");
        bot.open(ref, "demo", Locale.ENGLISH);
        say(ref, "a large pepperoni pizza");
        CHECKOUT.forEach(text -> say(ref, text));
        OrderView placed = say(ref, "yes").order();
        assertThat(placed).as("the order was placed").isNotNull();

        OrderId id = OrderId.of(placed.orderId());
        await().atMost(WAIT).until(() -> findOrder.byId(id).map(OrderDetails::status)
                .orElseThrow() == OrderStatus.NEEDS_ATTENTION);
        await().atMost(WAIT).until(() -> recorders.signals.stream().anyMatch(s -> s.kind().equals(StaffSignal.HAND_OFF)
                && s.conversationKey().equals(ref.key())));

        ConversationRef bystander = ConversationRef.web("just-browsing");
        bot.open(bystander, "demo", Locale.ENGLISH);
        say(bystander, "what's on the menu?");
        mvc.perform(get("/staff/api/conversations").with(ANA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].key").value(ref.key()))
                .andExpect(jsonPath("$[0].handedOff").value(true))
                .andExpect(jsonPath("$[0].owner").value(nullValue()))
                .andExpect(jsonPath("$[0].state").value("owned_by_staff"))
                .andExpect(jsonPath("$[0].reason").value(startsWith(
                        "order " + placed.number() + " needs attention: Stock could not be reserved")));
        assertThat(recorders.signals).filteredOn(s -> s.kind().equals(StaffSignal.HAND_OFF))
                .singleElement().satisfies(s -> assertThat(s.text()).contains("Stock could not be reserved"));
        mvc.perform(get("/staff/api/orders").with(ANA)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(placed.number()))
                .andExpect(jsonPath("$[0].status").value("NEEDS_ATTENTION"));

        String told = "Your order " + placed.number() + " needs a moment of our team's attention, so I've passed it"
                + " to a member of our team, who'll be in touch with you shortly.";
        await().atMost(WAIT).until(() -> recorders.toCustomer.contains(ref.key() + " " + told));
        assertThat(recorders.toCustomer).filteredOn(m -> m.startsWith(ref.key())).containsExactly(ref.key() + " "
                + told);
        mvc.perform(get("/staff/api/conversations/" + ref.key()).with(ANA))
                .andExpect(jsonPath("$.transcript[-1].from").value("bot"))
                .andExpect(jsonPath("$.transcript[-1].text").value(told));

        TurnResult meanwhile = say(ref, "hello? is my pizza coming?");
        assertThat(meanwhile.messages()).as("the bot says nothing while staff own it").isEmpty();
        assertThat(meanwhile.escalated()).isTrue();

        mvc.perform(post("/staff/api/conversations/" + ref.key() + "/take-over").with(ANA).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value("ana"))
                .andExpect(jsonPath("$.reason").value(containsString("needs attention")));
    }

    @Test
    @Order(2)
    void aCheckoutWhosePlacementFailsOnOurSideIsHandedOffInTheSameTurn() throws Exception {
        ConversationRef ref = ConversationRef.web("inventory-down-at-checkout");
        bot.open(ref, "demo", Locale.ENGLISH);
        say(ref, "two garlic breads");
        CHECKOUT.forEach(text -> say(ref, text));

        TurnResult confirmed = say(ref, "yes");

        assertThat(confirmed.order()).as("nothing was placed").isNull();
        assertThat(confirmed.escalated()).isTrue();
        assertThat(confirmed.messages()).singleElement().satisfies(m -> assertThat(m.text())
                .startsWith("Sorry, I couldn't place your order because of a problem on our side")
                .contains("passing you to a member of our team"));
        mvc.perform(get("/staff/api/conversations/" + ref.key()).with(ANA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.handedOff").value(true))
                .andExpect(jsonPath("$.summary.reason").value(
                        "the order could not be placed: InventoryUnavailable: the inventory service is unreachable"))
                .andExpect(jsonPath("$.summary.cart.length()").value(1));
        assertThat(recorders.signals).anyMatch(s -> s.kind().equals(StaffSignal.HAND_OFF)
                && s.conversationKey().equals(ref.key()));
    }

    private TurnResult say(ConversationRef ref, String text) {
        return bot.handle(new UserMessage(ref, text, Channel.WEB, Locale.ENGLISH));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What reached the consoles and the customer's web chat; and an availability check that cannot reach the
     * inventory for garlic bread, as a deployment whose check asks the inventory service would fail.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recorders implements ConsoleSockets, ConversationPush {

        final List<StaffSignal> signals = new CopyOnWriteArrayList<>();
        final List<String> toCustomer = new CopyOnWriteArrayList<>();

        @Override
        public void broadcast(StaffSignal signal) {
            signals.add(signal);
        }

        @Override
        public boolean supports(Channel channel) {
            return channel == Channel.WEB;
        }

        @Override
        public void orderUpdated(ConversationRef conversation, OrderView order, BotMessage message) {
            toCustomer.add(conversation.key() + " " + message.text());
        }

        @Override
        public void said(ConversationRef conversation, String from, BotMessage message, boolean escalated) {
            toCustomer.add(conversation.key() + " " + message.text());
        }

        @Bean
        @Primary
        AvailabilityProvider unreachableForGarlicBread() {
            return new AvailabilityProvider() {
                @Override
                public boolean isAvailable(OutletId outlet, String itemId) {
                    if (itemId.equals("garlic_bread")) {
                        throw new InventoryUnavailable("the inventory service is unreachable", null);
                    }
                    return true;
                }

                @Override
                public Set<String> unavailableItems(OutletId outlet) {
                    return Set.of();
                }
            };
        }
    }
}
