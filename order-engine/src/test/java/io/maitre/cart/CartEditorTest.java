package io.maitre.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.OptionGroup;
import io.maitre.menu.RequiredChoiceMissing;
import io.maitre.menu.TestMenus;
import io.maitre.menu.TooManyChoices;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartEditorTest {

    private final CartEditor editor = new CartEditor(TestMenus.pizzeria("test"));

    private static OptionChoice plain(String group, String option) {
        return OptionChoice.of(group, option);
    }

    private static ItemSelection largePizzaWith(String... toppings) {
        List<OptionChoice> options = new ArrayList<>();
        options.add(plain("size", "large"));
        for (String topping : toppings) {
            options.add(plain("topping", topping));
        }
        return new ItemSelection("pizza", 1, options, null);
    }

    @Test
    void addsAValidatedLineInMenuOrder() {
        ItemSelection selection = new ItemSelection("pizza", 2,
                List.of(plain("topping", "cheese"), plain("topping", "olives"), plain("crust", "thin_crust"),
                        plain("size", "large")), "  well done ");

        Cart cart = editor.add(Cart.empty(), selection);

        CartLine line = cart.lines().get(0);
        assertThat(line.itemId()).isEqualTo("pizza");
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.note()).isEqualTo("well done");
        assertThat(line.options()).containsExactly(plain("size", "large"), plain("crust", "thin_crust"),
                plain("topping", "olives"), plain("topping", "cheese"));
        assertThat(line.id().value()).matches("[0-9a-f]{8}");
        assertThat(cart.itemCount()).isEqualTo(2);
    }

    @Test
    void appliesDefaultsOfGroupsLeftWithoutChoice() {
        Cart cart = editor.add(Cart.empty(), ItemSelection.of("coke", plain("container", "bottle")));

        assertThat(cart.lines().get(0).options()).containsExactly(plain("size", "medium"), plain("container", "bottle"));
    }

    @Test
    void anOptionThatRulesOutAGroupLeavesItWithoutDefaultAndRefusesAChoiceInIt() {
        Cart cart = editor.add(Cart.empty(), ItemSelection.of("coke", plain("container", "can")));

        assertThat(cart.lines().get(0).options()).as("a can has no size").containsExactly(plain("container", "can"));
        assertThat(editor.missingRequired(ItemSelection.of("coke", plain("container", "can")))).isEmpty();
        assertThatThrownBy(() -> editor.add(Cart.empty(),
                ItemSelection.of("coke", plain("size", "large"), plain("container", "can"))))
                .isInstanceOfSatisfying(IncompatibleOptions.class, e -> {
                    assertThat(e.group()).isEqualTo("size");
                    assertThat(e.optionId()).isEqualTo("large");
                });
    }

    @Test
    void doesNotApplyADefaultWhenTheGroupWasChosen() {
        Cart cart = editor.add(Cart.empty(), ItemSelection.of("coke", plain("size", "large")));

        assertThat(cart.lines().get(0).options()).containsExactly(plain("size", "large"));
    }

    @Test
    void mergesIdenticalLinesWhateverTheOrderOfOptions() {
        Cart cart = editor.add(Cart.empty(), largePizzaWith("olives", "ham"));
        cart = editor.add(cart, largePizzaWith("ham", "olives").withQuantity(3));

        assertThat(cart.lines()).hasSize(1);
        assertThat(cart.lines().get(0).quantity()).isEqualTo(4);
    }

    @Test
    void keepsLinesApartWhenQualifiersOrNotesDiffer() {
        Cart cart = editor.add(Cart.empty(), largePizzaWith("olives"));
        cart = editor.add(cart, new ItemSelection("pizza", 1,
                List.of(plain("size", "large"), new OptionChoice("topping", "olives", Qualifier.EXTRA)), null));
        cart = editor.add(cart, new ItemSelection("pizza", 1, largePizzaWith("olives").options(), "cut in squares"));

        assertThat(cart.lines()).hasSize(3);
        assertThat(cart.lines()).extracting(line -> line.id().value()).doesNotHaveDuplicates();
    }

    @Test
    void theLaterMentionOfAnOptionWins() {
        Cart cart = editor.add(Cart.empty(), new ItemSelection("pizza", 1, List.of(plain("size", "small"),
                plain("topping", "cheese"), new OptionChoice("topping", "cheese", Qualifier.EXTRA)), null));

        assertThat(cart.lines().get(0).options())
                .containsExactly(plain("size", "small"), new OptionChoice("topping", "cheese", Qualifier.EXTRA));
    }

    @Test
    void rejectsUnknownItemsAndOptions() {
        assertThatThrownBy(() -> editor.add(Cart.empty(), ItemSelection.of("calzone")))
                .isInstanceOfSatisfying(UnknownItem.class, e -> assertThat(e.itemId()).isEqualTo("calzone"));
        assertThatThrownBy(() -> editor.add(Cart.empty(), largePizzaWith("anchovies")))
                .isInstanceOfSatisfying(UnknownOption.class, e -> {
                    assertThat(e.itemId()).isEqualTo("pizza");
                    assertThat(e.group()).isEqualTo("topping");
                    assertThat(e.optionId()).isEqualTo("anchovies");
                });
        assertThatThrownBy(() -> editor.add(Cart.empty(), ItemSelection.of("coke", plain("flavor", "cherry"))))
                .isInstanceOfSatisfying(UnknownOption.class, e -> assertThat(e.group()).isEqualTo("flavor"));
    }

    @Test
    void rejectsTooManyChoices() {
        assertThatThrownBy(() -> editor.add(Cart.empty(),
                ItemSelection.of("pizza", plain("size", "small"), plain("size", "large"))))
                .isInstanceOfSatisfying(TooManyChoices.class, e -> {
                    assertThat(e.itemId()).isEqualTo("pizza");
                    assertThat(e.group()).isEqualTo("size");
                    assertThat(e.max()).isEqualTo(1);
                });
        assertThatThrownBy(() -> editor.add(Cart.empty(), largePizzaWith("olives", "ham", "cheese")))
                .isInstanceOfSatisfying(TooManyChoices.class, e -> assertThat(e.max()).isEqualTo(2));
    }

    @Test
    void nonesDoNotCountTowardsTheLimit() {
        ItemSelection selection = new ItemSelection("pizza", 1, List.of(plain("size", "large"),
                plain("topping", "olives"), plain("topping", "ham"),
                new OptionChoice("topping", "cheese", Qualifier.NONE)), null);

        assertThat(editor.add(Cart.empty(), selection).lines().get(0).options())
                .contains(new OptionChoice("topping", "cheese", Qualifier.NONE)).hasSize(4);
    }

    @Test
    void rejectsQuantitiesOutsideOneToNinetyNine() {
        assertThatThrownBy(() -> editor.add(Cart.empty(), largePizzaWith().withQuantity(0)))
                .isInstanceOfSatisfying(InvalidQuantity.class, e -> assertThat(e.quantity()).isZero());
        assertThatThrownBy(() -> editor.add(Cart.empty(), largePizzaWith().withQuantity(100)))
                .isInstanceOf(InvalidQuantity.class);
        Cart cart = editor.add(Cart.empty(), largePizzaWith().withQuantity(60));
        assertThatThrownBy(() -> editor.add(cart, largePizzaWith().withQuantity(40)))
                .isInstanceOfSatisfying(InvalidQuantity.class, e -> assertThat(e.quantity()).isEqualTo(100));
    }

    @Test
    void listsRequiredGroupsWithoutDefaultOrChoice() {
        assertThat(editor.missingRequired(ItemSelection.of("pizza", plain("topping", "ham"))))
                .extracting(OptionGroup::id).containsExactly("size");
        assertThat(editor.missingRequired(ItemSelection.of("pizza", new OptionChoice("size", "large", Qualifier.NONE))))
                .extracting(OptionGroup::id).containsExactly("size");
        assertThat(editor.missingRequired(ItemSelection.of("pizza", plain("size", "small")))).isEmpty();
        assertThat(editor.missingRequired(ItemSelection.of("coke"))).isEmpty();
        assertThat(editor.missingRequired(ItemSelection.of("wings"))).extracting(OptionGroup::id).containsExactly("size");
    }

    @Test
    void refusesToAddWhileARequiredChoiceIsMissing() {
        assertThatThrownBy(() -> editor.add(Cart.empty(), ItemSelection.of("pizza", plain("topping", "ham"))))
                .isInstanceOfSatisfying(RequiredChoiceMissing.class, e -> {
                    assertThat(e.itemId()).isEqualTo("pizza");
                    assertThat(e.groups()).containsExactly("size");
                });
    }

    @Test
    void replacesALineKeepingItsIdAndPosition() {
        Cart cart = editor.add(Cart.empty(), largePizzaWith("ham"));
        cart = editor.add(cart, ItemSelection.of("coke"));
        LineId pizza = cart.lines().get(0).id();

        Cart replaced = editor.replace(cart, pizza,
                cart.line(pizza).orElseThrow().toSelection().withOptions(List.of(plain("size", "small"))));

        assertThat(replaced.lines()).hasSize(2);
        assertThat(replaced.lines().get(0).id()).isEqualTo(pizza);
        assertThat(replaced.lines().get(0).options()).containsExactly(plain("size", "small"));
        assertThat(replaced.lines().get(1)).isEqualTo(cart.lines().get(1));
    }

    @Test
    void replacingIntoAnIdenticalLineMergesThem() {
        Cart cart = editor.add(Cart.empty(), ItemSelection.of("coke", plain("size", "large")));
        cart = editor.add(cart, ItemSelection.of("coke").withQuantity(2));
        LineId medium = cart.lines().get(1).id();

        Cart merged = editor.replace(cart, medium, ItemSelection.of("coke", plain("size", "large")).withQuantity(2));

        assertThat(merged.lines()).hasSize(1);
        assertThat(merged.lines().get(0).id()).isEqualTo(medium);
        assertThat(merged.lines().get(0).quantity()).isEqualTo(3);
    }

    @Test
    void replaceValidatesLikeAdd() {
        Cart cart = editor.add(Cart.empty(), largePizzaWith());
        LineId id = cart.lines().get(0).id();

        assertThatThrownBy(() -> editor.replace(cart, id, largePizzaWith("anchovies")))
                .isInstanceOf(UnknownOption.class);
        assertThatThrownBy(() -> editor.replace(cart, new LineId("00000000"), largePizzaWith()))
                .isInstanceOfSatisfying(LineNotFound.class, e -> assertThat(e.lineId()).isEqualTo(new LineId("00000000")));
    }

    @Test
    void removesAndSetsQuantities() {
        Cart cart = editor.add(Cart.empty(), largePizzaWith());
        cart = editor.add(cart, ItemSelection.of("coke"));
        LineId pizza = cart.lines().get(0).id();
        LineId coke = cart.lines().get(1).id();

        Cart three = editor.setQuantity(cart, coke, 3);
        assertThat(three.line(coke).orElseThrow().quantity()).isEqualTo(3);
        assertThat(three.itemCount()).isEqualTo(4);

        Cart withoutPizza = editor.remove(three, pizza);
        assertThat(withoutPizza.lines()).extracting(CartLine::id).containsExactly(coke);
        assertThat(editor.remove(withoutPizza, coke).isEmpty()).isTrue();

        assertThatThrownBy(() -> editor.setQuantity(three, coke, 0)).isInstanceOf(InvalidQuantity.class);
        assertThatThrownBy(() -> editor.remove(withoutPizza, pizza)).isInstanceOf(LineNotFound.class);
        assertThatThrownBy(() -> editor.setQuantity(withoutPizza, pizza, 1)).isInstanceOf(LineNotFound.class);
    }

    @Test
    void leavesTheGivenCartUntouched() {
        Cart before = editor.add(Cart.empty(), largePizzaWith());

        editor.add(before, ItemSelection.of("coke"));

        assertThat(before.lines()).hasSize(1);
        assertThatThrownBy(() -> before.lines().add(before.lines().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
