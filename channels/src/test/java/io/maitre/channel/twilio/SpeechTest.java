package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Total $23.39.|Total twenty-three thirty-nine.",
        "It's $19.00|It's nineteen dollars",
        "Add $0.50 for a can|Add fifty cents for a can",
        "$1.05 more|one oh five more",
        "A $1,250.10 catering order|A one thousand two hundred fifty ten catering order",
        "Ready at 7:15 PM today.|Ready at seven fifteen this evening.",
        "at 12:00 PM tomorrow|at noon tomorrow",
        "at 11:30 AM tomorrow|at eleven thirty tomorrow morning",
        "at 9:05 pm today|at nine oh five tonight",
        "at 2:45 PM|at two forty-five in the afternoon",
        "for Alex (+15551234567).|for Alex (5 5 5, 1 2 3, 4 5 6 7).",
        "Call 212-555-0142|Call 2 1 2, 5 5 5, 0 1 4 2",
        "Pizza 🍕 & wings!|Pizza and wings!",
        "Mon-Thu 11am-10pm|Mon-Thu 11am-10pm"})
    void writesForTheEar(String written, String spoken) {
        assertThat(Speech.forTheEar(written)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource({"0,zero", "13,thirteen", "40,forty", "99,ninety-nine", "100,one hundred", "1042,one thousand forty-two"})
    void numbersInWords(long n, String words) {
        assertThat(Speech.number(n)).isEqualTo(words);
    }
}
