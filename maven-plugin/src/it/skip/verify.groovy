// Skipped: nothing generated, no digest.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] Clientsmith: skipped (clientsmith.skip is true)')
assert !new File(basedir, 'target/generated-sources/clientsmith').exists()
assert !new File(basedir, 'target/clientsmith').exists()
