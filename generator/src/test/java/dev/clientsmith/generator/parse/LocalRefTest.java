package dev.clientsmith.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRefTest {
  @Test
  void fragmentsArePercentDecodedButKeepPlusSigns() {
    assertThat(LocalRef.pointerOf("#/paths/~1x~1%7Bid%7D/get")).contains("/paths/~1x~1{id}/get");
    assertThat(LocalRef.pointerOf("#/components/schemas/A+B")).contains("/components/schemas/A+B");
    assertThat(LocalRef.pointerOf("#")).contains("");
  }

  @Test
  void anchorsAndBrokenEscapesAreNotPointers() {
    assertThat(LocalRef.pointerOf("#Anchor")).isEmpty();
    assertThat(LocalRef.pointerOf("#/a%zz")).isEmpty();
  }
}
