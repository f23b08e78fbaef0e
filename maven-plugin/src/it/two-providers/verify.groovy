// Two executions, two providers of one configuration: two folders, two digests, one compiled project;
// the second build finds each provider up to date.
def lines = new File(basedir, 'build.log').readLines()
['echo', 'vectors'].each { id ->
  assert lines.count { it ==~ /\[INFO\] --- clientsmith:[^:]+:generate \($id\) @ two-providers ---/ } == 2
  assert lines.count { it.startsWith("[INFO] Clientsmith: generating into target/generated-sources/${id}: ") } == 1
  assert lines.contains("[INFO] Clientsmith: generating into target/generated-sources/${id}: no digest of a previous generation".toString())
  assert lines.count { it ==~ /\[INFO\] Clientsmith: target\/generated-sources\/$id is up to date \(inputs unchanged; checked in \d+ ms\)/ } == 1
  assert new File(basedir, "target/clientsmith/${id}.digest").isFile()
}
assert new File(basedir, 'target/classes/com/example/providers/echo/EchoClient.class').isFile()
assert new File(basedir, 'target/classes/com/example/providers/vectors/VectorsClient.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/Clients.class').isFile()
