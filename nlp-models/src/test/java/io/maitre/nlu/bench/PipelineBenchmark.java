package io.maitre.nlu.bench;

import io.maitre.nlu.CatalogInterpreter;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.InterpretationContext;
import io.maitre.nlu.MenuVocabularyMother;
import io.maitre.nlu.UnderstandingPipeline;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The local understanding pipeline (intent and order parse, no external source) on one thread, over a mix of
 * real-looking customer messages: typed, texted and spoken orders, questions, answers, small talk and noise.
 * {@code perUtterance} samples the time of each call (read its p0.99); {@code throughput} counts calls a second.
 * {@code rulesOnly} is the catalog interpreter alone, for comparison. Run with {@link #main} or
 * {@code org.openjdk.jmh.Main PipelineBenchmark -t 1 -f 1}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PipelineBenchmark {

    static final String[] UTTERANCES = {
        "Hi, I'd like two large pepperoni pizzas and a Coke, please.",
        "can i get a lg veggie pizza w/ xtra cheese pls",
        "um yeah can we do like two medium pizzas one with ham and one with pineapple",
        "i'll have uh a small margherita and a diet coke",
        "Three cans of Sprite and a dozen wings.",
        "large",
        "yes",
        "no thats all",
        "make it a medium",
        "change the coke to a sprite",
        "remove the garlic bread",
        "whats my total",
        "where is my order",
        "how much is a large pizza",
        "do you have gluten free crust?",
        "what time do you close",
        "pickup at 6:30",
        "deliver it to 42 Elm Street please",
        "it's for Maria",
        "my number is 555 123 4567",
        "can i talk to a real person",
        "my pizza was cold and late",
        "thanks so much",
        "bye",
        "what's the weather like",
        "asdfgh",
        "a large pizza with prosciutto and figs",
        "two large pizzas with ham and a small one with olives and three cokes",
        "lemme get 2 pep pizzas n a 2 liter of coke",
        "the usual please",
    };

    private UnderstandingPipeline pipeline;
    private CatalogInterpreter rules;
    private InterpretationContext context;
    private int next;

    @Setup
    public void setUp() {
        pipeline = new UnderstandingPipeline(MenuVocabularyMother.source());
        rules = new CatalogInterpreter(MenuVocabularyMother.source());
        context = new InterpretationContext(MenuVocabularyMother.OUTLET, ZoneId.of("Europe/Paris"),
            Locale.ENGLISH, Clock.systemUTC());
    }

    private String nextUtterance() {
        String text = UTTERANCES[next];
        next = next + 1 == UTTERANCES.length ? 0 : next + 1;
        return text;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Interpretation perUtterance() {
        return pipeline.interpret(nextUtterance(), context);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Interpretation throughput() {
        return pipeline.interpret(nextUtterance(), context);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Interpretation rulesOnly() {
        return rules.interpret(nextUtterance(), context);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(PipelineBenchmark.class.getSimpleName()).threads(1).forks(1).build())
            .run();
    }
}
