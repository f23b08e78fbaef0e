// The JSON document, named through user properties, generated a client that compiled.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: generating into target/generated-sources/clientsmith: no digest of a previous generation')
assert lines.count { it ==~ /\[INFO\] Clientsmith: 5 written, 0 unchanged, 0 removed in target\/generated-sources\/clientsmith \(\d+ ms\)/ } == 1
def classes = new File(basedir, 'target/classes/com/example/json')
assert new File(classes, 'EchoJsonClient.class').isFile()
assert new File(classes, 'model/CompletionRequest.class').isFile()
