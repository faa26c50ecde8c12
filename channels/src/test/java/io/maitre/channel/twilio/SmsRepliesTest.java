package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Expecting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsRepliesTest {

    private final SmsReplies replies = new SmsReplies(320, 3);

    @Test
    void shortMessagesOfOneTurnShareOneText() {
        List<String> texts = replies.render(List.of(BotMessage.say("Removed the coke."),
                new BotMessage("Anything else?", Expecting.MORE_ITEMS, null, List.of("That's all", "A coke"))));

        assertThat(texts).containsExactly("Removed the coke. Anything else?\nReply with a number:\n1) That's all\n2) A coke");
    }

    @Test
    void onlyTheLastMessagesChoicesAreNumberedAndAtMostTheConfiguredMany() {
        List<String> texts = replies.render(List.of(
                new BotMessage("Earlier.", null, null, List.of("Old")),
                new BotMessage("Which size?", Expecting.SIZE, "pizza", List.of("Small", "Medium", "Large", "Party"))));

        assertThat(texts).containsExactly("Earlier. Which size?\nReply with a number:\n1) Small\n2) Medium\n3) Large");
        assertThat(replies.offered(List.of("Small", "Medium", "Large", "Party"))).containsExactly("Small", "Medium",
                "Large");
    }

    @Test
    void aSentenceLongerThanATextIsSplitAtWords() {
        String sentence = "word ".repeat(100).strip() + ".";

        List<String> texts = replies.render(List.of(BotMessage.say(sentence)));

        assertThat(texts).hasSize(2).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(320));
        assertThat(String.join(" ", texts)).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"2,Medium", "' 2 ',Medium", "2.,Medium", "#1,Small", "4,null",
        "0,null", "12,null", "two,null", "2 please,null"})
    void aDigitPicksAChoice(String reply, String choice) {
        assertThat(SmsReplies.chosen(reply, List.of("Small", "Medium", "Large"))).isEqualTo(choice);
    }

    @Test
    void repliesKeepToTheGsmAlphabet() {
        assertThat(Gsm7.normalize("It\u2019s \u201Cdone\u201D \u2013 thanks! \uD83D\uDE00\uD83C\uDF55"))
                .isEqualTo("It's \"done\" - thanks!");
        assertThat(Gsm7.normalize("Jalape\u00f1o, cr\u00e8me br\u00fbl\u00e9e, \u0141\u00f3d\u017a"))
                .isEqualTo("Jalapeño, crème brulée, Lodz");
        assertThat(Gsm7.fits("Total $23.39 (€21) [ok] {yes} ~ ^ | \\")).isTrue();
        assertThat(Gsm7.fits("\uD83C\uDF55")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"STOP|false|STOP", "stop all|false|STOP", "Unsubscribe!|false|STOP",
        "cancel|false|STOP", "cancel my order|false|NONE", "START|false|START", "unstop|false|START",
        "yes|false|NONE", "Yes|true|START", "help|false|HELP", "INFO|true|HELP", "a pizza|false|NONE"})
    void carrierKeywordsAreWholeMessages(String body, boolean optedOut, SmsKeyword keyword) {
        assertThat(SmsKeyword.of(body, optedOut)).isEqualTo(keyword);
    }
}
