package io.maitre.nlu;

/** A shipped model that this code cannot use as it is: missing, altered, or made for another feature version. */
public final class ModelOutdated extends IllegalStateException {

    ModelOutdated(String message) {
        super(message);
    }
}
