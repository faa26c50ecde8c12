package io.maitre.nlu.corenlp;

import java.util.List;

/**
 * The classpath resources CoreNLP loads for us, and nothing else: nlp-models' build unpacks exactly the models jar
 * entries named here (see its pom), so a model added here must be added there too.
 */
final class ModelFiles {

    static final String POS_TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String SUTIME_DEFINITIONS = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
    static final String SUTIME_ENGLISH = "edu/stanford/nlp/models/sutime/english.sutime.txt";
    /** Ours, in nlp-models' resources: ordering phrasing SUTime's English rules miss. */
    static final String SUTIME_RESTAURANT = "io/maitre/nlu/corenlp/restaurant.sutime.txt";
    static final String PARSER = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";
    static final String SENTIMENT = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";

    /** The files unpacked from the CoreNLP models jar. */
    static final List<String> SHIPPED = List.of(POS_TAGGER, SUTIME_DEFINITIONS, SUTIME_ENGLISH, PARSER, SENTIMENT);

    private ModelFiles() {
    }
}
