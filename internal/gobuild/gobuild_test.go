package gobuild

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A package whose only file is in the overlay builds when the file compiles and fails,
// naming the file, when it does not.
func TestOverlay(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go tool")
	}
	goTool := Tool(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/overlay\n\ngo 1.21\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		src string
		ok  bool
	}{
		{"package main\n\nfunc main() {}\n", true},
		{"package main\n\nfunc main() { undefined() }\n", false},
	} {
		file := filepath.Join(t.TempDir(), "src.go")
		if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := Overlay(t, goTool, dir, map[string]string{filepath.Join(dir, "main.go"): file}, "-o", filepath.Join(t.TempDir(), "bin"), ".")
		if (err == nil) != c.ok || !c.ok && !strings.Contains(string(out), "undefined") {
			t.Errorf("%q: err %v, output %s; want ok %v", c.src, err, out, c.ok)
		}
	}
}
