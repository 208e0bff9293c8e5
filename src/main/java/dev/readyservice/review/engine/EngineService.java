package dev.readyservice.review.engine;

import com.google.protobuf.Empty;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicReference;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;

/** The {@code pulumirpc.Engine} service: logging and the root (stack) resource. */
final class EngineService extends EngineGrpc.EngineImplBase {
    private final EngineLogs logs;
    private final AtomicReference<String> rootUrn;

    EngineService(EngineLogs logs, AtomicReference<String> rootUrn) {
        this.logs = logs;
        this.rootUrn = rootUrn;
    }

    @Override
    public void log(LogRequest request, StreamObserver<Empty> response) {
        logs.accept(request.getSeverity().name(), request.getMessage(), request.getUrn());
        response.onNext(Empty.getDefaultInstance());
        response.onCompleted();
    }

    @Override
    public void getRootResource(GetRootResourceRequest request, StreamObserver<GetRootResourceResponse> response) {
        String urn = rootUrn.get();
        response.onNext(GetRootResourceResponse.newBuilder().setUrn(urn == null ? "" : urn).build());
        response.onCompleted();
    }

    @Override
    public void setRootResource(SetRootResourceRequest request, StreamObserver<SetRootResourceResponse> response) {
        rootUrn.set(request.getUrn());
        response.onNext(SetRootResourceResponse.getDefaultInstance());
        response.onCompleted();
    }
}
