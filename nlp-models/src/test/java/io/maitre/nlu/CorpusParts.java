package io.maitre.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The intent corpus in its two parts: the examples written for the corpus, and after them, under the collected
 * heading, the customer messages written for earlier evaluation rounds (blind when written, training material
 * since). The collected messages are the ones most like a new blind set, so evaluations report them apart.
 */
final class CorpusParts {

    /** The comment line that starts the collected part of {@code intents.tsv}. */
    static final String COLLECTED_HEADING = "# ======== Collected";

    private CorpusParts() {
    }

    /** The number of examples before the collected heading. */
    static int writtenForTheCorpus() {
        try (InputStream in = Corpus.class.getResourceAsStream(Corpus.INTENTS)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int examples = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(COLLECTED_HEADING)) {
                    return examples;
                }
                if (!line.isBlank() && !line.startsWith("#")) {
                    examples++;
                }
            }
            throw new IllegalStateException(Corpus.INTENTS + " has no line starting " + COLLECTED_HEADING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The collected messages: the examples after the collected heading. */
    static List<Corpus.Example> collected() {
        List<Corpus.Example> all = Corpus.examples(Corpus.INTENTS);
        return all.subList(writtenForTheCorpus(), all.size());
    }
}
