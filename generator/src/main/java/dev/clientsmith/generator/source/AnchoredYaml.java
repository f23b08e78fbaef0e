package dev.clientsmith.generator.source;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser reports the anchor of a mapping or a sequence ({@code getObjectId()}), but
 * drops the anchor of a scalar value ({@code name: &n Acme}): an alias of it ({@code *n}) would
 * then read as naming no anchor at all. This factory's parser keeps it for {@link TreeBuilder}.
 */
final class AnchoredYaml extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  AnchoredYaml(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  /** A parser that remembers the anchor of the scalar value it read last. */
  static final class Parser extends YAMLParser {
    private String scalarAnchor;

    Parser(IOContext context, int features, int yamlFeatures, org.yaml.snakeyaml.LoaderOptions options,
        com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      // Called for every scalar value (never for keys), so the anchor is always that of the current one.
      scalarAnchor = scalar.getAnchor();
      return super._decodeScalar(scalar);
    }

    /** The anchor of the current token when it is a scalar value; null otherwise or without one. */
    String scalarAnchor(JsonToken current) {
      return current != null && current.isScalarValue() ? scalarAnchor : null;
    }
  }
}
