// The second build changed nothing: up to date. The third replaced the file the document refers to:
// the digest names it and the request class is regenerated from it.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: generating into target/generated-sources/clientsmith: no digest of a previous generation')
assert lines.count { it.startsWith('[INFO] Clientsmith: target/generated-sources/clientsmith is up to date') } == 1
assert lines.contains('[INFO] Clientsmith: generating into target/generated-sources/clientsmith: changed since the last generation: referenced src/main/openapi/common.yaml')
def request = new File(basedir, 'target/generated-sources/clientsmith/com/example/vectors/model/EmbeddingRequest.java').text
assert request.contains('dimensions')
