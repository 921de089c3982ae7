// Package gobuild builds Go packages that exist only in an overlay, for the tests that
// check generated code compiles (docs examples against the clients, standalone mocks)
// without writing into the module.
package gobuild

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Tool is the path of the go tool; without one the test is skipped.
func Tool(t testing.TB) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	return goTool
}

// Overlay runs `go build -overlay FILE args...` with goTool in dir, where FILE tells the
// go tool to see overlay's files (the path a build sees → the file holding its content)
// and args are further flags and the packages. It returns the tool's output and error; a
// failure to write the overlay file fails t.
func Overlay(t testing.TB, goTool, dir string, overlay map[string]string, args ...string) ([]byte, error) {
	t.Helper()
	o, err := json.Marshal(map[string]any{"Replace": overlay})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "overlay.json")
	if err := os.WriteFile(file, o, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, append([]string{"build", "-overlay", file}, args...)...)
	cmd.Dir = dir
	return cmd.CombinedOutput()
}
