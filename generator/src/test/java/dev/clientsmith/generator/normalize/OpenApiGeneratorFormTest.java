package dev.clientsmith.generator.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The passes of OpenAPI Generator's form, each on the minimal construct it rewrites. */
class OpenApiGeneratorFormTest {
  /**
   * Inline array members, in a component and in a property, move into components named after where
   * they are (a taken name gets a number); a member that names an array already stays.
   */
  @Test
  void unionArrays() {
    PassFixture.check(new UnionArraysPass());
  }

  /**
   * A null folded into members becomes one null-only member; a union that has one already keeps it;
   * a union without null is left alone.
   */
  @Test
  void nullMembers() {
    PassFixture.check(new UnionNullMembersPass());
  }

  /** Floating-point number members of oneOf and anyOf lose their format; other numbers keep theirs. */
  @Test
  void unionNumbers() {
    PassFixture.check(new UnionNumbersPass());
  }

  /**
   * Enums of two or more values that a response holds (a component, an inline property, an item)
   * become strings naming their values; a constant and an enum only a request holds stay.
   */
  @Test
  void openEnums() {
    PassFixture.check(new OpenEnumsPass());
  }

  /**
   * A discriminated union a response holds (reached through a shared response) becomes an anyOf with
   * a last catch-all member; one only a request holds, and one without a discriminator, stay.
   */
  @Test
  void openUnions() {
    PassFixture.check(new OpenUnionsPass());
  }

  /** The form's ids are its own: none is a normalisation pass a provider's configuration could skip. */
  @Test
  void passIdsAreApart() {
    for (Pass pass : OpenApiGeneratorForm.passes()) {
      assertThat(pass.id()).startsWith("openapi-generator-");
      assertThat(Passes.ids()).doesNotContain(pass.id());
    }
  }
}
