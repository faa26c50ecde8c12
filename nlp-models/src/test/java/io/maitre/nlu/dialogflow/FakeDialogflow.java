package io.maitre.nlu.dialogflow;

import com.google.cloud.dialogflow.v2.DetectIntentRequest;
import com.google.cloud.dialogflow.v2.DetectIntentResponse;
import com.google.cloud.dialogflow.v2.QueryResult;
import com.google.cloud.dialogflow.v2.SessionsGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Dialogflow {@code Sessions} service speaking the real gRPC API, whose answer each test chooses: an intent, a
 * status, no answer at all, or bytes that are no protobuf message. It works on raw bytes so that it can send
 * garbage; well-formed answers are real {@link DetectIntentResponse}s.
 */
final class FakeDialogflow {

    private static final byte[] GARBAGE = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);

    private final List<DetectIntentRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final AtomicReference<Answer> answer = new AtomicReference<>(intent("greet", 1.0f));

    /** How the fake answers the next calls. */
    sealed interface Answer permits Reply, Failure, Hang, Garbage {
    }

    record Reply(DetectIntentResponse response) implements Answer {
    }

    record Failure(Status status) implements Answer {
    }

    record Hang() implements Answer {
    }

    record Garbage() implements Answer {
    }

    static Answer intent(String displayName, float confidence) {
        return new Reply(DetectIntentResponse.newBuilder()
            .setResponseId("response-1")
            .setQueryResult(QueryResult.newBuilder()
                .setIntent(com.google.cloud.dialogflow.v2.Intent.newBuilder()
                    .setName("projects/maitre-test/agent/intents/0b1c2d3e")
                    .setDisplayName(displayName))
                .setIntentDetectionConfidence(confidence)
                .setLanguageCode("en"))
            .build());
    }

    static Answer failure(Status status) {
        return new Failure(status);
    }

    static Answer hang() {
        return new Hang();
    }

    static Answer garbage() {
        return new Garbage();
    }

    void answer(Answer next) {
        answer.set(next);
    }

    List<DetectIntentRequest> requests() {
        return requests;
    }

    /** Calls the client gave up on (cancelled by the time limit). */
    int cancelled() {
        return cancelled.get();
    }

    ServerServiceDefinition service() {
        MethodDescriptor<byte[], byte[]> method = SessionsGrpc.getDetectIntentMethod()
            .toBuilder(new RawBytes(), new RawBytes())
            .build();
        return ServerServiceDefinition.builder(SessionsGrpc.SERVICE_NAME)
            .addMethod(method, ServerCalls.asyncUnaryCall(this::detectIntent))
            .build();
    }

    private void detectIntent(byte[] body, StreamObserver<byte[]> response) {
        try {
            requests.add(DetectIntentRequest.parseFrom(body));
        } catch (IOException e) {
            response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
            return;
        }
        Answer next = answer.get();
        if (next instanceof Reply reply) {
            response.onNext(reply.response().toByteArray());
            response.onCompleted();
        } else if (next instanceof Failure failure) {
            response.onError(failure.status().asRuntimeException());
        } else if (next instanceof Garbage) {
            response.onNext(GARBAGE);
            response.onCompleted();
        } else {
            ((ServerCallStreamObserver<byte[]>) response).setOnCancelHandler(cancelled::incrementAndGet);
        }
    }

    private static final class RawBytes implements MethodDescriptor.Marshaller<byte[]> {

        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
