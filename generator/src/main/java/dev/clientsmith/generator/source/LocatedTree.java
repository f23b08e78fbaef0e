package dev.clientsmith.generator.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientsmith.generator.diag.Location;
import java.util.Map;

/** A tree read from text and the position of each of its values, keyed by JSON pointer. */
record LocatedTree(JsonNode root, Map<String, Location> positions) {}
