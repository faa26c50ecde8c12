package io.maitre.channel.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import java.util.List;

/** Writes TwiML with the Twilio SDK's builders. */
final class Twiml {

    private Twiml() {
    }

    /** A messaging {@code <Response>} with one {@code <Message>} each; none gives the empty {@code <Response/>}. */
    static String messages(List<String> texts) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        for (String text : texts) {
            response.message(new Message.Builder().body(new Body.Builder(text).build()).build());
        }
        return xml(response.build());
    }

    /** How the voice channel asks and listens. */
    record GatherSettings(String action, String speechTimeout, int timeout, String language, String sayVoice,
            String hints) {
    }

    /** The spoken text inside a {@code <Gather input="speech dtmf">} that sends the answer to the action URL. */
    static String gather(String spoken, GatherSettings settings) {
        Gather.Builder gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
                .action(settings.action())
                .method(HttpMethod.POST)
                .speechTimeout(settings.speechTimeout())
                .timeout(settings.timeout())
                .numDigits(1)
                .actionOnEmptyResult(true)
                .say(say(spoken, settings));
        gather.option("language", settings.language());
        if (settings.hints() != null && !settings.hints().isEmpty()) {
            gather.hints(settings.hints());
        }
        return xml(new VoiceResponse.Builder().gather(gather.build()).build());
    }

    /** Says the text and transfers the call to a person; if nobody answers, apologises and hangs up. */
    static String transfer(String spoken, String number, GatherSettings settings) {
        return xml(new VoiceResponse.Builder()
                .say(say(spoken, settings))
                .dial(new Dial.Builder().number(number).build())
                .say(say("Sorry, nobody could take your call. Please call again later, or send us a text.", settings))
                .hangup(new Hangup.Builder().build())
                .build());
    }

    /** Says the text and ends the call. */
    static String goodbye(String spoken, GatherSettings settings) {
        return xml(new VoiceResponse.Builder()
                .say(say(spoken, settings))
                .hangup(new Hangup.Builder().build())
                .build());
    }

    private static Say say(String text, GatherSettings settings) {
        Say.Builder say = new Say.Builder(text);
        say.option("language", settings.language());
        if (settings.sayVoice() != null && !settings.sayVoice().isBlank()) {
            say.option("voice", settings.sayVoice());
        }
        return say.build();
    }

    private static String xml(com.twilio.twiml.TwiML twiml) {
        try {
            return twiml.toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML could not be written", e);
        }
    }
}
