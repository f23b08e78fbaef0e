/**
 * The unchecked exceptions of Clientsmith clients.
 *
 * <pre>
 * ClientsmithException
 * ├── ApiConnectionException          no response: I/O failure, refused or reset connection
 * │   └── ApiTimeoutException         connect or per-attempt timeout
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
 * └── ResponseParseException          a 2xx body that does not match its declared type
 * </pre>
 *
 * <p>Messages name the status, method and path, and never contain the API key.
 */
package dev.clientsmith.runtime.errors;
