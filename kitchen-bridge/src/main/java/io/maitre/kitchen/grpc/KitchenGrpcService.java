package io.maitre.kitchen.grpc;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.maitre.kitchen.BumpRejected;
import io.maitre.kitchen.KitchenDesk;
import io.maitre.kitchen.TerminalSession;
import io.maitre.kitchen.TicketSink;
import io.maitre.kitchen.v1.Bump;
import io.maitre.kitchen.v1.BumpResult;
import io.maitre.kitchen.v1.KitchenGrpc;
import io.maitre.kitchen.v1.ServerMessage;
import io.maitre.kitchen.v1.Subscribe;
import io.maitre.kitchen.v1.Subscribed;
import io.maitre.kitchen.v1.TerminalMessage;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketUpdate;
import io.maitre.order.OrderStatus;
import io.maitre.order.OutletNotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kitchen service: one {@link Connection} per terminal stream, handing its messages to the {@link KitchenDesk}. */
final class KitchenGrpcService extends KitchenGrpc.KitchenImplBase {

    private static final Logger log = LoggerFactory.getLogger(KitchenGrpcService.class);

    private final KitchenDesk desk;
    private final ScheduledExecutorService timers;
    private final Duration subscribeTimeout;

    KitchenGrpcService(KitchenDesk desk, ScheduledExecutorService timers, Duration subscribeTimeout) {
        this.desk = desk;
        this.timers = timers;
        this.subscribeTimeout = subscribeTimeout;
    }

    @Override
    public StreamObserver<TerminalMessage> connect(StreamObserver<ServerMessage> responses) {
        Connection connection = new Connection((ServerCallStreamObserver<ServerMessage>) responses);
        connection.start();
        return connection;
    }

    /**
     * One terminal stream; every write goes through {@link #send}, {@link #confirm} or {@link #fail}
     * under the connection's lock. Subscribed goes out once the subscription is valid and before
     * the first ticket.
     */
    private final class Connection implements StreamObserver<TerminalMessage>, TicketSink {

        private final ServerCallStreamObserver<ServerMessage> out;
        private ScheduledFuture<?> subscribeDeadline;
        private volatile TerminalSession session;
        private Subscribe subscription;
        private boolean confirmed;
        private boolean closed;

        Connection(ServerCallStreamObserver<ServerMessage> out) {
            this.out = out;
        }

        void start() {
            out.setOnCancelHandler(this::closed);
            subscribeDeadline = timers.schedule(() -> {
                if (session == null) {
                    fail(Status.DEADLINE_EXCEEDED.withDescription("No Subscribe within " + subscribeTimeout.toSeconds() + " s"));
                }
            }, subscribeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void onNext(TerminalMessage message) {
            switch (message.getKindCase()) {
                case SUBSCRIBE -> subscribe(message.getSubscribe());
                case ACK -> {
                    if (requireSession()) {
                        desk.ack(session, message.getAck().getTicketId());
                    }
                }
                case BUMP -> {
                    if (requireSession()) {
                        bump(message.getBump());
                    }
                }
                case KIND_NOT_SET -> fail(Status.INVALID_ARGUMENT.withDescription("Empty terminal message"));
            }
        }

        @Override
        public void onError(Throwable failure) {
            closed();
        }

        @Override
        public void onCompleted() {
            closed();
            synchronized (this) {
                out.onCompleted();
            }
        }

        @Override
        public void ticket(Ticket ticket) {
            send(ServerMessage.newBuilder().setTicket(ticket).build());
        }

        @Override
        public void update(TicketUpdate update) {
            send(ServerMessage.newBuilder().setTicketUpdate(update).build());
        }

        private void subscribe(Subscribe subscribe) {
            if (session != null || subscription != null) {
                fail(Status.FAILED_PRECONDITION.withDescription("Already subscribed"));
                return;
            }
            subscribeDeadline.cancel(false);
            synchronized (this) {
                subscription = subscribe;
            }
            try {
                session = desk.subscribe(subscribe.getOutletId(), subscribe.getStation(), subscribe.getTerminalId(),
                        subscribe.getLastAckedSequence(), this);
            } catch (OutletNotFound unknown) {
                fail(Status.NOT_FOUND.withDescription(unknown.getMessage()));
                return;
            } catch (IllegalArgumentException invalid) {
                fail(Status.INVALID_ARGUMENT.withDescription(invalid.getMessage()));
                return;
            }
            synchronized (this) {
                confirm();
            }
            if (isClosed()) {
                desk.disconnect(session);
            }
        }

        /** Sends Subscribed once, before anything else the session sends. */
        private void confirm() {
            if (confirmed || closed || out.isCancelled()) {
                return;
            }
            confirmed = true;
            out.onNext(ServerMessage.newBuilder().setSubscribed(Subscribed.newBuilder()
                    .setOutletId(subscription.getOutletId())
                    .setStation(subscription.getStation())
                    .setServerTime(now())).build());
        }

        private void bump(Bump bump) {
            BumpResult.Builder result = BumpResult.newBuilder().setTicketId(bump.getTicketId());
            try {
                OrderStatus status = desk.bump(session, bump.getTicketId(), bump.getStatus());
                result.setAccepted(true).setOrderStatus(status.name());
            } catch (BumpRejected rejected) {
                result.setAccepted(false).setError(rejected.getMessage());
            }
            send(ServerMessage.newBuilder().setBumpResult(result).build());
        }

        private boolean requireSession() {
            if (session == null) {
                fail(Status.FAILED_PRECONDITION.withDescription("Subscribe first"));
                return false;
            }
            return true;
        }

        private synchronized void send(ServerMessage message) {
            confirm();
            if (!closed && !out.isCancelled()) {
                out.onNext(message);
            }
        }

        private void fail(Status status) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                out.onError(status.asRuntimeException());
            }
            log.info("Kitchen terminal stream closed: {} {}", status.getCode(), status.getDescription());
            closed();
        }

        private synchronized boolean isClosed() {
            return closed;
        }

        private void closed() {
            synchronized (this) {
                closed = true;
            }
            if (subscribeDeadline != null) {
                subscribeDeadline.cancel(false);
            }
            TerminalSession current = session;
            if (current != null) {
                desk.disconnect(current);
            }
        }
    }

    private static Timestamp now() {
        Instant now = Instant.now();
        return Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()).build();
    }
}
