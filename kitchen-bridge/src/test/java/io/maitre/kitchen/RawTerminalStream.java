package io.maitre.kitchen;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.maitre.kitchen.v1.Ack;
import io.maitre.kitchen.v1.KitchenGrpc;
import io.maitre.kitchen.v1.ServerMessage;
import io.maitre.kitchen.v1.Subscribe;
import io.maitre.kitchen.v1.TerminalMessage;
import io.maitre.kitchen.v1.Ticket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A bare Kitchen stream that acknowledges only when told, to see exactly what the server sends. */
final class RawTerminalStream implements ClientResponseObserver<TerminalMessage, ServerMessage>, AutoCloseable {

    final List<ServerMessage> received = new CopyOnWriteArrayList<>();
    volatile Status closedWith;
    private final ManagedChannel channel;
    private ClientCallStreamObserver<TerminalMessage> requests;

    RawTerminalStream(int port) {
        this.channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        KitchenGrpc.newStub(channel).connect(this);
    }

    void subscribe(String outlet, String station, String terminalId, long lastAcked) {
        send(TerminalMessage.newBuilder().setSubscribe(Subscribe.newBuilder().setOutletId(outlet).setStation(station)
                .setTerminalId(terminalId).setLastAckedSequence(lastAcked)).build());
    }

    synchronized void ack(String ticketId) {
        send(TerminalMessage.newBuilder().setAck(Ack.newBuilder().setTicketId(ticketId)).build());
    }

    synchronized void send(TerminalMessage message) {
        requests.onNext(message);
    }

    List<Ticket> tickets() {
        return received.stream().filter(ServerMessage::hasTicket).map(ServerMessage::getTicket).toList();
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<TerminalMessage> requestStream) {
        this.requests = requestStream;
    }

    @Override
    public void onNext(ServerMessage message) {
        received.add(message);
    }

    @Override
    public void onError(Throwable failure) {
        closedWith = Status.fromThrowable(failure);
    }

    @Override
    public void onCompleted() {
        closedWith = Status.OK;
    }

    @Override
    public void close() throws InterruptedException {
        requests.cancel("test done", null);
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
