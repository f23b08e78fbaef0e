package dev.clientsmith.generator.source;

/**
 * The text of a spec and where it sits in its file: {@code lineOffset} is added to every line the
 * parser reports (0 for a plain JSON/YAML file, the fence's line for a Markdown page).
 */
record EmbeddedSpec(String text, int lineOffset, SourceDocument.Format format) {}
