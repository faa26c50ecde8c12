package io.maitre.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The intent corpus format ({@code intent<TAB>text} a line, {@code #} comments) and the reading of this module's
 * corpus files from the class path.
 */
final class Corpus {

    /**
     * One labelled example.
     *
     * @param intent the intent it expresses
     * @param text the customer's words
     */
    record Example(Intent intent, String text) {
    }

    /** The intent corpus the classifier is trained from. */
    static final String INTENTS = "corpus/intents.tsv";

    private Corpus() {
    }

    /** The examples of an intent corpus file under {@code io/maitre/nlu/}; an unknown intent id fails. */
    static List<Example> examples(String resource) {
        List<Example> examples = new ArrayList<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": no tab in " + line);
            }
            String id = line.substring(0, tab);
            Intent intent = Intent.fromId(id)
                .orElseThrow(() -> new IllegalStateException(resource + ": unknown intent " + id));
            examples.add(new Example(intent, line.substring(tab + 1)));
        }
        return examples;
    }

    /** The non-blank lines of a resource under {@code io/maitre/nlu/} that are no {@code #} comments. */
    static List<String> lines(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/maitre/nlu/" + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
