package dev.clientsmith.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void aKeyIsReplacedWhereverItAppears() {
    Secret key = Secret.of("sk-live-12345");
    assertThat(key.redact("rejected sk-live-12345 (sk-live-12345)")).isEqualTo("rejected *** (***)");
    assertThat(key.toString()).doesNotContain("sk-live-12345");
  }

  @Test
  void aVeryShortKeyDoesNotMangleOtherText() {
    // Replacing every "k" would turn "bad token, check the docs" into nonsense and hide nothing.
    assertThat(Secret.of("k").redact("bad token, check the docs")).isEqualTo("bad token, check the docs");
    assertThat(Secret.of("abcd").redact("key abcd leaked")).isEqualTo("key *** leaked");
  }
}
