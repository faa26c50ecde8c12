package io.maitre.menu.yaml;

import io.maitre.menu.InvalidMenu;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad menu file at start-up into a short report naming the file and the problem. */
class InvalidMenuFailureAnalyzer extends AbstractFailureAnalyzer<InvalidMenu> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidMenu cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the menu file (or maitre.menu.directory) and start again.", cause);
    }
}
