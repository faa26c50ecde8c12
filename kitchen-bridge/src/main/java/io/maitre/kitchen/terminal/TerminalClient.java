package io.maitre.kitchen.terminal;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.maitre.kitchen.v1.Ack;
import io.maitre.kitchen.v1.Bump;
import io.maitre.kitchen.v1.BumpResult;
import io.maitre.kitchen.v1.BumpStatus;
import io.maitre.kitchen.v1.KitchenGrpc;
import io.maitre.kitchen.v1.ServerMessage;
import io.maitre.kitchen.v1.Subscribe;
import io.maitre.kitchen.v1.TerminalMessage;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketUpdate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A kitchen terminal's connection to Maitre. Subscribes with the highest sequence it has
 * acknowledged, shows each ticket once (repeats after a reconnect are recognised by ticket id,
 * acknowledged again and not shown twice), acknowledges it, and reconnects with growing waits
 * whenever the stream breaks. The channel pings the server when idle so a dead connection is
 * noticed; a stream that is not confirmed within the subscribe timeout is abandoned and retried.
 */
public final class TerminalClient implements AutoCloseable {

    private static final int REMEMBERED_TICKETS = 10_000;
    private static final Duration MIN_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofSeconds(10);

    /** What the terminal is told; called on gRPC threads, one call at a time. */
    public interface Listener {

        /** A ticket to show; each ticket id arrives here once. */
        void ticket(Ticket ticket);

        /** A shown ticket's order changed status. */
        default void update(TicketUpdate update) {
        }

        default void bumpResult(BumpResult result) {
        }

        /** The subscription is confirmed (again, after a reconnect). */
        default void connected() {
        }

        /** The stream broke; a reconnect follows unless the client is closed. */
        default void disconnected(Status status) {
        }
    }

    private final ManagedChannel channel;
    private final KitchenGrpc.KitchenStub stub;
    private final String outletId;
    private final String station;
    private final String terminalId;
    private final Listener listener;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "terminal-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Boolean> shown = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_TICKETS;
        }
    };
    private long lastAckedSequence;
    private Duration backoff = MIN_BACKOFF;
    private Session session;
    private boolean closed;

    /**
     * @param target     host:port of Maitre's kitchen server
     * @param terminalId a stable name of this screen; two screens must not share one
     */
    public TerminalClient(String target, String outletId, String station, String terminalId, Listener listener) {
        this.channel = NettyChannelBuilder.forTarget(target)
                .usePlaintext()
                .keepAliveTime(20, TimeUnit.SECONDS)
                .keepAliveTimeout(10, TimeUnit.SECONDS)
                .keepAliveWithoutCalls(true)
                .build();
        this.stub = KitchenGrpc.newStub(channel);
        this.outletId = outletId;
        this.station = station;
        this.terminalId = terminalId;
        this.listener = listener;
    }

    /** Connects; returns at once, the connection is kept up in the background. */
    public synchronized void start() {
        connect();
    }

    /** Moves a ticket's order on; the answer comes to {@link Listener#bumpResult}. False while disconnected. */
    public synchronized boolean bump(String ticketId, BumpStatus status) {
        return session != null && session.send(TerminalMessage.newBuilder()
                .setBump(Bump.newBuilder().setTicketId(ticketId).setStatus(status)).build());
    }

    /** Drops the current stream and connects again, resuming after the last acknowledged ticket. */
    public synchronized void reconnect() {
        if (session != null) {
            session.cancel("reconnecting");
        }
    }

    public synchronized long lastAckedSequence() {
        return lastAckedSequence;
    }

    public synchronized boolean isConnected() {
        return session != null && session.subscribed;
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
            if (session != null) {
                session.cancel("terminal closed");
            }
        }
        timers.shutdownNow();
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private void connect() {
        if (closed) {
            return;
        }
        Session next = new Session();
        session = next;
        stub.connect(next);
        next.send(TerminalMessage.newBuilder().setSubscribe(Subscribe.newBuilder()
                .setOutletId(outletId)
                .setStation(station)
                .setTerminalId(terminalId)
                .setLastAckedSequence(lastAckedSequence)).build());
        next.subscribeDeadline = schedule(() -> {
            synchronized (TerminalClient.this) {
                if (session == next && !next.subscribed) {
                    next.cancel("no answer to Subscribe within " + SUBSCRIBE_TIMEOUT.toSeconds() + " s");
                }
            }
        }, SUBSCRIBE_TIMEOUT);
    }

    private synchronized void received(Session from, ServerMessage message) {
        if (from != session) {
            return;
        }
        switch (message.getKindCase()) {
            case SUBSCRIBED -> {
                from.subscribed = true;
                from.subscribeDeadline.cancel(false);
                backoff = MIN_BACKOFF;
                listener.connected();
            }
            case TICKET -> {
                Ticket ticket = message.getTicket();
                if (shown.put(ticket.getTicketId(), Boolean.TRUE) == null) {
                    listener.ticket(ticket);
                }
                from.send(TerminalMessage.newBuilder().setAck(Ack.newBuilder().setTicketId(ticket.getTicketId())).build());
                lastAckedSequence = Math.max(lastAckedSequence, ticket.getSequence());
            }
            case TICKET_UPDATE -> listener.update(message.getTicketUpdate());
            case BUMP_RESULT -> listener.bumpResult(message.getBumpResult());
            case KIND_NOT_SET -> {
            }
        }
    }

    private synchronized void broke(Session from, Status status) {
        if (from != session) {
            return;
        }
        session = null;
        from.subscribeDeadline.cancel(false);
        if (closed) {
            return;
        }
        listener.disconnected(status);
        Duration wait = backoff;
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
        schedule(() -> {
            synchronized (TerminalClient.this) {
                if (session == null) {
                    connect();
                }
            }
        }, wait);
    }

    private Future<?> schedule(Runnable task, Duration delay) {
        try {
            return timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** One stream. */
    private final class Session implements ClientResponseObserver<TerminalMessage, ServerMessage> {

        private ClientCallStreamObserver<TerminalMessage> requests;
        private Future<?> subscribeDeadline = CompletableFuture.completedFuture(null);
        private volatile boolean subscribed;
        private volatile boolean done;

        @Override
        public void beforeStart(ClientCallStreamObserver<TerminalMessage> requestStream) {
            this.requests = requestStream;
        }

        boolean send(TerminalMessage message) {
            if (done) {
                return false;
            }
            requests.onNext(message);
            return true;
        }

        void cancel(String why) {
            if (!done) {
                done = true;
                requests.cancel(why, null);
            }
        }

        @Override
        public void onNext(ServerMessage message) {
            received(this, message);
        }

        @Override
        public void onError(Throwable failure) {
            done = true;
            broke(this, Status.fromThrowable(failure));
        }

        @Override
        public void onCompleted() {
            done = true;
            broke(this, Status.UNAVAILABLE.withDescription("the server closed the stream"));
        }
    }
}
