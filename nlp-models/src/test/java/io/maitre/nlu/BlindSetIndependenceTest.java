package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the blind held-out sets blind: no training line may equal or closely paraphrase one of their messages, so a
 * corpus addition can never teach the classifier a message it is later scored on. Messages are compared with
 * fillers, politeness, case, apostrophes and punctuation set aside, by their words (Jaccard at least 0.75) and by
 * their letter triples (Jaccard at least 0.8). A failure names the training line to rewrite, not the blind
 * message.
 */
class BlindSetIndependenceTest {

    /** The blind sets, oldest first. */
    static final List<String> BLIND_SETS = List.of("corpus/intents-heldout10.tsv", "corpus/intents-heldout11.tsv");

    private static final Set<String> SET_ASIDE = Set.of("um", "uh", "oh", "yeah", "like", "so", "please", "pls",
        "plz", "er", "erm", "hmm", "well", "okay", "ok");

    @Test
    void noTrainingLineParaphrasesABlindMessage() {
        List<Reading> blind = BLIND_SETS.stream().flatMap(set -> Corpus.examples(set).stream())
            .map(e -> Reading.of(e.text())).toList();
        List<String> leaks = new ArrayList<>();
        for (Corpus.Example training : Corpus.examples(Corpus.INTENTS)) {
            Reading line = Reading.of(training.text());
            for (Reading message : blind) {
                if (line.closeTo(message)) {
                    leaks.add(training.intent().id() + "\t" + training.text());
                    break;
                }
            }
        }
        assertThat(leaks).as("training lines too close to a blind held-out message").isEmpty();
    }

    @Test
    void fillersCaseAndPunctuationDoNotHideACopyButADifferentMessageIsNoParaphrase() {
        assertThat(Reading.of("Um, can I PLEASE get the usual?").closeTo(Reading.of("can i get the usual")))
            .isTrue();
        assertThat(Reading.of("whats ur adress").closeTo(Reading.of("what's your address"))).isFalse();
        assertThat(Reading.of("my pizza was totally cold").closeTo(Reading.of("my pizza was cold"))).isTrue();
        assertThat(Reading.of("Where is my order?").closeTo(Reading.of("What is in my order?"))).isFalse();
    }

    record Reading(String joined, Set<String> words, Set<String> triples) {

        static Reading of(String text) {
            String plain = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9 ]+", " ");
            List<String> kept = new ArrayList<>();
            for (String w : plain.trim().split(" +")) {
                if (!w.isEmpty() && !SET_ASIDE.contains(w)) {
                    kept.add(w);
                }
            }
            String joined = String.join(" ", kept);
            Set<String> triples = new HashSet<>();
            for (int i = 0; i + 3 <= joined.length(); i++) {
                triples.add(joined.substring(i, i + 3));
            }
            return new Reading(joined, new HashSet<>(kept), triples);
        }

        boolean closeTo(Reading other) {
            if (joined.equals(other.joined)) {
                return true;
            }
            return jaccard(words, other.words) >= 0.75 || jaccard(triples, other.triples) >= 0.8;
        }

        private static double jaccard(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return 0;
            }
            int both = 0;
            for (String s : a) {
                if (b.contains(s)) {
                    both++;
                }
            }
            return both / (double) (a.size() + b.size() - both);
        }
    }
}
