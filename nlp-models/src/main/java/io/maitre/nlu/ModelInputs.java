package io.maitre.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the shipped models were made from, as hashes: the corpus files, and what the feature extraction reads of
 * the corpus. A model whose manifest holds other hashes than these is stale: the corpus or the code that reads
 * text changed after it was trained, and {@code ./maitre train} must run.
 */
final class ModelInputs {

    /** The corpus files under {@code io/maitre/nlu/}: every model is trained from them. */
    static final List<String> CORPUS = List.of(Corpus.INTENTS, TrainedNameFinder.CORPUS, CorpusMenu.RESOURCE,
        IntentFeatures.WORD_CLASSES, Texting.LEXICON);

    private ModelInputs() {
    }

    /** Each corpus file's SHA-256, line endings read as {@code \n}, so a checkout's line endings do not matter. */
    static Map<String, String> corpus() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String resource : CORPUS) {
            try (InputStream in = ModelInputs.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing corpus file io/maitre/nlu/" + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                hashes.put(resource, sha256(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hashes;
    }

    /** One hash of all the corpus files. */
    static String corpusHash() {
        StringBuilder all = new StringBuilder();
        corpus().forEach((file, hash) -> all.append(file).append(' ').append(hash).append('\n'));
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A hash of what the classifier reads of every example of the intent corpus with these models: its tokens and
     * its meaning vector (rounded to five decimals). It changes when the feature extraction reads any example
     * differently.
     */
    static String featureFingerprint(ShippedModels models) {
        return featureFingerprint(IntentSample.read(Corpus.examples(Corpus.INTENTS), models.names(),
            models.reader()));
    }

    /** The hash of {@link #featureFingerprint(ShippedModels)}, of samples already read. */
    static String featureFingerprint(List<IntentSample> samples) {
        MessageDigest digest = digest();
        for (IntentSample sample : samples) {
            for (String feature : sample.evidence().features()) {
                digest.update(feature.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ' ');
            }
            ByteBuffer meaning = ByteBuffer.allocate(4 * sample.evidence().meaning().length);
            for (float x : sample.evidence().meaning()) {
                meaning.putInt(Math.round(x * 100_000));
            }
            digest.update(meaning.array());
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
