/**
 * Round-trip tests of every model class of every generated client: a seeded sampler
 * ({@link dev.clientsmith.clienttests.roundtrip.SchemaSampler}) turns each component schema of a
 * client's normalised OpenAPI document into random, schema-valid JSON (with the undeclared
 * properties servers add), which must survive read → write → read unchanged
 * ({@link dev.clientsmith.clienttests.roundtrip.ModelRoundTripTest}); hand-written JSON covers the
 * cases sampling reaches only by luck
 * ({@link dev.clientsmith.clienttests.roundtrip.HardCaseRoundTripTest}).
 */
package dev.clientsmith.clienttests.roundtrip;
