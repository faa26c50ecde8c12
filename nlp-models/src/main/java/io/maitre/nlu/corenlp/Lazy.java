package io.maitre.nlu.corenlp;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value loaded once, by whichever thread asks first (a caller or a background loader); the others wait for it.
 * A failed load stays failed: model files missing from the classpath do not appear later.
 */
final class Lazy<T> {

    private static final System.Logger LOG = System.getLogger(Lazy.class.getName());

    private final FutureTask<T> task;
    private volatile boolean loaded;

    Lazy(String what, Callable<T> loader) {
        this.task = new FutureTask<>(loader) {
            @Override
            protected void setException(Throwable failure) {
                // logged once here, where it happens; every later get() only rethrows
                LOG.log(System.Logger.Level.ERROR, "Could not load " + what, failure);
                super.setException(failure);
            }
        };
    }

    /**
     * The value, loading it on this thread unless another thread already is.
     *
     * @throws ModelsUnavailable when loading failed
     */
    T get() {
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    T value = task.get();
                    loaded = true;
                    return value;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw new ModelsUnavailable(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts loading on a daemon thread of this name; the future completes when the value is there. */
    CompletableFuture<Void> loadInBackground(String threadName) {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                get();
                loaded.complete(null);
            } catch (ModelsUnavailable e) {
                loaded.completeExceptionally(e);
            }
        }, threadName);
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /** Whether the value is there, so that {@link #get()} returns at once. */
    boolean isLoaded() {
        return loaded;
    }
}
