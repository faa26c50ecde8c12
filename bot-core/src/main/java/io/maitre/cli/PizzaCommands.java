package io.maitre.cli;

import io.maitre.bot.MenuVocabularies;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.UnderstandingPipeline;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.Interpreter;
import io.maitre.nlu.exr.PizzaEval;
import io.maitre.nlu.exr.PizzaExr;
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

/**
 * The PIZZA benchmark adapter (the README's command line): {@code pizza-exr} writes one EXR tree a line for the
 * utterances read, {@code eval-pizza FILE} scores them by unordered exact match.
 */
public final class PizzaCommands {

    private static final String OUTLET = "demo";

    private final Interpreter interpreter;
    private final PizzaExr exr;
    private final InterpretationContext context = InterpretationContext.of(OUTLET);

    private PizzaCommands(MenuCatalog catalog) {
        MenuVocabularies vocabularies = new MenuVocabularies(catalog);
        this.interpreter = new UnderstandingPipeline(vocabularies);
        this.exr = new PizzaExr(vocabularies.vocabulary(OUTLET).orElseThrow());
    }

    public static PizzaCommands demo() {
        return new PizzaCommands(YamlMenuCatalog.fromClasspath());
    }

    String tree(String utterance) {
        return exr.tree(interpreter.interpret(utterance, context).items());
    }

    public void exr(InputStream input, PrintStream output) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.write(tree(line));
            out.newLine();
            out.flush();
        }
    }

    /** Scores the file; prints misses when {@code verbose}. Returns the exit status (0, or 2 for a bad file). */
    public int eval(Path file, boolean verbose, PrintStream out) throws IOException {
        if (!Files.isReadable(file)) {
            out.println("eval-pizza: cannot read " + file);
            return 2;
        }
        PizzaEval.Score score = PizzaEval.evaluate(file, this::tree);
        if (verbose) {
            score.misses().forEach(m -> out.printf("MISS %s%n  gold %s%n  ours %s%n", m.text(), m.expected(),
                    m.actual()));
        }
        out.printf(Locale.ROOT, "unordered exact match: %d/%d = %.2f%%%n", score.matched(), score.total(),
                100 * score.accuracy());
        return 0;
    }
}
