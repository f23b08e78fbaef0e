package dev.clientsmith.runtime.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An error model, like {@code {"error": {"code": "...", "message": "..."}}}, flattened for brevity. */
public final class ErrorBody {

  private final String code;
  private final String message;

  @JsonCreator
  ErrorBody(@JsonProperty(value = "code", required = true) String code, @JsonProperty("message") String message) {
    this.code = code;
    this.message = message;
  }

  @JsonProperty("code")
  public String code() {
    return code;
  }

  @JsonProperty("message")
  public String message() {
    return message;
  }
}
