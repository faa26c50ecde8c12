package io.maitre.channel.twilio;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TwiML. The Twilio SDK's TwiML builders were the first choice, but their {@code toXml()} looks up a DOM
 * builder and a transformer factory on every call, which in the service's jar means scanning every library under a
 * lock: with 200 texting customers that made the SMS webhook 100 times slower than a web chat turn. Here one StAX
 * factory is made once and each answer is streamed; the elements and attributes are the ones the SDK writes.
 */
final class Twiml {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String NOBODY_ANSWERED =
            "Sorry, nobody could take your call. Please call again later, or send us a text.";

    private Twiml() {
    }

    /** A messaging {@code <Response>} with one {@code <Message>} each; none gives the empty {@code <Response/>}. */
    static String messages(List<String> texts) {
        return write(xml -> {
            for (String text : texts) {
                xml.writeStartElement("Message");
                xml.writeStartElement("Body");
                xml.writeCharacters(text);
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    /** How the voice channel asks and listens. */
    record GatherSettings(String action, String speechTimeout, int timeout, String language, String sayVoice,
            String hints) {
    }

    /** The spoken text inside a {@code <Gather input="speech dtmf">} that sends the answer to the action URL. */
    static String gather(String spoken, GatherSettings settings) {
        return write(xml -> {
            xml.writeStartElement("Gather");
            xml.writeAttribute("input", "speech dtmf");
            if (settings.action() != null) {
                xml.writeAttribute("action", settings.action());
            }
            xml.writeAttribute("method", "POST");
            xml.writeAttribute("speechTimeout", settings.speechTimeout());
            xml.writeAttribute("timeout", Integer.toString(settings.timeout()));
            xml.writeAttribute("numDigits", "1");
            xml.writeAttribute("actionOnEmptyResult", "true");
            xml.writeAttribute("language", settings.language());
            if (settings.hints() != null && !settings.hints().isEmpty()) {
                xml.writeAttribute("hints", settings.hints());
            }
            say(xml, spoken, settings);
            xml.writeEndElement();
        });
    }

    /**
     * Puts the caller through to the outlet's staff after the text: a transfer to {@code staffNumber}, or, when the
     * outlet has no staff number, an apology and the end of the call.
     */
    static String handOver(String spoken, String staffNumber, GatherSettings settings) {
        if (staffNumber == null) {
            return goodbye((spoken + " Sorry, there's nobody here to take your call right now. Please call again"
                    + " later, or send us a text. Goodbye.").strip(), settings);
        }
        return transfer((spoken + " Let me put you through to the restaurant.").strip(), staffNumber, settings);
    }

    /**
     * Says the text and transfers the call to a person. With an action URL, Twilio posts how the transfer ended
     * there ({@code DialCallStatus}, answered by {@link #afterTransfer}) instead of going on with the document, so a
     * caller who talked to staff is not told afterwards that nobody could take the call. Without one (the fallback,
     * when our own webhooks are in trouble), the apology follows the transfer.
     */
    static String transfer(String spoken, String number, GatherSettings settings) {
        return write(xml -> {
            say(xml, spoken, settings);
            if (settings.action() == null) {
                element(xml, "Dial", number);
                say(xml, NOBODY_ANSWERED, settings);
                xml.writeEmptyElement("Hangup");
            } else {
                xml.writeStartElement("Dial");
                xml.writeAttribute("action", settings.action());
                xml.writeCharacters(number);
                xml.writeEndElement();
            }
        });
    }

    /**
     * How a transfer ended, as Twilio posts it to the {@code <Dial action>}: after a call with staff the caller has
     * nothing more to hear; a transfer nobody took (busy, no answer, failed) is apologised for.
     */
    static String afterTransfer(String dialCallStatus, GatherSettings settings) {
        if ("completed".equals(dialCallStatus) || "answered".equals(dialCallStatus)) {
            return write(xml -> xml.writeEmptyElement("Hangup"));
        }
        return goodbye(NOBODY_ANSWERED, settings);
    }

    /** Says the text and ends the call. */
    static String goodbye(String spoken, GatherSettings settings) {
        return write(xml -> {
            say(xml, spoken, settings);
            xml.writeEmptyElement("Hangup");
        });
    }

    private static void say(XMLStreamWriter xml, String text, GatherSettings settings) throws XMLStreamException {
        xml.writeStartElement("Say");
        xml.writeAttribute("language", settings.language());
        if (settings.sayVoice() != null && !settings.sayVoice().isBlank()) {
            xml.writeAttribute("voice", settings.sayVoice());
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Response");
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("TwiML could not be written", e);
        }
        return out.toString();
    }
}
