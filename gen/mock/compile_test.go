package mock

import (
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/internal/gobuild"
)

// TestStandaloneCompiles builds the mocks of the committed specs as gen mock --client -
// writes them (the mock declaring the model's structs itself), with `go build -overlay` on a
// directory that exists only in the overlay. The mocks beside a client are the committed
// generated/<pkg>/mockserver packages, which the module's build covers.
func TestStandaloneCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go packages")
	}
	goTool := gobuild.Tool(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	overlay := map[string]string{}
	var pkgs []string
	for _, s := range committedSpecs(t) {
		id := "zzmockstandalone" + path.Base(path.Dir(DefaultDir(s)))
		for name, data := range renderWith(t, s, Config{}) {
			file := filepath.Join(tmp, id+"_"+name)
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			overlay[filepath.Join(root, "generated", id, name)] = file
		}
		pkgs = append(pkgs, "./generated/"+id)
	}
	if out, err := gobuild.Overlay(t, goTool, root, overlay, pkgs...); err != nil {
		t.Errorf("standalone mocks do not build: %v\n%s", err, out)
	}
}
