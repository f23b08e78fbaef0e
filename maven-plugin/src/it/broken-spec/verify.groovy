// The unresolved reference fails the build as Maven errors, located, and no digest is stored.
def lines = new File(basedir, 'build.log').readLines()
def at = lines.indexOf("[ERROR] src/main/openapi/broken.yaml:14:15: error[parse.unresolved-ref] \$ref '#/components/schemas/CompletionRequest' points nowhere: /components/schemas has no member 'CompletionRequest'")
assert at > 0
assert lines[at + 1] == '  at: /paths/~1completions/post/requestBody/content/application~1json/schema/$ref'
assert lines[at + 2] == "  hint: define 'CompletionRequest' under /components/schemas, or fix the reference"
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('Exception') && !it.contains('MojoFailureException') }
assert !new File(basedir, 'target/clientsmith/default.digest').exists()
