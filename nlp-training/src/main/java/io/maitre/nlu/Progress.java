package io.maitre.nlu;

import java.io.PrintStream;
import java.util.Locale;

/** Tells the terminal what a long command is doing, with the time since it started. */
final class Progress {

    private final PrintStream out;
    private final long started = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void step(String format, Object... args) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        out.printf(Locale.ROOT, "[%2d:%02d] %s%n", seconds / 60, seconds % 60, String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
