package io.maitre.nlu.corenlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.util.CoreMap;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * tokenize (which splits sentences too), pos and lemma, then CoreNLP's number normalizer, then SUTime. No NER annotator: its
 * classifiers are hundreds of megabytes and numbers and times need none of them.
 */
final class AnalysisPipeline {

    private final StanfordCoreNLP words;
    private final TimeAnnotator sutime;

    private AnalysisPipeline(StanfordCoreNLP words, TimeAnnotator sutime) {
        this.words = words;
        this.sutime = sutime;
    }

    static AnalysisPipeline load() {
        Properties times = new Properties();
        times.setProperty("sutime.rules", String.join(",", ModelFiles.SUTIME_DEFINITIONS, ModelFiles.SUTIME_ENGLISH,
            ModelFiles.SUTIME_RESTAURANT));
        // no binders: the only one, JollyDay holidays, needs JAXB and holiday files we do not ship
        times.setProperty("sutime.binders", "0");
        AnalysisPipeline pipeline = new AnalysisPipeline(new StanfordCoreNLP(wordProperties("tokenize,pos,lemma")),
            new TimeAnnotator("sutime", times, true));
        // the first pass through SUTime's rules costs a few hundred milliseconds: paid here, not by a customer
        pipeline.analyze("two pizzas at 7pm tomorrow", ZonedDateTime.now(), true);
        return pipeline;
    }

    /**
     * The tokenizer and tagger settings, the same in both pipelines so that CoreNLP's shared annotator pool loads
     * the tagger once.
     */
    static Properties wordProperties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        props.setProperty("pos.model", ModelFiles.POS_TAGGER);
        return props;
    }

    Analysis analyze(String text, ZonedDateTime now, boolean withTimes) {
        Annotation document = new Annotation(text);
        words.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            // SUTime reuses these instead of finding the numbers again
            sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, NumberNormalizer.findAndMergeNumbers(sentence));
        }
        List<TimeMention> times = new ArrayList<>();
        if (withTimes) {
            document.set(CoreAnnotations.DocDateAnnotation.class, now.toLocalDate().toString());
            sutime.annotate(document);
            for (CoreMap timex : document.get(TimeAnnotations.TimexAnnotations.class)) {
                int begin = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                TimeExpression expression = timex.get(TimeExpression.Annotation.class);
                if (expression != null && expression.getTemporal() != null) {
                    TimeResolver.resolve(text.substring(begin, end), begin, end, expression.getTemporal(), now)
                        .ifPresent(times::add);
                }
            }
        }
        return new Analysis(tokens(document, text), times, numbers(sentences, text, times));
    }

    private static List<Token> tokens(Annotation document, String text) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : document.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = text.substring(label.beginPosition(), label.endPosition());
            tokens.add(new Token(word, label.lemma() == null ? word : label.lemma(), label.tag(),
                label.beginPosition(), label.endPosition()));
        }
        return tokens;
    }

    private static List<NumberMention> numbers(List<CoreMap> sentences, String text, List<TimeMention> times) {
        List<NumberMention> numbers = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            for (CoreMap merged : sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class)) {
                Number value = merged.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
                String type = merged.get(CoreAnnotations.NumericCompositeTypeAnnotation.class);
                int begin = merged.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = merged.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (value != null && type != null && times.stream().noneMatch(t -> t.begin() < end && begin < t.end())) {
                    decimal(value).ifPresent(v ->
                        numbers.add(new NumberMention(text.substring(begin, end), begin, end, v, "ORDINAL".equals(type))));
                }
            }
        }
        return numbers;
    }

    private static Optional<BigDecimal> decimal(Number value) {
        try {
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            return Optional.of(decimal.scale() < 0 ? decimal.setScale(0) : decimal);
        } catch (NumberFormatException notFinite) {
            return Optional.empty();
        }
    }
}
