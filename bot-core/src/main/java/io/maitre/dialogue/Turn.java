package io.maitre.dialogue;

import io.maitre.cart.CartEditor;
import io.maitre.cart.CartPricing;
import io.maitre.cart.PricedCart;
import io.maitre.conversation.Conversation;
import io.maitre.menu.Geocoder;
import io.maitre.menu.Menu;
import io.maitre.nlu.Interpretation;
import java.time.Clock;

/** Everything one turn works on: the conversation, its outlet's menu, what was said and the reply being built. */
record Turn(Conversation conversation, Menu menu, Interpretation heard, Reply reply, CartEditor editor, Stock stock,
        Clock clock, Geocoder geocoder) {

    /** The cart priced as the customer will pay it: with the delivery fee once they chose delivery. */
    PricedCart pricedCart() {
        return CartPricing.price(conversation.cart(), menu, "delivery".equals(conversation.fulfillmentMode()));
    }
}
