package io.maitre.channel.twilio;

import io.maitre.channel.BotMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the bot's messages for a phone screen: in the GSM alphabet, quick replies as numbered choices the customer
 * answers with a digit, and packed into as few text messages as fit the length limit, split at sentence boundaries
 * (words, when one sentence is longer than a message).
 */
final class SmsReplies {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private final int messageLength;
    private final int maxChoices;

    SmsReplies(int messageLength, int maxChoices) {
        this.messageLength = messageLength;
        this.maxChoices = maxChoices;
    }

    /** The text messages to send for one turn's replies. */
    List<String> render(List<BotMessage> replies) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            BotMessage reply = replies.get(i);
            String text = Gsm7.normalize(reply.text());
            boolean last = i == replies.size() - 1;
            List<String> choices = last ? offered(reply.options()).stream().map(Gsm7::normalize).toList() : List.of();
            if (!text.isEmpty()) {
                pieces.addAll(sentences(text));
            }
            if (!choices.isEmpty()) {
                pieces.add(numbered(choices));
            }
        }
        return pack(pieces);
    }

    /** The quick replies that {@link #render} numbers, as the bot wrote them. */
    List<String> offered(List<String> options) {
        return options.stream().filter(o -> !Gsm7.normalize(o).isEmpty()).limit(maxChoices).toList();
    }

    /**
     * The choice a reply of just a number picks ("2", "2.", "#2"), or {@code null} when the reply is something else
     * or the number is not one of them.
     */
    static String chosen(String reply, List<String> options) {
        Matcher m = Pattern.compile("\\s*#?\\s*([1-9])\\s*[.)]?\\s*").matcher(reply);
        if (!m.matches()) {
            return null;
        }
        int index = Integer.parseInt(m.group(1)) - 1;
        return index < options.size() ? options.get(index) : null;
    }

    private static String numbered(List<String> choices) {
        StringBuilder text = new StringBuilder("Reply with a number:");
        for (int i = 0; i < choices.size(); i++) {
            text.append('\n').append(i + 1).append(") ").append(choices.get(i));
        }
        return text.toString();
    }

    private List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() <= messageLength) {
                out.add(s);
            } else {
                out.addAll(words(s));
            }
        }
        return out;
    }

    /** Splits an over-long sentence at spaces (or hard, for a word longer than a message). */
    private List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : sentence.split(" ")) {
            while (word.length() > messageLength) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                out.add(word.substring(0, messageLength));
                word = word.substring(messageLength);
            }
            if (!current.isEmpty() && current.length() + 1 + word.length() > messageLength) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Joins pieces into messages up to the limit; a numbered list starts on its own line. */
    private List<String> pack(List<String> pieces) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            String glue = piece.startsWith("Reply with a number:") ? "\n" : " ";
            if (!current.isEmpty() && current.length() + glue.length() + piece.length() > messageLength) {
                messages.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(glue);
            }
            current.append(piece);
        }
        if (!current.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }
}
