// Two builds: the first generates, the second logs exactly one "up to date" line and writes nothing.
def lines = new File(basedir, 'build.log').readLines()
assert lines.count { it.startsWith('[INFO] Clientsmith: generating into ') } == 1
def upToDate = lines.findAll { it.startsWith('[INFO] Clientsmith: ') && it.contains('up to date') }
assert upToDate.size() == 1
def matcher = upToDate[0] =~ /^\[INFO\] Clientsmith: target\/generated-sources\/clientsmith is up to date \(inputs unchanged; checked in (\d+) ms\)$/
assert matcher.matches()
println "no-op generate: ${matcher.group(1)} ms of plugin time"
// Nothing was written by the second build: no file is newer than the digest the first one stored.
def digest = new File(basedir, 'target/clientsmith/default.digest')
def generated = []
new File(basedir, 'target/generated-sources/clientsmith').eachFileRecurse(groovy.io.FileType.FILES) { generated << it }
assert generated.size() == 6
assert generated.every { it.lastModified() <= digest.lastModified() }
