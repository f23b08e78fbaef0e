package dev.clientsmith.generator.source;

import dev.clientsmith.generator.diag.Diagnostic;
import dev.clientsmith.generator.diag.DiagnosticException;
import dev.clientsmith.generator.diag.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a document a {@code $ref} names by URL, only when the user allowed it: the one place the
 * generator goes to the network. Bounded like a file ({@link SourceReader#MAX_BYTES}), in time
 * (connecting, the headers, then the rest of the answer), and in where it goes: only {@code http} and {@code https},
 * redirects followed here (at most {@value #MAX_REDIRECTS}) so that one to another scheme is refused.
 * Every failure is a {@code source.fetch-failed} at the {@code $ref} that named the URL.
 */
public final class UrlReader {
  static final int MAX_REDIRECTS = 5;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

  private final Duration connectTimeout;
  private final Duration responseTimeout;
  /** Made on first use: building one starts threads and loads most of java.net.http, too slow for every run. */
  private HttpClient client;

  /** A reader with the documented time limits. */
  public UrlReader() {
    this(CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
  }

  UrlReader(Duration connectTimeout, Duration responseTimeout) {
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      // Redirects are followed by hand: the client's own policy would also follow one to another scheme's server.
      client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }
    return client;
  }

  /** True for the schemes this reader fetches. */
  public static boolean fetches(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /**
   * The document at {@code uri} (without its fragment).
   *
   * @param at where the {@code $ref} naming it is written
   * @param pointer the {@code $ref}'s pointer
   * @throws DiagnosticException {@code source.fetch-failed}, or the document's own {@code source.*} problems
   */
  public SourceDocument read(URI uri, Location at, String pointer) {
    URI current = withoutFragment(uri);
    for (int redirects = 0; ; redirects++) {
      HttpResponse<InputStream> response = send(current, at, pointer);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("Location");
        close(response);
        if (location.isEmpty()) {
          throw failed(at, pointer, current, "the server answered " + status + " without saying where to go");
        }
        URI next;
        try {
          next = withoutFragment(current.resolve(location.get()));
        } catch (IllegalArgumentException e) {
          throw failed(at, pointer, current, "the server redirects to '" + location.get() + "', which is not a URL");
        }
        if (!fetches(next)) {
          throw failed(at, pointer, current, "the server redirects to " + next + "; only http and https URLs are fetched");
        }
        if (redirects == MAX_REDIRECTS) {
          throw failed(at, pointer, current, "more than " + MAX_REDIRECTS + " redirects");
        }
        current = next;
        continue;
      }
      if (status != 200) {
        close(response);
        throw failed(at, pointer, current, "the server answered " + status);
      }
      byte[] body = body(response, at, pointer, current);
      return SourceReader.read(body, current.toString());
    }
  }

  private HttpResponse<InputStream> send(URI uri, Location at, String pointer) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(responseTimeout).GET().build();
    try {
      return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw failed(at, pointer, uri, "no connection within " + shown(connectTimeout));
    } catch (HttpTimeoutException e) {
      throw failed(at, pointer, uri, "no answer within " + shown(responseTimeout));
    } catch (ConnectException e) {
      throw failed(at, pointer, uri, "the connection was refused");
    } catch (IOException e) {
      throw failed(at, pointer, uri, "the exchange failed (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(at, pointer, uri, "interrupted");
    } catch (IllegalArgumentException e) {
      throw failed(at, pointer, uri, "the URL cannot be fetched");
    }
  }

  /**
   * The body, read no further than the file limit and for no longer than the time limit: the
   * request's own timeout ends with the headers, so a body sent byte by byte would otherwise hold
   * the run forever. It is read on another thread; when time is up the stream is closed under it.
   */
  private byte[] body(HttpResponse<InputStream> response, Location at, String pointer, URI uri) {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > SourceReader.MAX_BYTES) {
      close(response);
      throw tooLarge(at, pointer, uri, declared + " bytes");
    }
    CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> readAll(response, at, pointer, uri));
    try {
      return reading.get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      close(response);
      throw failed(at, pointer, uri, "the answer did not end within " + shown(responseTimeout));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DiagnosticException problem) {
        throw problem;
      }
      throw failed(at, pointer, uri, "the answer could not be read (" + e.getCause().getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      close(response);
      Thread.currentThread().interrupt();
      throw failed(at, pointer, uri, "interrupted");
    }
  }

  private static byte[] readAll(HttpResponse<InputStream> response, Location at, String pointer, URI uri) {
    try (InputStream in = response.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > SourceReader.MAX_BYTES) {
          throw tooLarge(at, pointer, uri, "more than " + SourceReader.MAX_BYTES + " bytes");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw failed(at, pointer, uri, "the answer was cut off (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static DiagnosticException tooLarge(Location at, String pointer, URI uri, String size) {
    return new DiagnosticException(Diagnostic.error("source.too-large", at, pointer,
        "the document at " + uri + " is " + size + "; the limit is " + SourceReader.MAX_BYTES + " bytes (16 MiB)",
        "check that the $ref names an OpenAPI document; real ones are far smaller"));
  }

  private static DiagnosticException failed(Location at, String pointer, URI uri, String why) {
    return new DiagnosticException(Diagnostic.error("source.fetch-failed", at, pointer,
        "cannot fetch " + uri + ": " + why,
        "check the URL, or save the document next to this one and refer to it by its file name"));
  }

  private static String shown(Duration limit) {
    return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // Nothing more is read from it either way.
    }
  }

  private static URI withoutFragment(URI uri) {
    try {
      return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
    } catch (java.net.URISyntaxException e) {
      return uri;
    }
  }
}
