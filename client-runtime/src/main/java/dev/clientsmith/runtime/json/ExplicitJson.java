package dev.clientsmith.runtime.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On every generated model and its builder: Jackson binds only what is annotated
 * ({@code @JsonProperty}, {@code @JsonAnySetter}...), whatever the mapper's own visibility
 * settings. A plain {@code ObjectMapper} would otherwise take a builder's public one-argument
 * methods as setters ({@code withPrefix = ""}) and refuse the convenience overloads
 * ({@code responseFormat(ResponseFormatText)} beside {@code responseFormat(ResponseFormat)}) as
 * conflicting definitions, or write helper getters into the JSON.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public @interface ExplicitJson {}
