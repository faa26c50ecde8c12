package io.maitre.nlu.dialogflow;

import io.maitre.nlu.Intent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The intent training corpus: one example a line, {@code intent<TAB>text}; blank lines and lines starting with
 * {@code #} are skipped.
 */
final class IntentCorpus {

    private IntentCorpus() {
    }

    /**
     * The examples of each intent, in corpus order, without repeats (ignoring case).
     *
     * @throws IllegalArgumentException naming the line when a line has no tab, an unknown intent or no text
     */
    static Map<Intent, List<String>> read(Reader corpus) throws IOException {
        Map<Intent, Set<String>> seen = new EnumMap<>(Intent.class);
        Map<Intent, List<String>> examples = new EnumMap<>(Intent.class);
        BufferedReader lines = new BufferedReader(corpus);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("corpus line " + number + " has no tab: " + line);
            }
            String id = line.substring(0, tab).strip();
            String where = "corpus line " + number;
            Intent intent = Intent.fromId(id).orElseThrow(
                () -> new IllegalArgumentException(where + " names no intent of ours: " + id));
            String text = line.substring(tab + 1).strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("corpus line " + number + " has no text");
            }
            if (seen.computeIfAbsent(intent, i -> new LinkedHashSet<>()).add(text.toLowerCase(Locale.ROOT))) {
                examples.computeIfAbsent(intent, i -> new ArrayList<>()).add(text);
            }
        }
        return examples;
    }
}
