// The YAML document generated into the chosen folder, which is a compile source root: the project's
// own class compiled against the generated model.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: generating into target/vectors-client: no digest of a previous generation')
assert new File(basedir, 'target/vectors-client/com/example/vectors/VectorsClient.java').isFile()
assert new File(basedir, 'target/classes/com/example/app/Similarity.class').isFile()
assert new File(basedir, 'target/classes/com/example/vectors/model/Embedding.class').isFile()
assert new File(basedir, 'target/clientsmith/vectors.digest').isFile()
assert !new File(basedir, 'target/generated-sources/clientsmith').exists()
