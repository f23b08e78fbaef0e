// The module written by the generate execution is what check regenerates in memory.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: client matches a fresh generation')
assert lines.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'client/pom.xml').isFile()
