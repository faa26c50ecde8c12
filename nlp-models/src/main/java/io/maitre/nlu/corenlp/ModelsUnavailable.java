package io.maitre.nlu.corenlp;

/** CoreNLP's model files could not be loaded (missing from the classpath, or unreadable). */
final class ModelsUnavailable extends RuntimeException {

    ModelsUnavailable(Throwable cause) {
        super("CoreNLP models could not be loaded: " + cause.getMessage(), cause);
    }
}
