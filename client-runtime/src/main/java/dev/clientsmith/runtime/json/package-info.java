/**
 * JSON for generated clients: the shared Jackson configuration
 * ({@link dev.clientsmith.runtime.json.ClientJson}) and the three-state property type
 * {@link dev.clientsmith.runtime.json.Nullable} (absent, explicit null, value) with its Jackson
 * module.
 */
package dev.clientsmith.runtime.json;
