/**
 * The unchecked exceptions of Clientsmith clients.
 *
 * <pre>
 * ClientsmithException
 * ├── ApiConnectionException          no usable response: refused, reset, cut or malformed
 * │   ├── ApiTimeoutException         connect, per-attempt, stream idle timeout or deadline
 * │   └── StreamTruncatedException    a stream ended before [DONE] or inside an event
 * ├── ApiStatusException (sealed)     non-2xx status: status, headers, raw body, typed error body
 * │   ├── BadRequestException            400
 * │   ├── AuthenticationException        401
 * │   ├── PaymentRequiredException       402
 * │   ├── PermissionDeniedException      403
 * │   ├── NotFoundException              404
 * │   ├── UnprocessableEntityException   422
 * │   ├── RateLimitException             429, with retryAfter()
 * │   ├── InternalServerException        5xx
 * │   └── UnexpectedStatusException      any other status
 * ├── ResponseParseException          a 2xx body (or stream event) that does not match its declared type
 * ├── ResponseTooLargeException       a 2xx body or an event larger than its limit; not retried
 * └── StreamErrorException            an error sent inside a 2xx stream, with the provider's body
 * </pre>
 *
 * <p>Messages name the status, method and path as sent (base path included, e.g.
 * {@code POST /v1/chat/completions}), and never contain the API key; neither do the causes they
 * keep. A {@link ClientsmithException} itself ends a call that was waiting to retry when its
 * client was closed.
 */
package dev.clientsmith.runtime.errors;
