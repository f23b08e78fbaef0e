/**
 * The runtime every generated Clientsmith client is built on.
 *
 * <p>A generated client is declarative: its builder fills in {@link dev.clientsmith.runtime.ClientOptions},
 * it holds one {@link dev.clientsmith.runtime.ClientRuntime}, and each operation of a generated
 * resource describes its call as an {@link dev.clientsmith.runtime.ApiRequest} plus a constant
 * {@link dev.clientsmith.runtime.ResponseSpec}:
 *
 * <pre>{@code
 * private static final ResponseSpec<CompletionResponse> CREATE =
 *     ResponseSpec.of(CompletionResponse.class).error("400", ErrorResponse.class);
 *
 * public CompletionResponse create(CompletionRequest params, RequestOptions options) {
 *   ApiRequest request = ApiRequest.builder("POST", "/chat/completions").body(params).build();
 *   return runtime.execute(request, CREATE, options);
 * }
 *
 * public CompletableFuture<CompletionResponse> createAsync(CompletionRequest params, RequestOptions options) {
 *   ApiRequest request = ApiRequest.builder("POST", "/chat/completions").body(params).build();
 *   return runtime.executeAsync(request, CREATE, options);
 * }
 * }</pre>
 *
 * <p>Everything else (URLs and encoding, authentication, headers, JSON, retries, timeouts, errors)
 * lives here, written and tested once. Sub-packages: {@link dev.clientsmith.runtime.http} (the
 * transport seam and HTTP values), {@link dev.clientsmith.runtime.json} (the Jackson configuration
 * and the three-state {@link dev.clientsmith.runtime.json.Nullable}),
 * {@link dev.clientsmith.runtime.errors} (the exception hierarchy).
 *
 * <p>Dependencies: the JDK ({@code java.net.http}) and Jackson, nothing else.
 */
package dev.clientsmith.runtime;
