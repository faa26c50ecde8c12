package io.maitre.inventory;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.maitre.inventory.reference.ReferenceInventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The channel to the inventory service: to the configured target over the network, or, in
 * embedded mode, to the reference inventory served in-process.
 */
final class InventoryConnection implements AutoCloseable {

    private final ManagedChannel channel;
    private final Server inProcessServer;

    private InventoryConnection(ManagedChannel channel, Server inProcessServer) {
        this.channel = channel;
        this.inProcessServer = inProcessServer;
    }

    static InventoryConnection remote(InventoryProperties properties) {
        ManagedChannel channel = NettyChannelBuilder.forTarget(properties.target())
                .usePlaintext()
                .keepAliveTime(properties.keepAliveTime().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(10, TimeUnit.SECONDS)
                .keepAliveWithoutCalls(true)
                .build();
        return new InventoryConnection(channel, null);
    }

    static InventoryConnection embedded(ReferenceInventory inventory) {
        String name = "maitre-inventory-" + UUID.randomUUID();
        try {
            Server server = InProcessServerBuilder.forName(name).addService(inventory.service()).build().start();
            return new InventoryConnection(InProcessChannelBuilder.forName(name).build(), server);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not start the in-process inventory", failed);
        }
    }

    ManagedChannel channel() {
        return channel;
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        if (inProcessServer != null) {
            inProcessServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
