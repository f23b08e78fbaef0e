package dev.clientsmith.runtime.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientsmith.runtime.json.Nullable;
import java.util.List;
import java.util.Objects;

/** A request model written the way the generator emits them: immutable, creator + builder, three-state fields. */
@JsonPropertyOrder({"model", "messages", "max_tokens", "temperature", "user"})
public final class ChatParams {

  private final String model;
  private final List<String> messages;
  private final Nullable<Integer> maxTokens;
  private final Nullable<Double> temperature;
  private final Nullable<String> user;

  @JsonCreator
  ChatParams(
      @JsonProperty("model") String model,
      @JsonProperty("messages") List<String> messages,
      @JsonProperty("max_tokens") Nullable<Integer> maxTokens,
      @JsonProperty("temperature") Nullable<Double> temperature,
      @JsonProperty("user") Nullable<String> user) {
    this.model = model;
    this.messages = messages == null ? null : List.copyOf(messages);
    this.maxTokens = maxTokens;
    this.temperature = temperature;
    this.user = user;
  }

  public static Builder builder() {
    return new Builder();
  }

  @JsonProperty("model")
  public String model() {
    return model;
  }

  @JsonProperty("messages")
  public List<String> messages() {
    return messages;
  }

  @JsonProperty("max_tokens")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public Nullable<Integer> maxTokens() {
    return maxTokens;
  }

  @JsonProperty("temperature")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public Nullable<Double> temperature() {
    return temperature;
  }

  @JsonProperty("user")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public Nullable<String> user() {
    return user;
  }

  /** Not a property: auto-detection is off, so this must not appear in the JSON. */
  public boolean isStreaming() {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ChatParams)) {
      return false;
    }
    ChatParams that = (ChatParams) o;
    return Objects.equals(model, that.model) && Objects.equals(messages, that.messages)
        && maxTokens.equals(that.maxTokens) && temperature.equals(that.temperature) && user.equals(that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, messages, maxTokens, temperature, user);
  }

  @Override
  public String toString() {
    return "ChatParams{model=" + model + ", maxTokens=" + maxTokens + ", temperature=" + temperature + ", user=" + user + "}";
  }

  public static final class Builder {
    private String model;
    private List<String> messages;
    private Nullable<Integer> maxTokens = Nullable.absent();
    private Nullable<Double> temperature = Nullable.absent();
    private Nullable<String> user = Nullable.absent();

    public Builder model(String model) {
      this.model = model;
      return this;
    }

    public Builder messages(List<String> messages) {
      this.messages = messages;
      return this;
    }

    public Builder maxTokens(Nullable<Integer> maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    public Builder temperature(Nullable<Double> temperature) {
      this.temperature = temperature;
      return this;
    }

    public Builder user(Nullable<String> user) {
      this.user = user;
      return this;
    }

    public ChatParams build() {
      return new ChatParams(model, messages, maxTokens, temperature, user);
    }
  }
}
