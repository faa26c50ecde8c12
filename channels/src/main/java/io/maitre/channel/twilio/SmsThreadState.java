package io.maitre.channel.twilio;

import java.util.List;

/**
 * What the SMS channel remembers of a text thread between turns: the choices it numbered in its last reply, so a
 * digit can be read as one of them.
 */
record SmsThreadState(List<String> choices) {

    SmsThreadState {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
