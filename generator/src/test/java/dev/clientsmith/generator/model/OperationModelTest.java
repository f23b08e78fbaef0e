package dev.clientsmith.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.config.Overrides;
import dev.clientsmith.generator.config.ProviderConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The operation side of the model on the whole-API fixtures: response formats, effective security,
 * the schemes as builder options with their variables, cookie and exploded parameters, pagination.
 */
class OperationModelTest {
  private static ApiModel model(String document) {
    ProviderConfig provider = new ProviderConfig("wa", "Whole API", List.of(Path.of("src/test/resources/wholeapi", document)),
        "com.example.wa", "WaClient", "wa", "WA_API_KEY", Overrides.NONE);
    return ModelBuilder.build(provider, new Generator().normalize(provider).document());
  }

  private static Map<String, Operation> byId(ApiModel m) {
    return m.operations().stream().collect(Collectors.toMap(Operation::operationId, Function.identity()));
  }

  @Test
  void schemesBecomeOptionsWithDerivedVariablesAndOperationsKeepTheirOwnSecurity() {
    ApiModel m = model("auth-and-params.yaml");
    assertThat(m.auth().kind()).isEqualTo(ApiModel.Auth.Kind.API_KEY);
    assertThat(m.auth().schemes()).extracting(ApiModel.Auth.Scheme::name, ApiModel.Auth.Scheme::option, ApiModel.Auth.Scheme::envVars)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("HeaderKey", "apiKey", List.of("WA_API_KEY")),
            org.assertj.core.groups.Tuple.tuple("Basic", "basic", List.of("WA_BASIC_USERNAME", "WA_BASIC_PASSWORD")),
            org.assertj.core.groups.Tuple.tuple("Admin", "admin", List.of("WA_ADMIN")),
            org.assertj.core.groups.Tuple.tuple("QueryKey", "queryKey", List.of("WA_QUERY_KEY")),
            org.assertj.core.groups.Tuple.tuple("CookieKey", "cookieKey", List.of("WA_COOKIE_KEY")));
    assertThat(m.auth().schemes().get(0).placement()).isEqualTo(ApiModel.Auth.Placement.HEADER);
    assertThat(m.auth().schemes().get(0).paramName()).isEqualTo("X-Api-Key");
    assertThat(m.auth().global()).containsExactly(List.of("HeaderKey"));
    Map<String, Operation> ops = byId(m);
    assertThat(ops.get("ping").security()).contains(List.of());
    // An operation on / without a tag is callable on root(): no call of the client itself hides a builder method.
    assertThat(ops.get("ping").resource()).containsExactly("root");
    assertThat(ops.get("searchItems").security()).contains(List.of(List.of("HeaderKey")));
    assertThat(ops.get("replaceItem").security()).contains(List.of(List.of("Basic")));
    assertThat(ops.get("deleteItem").security()).contains(List.of(List.of("Admin"), List.of("QueryKey", "CookieKey")));
  }

  @Test
  void responseFormatsFollowTheMediaType() {
    Map<String, Operation> ops = byId(model("auth-and-params.yaml"));
    assertThat(ops.get("ping").responseFormat()).isEqualTo(Operation.ResponseFormat.TEXT);
    assertThat(ops.get("ping").responseMediaType()).contains("text/plain");
    assertThat(ops.get("deleteItem").responseFormat()).isEqualTo(Operation.ResponseFormat.NONE);
    assertThat(ops.get("patchItem").body().orElseThrow().contentType()).isEqualTo("application/x-www-form-urlencoded");
    Map<String, Operation> openai = byId(model("openai-extract.yaml"));
    assertThat(openai.get("downloadFile").responseFormat()).isEqualTo(Operation.ResponseFormat.BINARY);
    assertThat(openai.get("downloadFile").responseMediaType()).contains("application/octet-stream");
    assertThat(openai.get("listFiles").responseFormat()).isEqualTo(Operation.ResponseFormat.JSON);
    assertThat(openai.get("createTranscription").body().orElseThrow().contentType()).isEqualTo("multipart/form-data");
  }

  @Test
  void parametersKeepLocationAndStyle() {
    Operation search = byId(model("auth-and-params.yaml")).get("searchItems");
    Map<String, Operation.Parameter> params = search.parameters().stream()
        .collect(Collectors.toMap(Operation.Parameter::name, Function.identity()));
    assertThat(params.get("theme").in()).isEqualTo(Operation.Location.COOKIE);
    assertThat(params.get("X-Request-Id").in()).isEqualTo(Operation.Location.HEADER);
    assertThat(params.get("tags").explode()).isTrue();
    assertThat(params.get("ids").explode()).isFalse();
    assertThat(params.get("q").required()).isTrue();
    assertThat(params.get("limit").type()).isEqualTo(TypeRef.of(TypeRef.PrimitiveKind.INT32));
  }

  @Test
  void paginationIsFoundWhereTheDocumentShowsThePattern() {
    Operation.Pagination files = byId(model("openai-extract.yaml")).get("listFiles").pagination().orElseThrow();
    assertThat(files.cursorParam()).isEqualTo("after");
    assertThat(files.items().jsonName()).isEqualTo("data");
    assertThat(files.item()).isEqualTo(new TypeRef.Named("OpenAIFile"));
    assertThat(files.hasMore().orElseThrow().jsonName()).isEqualTo("has_more");
    assertThat(files.nextCursor().orElseThrow().jsonName()).isEqualTo("last_id");
    Operation.Pagination items = byId(model("auth-and-params.yaml")).get("searchItems").pagination().orElseThrow();
    assertThat(items.cursorParam()).isEqualTo("cursor");
    assertThat(items.nextCursor().orElseThrow().jsonName()).isEqualTo("next_cursor");
    assertThat(items.hasMore()).isEmpty();
    // A list without a cursor parameter does not page.
    assertThat(byId(model("openai-extract.yaml")).get("listModels").pagination()).isEmpty();
  }
}
