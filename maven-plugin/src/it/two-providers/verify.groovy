// Two executions, two providers of one configuration: two folders, two digests, one compiled project.
def lines = new File(basedir, 'build.log').readLines()
['echo', 'vectors'].each { id ->
  assert lines.count { it ==~ /\[INFO\] --- clientsmith:[^:]+:generate \($id\) @ two-providers ---/ } == 1
  assert lines.contains("[INFO] Clientsmith: generating into target/generated-sources/${id}: no digest of a previous generation".toString())
  assert new File(basedir, "target/clientsmith/${id}.digest").isFile()
}
assert new File(basedir, 'target/classes/com/example/providers/echo/EchoClient.class').isFile()
assert new File(basedir, 'target/classes/com/example/providers/vectors/VectorsClient.class').isFile()
assert new File(basedir, 'target/classes/com/example/app/Clients.class').isFile()
