package dev.clientsmith.runtime.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clientsmith.runtime.json.Nullable;
import java.util.concurrent.atomic.AtomicInteger;

/** A response model; counts how often it is created, to prove a body is parsed once. */
public final class ChatResult {

  public static final AtomicInteger CREATED = new AtomicInteger();

  private final String id;
  private final double score;
  private final Nullable<String> content;

  @JsonCreator
  ChatResult(@JsonProperty("id") String id, @JsonProperty("score") double score,
      @JsonProperty("content") Nullable<String> content) {
    CREATED.incrementAndGet();
    this.id = id;
    this.score = score;
    this.content = content;
  }

  @JsonProperty("id")
  public String id() {
    return id;
  }

  @JsonProperty("score")
  public double score() {
    return score;
  }

  @JsonProperty("content")
  public Nullable<String> content() {
    return content;
  }
}
