package dev.clientsmith.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One published document of the corpus, as {@code corpus/corpus.json} describes it.
 *
 * @param expect the stage the document is known to reach today; a run that stops earlier is a
 *     regression (the strict run requires {@link Stage#DONE} of every document instead)
 * @param defaultRun whether every build runs it (the others need {@code -Pcorpus})
 * @param smoke its main chat call: {@code call} ("POST /chat/completions", the path as the document
 *     writes it), a realistic {@code request} body and the {@code reply} the local server sends
 */
record CorpusDocument(String id, String file, String provider, String openapi, Stage expect, boolean defaultRun, JsonNode smoke) {
  private static final String INDEX = "/corpus/corpus.json";

  @Override
  public String toString() {
    return id;
  }

  Path path() {
    try {
      return Path.of(CorpusDocument.class.getResource("/corpus/" + file).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String httpMethod() {
    return smoke.path("call").asText().split(" ", 2)[0];
  }

  String documentPath() {
    return smoke.path("call").asText().split(" ", 2)[1];
  }

  static List<CorpusDocument> all() {
    try (InputStream in = CorpusDocument.class.getResourceAsStream(INDEX)) {
      JsonNode index = new ObjectMapper().readTree(in);
      List<CorpusDocument> documents = new ArrayList<>();
      for (JsonNode d : index.path("documents")) {
        documents.add(new CorpusDocument(d.path("id").asText(), d.path("file").asText(), d.path("provider").asText(),
            d.path("openapi").asText(), Stage.of(d.path("expect").asText()), d.path("defaultRun").asBoolean(), d.path("smoke")));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The documents {@code clientsmith.corpus} selects: {@code default}, {@code all}, or ids
   * separated by commas (an unknown id fails, so a typo does not run nothing).
   */
  static List<CorpusDocument> selected() {
    String selection = System.getProperty("clientsmith.corpus", "default").trim();
    List<CorpusDocument> all = all();
    if (selection.equals("all")) {
      return all;
    }
    if (selection.equals("default") || selection.isEmpty()) {
      return all.stream().filter(CorpusDocument::defaultRun).toList();
    }
    Set<String> ids = Arrays.stream(selection.split(",")).map(String::trim).collect(Collectors.toSet());
    Set<String> known = all.stream().map(CorpusDocument::id).collect(Collectors.toSet());
    if (!known.containsAll(ids)) {
      throw new IllegalArgumentException("clientsmith.corpus names unknown documents: " + ids + "; known: " + known);
    }
    return all.stream().filter(d -> ids.contains(d.id())).toList();
  }
}
