package io.maitre.nlu.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * tokenize and pos, then parse (the English PCFG) and sentiment on a bounded number of sentences: the expensive
 * part, loaded and run on demand.
 */
final class SentimentPipeline {

    /**
     * Longer sentences get a flat tree instead of a parse: the PCFG's time grows with the cube of the length, and
     * sentiment is still read from the flat tree.
     */
    static final int MAX_PARSED_TOKENS = 30;
    /** Sentences with a word in them that are read; "a. b. c. ..." would otherwise cost a parse per letter. */
    static final int MAX_SENTENCES = 5;

    private final StanfordCoreNLP words;
    private final StanfordCoreNLP trees;

    private SentimentPipeline(StanfordCoreNLP words, StanfordCoreNLP trees) {
        this.words = words;
        this.trees = trees;
    }

    static SentimentPipeline load() {
        Properties props = AnalysisPipeline.wordProperties("parse,sentiment");
        // the tokens and tags come from the first pipeline, run on the whole text before the sentences are chosen
        props.setProperty("enforceRequirements", "false");
        props.setProperty("parse.model", ModelFiles.PARSER);
        props.setProperty("parse.maxlen", Integer.toString(MAX_PARSED_TOKENS));
        props.setProperty("parse.binaryTrees", "true");
        // sentiment reads only the trees; dependency graphs would cost time for nothing
        props.setProperty("parse.buildgraphs", "false");
        props.setProperty("sentiment.model", ModelFiles.SENTIMENT);
        SentimentPipeline pipeline = new SentimentPipeline(
            new StanfordCoreNLP(AnalysisPipeline.wordProperties("tokenize,pos")), new StanfordCoreNLP(props));
        pipeline.sentiment("I would like a large pizza.");
        return pipeline;
    }

    /** The sentiment of the most negative sentence: one angry sentence among polite ones is what matters. */
    Sentiment sentiment(String text) {
        Annotation document = new Annotation(text);
        words.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class).stream()
            .filter(SentimentPipeline::hasWord).limit(MAX_SENTENCES).toList();
        if (sentences.isEmpty()) {
            return Sentiment.NEUTRAL;
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        trees.annotate(document);
        Sentiment worst = Sentiment.NEUTRAL;
        boolean any = false;
        for (CoreMap sentence : sentences) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            SimpleMatrix classes = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
            if (classes != null) {
                double score = 0;
                for (int i = 0; i < classes.getNumElements(); i++) {
                    score += classes.get(i) * (i - 2) / 2.0;
                }
                Sentiment.Label label = Sentiment.Label.values()[RNNCoreAnnotations.getPredictedClass(tree)];
                if (!any || score < worst.score()) {
                    worst = new Sentiment(label, score);
                    any = true;
                }
            }
        }
        return worst;
    }

    private static boolean hasWord(CoreMap sentence) {
        for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            if (token.word().codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }
}
