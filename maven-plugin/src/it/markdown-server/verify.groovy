// The Markdown page generated a client, which compiled, and the test against the local server passed.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: generating into target/generated-sources/clientsmith: no digest of a previous generation')
assert lines.count { it ==~ /\[INFO\] Clientsmith: 5 written, 0 unchanged, 0 removed in target\/generated-sources\/clientsmith \(\d+ ms\)/ } == 1
assert lines.contains('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/classes/com/example/echo/EchoClient.class').isFile()
assert new File(basedir, 'target/clientsmith/default.digest').readLines()[0] == 'clientsmith-input-digest 2'
