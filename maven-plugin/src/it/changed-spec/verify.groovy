// The second build replaced the document: it names the change and regenerates the request class.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: generating into target/generated-sources/clientsmith: no digest of a previous generation')
assert lines.contains('[INFO] Clientsmith: generating into target/generated-sources/clientsmith: changed since the last generation: file src/main/openapi/embeddings.yaml')
assert lines.count { it.startsWith('[INFO] Clientsmith: ') && it.contains('up to date') } == 0
def request = new File(basedir, 'target/generated-sources/clientsmith/com/example/vectors/model/EmbeddingRequest.java').text
assert request.contains('dimensions')
