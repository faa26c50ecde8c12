package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.bot.MenuVocabularies;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.UnderstandingPipeline;
import org.junit.jupiter.api.Test;

/** A quick reply the bot offers when unsure is read, when sent, as the intent it offers, and surely enough to act. */
class ClarifyingRepliesTest {

    @Test
    void eachOfferedReplyReadsAsItsIntent() {
        UnderstandingPipeline pipeline = new UnderstandingPipeline(
                new MenuVocabularies(YamlMenuCatalog.fromClasspath()));

        Clarifying.OFFERS.forEach((intent, offer) -> {
            Interpretation read = pipeline.interpret(offer.reply(), InterpretationContext.of("demo"));
            assertThat(read.intent()).as(offer.reply()).isEqualTo(intent);
            assertThat(read.confidence()).as(offer.reply()).isGreaterThanOrEqualTo(0.75);
        });
    }
}
