package io.maitre.nlu.corenlp;

/** Bounds what CoreNLP reads: a prefix of at most a fixed length, with control characters as spaces. */
final class InputText {

    private InputText() {
    }

    /**
     * The first {@code maxChars} characters of the text (one fewer rather than half a surrogate pair), with control
     * characters other than tabs and line breaks, and unpaired surrogates, replaced by spaces so that offsets stay
     * those of the original text.
     */
    static String prepare(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        int length = Math.min(text.length(), maxChars);
        if (length > 0 && length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
            length--;
        }
        StringBuilder clean = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < length
                && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r';
            boolean unpaired = Character.isSurrogate(c) && !pairedHigh && !pairedLow;
            clean.append(control || unpaired ? ' ' : c);
        }
        return clean.toString();
    }
}
