package io.maitre.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo pizzeria's menu words (docs/outlets.md): pizza with sizes, styles and toppings, one item per drink with
 * size, container and volume, and sides. Names are display name first, then common synonyms.
 */
public final class MenuVocabularyMother {

    public static final String OUTLET = "demo";

    private static final Set<String> PIZZA = Set.of("pizza");
    private static final List<String> DRINKS = List.of("coke", "diet_coke", "coke_zero", "cherry_coke", "pepsi",
        "diet_pepsi", "cherry_pepsi", "sprite", "diet_sprite", "seven_up", "dr_pepper", "fanta", "ginger_ale",
        "ice_tea", "lemon_ice_tea", "diet_ice_tea", "mountain_dew", "pellegrino_sparkling_water",
        "perrier_sparkling_water", "pineapple_soda", "water", "coffee");

    private MenuVocabularyMother() {
    }

    /** A source that knows only the demo outlet. */
    public static VocabularySource source() {
        MenuVocabulary demo = demo();
        return outletId -> OUTLET.equals(outletId) ? Optional.of(demo) : Optional.empty();
    }

    public static MenuVocabulary demo() {
        List<MenuVocabulary.ItemTerm> items = new ArrayList<>();
        items.add(item("pizza", "pizza", "pizza", "pie", "pizza pie"));
        items.add(item("coke", "drink", "coke", "coca cola", "coca-cola", "cola"));
        items.add(item("diet_coke", "drink", "diet coke"));
        items.add(item("coke_zero", "drink", "coke zero"));
        items.add(item("cherry_coke", "drink", "cherry coke"));
        items.add(item("pepsi", "drink", "pepsi"));
        items.add(item("diet_pepsi", "drink", "diet pepsi"));
        items.add(item("cherry_pepsi", "drink", "cherry pepsi"));
        items.add(item("sprite", "drink", "sprite"));
        items.add(item("diet_sprite", "drink", "diet sprite"));
        items.add(item("seven_up", "drink", "7 up", "7up", "seven up"));
        items.add(item("dr_pepper", "drink", "dr pepper", "dr. pepper", "doctor pepper"));
        items.add(item("fanta", "drink", "fanta", "orange fanta"));
        items.add(item("ginger_ale", "drink", "ginger ale"));
        items.add(item("ice_tea", "drink", "iced tea", "ice tea"));
        items.add(item("lemon_ice_tea", "drink", "lemon iced tea", "lemon ice tea"));
        items.add(item("diet_ice_tea", "drink", "diet iced tea", "diet ice tea"));
        items.add(item("mountain_dew", "drink", "mountain dew", "mtn dew"));
        items.add(item("pellegrino_sparkling_water", "drink", "san pellegrino", "pellegrino"));
        items.add(item("perrier_sparkling_water", "drink", "perrier"));
        items.add(item("pineapple_soda", "drink", "pineapple soda"));
        items.add(item("water", "drink", "water", "bottled water"));
        items.add(item("coffee", "drink", "coffee"));
        items.add(item("garlic_bread", "side", "garlic bread"));
        items.add(item("wings", "side", "wings", "chicken wings", "buffalo wings"));
        items.add(item("side_salad", "side", "side salad", "salad", "garden salad"));
        items.add(item("cinnamon_sticks", "dessert", "cinnamon sticks"));

        List<MenuVocabulary.OptionTerm> options = new ArrayList<>();
        Set<String> pizzaAndDrinks = union(PIZZA, DRINKS);
        options.add(option("size", "small", pizzaAndDrinks, "small", "sm"));
        options.add(option("size", "medium", pizzaAndDrinks, "medium", "med", "md"));
        options.add(option("size", "large", pizzaAndDrinks, "large", "lg", "lrg"));
        options.add(option("size", "extra_large", PIZZA, "extra large", "xl", "x large"));
        options.add(option("size", "regular", pizzaAndDrinks, "regular"));
        options.add(option("size", "party_size", PIZZA, "party size", "party sized", "party"));
        options.add(option("size", "lunch_size", PIZZA, "lunch size", "lunch sized", "lunch"));
        options.add(option("size", "personal_size", PIZZA, "personal size", "personal sized", "personal"));
        options.add(option("size", "6_piece", Set.of("wings"), "6 piece", "six piece"));
        options.add(option("size", "12_piece", Set.of("wings"), "12 piece", "twelve piece"));

        style(options, "thin_crust", "thin crust", "thin");
        style(options, "thick_crust", "thick crust", "thick", "high rise");
        style(options, "deep_dish", "deep dish", "pan");
        style(options, "chicago_style", "chicago style", "chicago");
        style(options, "stuffed_crust", "stuffed crust");
        style(options, "gluten_free_crust", "gluten free crust", "gluten free");
        style(options, "cauliflower_crust", "cauliflower crust");
        style(options, "keto_crust", "keto crust");
        style(options, "sourdough_crust", "sourdough crust", "sourdough");
        style(options, "new_york_style", "new york style", "new york");
        style(options, "neapolitan", "neapolitan", "napoletana");
        style(options, "mediterranean", "mediterranean");
        style(options, "mexican", "mexican");
        style(options, "meat_lover", "meat lovers", "meat lover's", "all meat", "big meat");
        style(options, "margherita", "margherita", "margarita");
        style(options, "hawaiian", "hawaiian");
        style(options, "supreme", "supreme");
        style(options, "vegetarian", "vegetarian", "veggie");
        style(options, "vegan", "vegan");
        style(options, "combination", "combination", "combo");
        style(options, "cheese_lover", "cheese lovers", "cheese lover's", "all cheese");
        style(options, "all_toppings", "all the toppings", "the works", "every topping");
        style(options, "all_vegetables", "all the vegetables", "all veggies", "all the veggies");

        topping(options, "alfredo_chicken", "alfredo chicken");
        topping(options, "american_cheese", "american cheese");
        topping(options, "anchovies", "anchovies");
        topping(options, "artichokes", "artichokes");
        topping(options, "arugula", "arugula", "rocket");
        topping(options, "bacon", "bacon", "applewood bacon");
        topping(options, "balsamic_glaze", "balsamic glaze");
        topping(options, "banana_peppers", "banana peppers");
        topping(options, "basil", "basil");
        topping(options, "bay_leaves", "bay leaves");
        topping(options, "bbq_chicken", "bbq chicken", "barbecue chicken");
        topping(options, "bbq_pulled_pork", "bbq pulled pork", "pulled pork");
        topping(options, "bbq_sauce", "bbq sauce", "barbecue sauce");
        topping(options, "beans", "beans", "black beans");
        topping(options, "beef", "beef", "ground beef", "hamburger");
        topping(options, "broccoli", "broccoli");
        topping(options, "buffalo_chicken", "buffalo chicken");
        topping(options, "buffalo_mozzarella", "buffalo mozzarella");
        topping(options, "buffalo_sauce", "buffalo sauce");
        topping(options, "caramelized_onions", "caramelized onions");
        topping(options, "carrots", "carrots");
        topping(options, "cheddar_cheese", "cheddar cheese", "cheddar");
        topping(options, "cheese", "cheese");
        topping(options, "cheeseburger", "cheeseburger");
        topping(options, "cherry_tomatoes", "cherry tomatoes");
        topping(options, "chicken", "chicken");
        topping(options, "chorizo", "chorizo");
        topping(options, "cumin", "cumin");
        topping(options, "dried_peppers", "dried peppers");
        topping(options, "dried_tomatoes", "dried tomatoes", "sun dried tomatoes");
        topping(options, "feta_cheese", "feta cheese", "feta");
        topping(options, "fried_onions", "fried onions");
        topping(options, "garlic_powder", "garlic", "garlic powder");
        topping(options, "green_olives", "green olives");
        topping(options, "green_peppers", "green peppers");
        topping(options, "grilled_chicken", "grilled chicken");
        topping(options, "grilled_pineapple", "grilled pineapple");
        topping(options, "ham", "ham");
        topping(options, "hot_peppers", "hot peppers");
        topping(options, "italian_sausage", "italian sausage");
        topping(options, "jalapeno_peppers", "jalapeño peppers", "jalapenos", "jalapeno");
        topping(options, "kalamata_olives", "kalamata olives");
        topping(options, "lettuce", "lettuce");
        topping(options, "low_fat_cheese", "low fat cheese");
        topping(options, "meatballs", "meatballs");
        topping(options, "mozzarella_cheese", "mozzarella", "mozzarella cheese");
        topping(options, "mushrooms", "mushrooms");
        topping(options, "olive_oil", "olive oil");
        topping(options, "olives", "olives", "black olives");
        topping(options, "onions", "onions");
        topping(options, "oregano", "oregano");
        topping(options, "parmesan_cheese", "parmesan", "parmesan cheese");
        topping(options, "parsley", "parsley");
        topping(options, "peas", "peas");
        topping(options, "pecorino_cheese", "pecorino", "pecorino cheese");
        topping(options, "pepperoni", "pepperoni", "pep");
        topping(options, "peppers", "peppers", "bell peppers");
        topping(options, "pesto", "pesto", "pesto sauce");
        topping(options, "pickles", "pickles");
        topping(options, "pineapple", "pineapple");
        topping(options, "ranch_sauce", "ranch sauce", "ranch");
        topping(options, "red_onions", "red onions");
        topping(options, "red_pepper_flakes", "red pepper flakes", "chili flakes");
        topping(options, "red_peppers", "red peppers");
        topping(options, "ricotta_cheese", "ricotta", "ricotta cheese");
        topping(options, "roasted_chicken", "roasted chicken");
        topping(options, "roasted_garlic", "roasted garlic");
        topping(options, "roasted_peppers", "roasted peppers");
        topping(options, "roasted_red_peppers", "roasted red peppers");
        topping(options, "roasted_green_peppers", "roasted green peppers");
        topping(options, "roasted_tomatoes", "roasted tomatoes");
        topping(options, "rosemary", "rosemary");
        topping(options, "salami", "salami");
        topping(options, "sauce", "sauce");
        topping(options, "sausage", "sausage");
        topping(options, "shrimps", "shrimp");
        topping(options, "spiced_sausage", "spiced sausage");
        topping(options, "spicy_red_sauce", "spicy red sauce");
        topping(options, "spinach", "spinach");
        topping(options, "tomato_sauce", "tomato sauce");
        topping(options, "tomatoes", "tomatoes");
        topping(options, "tuna", "tuna");
        topping(options, "vegan_pepperoni", "vegan pepperoni");
        topping(options, "white_onions", "white onions");
        topping(options, "yellow_peppers", "yellow peppers");

        Set<String> drinks = Set.copyOf(DRINKS);
        options.add(option("container", "bottle", drinks, "bottle"));
        options.add(option("container", "can", drinks, "can"));
        options.add(option("volume", "500_ml", drinks, "500 ml", "500 milliliter"));
        options.add(option("volume", "1_liter", drinks, "1 liter"));
        options.add(option("volume", "2_liter", drinks, "2 liter", "two liter"));
        options.add(option("volume", "3_liter", drinks, "3 liter"));
        options.add(option("volume", "8_oz", drinks, "8 oz"));
        options.add(option("volume", "12_floz", drinks, "12 fl oz", "12 oz"));
        options.add(option("volume", "16_oz", drinks, "16 oz"));
        options.add(option("volume", "20_floz", drinks, "20 fl oz", "20 oz"));
        return new MenuVocabulary(OUTLET, items, options);
    }

    private static MenuVocabulary.ItemTerm item(String id, String category, String... names) {
        return new MenuVocabulary.ItemTerm(id, category, List.of(names));
    }

    private static MenuVocabulary.OptionTerm option(String group, String id, Set<String> items, String... names) {
        return new MenuVocabulary.OptionTerm(group, id, List.of(names), items);
    }

    private static void style(List<MenuVocabulary.OptionTerm> options, String id, String... names) {
        options.add(option("style", id, PIZZA, names));
    }

    private static void topping(List<MenuVocabulary.OptionTerm> options, String id, String... names) {
        options.add(option("topping", id, PIZZA, names));
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
