package dev.clientsmith.generator.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The normalisation passes, in the order they run. Order matters: names are derived only after
 * wrappers, aliases and inline schemas are resolved, and the {@code nullable} sweep runs last so it
 * also covers schemas other passes created.
 */
public final class Passes {
  private Passes() {}

  /**
   * Passes that run on the raw tree, before Swagger Parser reads it: what it would lose (nested
   * tags), the OpenAPI 3.1 forms rewritten the 3.0 way (ending with the version itself), and the
   * repairs of what has one obvious reading.
   */
  public static List<Pass> raw() {
    return List.of(
        new NestedTagsPass(),
        new WebhooksPass(),
        new Oas31MetadataPass(),
        new DefsPass(),
        new TypeArraysPass(),
        new ConstPass(),
        new NullMembersPass(),
        new SchemaExamplesPass(),
        new RefSiblingsPass(),
        new ExclusiveBoundsPass(),
        new ContentEncodingPass(),
        new PrefixItemsPass(),
        new OpenApiVersionPass(),
        new PathParametersPass(),
        new RecursiveRefPass(),
        new KeywordSpellingPass(),
        new UnknownKeywordsPass(),
        new DefaultTypesPass(),
        new ArrayItemsPass());
  }

  /** Passes that run on a document Swagger Parser has accepted. */
  public static List<Pass> normalize() {
    return List.of(
        new DottedNamesPass(),
        new SchemaNameCharactersPass(),
        new BasePathPass(),
        new OperationIdsPass(),
        new TagNamesPass(),
        new NullableWrappersPass(),
        new AllOfPass(),
        new InlineAliasesPass(),
        new DuplicateVariantsPass(),
        new EnumBranchesPass(),
        new InlineSchemasPass(),
        new DiscriminatorsPass(),
        new SchemaNamesPass(),
        new StreamEventsPass(),
        new NullableWithoutTypePass(),
        new RequiredNullablePass(),
        new RequestContentTypePass(),
        new SecurityPass());
  }

  public static List<Pass> all() {
    List<Pass> all = new ArrayList<>(raw());
    all.addAll(normalize());
    return all;
  }

  public static Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    all().forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** Runs {@code passes} in order, skipping those the provider configuration names. */
  public static void run(List<Pass> passes, PassContext ctx) {
    for (Pass pass : passes) {
      if (ctx.overrides().skipPasses().contains(pass.id())) {
        continue;
      }
      ctx.enter(pass);
      pass.apply(ctx);
    }
  }
}
