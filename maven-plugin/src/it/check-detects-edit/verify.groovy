// The first build passes; the second, after a hand edit of the module's README, fails naming the
// file, a few diff lines, and the command that regenerates the module.
def lines = new File(basedir, 'build.log').readLines()
assert lines.count { it == '[INFO] Clientsmith: client matches a fresh generation' } == 1
def at = lines.indexOf('[ERROR] client/README.md: differs from a fresh generation')
assert at > 0
assert lines.subList(at + 1, at + 6) == ['[ERROR]   @@ line 1 @@', '[ERROR]   -# Vectors client', '[ERROR]   -',
    '[ERROR]   -Edited by hand.', '[ERROR]   +# Vectors client for Java']
def failure = lines.find { it.startsWith('[ERROR] Failed to execute goal dev.clientsmith:clientsmith-maven-plugin:') }
assert failure.substring(failure.indexOf(':check (check)')) == (':check (check) on project check-detects-edit: '
    + 'Clientsmith: 1 file(s) of client differ from a fresh generation; regenerate with: '
    + 'java -jar generator/target/clientsmith-cli.jar generate --spec src/main/openapi/embeddings.yaml '
    + '--package com.example.vectors --client-name VectorsClient --out client -> [Help 1]')
assert new File(basedir, 'client/README.md').text == '# Vectors client\n\nEdited by hand.\n'
