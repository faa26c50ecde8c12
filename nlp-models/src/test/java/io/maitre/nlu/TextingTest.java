package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextingTest {

    @Test
    void shorthandReadsAsTheWordsItStandsFor() {
        assertThat(Texting.words("ofc")).containsExactly("of", "course");
        assertThat(Texting.words("l8r")).containsExactly("later");
        assertThat(Texting.words("pizza")).isNull();
        assertThat(Texting.words("y")).as("why or yes: left out").isNull();
    }

    @Test
    void theLexiconListsEachShorthandOnceInLowerCaseWithWords() {
        Set<String> seen = new HashSet<>();
        for (String line : Corpus.lines(Texting.LEXICON)) {
            String[] parts = line.split("\t");
            assertThat(parts).as(line).hasSize(2);
            assertThat(parts[0]).isLowerCase().doesNotContain(" ");
            assertThat(seen.add(parts[0])).as("listed twice: %s", parts[0]).isTrue();
            assertThat(parts[1].trim()).isNotEmpty();
        }
    }

    @Test
    void theClassifierAndTheMeaningVectorBothReadTheWords() {
        assertThat(new IntentFeatures(ShippedModels.get().spelling()).words("ofc cu l8r", List.of())).containsExactly("of", "course", "see", "you",
            "later");
        StaticEmbeddings table = ShippedModels.get().embeddings();
        assertThat(table.pieces("ofc, cu l8r")).isEqualTo(table.pieces("of course, see you later"));
        assertThat(table.of("idk")).containsExactly(table.of("do not know"));
    }
}
