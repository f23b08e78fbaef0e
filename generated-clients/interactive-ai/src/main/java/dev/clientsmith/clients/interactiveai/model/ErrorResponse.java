package dev.clientsmith.clients.interactiveai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.clientsmith.runtime.json.ExplicitJson;
import dev.clientsmith.runtime.json.ModelDeserializer;
import dev.clientsmith.runtime.json.ModelStrings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ErrorResponse} object of the API.
 */
@JsonDeserialize(
    using = ErrorResponse.Builder.Deserializer.class
)
@ExplicitJson
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class ErrorResponse {
  @JsonProperty("error")
  private final Error error;

  private final Map<String, JsonNode> additionalProperties;

  private ErrorResponse(Builder b) {
    this.error = b.error;
    this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The {@code error} property.
   *
   * @throws IllegalStateException if a server response lacked this required property
   */
  public Error error() {
    if (error == null) {
      throw new IllegalStateException("ErrorResponse.error is required, but the response did not contain 'error'");
    }
    return error;
  }

  /**
   * Properties the document does not declare: kept when read, sent when written.
   */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder for a new {@link ErrorResponse}.
   */
  public static Builder builder() {
    Builder b = new Builder();
    return b;
  }

  /**
   * A builder holding this object's values, to make a changed copy.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.error = this.error;
    b.additionalProperties.putAll(this.additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ErrorResponse that)) {
      return false;
    }
    return Objects.equals(error, that.error)
            && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(error, additionalProperties);
  }

  /**
   * The properties that are set, with their values; absent ones are left out.
   */
  @Override
  public String toString() {
    return ModelStrings.of("ErrorResponse", additionalProperties, "error", error);
  }

  /**
   * Builds {@link ErrorResponse}; {@link #build()} fails naming any required property that was not set.
   */
  @ExplicitJson
  @JsonPOJOBuilder(
      withPrefix = "",
      buildMethodName = "buildFromJson"
  )
  public static final class Builder {
    private Error error;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    @JsonProperty("error")
    private Builder jsonError(Error value) {
      this.error = value;
      return this;
    }

    /**
     * Sets {@code error}.
     */
    public Builder error(Error error) {
      Objects.requireNonNull(error, "error");
      this.error = error;
      return this;
    }

    /**
     * Adds a property the document does not declare; it is sent as given.
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Replaces all undeclared properties.
     */
    public Builder additionalProperties(Map<String, JsonNode> properties) {
      additionalProperties.clear();
      additionalProperties.putAll(properties);
      return this;
    }

    /**
     * The immutable object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public ErrorResponse build() {
      if (error == null) {
        throw new IllegalStateException("ErrorResponse.error is required but was not set");
      }
      return new ErrorResponse(this);
    }

    /**
     * Used by Jackson: reading is lenient, a server's omissions never fail a read.
     */
    private ErrorResponse buildFromJson() {
      return new ErrorResponse(this);
    }

    /**
     * Reads {@link ErrorResponse} from JSON through the builder's setters, keeping undeclared properties.
     */
    public static final class Deserializer extends ModelDeserializer<Builder, ErrorResponse> {
      /**
       * Called by Jackson.
       */
      public Deserializer() {
        super(ErrorResponse.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
              property("error", Error.class, Builder::jsonError)));
      }
    }
  }

  /**
   * The {@code ErrorResponseError} object of the API.
   */
  @JsonDeserialize(
      using = Error.Builder.Deserializer.class
  )
  @ExplicitJson
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public static final class Error {
    @JsonProperty("code")
    private final String code;

    @JsonProperty("message")
    private final String message;

    @JsonProperty("param")
    private final String param;

    @JsonProperty("type")
    private final String type;

    private final Map<String, JsonNode> additionalProperties;

    private Error(Builder b) {
      this.code = b.code;
      this.message = b.message;
      this.param = b.param;
      this.type = b.type;
      this.additionalProperties = b.additionalProperties.isEmpty() ? Collections.emptyMap()
          : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
    }

    /**
     * An error code
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String code() {
      if (code == null) {
        throw new IllegalStateException("Error.code is required, but the response did not contain 'code'");
      }
      return code;
    }

    /**
     * A human-readable error message
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String message() {
      if (message == null) {
        throw new IllegalStateException("Error.message is required, but the response did not contain 'message'");
      }
      return message;
    }

    /**
     * The parameter that caused the error, if applicable
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String param() {
      if (param == null) {
        throw new IllegalStateException("Error.param is required, but the response did not contain 'param'");
      }
      return param;
    }

    /**
     * The type of error
     *
     * @throws IllegalStateException if a server response lacked this required property
     */
    public String type() {
      if (type == null) {
        throw new IllegalStateException("Error.type is required, but the response did not contain 'type'");
      }
      return type;
    }

    /**
     * Properties the document does not declare: kept when read, sent when written.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
      return additionalProperties;
    }

    /**
     * A builder for a new {@link Error}.
     */
    public static Builder builder() {
      Builder b = new Builder();
      return b;
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.code = this.code;
      b.message = this.message;
      b.param = this.param;
      b.type = this.type;
      b.additionalProperties.putAll(this.additionalProperties);
      return b;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Error that)) {
        return false;
      }
      return Objects.equals(code, that.code)
              && Objects.equals(message, that.message)
              && Objects.equals(param, that.param)
              && Objects.equals(type, that.type)
              && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, message, param, type, additionalProperties);
    }

    /**
     * The properties that are set, with their values; absent ones are left out.
     */
    @Override
    public String toString() {
      return ModelStrings.of("Error", additionalProperties, "code", code, "message", message,
          "param", param, "type", type);
    }

    /**
     * Builds {@link Error}; {@link #build()} fails naming any required property that was not set.
     */
    @ExplicitJson
    @JsonPOJOBuilder(
        withPrefix = "",
        buildMethodName = "buildFromJson"
    )
    public static final class Builder {
      private String code;

      private String message;

      private String param;

      private String type;

      private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

      private Builder() {
      }

      @JsonProperty("code")
      private Builder jsonCode(String value) {
        this.code = value;
        return this;
      }

      /**
       * An error code
       */
      public Builder code(String code) {
        Objects.requireNonNull(code, "code");
        this.code = code;
        return this;
      }

      @JsonProperty("message")
      private Builder jsonMessage(String value) {
        this.message = value;
        return this;
      }

      /**
       * A human-readable error message
       */
      public Builder message(String message) {
        Objects.requireNonNull(message, "message");
        this.message = message;
        return this;
      }

      @JsonProperty("param")
      private Builder jsonParam(String value) {
        this.param = value;
        return this;
      }

      /**
       * The parameter that caused the error, if applicable
       */
      public Builder param(String param) {
        Objects.requireNonNull(param, "param");
        this.param = param;
        return this;
      }

      @JsonProperty("type")
      private Builder jsonType(String value) {
        this.type = value;
        return this;
      }

      /**
       * The type of error
       */
      public Builder type(String type) {
        Objects.requireNonNull(type, "type");
        this.type = type;
        return this;
      }

      /**
       * Adds a property the document does not declare; it is sent as given.
       */
      @JsonAnySetter
      public Builder putAdditionalProperty(String name, JsonNode value) {
        additionalProperties.put(Objects.requireNonNull(name, "name"), value);
        return this;
      }

      /**
       * Replaces all undeclared properties.
       */
      public Builder additionalProperties(Map<String, JsonNode> properties) {
        additionalProperties.clear();
        additionalProperties.putAll(properties);
        return this;
      }

      /**
       * The immutable object.
       *
       * @throws IllegalStateException if a required property was not set
       */
      public Error build() {
        if (code == null) {
          throw new IllegalStateException("Error.code is required but was not set");
        }
        if (message == null) {
          throw new IllegalStateException("Error.message is required but was not set");
        }
        if (param == null) {
          throw new IllegalStateException("Error.param is required but was not set");
        }
        if (type == null) {
          throw new IllegalStateException("Error.type is required but was not set");
        }
        return new Error(this);
      }

      /**
       * Used by Jackson: reading is lenient, a server's omissions never fail a read.
       */
      private Error buildFromJson() {
        return new Error(this);
      }

      /**
       * Reads {@link Error} from JSON through the builder's setters, keeping undeclared properties.
       */
      public static final class Deserializer extends ModelDeserializer<Builder, Error> {
        /**
         * Called by Jackson.
         */
        public Deserializer() {
          super(Error.class, Builder.class, Builder::new, Builder::buildFromJson, Builder::putAdditionalProperty, List.of(
                property("code", String.class, Builder::jsonCode),
                property("message", String.class, Builder::jsonMessage),
                property("param", String.class, Builder::jsonParam),
                property("type", String.class, Builder::jsonType)));
        }
      }
    }
  }
}
