package io.maitre.nlu.dialogflow;

/** Dialogflow is switched on but cannot be set up from its configuration (missing project, unreadable key). */
public final class DialogflowMisconfigured extends RuntimeException {

    DialogflowMisconfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
