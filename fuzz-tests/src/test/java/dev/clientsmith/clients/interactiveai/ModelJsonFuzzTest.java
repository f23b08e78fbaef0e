package dev.clientsmith.clients.interactiveai;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientsmith.clients.interactiveai.model.AssistantMessageContent;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionChunk;
import dev.clientsmith.clients.interactiveai.model.ChatCompletionFinishReason;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParams;
import dev.clientsmith.clients.interactiveai.model.ChatGenerationParamsResponseFormat;
import dev.clientsmith.clients.interactiveai.model.ChatMessageContentItem;
import dev.clientsmith.clients.interactiveai.model.ChatResponse;
import dev.clientsmith.clients.interactiveai.model.CompletionChunk;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParams;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsPrompt;
import dev.clientsmith.clients.interactiveai.model.CompletionCreateParamsResponseFormat;
import dev.clientsmith.clients.interactiveai.model.CompletionResponse;
import dev.clientsmith.clients.interactiveai.model.DeveloperMessageContent;
import dev.clientsmith.clients.interactiveai.model.ErrorResponse;
import dev.clientsmith.clients.interactiveai.model.Message;
import dev.clientsmith.clients.interactiveai.model.Plugin;
import dev.clientsmith.clients.interactiveai.model.Price;
import dev.clientsmith.clients.interactiveai.model.ProviderName;
import dev.clientsmith.clients.interactiveai.model.ProviderSortUnion;
import dev.clientsmith.clients.interactiveai.model.Quantization;
import dev.clientsmith.clients.interactiveai.model.ReasoningDetail;
import dev.clientsmith.clients.interactiveai.model.Stop;
import dev.clientsmith.clients.interactiveai.model.SystemMessageContent;
import dev.clientsmith.clients.interactiveai.model.ToolChoiceOption;
import dev.clientsmith.clients.interactiveai.model.ToolResponseMessageContent;
import dev.clientsmith.clients.interactiveai.model.UserMessageContent;
import dev.clientsmith.runtime.json.ClientJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The generated deserialisers of the Interactive AI module (the checked-in module with the most
 * unions and open enums) on mutated JSON, read with the runtime's mapper into the request and
 * response types, every union and a few open enums. Seeds: the recorded responses of client-tests
 * and a few requests in this folder. Invariants: a bad value fails only with Jackson's documented
 * {@link JsonProcessingException}; a value read is written back without error, and writing what
 * that reads gives the same JSON (unknown data is kept, nothing is invented).
 */
class ModelJsonFuzzTest {
  private static final ObjectMapper MAPPER = ClientJson.mapper();

  private static final List<Class<?>> TYPES = List.of(
      ChatGenerationParams.class, ChatResponse.class, ChatCompletionChunk.class, CompletionCreateParams.class,
      CompletionResponse.class, CompletionChunk.class, ErrorResponse.class,
      Message.class, AssistantMessageContent.class, ChatGenerationParamsResponseFormat.class,
      ChatMessageContentItem.class, CompletionCreateParamsPrompt.class, CompletionCreateParamsResponseFormat.class,
      DeveloperMessageContent.class, Plugin.class, Price.class, ProviderSortUnion.class, ReasoningDetail.class,
      Stop.class, SystemMessageContent.class, ToolChoiceOption.class, ToolResponseMessageContent.class,
      UserMessageContent.class,
      ChatCompletionFinishReason.class, ProviderName.class, Quantization.class);

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read(byte[] bytes) throws JsonProcessingException {
    // As text: JSON is UTF-8 (RFC 8259); read as bytes, Jackson would first guess the encoding, and
    // its CharConversionException for a UTF-32 guess is about the bytes, not about the deserialisers.
    String json = new String(bytes, StandardCharsets.UTF_8);
    for (Class<?> type : TYPES) {
      Object value;
      try {
        value = MAPPER.readValue(json, type);
      } catch (JsonProcessingException e) {
        continue; // Bad JSON, or JSON that is not this type: documented, and what callers catch.
      }
      if (value == null) {
        continue; // The JSON null.
      }
      assertThat(value.toString()).isNotNull();
      String written = MAPPER.writeValueAsString(value);
      Object again = MAPPER.readValue(written, type);
      assertThat(MAPPER.writeValueAsString(again)).as("%s written, read and written again", type.getSimpleName())
          .isEqualTo(written);
    }
  }
}
