package io.maitre.kitchen;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes the inventory service's unary calls fail or slow down on demand; the availability watch is left alone. */
final class InventoryFaults implements ServerInterceptor {

    enum Mode { NONE, FAIL, SLOW }

    volatile Mode mode = Mode.NONE;
    final AtomicInteger failuresLeft = new AtomicInteger();
    final AtomicInteger reserveCalls = new AtomicInteger();

    void reset() {
        mode = Mode.NONE;
        failuresLeft.set(0);
        reserveCalls.set(0);
    }

    /** The next {@code count} unary calls fail with INTERNAL. */
    void failNext(int count) {
        failuresLeft.set(count);
        mode = Mode.FAIL;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getBareMethodName();
        if ("WatchAvailability".equals(method) || "SetStock".equals(method)) {
            return next.startCall(call, headers);
        }
        if ("Reserve".equals(method)) {
            reserveCalls.incrementAndGet();
        }
        if (mode == Mode.FAIL && failuresLeft.getAndDecrement() > 0) {
            call.close(Status.INTERNAL.withDescription("inventory database on fire"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        if (mode == Mode.SLOW) {
            ServerCall.Listener<Q> delegate = next.startCall(call, headers);
            return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
                @Override
                public void onHalfClose() {
                    sleep();
                    super.onHalfClose();
                }
            };
        }
        return next.startCall(call, headers);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
