package client

import "strings"

// Sink receives generated files; names are slash-separated and relative to the package
// directory. The emitter never touches the file system itself: the commands write through
// gen/fileset (one sink for every emitter, which decides what to write, keep or remove), and
// tests render into memory.
type Sink interface {
	WriteFile(name string, data []byte) error
}

// IsGenerated reports whether a file in a generated client directory is one the emitter
// owns (and may delete when it is no longer produced): a .go file that is not a test and
// starts with the generated-code header. Hand-written *_test.go files are never owned.
func IsGenerated(name string, data []byte) bool {
	if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
		return false
	}
	return strings.HasPrefix(string(data), "// "+Header)
}
