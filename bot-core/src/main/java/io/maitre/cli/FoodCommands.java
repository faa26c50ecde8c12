package io.maitre.cli;

import io.maitre.bot.MenuVocabularies;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.Interpreter;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.UnderstandingPipeline;
import io.maitre.nlu.exr.FoodEval;
import io.maitre.nlu.exr.FoodExr;
import io.maitre.nlu.exr.PizzaEval;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The FoodOrdering benchmark adapter (the README's command line): {@code food-exr --outlet ID} writes one EXR forest a line for
 * the utterances read, read by the same pipeline as every turn with that outlet's menu; {@code eval-food} scores
 * it on a json-lines file by unordered exact match.
 */
public final class FoodCommands {

    private final Interpreter interpreter;
    private final FoodExr exr;
    private final InterpretationContext context;

    private FoodCommands(MenuCatalog catalog, String outlet, MenuVocabulary vocabulary) {
        this.interpreter = new UnderstandingPipeline(new MenuVocabularies(catalog));
        this.exr = new FoodExr(vocabulary);
        this.context = InterpretationContext.of(outlet);
    }

    /** The adapter for a shipped outlet; empty when there is no such outlet. */
    public static Optional<FoodCommands> of(String outlet) {
        MenuCatalog catalog = YamlMenuCatalog.fromClasspath();
        return new MenuVocabularies(catalog).vocabulary(outlet)
                .map(vocabulary -> new FoodCommands(catalog, outlet, vocabulary));
    }

    String forest(String utterance) {
        return exr.forest(interpreter.interpret(utterance, context).items());
    }

    public void exr(InputStream input, PrintStream output) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.write(forest(line));
            out.newLine();
            out.flush();
        }
    }

    /**
     * Scores the file, whose gold forests are EXR or TOP-Alias turned into EXR with the venue's catalogs; prints
     * misses when {@code verbose}. Returns the exit status (0, or 2 for an unreadable file or catalog).
     */
    public int eval(Path catalogs, Path file, boolean verbose, PrintStream out) throws IOException {
        if (!Files.isReadable(file) || !Files.isReadable(catalogs.resolve("schema.json"))) {
            out.println("eval-food: cannot read " + file + " or " + catalogs.resolve("schema.json"));
            return 2;
        }
        PizzaEval.Score score = FoodEval.ofCatalogs(catalogs).evaluate(file, this::forest);
        if (verbose) {
            score.misses().forEach(m -> out.printf("MISS %s%n  gold %s%n  ours %s%n", m.text(), m.expected(),
                    m.actual()));
        }
        out.printf(Locale.ROOT, "unordered exact match: %d/%d = %.2f%%%n", score.matched(), score.total(),
                100 * score.accuracy());
        return 0;
    }
}
