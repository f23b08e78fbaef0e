/**
 * HTTP values and the transport seam: {@link dev.clientsmith.runtime.http.HttpTransport} (one
 * attempt of one request, sync with a streamed body or async with a buffered one), its default
 * {@link dev.clientsmith.runtime.http.JdkHttpTransport}, case-insensitive
 * {@link dev.clientsmith.runtime.http.Headers}, and URL building
 * ({@link dev.clientsmith.runtime.http.BaseUrl}, {@link dev.clientsmith.runtime.http.UrlEncoding}).
 *
 * <p>An adapter for another HTTP library implements {@code HttpTransport} in a module of its own
 * and is passed to {@link dev.clientsmith.runtime.ClientOptions.Builder#transport}.
 */
package dev.clientsmith.runtime.http;
