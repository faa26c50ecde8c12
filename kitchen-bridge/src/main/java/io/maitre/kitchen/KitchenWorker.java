package io.maitre.kitchen;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one thread that writes the kitchen's state in the background: relaying the outbox,
 * reacting to order status changes, escalating unclaimed tickets and settling stock. One thread
 * keeps these in the order they were asked for and never racing each other.
 */
@Component
class KitchenWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KitchenWorker.class);

    private final AtomicBoolean tickQueued = new AtomicBoolean();
    /** Made anew on each start: Spring may stop and start the context again (e.g. paused test contexts). */
    private volatile ExecutorService thread;
    private volatile boolean running;

    /** Runs the task after those already asked for. */
    void submit(String what, Runnable task) {
        ExecutorService worker = thread;
        if (!running || worker == null) {
            return;
        }
        worker.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException failure) {
                log.warn("Kitchen {} failed; it is tried again on the next tick", what, failure);
            }
        });
    }

    /** Like {@link #submit} but skipped when the same periodic work is already waiting its turn. */
    void submitTick(Runnable tick) {
        if (running && tickQueued.compareAndSet(false, true)) {
            submit("tick", () -> {
                tickQueued.set(false);
                tick.run();
            });
        }
    }

    @Override
    public void start() {
        tickQueued.set(false);
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "kitchen-worker");
            worker.setDaemon(true);
            return worker;
        });
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ExecutorService worker = thread;
        if (worker == null) {
            return;
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the gRPC server (which may still hand it acknowledgements) and before the database. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
