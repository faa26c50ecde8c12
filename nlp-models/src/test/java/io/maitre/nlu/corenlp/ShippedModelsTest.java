package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Only the model files we load ship, unpacked from the models jar at build time; that jar is not on the classpath. */
class ShippedModelsTest {

    private static final ClassLoader LOADER = ShippedModelsTest.class.getClassLoader();
    private static final long MAX_SHIPPED_BYTES = 25L * 1024 * 1024;

    @Test
    void theModelFilesWeLoadAreOnTheClasspath() throws IOException {
        long total = 0;
        for (String file : ModelFiles.SHIPPED) {
            URL url = LOADER.getResource(file);
            assertThat(url).as(file).isNotNull();
            assertThat(url.toString()).as(file).doesNotContain("-models.jar");
            try (InputStream in = url.openStream()) {
                total += in.transferTo(OutputStream.nullOutputStream());
            }
        }
        assertThat(LOADER.getResource(ModelFiles.SUTIME_RESTAURANT)).isNotNull();
        assertThat(total).isBetween(1L, MAX_SHIPPED_BYTES);
    }

    @Test
    void theRestOfTheModelsJarIsNot() {
        assertThat(LOADER.getResource("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz")).isNull();
        assertThat(LOADER.getResource("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger.props"))
            .isNull();
        assertThat(LOADER.getResource("edu/stanford/nlp/models/sutime/english.holidays.sutime.txt")).isNull();
        assertThat(LOADER.getResource("edu/stanford/nlp/models/lexparser/englishSR.ser.gz")).isNull();
        assertThat(System.getProperty("java.class.path")).doesNotContain("stanford-corenlp-4.5.10-models");
    }
}
