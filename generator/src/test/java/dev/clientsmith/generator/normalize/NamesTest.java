package dev.clientsmith.generator.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void singularOfPluralWords() {
    assertThat(Names.singular("choices")).isEqualTo("choice");
    assertThat(Names.singular("toolCalls")).isEqualTo("toolCall");
    assertThat(Names.singular("messages")).isEqualTo("message");
    assertThat(Names.singular("schemas")).isEqualTo("schema");
  }

  /** {@code logit_bias} is not the plural of a {@code logit_bia}; the last word of a compound decides. */
  @Test
  void wordsEndingInSThatAreNotPluralsStay() {
    assertThat(Names.singular("logitBias")).isEqualTo("logitBias");
    assertThat(Names.singular("alias")).isEqualTo("alias");
    assertThat(Names.singular("timeSeries")).isEqualTo("timeSeries");
    assertThat(Names.singular("status")).isEqualTo("status");
    assertThat(Names.singular("analysis")).isEqualTo("analysis");
  }
}
