package client

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Sink receives generated files; names are slash-separated and relative to the package
// directory. The emitter never touches the file system itself, so tests can render into
// memory and `gen all` can collect every output before deciding to write or check.
type Sink interface {
	WriteFile(name string, data []byte) error
}

// DirSink writes files under a directory, creating it as needed.
type DirSink struct{ Dir string }

// WriteFile writes Dir/name.
func (d DirSink) WriteFile(name string, data []byte) error {
	p := filepath.Join(d.Dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("client: %w", err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("client: %w", err)
	}
	return nil
}

// MemSink keeps files in memory (tests, dry runs).
type MemSink map[string][]byte

// WriteFile stores a copy of data under name; writing a name twice is an error.
func (m MemSink) WriteFile(name string, data []byte) error {
	if _, dup := m[name]; dup {
		return fmt.Errorf("client: %s written twice", name)
	}
	m[name] = append([]byte(nil), data...)
	return nil
}

// Names lists the files, sorted.
func (m MemSink) Names() []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
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
