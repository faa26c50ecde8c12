package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The shipped models are those the corpus and this code make: a corpus file or the feature extraction changed
 * without {@code ./maitre train} fails here, naming the command.
 */
class ShippedModelsTest {

    static final List<String> MODELS = ShippedModels.ALL;

    @ParameterizedTest
    @FieldSource("MODELS")
    void eachModelWasTrainedFromTheCorpusAsItIsNow(String model) throws IOException {
        ModelManifest manifest = manifest(model);
        Map<String, String> changed = new TreeMap<>();
        ModelInputs.corpus().forEach((file, hash) -> {
            if (!hash.equals(manifest.corpus().get(file))) {
                changed.put(file, hash);
            }
        });

        assertThat(manifest.corpusHash())
            .as("model %s was trained from another corpus (changed since: %s); run ./maitre train and commit the "
                + "models", model, changed.keySet())
            .isEqualTo(ModelInputs.corpusHash());
    }

    @ParameterizedTest
    @FieldSource("MODELS")
    void eachModelIsTheFileItsManifestDescribesMadeForThisFeatureVersion(String model) throws IOException {
        ShippedModels.Artifact artifact = ShippedModels.artifact(model, ShippedModels.class::getResourceAsStream);

        assertThat(artifact.manifest().featureVersion()).isEqualTo(ShippedModels.FEATURE_VERSION);
        assertThat(artifact.manifest().trainedAt()).isNotBlank();
    }

    @Test
    void theFeatureExtractionReadsTheCorpusAsWhenTheIntentModelWasTrained() throws IOException {
        assertThat(ModelInputs.featureFingerprint(ShippedModels.get()))
            .as("the code reads the corpus differently from when the intent model was trained: raise "
                + "ShippedModels.FEATURE_VERSION if the change is meant, then run ./maitre train and commit the models")
            .isEqualTo(manifest(ShippedModels.INTENTS).featureFingerprint());
    }

    @Test
    void aModelMadeForAnotherFeatureVersionIsRefusedWithTheCommandThatMakesItAgain() throws IOException {
        ModelManifest real = manifest(ShippedModels.SPELLING);
        Map<String, byte[]> files = new HashMap<>();
        files.put(real.file(), "pizza\t3\n".getBytes(StandardCharsets.UTF_8));
        files.put(ModelManifest.resource(ShippedModels.SPELLING), json(new ModelManifest(real.model(), real.file(),
            ModelInputs.sha256(files.get(real.file())), ShippedModels.FEATURE_VERSION - 1, real.corpusHash(),
            real.corpus(), null, real.trainer(), real.parameters(), real.trainedAt(), real.scores())));

        assertThatThrownBy(() -> ShippedModels.artifact(ShippedModels.SPELLING, open(files)))
            .isInstanceOf(ModelOutdated.class).hasMessageContaining("feature version")
            .hasMessageContaining("./maitre train");
    }

    @Test
    void aModelWhoseBytesAreNotThoseItsManifestDescribesIsRefused() throws IOException {
        ModelManifest real = manifest(ShippedModels.SPELLING);
        Map<String, byte[]> files = new HashMap<>();
        files.put(real.file(), "pizza\t3\n".getBytes(StandardCharsets.UTF_8));
        files.put(ModelManifest.resource(ShippedModels.SPELLING), json(real));

        assertThatThrownBy(() -> ShippedModels.artifact(ShippedModels.SPELLING, open(files)))
            .isInstanceOf(ModelOutdated.class).hasMessageContaining("./maitre train");
    }

    @Test
    void aMissingModelIsRefusedWithTheCommandThatMakesIt() {
        assertThatThrownBy(() -> ShippedModels.artifact(ShippedModels.SPELLING, resource -> null))
            .isInstanceOf(ModelOutdated.class).hasMessageContaining("./maitre train");
    }

    private static ModelManifest manifest(String model) throws IOException {
        try (InputStream in = ShippedModels.class.getResourceAsStream(ModelManifest.resource(model))) {
            assertThat(in).as("manifest of %s; run ./maitre train", model).isNotNull();
            return ModelManifest.read(in);
        }
    }

    private static byte[] json(ModelManifest manifest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest.write(out);
        return out.toByteArray();
    }

    private static ShippedModels.Resources open(Map<String, byte[]> files) {
        return resource -> files.containsKey(resource) ? new ByteArrayInputStream(files.get(resource)) : null;
    }
}
