package io.maitre.nlu;

import java.util.Set;

/**
 * Ordinary English words that lie one typo from a menu word ("later" / "water", "think" / "thick", "around" /
 * "ground", "comes" / "cokes"), so they are never corrected into one. The grammar and intent phrases add theirs.
 */
final class CommonWords {

    static final Set<String> WORDS = Set.of(
        "about", "above", "after", "again", "against", "almost", "alone", "along", "already", "always", "among",
        "another", "anything", "anyway", "apple", "around", "aside", "asked", "baron", "basin", "basis", "battle",
        "beams", "bears", "beacon", "because", "become", "before", "begin", "behind", "being", "below", "beside",
        "better", "between", "black", "bored", "borrow", "bottom", "bread", "break", "bring", "broad", "brown",
        "build", "built", "bunch", "buyer", "cakes", "called", "calls", "cards", "carry", "cause", "cents",
        "chair", "change", "cheap", "check", "child", "chose", "claim", "clean", "clear", "clock", "close", "codes",
        "comes", "coming", "cones", "cores", "corner", "cough", "could", "count", "couple", "course", "cover",
        "crazy", "crest", "cross", "crush", "daily", "dance", "dated", "dealt", "dears", "demon", "diced", "dinner",
        "doing", "doubt", "dozen", "dread", "dream", "dress", "drink", "drinks", "drive", "early", "earth", "eater",
        "eaten", "eight", "either", "eleven", "email", "empty", "enjoy", "enter", "equal", "error", "event",
        "every", "exact", "exist", "extra", "family", "fancy", "fellow", "fewer", "field", "fifth", "fight",
        "final", "finger", "first", "fixed", "flour", "floor", "forks", "forty", "found", "fountain", "frame",
        "freed", "fresh", "friday", "front", "fruit", "fully", "funny", "given", "gives", "glass", "going",
        "goods", "grand", "grant", "greed", "greek", "greet", "group", "guess", "guest", "guide", "happy",
        "hasnt", "haven", "heard", "heart", "heavy", "hello", "hence", "hours", "house", "human", "hurry",
        "inner", "issue", "items", "jokes", "kings", "known", "label", "large", "later", "laugh", "layer", "learn",
        "least", "leave", "left", "legal", "lemons", "level", "light", "liked", "likes", "limit", "linger",
        "lines", "litter", "lived", "lives", "local", "lower", "loved", "loves", "lucky", "lunch", "maker",
        "makes", "mango", "maybe", "meals", "means", "meant", "melts", "mellow", "might", "minor", "minus",
        "model", "monday", "money", "month", "moral", "mother", "mouth", "movie", "music", "needs", "never",
        "night", "noise", "north", "noted", "notes", "nurse", "occur", "offer", "often", "older", "order",
        "other", "ought", "outer", "owner", "pages", "paint", "paper", "parts", "party", "pasty", "patty", "peace",
        "pests", "phone", "piece", "place", "plain", "plane", "plant", "plate", "point", "pokes", "pound", "power",
        "press", "presto", "price", "pride", "prime", "print", "prior", "proof", "proud", "quick", "quiet",
        "quite", "radio", "raise", "range", "rapid", "rather", "reach", "ready", "really", "reason", "riced",
        "right", "rings", "rough", "round", "route", "rules", "saturday", "sauces", "scale", "scene", "score",
        "sense", "serve", "seven", "shall", "shape", "share", "sherry", "shift", "short", "should", "shown",
        "sides", "sight", "since", "sings", "sixty", "sleep", "slice", "slices", "small", "smell", "smile",
        "solid", "sorry", "sound", "south", "space", "speak", "spend", "spent", "spite", "split", "sport",
        "staff", "stage", "stall", "stand", "start", "state", "steal", "steel", "stick", "sticky", "still",
        "stock", "stocks", "stood", "store", "story", "street", "study", "stuff", "style", "sugar", "sunday",
        "sweet", "swing", "table", "taken", "takes", "taste", "teach", "teeth", "tells", "tenth", "thank",
        "their", "theme", "there", "these", "thick", "thicken", "thing", "things", "think", "third", "those",
        "three", "threw", "throw", "thursday", "tight", "times", "tired", "title", "today", "toffee", "tonight",
        "total", "touch", "tough", "tower", "trade", "tread", "treat", "trick", "tried", "tries", "truck", "truly",
        "trust", "truth", "tuesday", "tuner", "twice", "under", "union", "unions", "until", "upper", "usual",
        "valid", "value", "visit", "voice", "wafer", "waiter", "waits", "walks", "wants", "watch", "wanted",
        "wednesday", "weeks", "weird", "where", "which", "while", "white", "whole", "whose", "winds", "wines",
        "woman", "words", "works", "world", "worms", "worry", "worse", "worth", "would", "write", "wrong",
        "wrote", "yearly", "years", "young", "yours", "youth");

    private CommonWords() {
    }
}
