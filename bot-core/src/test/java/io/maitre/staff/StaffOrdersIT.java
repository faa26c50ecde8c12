package io.maitre.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.maitre.OpenHoursClock;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.MessageHandler;
import io.maitre.channel.TurnResult;
import io.maitre.channel.UserMessage;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff edit a customer's cart, place the order, and work today's orders through the API, on the whole service
 * (kitchen off, so that only staff move the orders): cart edit and order placement by the owner only, a second
 * take-over refused, cancel with a message to the customer, release of a NEEDS_ATTENTION order, release of a
 * cancelled one refused.
 */
@Import(OpenHoursClock.class)
@SpringBootTest(properties = {"maitre.staff.admin.username=ana", "maitre.staff.admin.password=s3cret-s3cret",
    "maitre.kitchen.enabled=false"})
@AutoConfigureMockMvc
class StaffOrdersIT {

    private static final RequestPostProcessor ANA = user("ana").roles("ADMIN");
    private static final RequestPostProcessor BEN = user("ben").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageHandler bot;
    @Autowired
    FindOrder findOrder;
    @Autowired
    AdvanceOrder advanceOrder;

    @Test
    void staffPlaceTheOrderForTheCustomerAndWorkTodaysOrders() throws Exception {
        ConversationRef ref = ConversationRef.web("orders-it");
        bot.open(ref, "demo", Locale.ENGLISH);
        bot.handle(new UserMessage(ref, "a large pepperoni pizza", Channel.WEB, Locale.ENGLISH));
        String key = "/staff/api/conversations/" + ref.key();

        mvc.perform(post("/staff/api/users").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"ben\",\"password\":\"long-enough\",\"role\":\"STAFF\",\"outlets\":[\"demo\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(post(key + "/take-over").with(ANA).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value("ana"));
        mvc.perform(post(key + "/take-over").with(BEN).with(csrf())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("taken"))
                .andExpect(jsonPath("$.detail").value("ana already took over this conversation."));
        mvc.perform(post(key + "/cart/lines").with(BEN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemId\":\"coke\",\"quantity\":2}")).andExpect(status().isConflict());

        mvc.perform(post(key + "/cart/lines").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemId\":\"coke\",\"quantity\":2}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines.length()").value(2));
        mvc.perform(post(key + "/cart/lines").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemId\":\"no-such-thing\"}")).andExpect(status().isUnprocessableContent());
        mvc.perform(post(key + "/order").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mode\":\"pickup\",\"name\":\"Alex\",\"phone\":\"555 123 4567\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transcript[-1].from").value("staff"))
                .andExpect(jsonPath("$.lines.length()").value(0));
        OrderDetails placed = findOrder.latestOfConversation(ref.key()).orElseThrow();
        assertThat(placed.lines()).extracting(l -> l.line().itemId() + " x" + l.line().quantity())
                .containsExactlyInAnyOrder("pizza x1", "coke x2");

        mvc.perform(get("/staff/api/orders").with(BEN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(placed.number()))
                .andExpect(jsonPath("$[0].status").value("PLACED"));

        advanceOrder.to(placed.id(), OrderStatus.NEEDS_ATTENTION, "inventory unreachable");
        mvc.perform(post("/staff/api/orders/" + placed.id() + "/release").with(BEN).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT_TO_KITCHEN"));

        mvc.perform(post("/staff/api/orders/" + placed.id() + "/cancel").with(BEN).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Sorry, the oven broke down.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get(key).with(ANA)).andExpect(jsonPath("$.transcript[-1].text")
                .value("Sorry, the oven broke down."));
        mvc.perform(post("/staff/api/orders/" + placed.id() + "/release").with(BEN).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/staff/api/audit").with(ANA)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("ORDER_CANCELLED"))
                .andExpect(jsonPath("$[0].username").value("ben"));
        mvc.perform(get("/staff/api/audit").with(BEN)).andExpect(status().isForbidden());
    }

    @Test
    void aClosedConversationRefusesRepliesUntilTakenOverAgainAndTheCustomerWritingAgainGetsTheBot()
            throws Exception {
        ConversationRef ref = ConversationRef.web("closed-it");
        bot.open(ref, "demo", Locale.ENGLISH);
        bot.handle(new UserMessage(ref, "I want to talk to a person", Channel.WEB, Locale.ENGLISH));
        String key = "/staff/api/conversations/" + ref.key();
        mvc.perform(post(key + "/take-over").with(ANA).with(csrf())).andExpect(status().isOk());
        mvc.perform(post(key + "/close").with(ANA).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.closedBy").value("ana")).andExpect(jsonPath("$.owner").value("bot"));

        mvc.perform(post(key + "/reply").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"one more thing\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("closed"))
                .andExpect(jsonPath("$.detail").value(
                        "This conversation was closed by ana; the customer no longer sees replies to it."));

        TurnResult again = bot.handle(new UserMessage(ref, "a large pepperoni pizza", Channel.WEB, Locale.ENGLISH));
        assertThat(again.escalated()).isFalse();
        assertThat(again.messages()).as("the bot answers the customer afresh").isNotEmpty();
        assertThat(again.cart().lines()).singleElement().satisfies(l -> assertThat(l.itemId()).isEqualTo("pizza"));

        mvc.perform(post(key + "/take-over").with(ANA).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.closedBy").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(post(key + "/reply").with(ANA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Back again, how can I help?\"}")).andExpect(status().isOk());
    }
}
