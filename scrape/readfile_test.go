package scrape

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPageFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, n, err := readPageFile(f)
	if err != nil || string(got) != "hello" || n != 5 {
		t.Fatalf("got %q, %d, %v", got, n, err)
	}
	if _, _, err := readPageFile(filepath.Join(dir, "missing.txt")); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
	if _, _, err := readPageFile(dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("directory: %v", err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, MaxPageSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, n, err := readPageFile(big); !errors.Is(err, errTooBig) || n != MaxPageSize+1 {
		t.Errorf("big file: %d, %v", n, err)
	}
}
