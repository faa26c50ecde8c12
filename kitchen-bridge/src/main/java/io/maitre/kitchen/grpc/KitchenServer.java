package io.maitre.kitchen.grpc;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.maitre.kitchen.KitchenDesk;
import io.maitre.kitchen.KitchenProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The gRPC server kitchen terminals dial into ({@code maitre.kitchen.grpc.*}); starts and stops
 * with the application. It pings idle connections and drops those that do not answer, and lets
 * terminals ping as often as every {@code permit-keep-alive-time}.
 */
@Component
public class KitchenServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KitchenServer.class);

    private final KitchenProperties.Grpc settings;
    private final KitchenDesk desk;
    private ScheduledExecutorService timers;
    private volatile Server server;

    KitchenServer(KitchenProperties properties, KitchenDesk desk) {
        this.settings = properties.grpc();
        this.desk = desk;
    }

    /** The port terminals connect to, or -1 while the server is not running. */
    public int port() {
        Server running = server;
        return running == null ? -1 : running.getPort();
    }

    /** How to connect a terminal to this server, for the start-up banner. */
    public String connectHint(String outletId) {
        return "./maitre kitchen-terminal --outlet " + outletId + " --station all --target localhost:" + port();
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kitchen-grpc-timer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress(settings.address(), settings.port()))
                    .addService(new KitchenGrpcService(desk, timers, settings.subscribeTimeout()))
                    .keepAliveTime(settings.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                    .keepAliveTimeout(settings.keepAliveTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .permitKeepAliveTime(settings.permitKeepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                    .permitKeepAliveWithoutCalls(true)
                    .build()
                    .start();
        } catch (IOException failed) {
            timers.shutdownNow();
            throw new UncheckedIOException("Could not start the kitchen gRPC server on " + settings.address() + ":"
                    + settings.port(), failed);
        }
        log.info("Kitchen terminals connect to port {}: {}", server.getPort(), connectHint("demo"));
    }

    @Override
    public void stop() {
        Server running = server;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            timers.shutdownNow();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
