package io.maitre.cli;

import io.maitre.bot.MenuVocabularies;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.ExternalIntentSource;
import io.maitre.nlu.UnderstandingPipeline;
import io.maitre.nlu.corenlp.CoreNlpAnalyzer;
import io.maitre.nlu.corenlp.CoreNlpEnricher;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.Interpreter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./maitre nlu}: one utterance a line in, one JSON interpretation a line out (the README's command line).
 * Starts no server and no database, so it is quick to script.
 */
public final class NluCommand {

    private NluCommand() {
    }

    public static void run(InputStream input, PrintStream output) throws IOException {
        CoreNlpAnalyzer coreNlp = new CoreNlpAnalyzer();
        coreNlp.loadInBackground().join();
        Interpreter interpreter = new UnderstandingPipeline(new MenuVocabularies(YamlMenuCatalog.fromClasspath()),
                ExternalIntentSource.NONE, List.of(new CoreNlpEnricher(coreNlp)));
        JsonMapper json = JsonMapper.builder().build();
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        InterpretationContext context = InterpretationContext.of("demo");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.write(json.writeValueAsString(view(interpreter.interpret(line, context))));
            out.newLine();
            out.flush();
        }
    }

    static Map<String, Object> view(Interpretation interpretation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("text", interpretation.text());
        view.put("intent", interpretation.intent().id());
        view.put("confidence", interpretation.confidence());
        view.put("source", interpretation.source());
        view.put("entities", interpretation.entities());
        view.put("items", interpretation.items());
        return view;
    }
}
