package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** TwiML read back as XML, as Twilio reads it. */
record ParsedTwiml(Document document) {

    static ParsedTwiml parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("Response");
            return new ParsedTwiml(document);
        } catch (Exception e) {
            throw new AssertionError("Not TwiML: " + xml, e);
        }
    }

    /** The text of each {@code <Message>}, whether written as text or as {@code <Body>}. */
    List<String> messages() {
        return texts("Message");
    }

    /** The text of each {@code <Say>}, inside a {@code <Gather>} or not. */
    List<String> says() {
        return texts("Say");
    }

    String spoken() {
        return String.join(" ", says());
    }

    Element gather() {
        NodeList gathers = document.getElementsByTagName("Gather");
        assertThat(gathers.getLength()).as("one <Gather>").isEqualTo(1);
        return (Element) gathers.item(0);
    }

    boolean has(String tag) {
        return document.getElementsByTagName(tag).getLength() > 0;
    }

    String dialed() {
        NodeList dials = document.getElementsByTagName("Dial");
        return dials.getLength() == 0 ? null : dials.item(0).getTextContent().strip();
    }

    String dialAction() {
        NodeList dials = document.getElementsByTagName("Dial");
        return dials.getLength() == 0 ? null : ((Element) dials.item(0)).getAttribute("action");
    }

    int children() {
        int count = 0;
        for (int i = 0; i < document.getDocumentElement().getChildNodes().getLength(); i++) {
            if (document.getDocumentElement().getChildNodes().item(i) instanceof Element) {
                count++;
            }
        }
        return count;
    }

    private List<String> texts(String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
