package io.maitre.nlu;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What describes one shipped model, beside it as {@code model/NAME.manifest.json}: the artifact and its hash, the
 * feature-extraction version it was made for, the corpus it was trained from, the trainer's settings, when it was
 * trained and what it scored. Loading refuses a model made for another feature version; {@code ShippedModelsTest}
 * fails when the corpus or the feature extraction changed since the models were trained.
 *
 * @param model the model's name ({@code intents}, {@code names}, {@code token-vectors}, ...)
 * @param file the artifact, under {@code io/maitre/nlu/}
 * @param sha256 the artifact's SHA-256, in hex
 * @param featureVersion the {@link ShippedModels#FEATURE_VERSION} it was made for
 * @param corpusHash {@link ModelInputs#corpusHash()} when it was trained
 * @param corpus each corpus file's hash when it was trained
 * @param featureFingerprint for the intent model, {@link ModelInputs#featureFingerprint} of the corpus when it was
 *     trained; {@code null} for the others
 * @param trainer the trainer's settings
 * @param parameters what loading needs besides the artifact (the intent model's calibration temperature)
 * @param trainedAt when it was trained, ISO-8601 UTC
 * @param scores what it scored when trained
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ModelManifest(String model, String file, String sha256, int featureVersion, String corpusHash,
        Map<String, String> corpus, String featureFingerprint, Map<String, Object> trainer,
        Map<String, String> parameters, String trainedAt, Map<String, Object> scores) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ModelManifest {
        corpus = corpus == null ? Map.of() : new LinkedHashMap<>(corpus);
        trainer = trainer == null ? Map.of() : new LinkedHashMap<>(trainer);
        parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
        scores = scores == null ? Map.of() : new LinkedHashMap<>(scores);
    }

    /** Where a model's manifest lies, under {@code io/maitre/nlu/}. */
    static String resource(String model) {
        return ShippedModels.DIRECTORY + model + ".manifest.json";
    }

    static ModelManifest read(InputStream in) throws IOException {
        return JSON.readValue(in, ModelManifest.class);
    }

    void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    /** A parameter loading needs. */
    String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("manifest of model " + model + " has no parameter " + name);
        }
        return value;
    }
}
