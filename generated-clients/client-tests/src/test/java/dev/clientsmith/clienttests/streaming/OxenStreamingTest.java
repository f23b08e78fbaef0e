package dev.clientsmith.clienttests.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientsmith.clients.oxen.model.ChatCompletionRequest;
import dev.clientsmith.clients.oxen.resources.AsyncChatCompletionsResource;
import dev.clientsmith.clients.oxen.resources.ChatCompletionsResource;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Oxen's document declares no {@code stream} flag and no event stream, so the generator derives no
 * chunk type and its client has no streaming call; its builder offers no flag either.
 */
class OxenStreamingTest {
  @Test
  void noStreamingCallWhereTheDocumentDeclaresNoStream() {
    for (Class<?> resource : new Class<?>[] {ChatCompletionsResource.class, AsyncChatCompletionsResource.class}) {
      assertThat(Arrays.stream(resource.getMethods()).map(Method::getName)).as(resource.getSimpleName())
          .contains("create").doesNotContain("createStreaming");
    }
    Streams.assertNoStreamSetter(ChatCompletionRequest.Builder.class);
  }
}
