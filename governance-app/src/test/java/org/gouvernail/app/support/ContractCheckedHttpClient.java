package org.gouvernail.app.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * Test transport of a generated client: every answer is checked against the contract by the
 * {@link ContractValidator} before the generated code reads it, and a difference fails the test
 * with an {@link AssertionError} (not an exception the generated code would wrap).
 *
 * <p>Why a transport and not the generated client's response interceptor: the interceptor is
 * handed the answer's unread body stream, which the generated code reads after it; reading it
 * there would leave the generated code an empty body. Here the body is read once, checked, and
 * replayed to the body handler the generated code asked for.
 */
public final class ContractCheckedHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final ContractValidator contract;
    private final List<String> checked = new CopyOnWriteArrayList<>();

    public ContractCheckedHttpClient(HttpClient delegate, ContractValidator contract) {
        this.delegate = delegate;
        this.contract = contract;
    }

    /** The answers checked so far, as {@code METHOD path → status}: proof that the check ran. */
    public List<String> checked() {
        return List.copyOf(checked);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String method = request.method();
        String path = request.uri().getRawPath();
        HttpHeaders headers = answer.headers();
        List<String> violations = contract.violations(
                method,
                path,
                answer.statusCode(),
                name -> headers.firstValue(name).orElse(null),
                headers.firstValue("Content-Type").orElse(null),
                text(answer));
        if (!violations.isEmpty()) {
            throw new AssertionError("the answer differs from the contract: " + String.join("; ", violations));
        }
        checked.add(method + " " + path + " → " + answer.statusCode());
        return new Replayed<>(answer, replay(answer, handler));
    }

    private static String text(HttpResponse<byte[]> answer) throws IOException {
        byte[] body = answer.body();
        if (answer.headers()
                .firstValue("Content-Encoding")
                .map(encoding -> encoding.equalsIgnoreCase("gzip"))
                .orElse(false)) {
            try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unzipped.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The bytes read, handed to the caller's body handler as the network would, honouring its demand. */
    private static <T> T replay(HttpResponse<byte[]> answer, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return answer.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return answer.headers();
            }

            @Override
            public Version version() {
                return answer.version();
            }
        });
        HttpRequest.BodyPublishers.ofByteArray(answer.body()).subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer item) {
                subscriber.onNext(List.of(item));
            }

            @Override
            public void onError(Throwable throwable) {
                subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException("the body could not be replayed", e.getCause()));
        }
    }

    /** The generated client's synchronous calls only: an answer that bypassed the check would prove nothing. */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("asynchronous calls are not checked against the contract");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("asynchronous calls are not checked against the contract");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** The answer as received, with the body the caller's handler made of the bytes read. */
    private record Replayed<T>(HttpResponse<byte[]> answer, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return answer.statusCode();
        }

        @Override
        public HttpRequest request() {
            return answer.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return answer.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return answer.sslSession();
        }

        @Override
        public URI uri() {
            return answer.uri();
        }

        @Override
        public Version version() {
            return answer.version();
        }
    }
}
