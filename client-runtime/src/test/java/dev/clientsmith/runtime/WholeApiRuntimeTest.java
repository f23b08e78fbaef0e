package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientsmith.runtime.auth.Credential;
import dev.clientsmith.runtime.http.Headers;
import dev.clientsmith.runtime.http.HttpTransport;
import dev.clientsmith.runtime.http.TransportRequest;
import dev.clientsmith.runtime.http.TransportResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runtime pieces of whole-API calls on their own: credentials, form bodies, the pager. */
class WholeApiRuntimeTest {

  @Test
  void credentialsNeverPrintTheirSecretAndOptionsNameOnlySchemes() {
    Credential basic = Credential.basic("ann", Secret.of("s3cret-pass"));
    Credential header = Credential.apiKey(Credential.Placement.HEADER, "X-Api-Key", Secret.of("hk-123456"));
    ClientOptions options = ClientOptions.builder().baseUrl("http://127.0.0.1:1").credential("Basic", basic)
        .credential("Key", header).build();
    assertThat(basic.wireValue().reveal()).isEqualTo("Basic YW5uOnMzY3JldC1wYXNz");
    assertThat(basic + " " + header + " " + options).doesNotContain("s3cret", "YW5u", "hk-123456")
        .contains("Credential[basic]", "Credential[apiKey in header X-Api-Key]");
    assertThat(options.toBuilder().noCredential("Basic").build().credentials()).containsOnlyKeys("Key");
    assertThatThrownBy(() -> Credential.basic("a:b", Secret.of("pw12"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyRequirementSendsNoCredentialAndTheFirstCompleteAlternativeWins() {
    ClientOptions options = ClientOptions.builder().baseUrl("http://127.0.0.1:1/v1").apiKey("legacy-key")
        .credential("Q", Credential.apiKey(Credential.Placement.QUERY, "key", Secret.of("qk-1234")))
        .credential("C", Credential.apiKey(Credential.Placement.COOKIE, "session", Secret.of("ck-1234"))).build();
    RequestEncoder encoder = new RequestEncoder(options);
    Call none = encoder.encode(ApiRequest.builder("GET", "/").security(List.of()).build(), RequestOptions.none(), "text/plain");
    assertThat(none.request.headers().first("Authorization")).isEmpty();
    assertThat(none.request.uri().getRawQuery()).isNull();
    Call both = encoder.encode(ApiRequest.builder("GET", "/x").security(List.of(List.of("B"), List.of("Q", "C"))).build(),
        RequestOptions.none(), "application/json");
    assertThat(both.request.uri().getRawQuery()).isEqualTo("key=qk-1234");
    assertThat(both.request.headers().first("Cookie")).contains("session=ck-1234");
    assertThat(both.request.headers().first("Authorization")).isEmpty();
    Call params = encoder.encode(ApiRequest.builder("GET", "/x").queryParamJoined("ids", List.of("a,b", "c")).cookie("theme", "dark")
        .security(List.of(List.of("C"))).build(), RequestOptions.none(), "application/json");
    assertThat(params.request.uri().getRawQuery()).isEqualTo("ids=a%2Cb,c");
    assertThat(params.request.headers().first("Cookie")).contains("theme=dark; session=ck-1234");
    Call legacy = encoder.encode(ApiRequest.builder("GET", "/x").build(), RequestOptions.none(), "application/json");
    assertThat(legacy.request.headers().first("Authorization")).contains("Bearer legacy-key");
  }

  @Test
  void aFormBodyCannotCarryAFileAndAJsonBodyCannotEither() {
    ClientOptions options = ClientOptions.builder().baseUrl("http://127.0.0.1:1").build();
    RequestEncoder encoder = new RequestEncoder(options);
    Map<String, Object> withFile = Map.of("file", FilePart.of(new byte[] {1}, "a.bin", "application/octet-stream"));
    assertThatThrownBy(() -> encoder.encode(ApiRequest.builder("POST", "/f").formBody(withFile).build(), RequestOptions.none(), "*/*"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot carry the file 'file'");
    assertThatThrownBy(() -> encoder.encode(ApiRequest.builder("POST", "/f").body(withFile).build(), RequestOptions.none(), "*/*"))
        .hasMessageContaining("Could not serialize the body of POST /f");
  }

  @Test
  void aRetriedUploadSendsTheSameBytesThoughItsFileCameFromAStream() {
    List<byte[]> bodies = new ArrayList<>();
    HttpTransport transport = new HttpTransport() {
      @Override
      public TransportResponse send(TransportRequest request) {
        bodies.add(request.body().orElseThrow());
        int status = bodies.size() == 1 ? 503 : 200;
        return TransportResponse.buffered(status, Headers.builder().set("Content-Type", "text/plain").build(),
            "done".getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(send(request));
      }

      @Override
      public void close() {
      }
    };
    ClientOptions options = ClientOptions.builder().baseUrl("http://127.0.0.1:1").transport(transport)
        .retryPolicy(context -> Optional.of(Duration.ZERO)).build();
    Map<String, Object> form = new java.util.LinkedHashMap<>();
    form.put("file", FilePart.of(new ByteArrayInputStream("line 1\n".getBytes(StandardCharsets.UTF_8)), "a.txt", "text/plain"));
    form.put("purpose", "batch");
    try (ClientRuntime runtime = ClientRuntime.create(options)) {
      String reply = runtime.execute(ApiRequest.builder("POST", "/files").multipartBody(form).build(), ResponseSpec.text());
      assertThat(reply).isEqualTo("done");
    }
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
    assertThat(new String(bodies.get(0), StandardCharsets.UTF_8)).contains("filename=\"a.txt\"", "line 1\n",
        "name=\"purpose\"\r\n\r\nbatch\r\n");
  }

  @Test
  void thePagerFetchesLazilyAndStopsAtAnEmptyPageOrNoCursor() {
    List<String> asked = new ArrayList<>();
    AutoPager<Integer> pager = AutoPager.of(null, cursor -> {
      asked.add(String.valueOf(cursor));
      return cursor == null ? AutoPager.Page.of(List.of(1, 2), "p2") : AutoPager.Page.of(List.of(), "p3");
    });
    var it = pager.iterator();
    assertThat(it.next()).isEqualTo(1);
    assertThat(asked).containsExactly("null");
    assertThat(pager.stream().toList()).containsExactly(1, 2);
    assertThat(asked).containsExactly("null", "null", "p2");
    assertThat(AutoPager.of("c", c -> AutoPager.Page.of(List.of(7), "")).stream().toList()).containsExactly(7);
  }
}
