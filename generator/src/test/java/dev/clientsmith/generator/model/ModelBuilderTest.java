package dev.clientsmith.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.generator.Generator;
import dev.clientsmith.generator.Providers;
import dev.clientsmith.generator.config.ProviderConfig;
import dev.clientsmith.generator.model.TypeDef.EnumType;
import dev.clientsmith.generator.model.TypeDef.ObjectType;
import dev.clientsmith.generator.model.TypeDef.UnionType;
import dev.clientsmith.generator.model.TypeRef.PrimitiveKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intermediate model of each real provider: what the emitters will see. */
class ModelBuilderTest {
  private static ApiModel model(String id) {
    ProviderConfig provider = Providers.provider(id);
    return ModelBuilder.build(provider, new Generator().normalize(provider).document());
  }

  @Test
  void jylo() {
    ApiModel m = model("jylo");
    assertThat(m.clientName()).isEqualTo("JyloClient");
    assertThat(m.auth().kind()).isEqualTo(ApiModel.Auth.Kind.BEARER);
    ApiModel.Server server = m.servers().get(0);
    assertThat(server.url()).isEqualTo("https://api.{tenant}.{region}.jylo.ai/inference");
    assertThat(server.variables()).extracting(ApiModel.ServerVariable::javaName).containsExactly("tenant", "region");
    assertThat(server.variables().get(1).allowed()).containsExactly("uk", "us", "eu", "au", "jp");
    Operation op = m.operations().get(0);
    assertThat(op.resource()).containsExactly("completions");
    assertThat(op.method()).isEqualTo("create");
    assertThat(op.parameters()).singleElement().satisfies(p -> {
      assertThat(p.javaName()).isEqualTo("modelIdentifier");
      assertThat(p.type()).isEqualTo(TypeRef.of(PrimitiveKind.UUID));
      assertThat(p.in()).isEqualTo(Operation.Location.PATH);
    });
    assertThat(op.body().orElseThrow().type()).isEqualTo(new TypeRef.Named("ChatCompletionRequest"));
    assertThat(op.streaming().orElseThrow().event()).isEqualTo(new TypeRef.Named("CompletionChunk"));
    assertThat(op.errors()).extracting(Operation.ErrorResponse::status).containsExactly("400", "401", "402", "403", "404", "500");
    assertThat(op.errors().get(0).body()).contains(new TypeRef.Named("ProblemDetails"));
    assertThat(op.errors().get(5).body()).isEmpty();
    ObjectType request = (ObjectType) m.type("ChatCompletionRequest");
    assertThat(request.closed()).isTrue();
    assertThat(request.usage()).isEqualTo(new TypeDef.Usage(true, false));
    Property messages = request.property("messages").orElseThrow();
    assertThat(messages.required()).isTrue();
    assertThat(messages.nullable()).isTrue();
    assertThat(messages.type()).isEqualTo(new TypeRef.ListOf(new TypeRef.Named("Message")));
    assertThat(m.type("Message").usage()).isEqualTo(new TypeDef.Usage(true, true));
  }

  @Test
  void cortecs() {
    ApiModel m = model("cortecs");
    Operation op = m.operations().get(0);
    assertThat(op.resource()).containsExactly("chat", "completions");
    assertThat(m.type("CompletionResponseChoice").simpleName()).isEqualTo("Choice");
    assertThat(m.type("CompletionResponseChoice").nestedIn()).contains("CompletionResponse");
    Property logprobs = ((ObjectType) m.type("CompletionRequest")).property("logprobs").orElseThrow();
    assertThat(logprobs.nullable()).isTrue();
    UnionType union = (UnionType) m.type(((TypeRef.Named) logprobs.type()).name());
    assertThat(union.simpleName()).isEqualTo("Logprobs");
    assertThat(union.nestedIn()).contains("CompletionRequest");
    assertThat(union.variants()).extracting(TypeDef.Variant::javaName).containsExactly("Integer", "Boolean");
    assertThat(((ObjectType) m.type("CompletionRequest")).property("preference").orElseThrow().type())
        .isEqualTo(new TypeRef.Named("CompletionRequestPreference"));
    assertThat(((EnumType) m.type("CompletionRequestPreference")).values()).extracting(TypeDef.EnumValue::javaName)
        .containsExactly("SPEED", "COST", "BALANCED");
  }

  @Test
  void interactiveAi() {
    ApiModel m = model("interactive-ai");
    assertThat(m.operations()).extracting(Operation::resource).containsExactly(List.of("chat", "completions"), List.of("completions"));
    UnionType message = (UnionType) m.type("Message");
    assertThat(message.discriminator()).contains("role");
    assertThat(message.variants()).extracting(TypeDef.Variant::javaName)
        .containsExactly("System", "User", "Developer", "Assistant", "Tool");
    UnionType prompt = (UnionType) m.type("CompletionCreateParamsPrompt");
    assertThat(prompt.variants()).extracting(TypeDef.Variant::javaName).containsExactly("String", "Strings", "Numbers", "NumberLists");
    UnionType toolChoice = (UnionType) m.type("ToolChoiceOption");
    assertThat(toolChoice.variants()).extracting(TypeDef.Variant::javaName).containsExactly("Literal", "NamedToolChoice");
    EnumType providerName = (EnumType) m.type("ProviderName");
    assertThat(providerName.documentedOpen()).isTrue();
    assertThat(providerName.values()).extracting(TypeDef.EnumValue::javaName).contains("AMAZON_BEDROCK", "Z_AI", "X_AI");
    ObjectType choice = (ObjectType) m.type("ChatResponseChoice");
    Property finish = choice.property("finish_reason").orElseThrow();
    assertThat(finish.type()).isEqualTo(new TypeRef.Named("ChatCompletionFinishReason"));
    assertThat(finish.nullable()).isTrue();
    assertThat(finish.required()).isTrue();
    // ModelName is an alias: properties use what it stands for.
    assertThat(((ObjectType) m.type("ChatGenerationParams")).property("model").orElseThrow().type())
        .isEqualTo(TypeRef.of(PrimitiveKind.STRING));
    Property role = ((ObjectType) m.type("SystemMessage")).property("role").orElseThrow();
    assertThat(role.constant()).contains("system");
    assertThat(m.type("ErrorResponse").usage().response()).isTrue();
  }

  @Test
  void oxen() {
    ApiModel m = model("oxen");
    assertThat(m.auth().kind()).isEqualTo(ApiModel.Auth.Kind.NONE);
    assertThat(m.servers().get(0).url()).endsWith("/api/ai");
    Operation op = m.operations().get(0);
    assertThat(op.streaming()).isEmpty();
    assertThat(op.body().orElseThrow().required()).isFalse();
    ObjectType message = (ObjectType) m.type("ChatCompletionRequestMessage");
    assertThat(((UnionType) m.type(((TypeRef.Named) message.property("content").orElseThrow().type()).name())).variants())
        .extracting(TypeDef.Variant::javaName).containsExactly("String", "Jsons");
  }
}
