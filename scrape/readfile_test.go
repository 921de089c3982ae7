package scrape

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeFile is a pageFile that returns its data a few bytes per Read.
type fakeFile struct {
	r     io.Reader
	sz    int64
	chunk int
}

func (f *fakeFile) size() int64 { return f.sz }
func (f *fakeFile) Read(p []byte) (int, error) {
	if len(p) > f.chunk {
		p = p[:f.chunk]
	}
	return f.r.Read(p)
}

func TestReadInto(t *testing.T) {
	data := []byte(strings.Repeat("0123456789", 2000)) // 20 KB, more than the first buffer
	for _, c := range []struct {
		name  string
		data  []byte
		size  int64
		chunk int
		want  []byte
	}{
		{"known size", data, int64(len(data)), 1 << 20, data},
		{"known size, short reads", data, int64(len(data)), 777, data},
		{"unknown size", data, -1, 1000, data},
		{"empty", nil, 0, 10, []byte{}},
		{"grew after stat: read to the end", data, 100, 1 << 20, data},
		{"shrank after stat", data[:50], 100, 1 << 20, data[:50]},
	} {
		buf := make([]byte, 0, 16)
		got, n, err := readInto(&fakeFile{r: bytes.NewReader(c.data), sz: c.size, chunk: c.chunk}, buf)
		if err != nil || !bytes.Equal(got, c.want) || n != int64(len(c.want)) {
			t.Errorf("%s: %d bytes, n %d, err %v; want %d bytes", c.name, len(got), n, err, len(c.want))
		}
	}
	if _, n, err := readInto(&fakeFile{sz: MaxPageSize + 1}, nil); !errors.Is(err, errTooBig) || n != MaxPageSize+1 {
		t.Errorf("stat over the limit: n %d, err %v", n, err)
	}
	big := &fakeFile{r: io.LimitReader(zeros{}, MaxPageSize+10), sz: -1, chunk: 1 << 20}
	if _, _, err := readInto(big, nil); !errors.Is(err, errTooBig) {
		t.Errorf("unknown size over the limit: err %v", err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestReadPageFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, n, err := readPageFile(f, nil)
	if err != nil || string(got) != "hello" || n != 5 {
		t.Fatalf("got %q, %d, %v", got, n, err)
	}
	if _, _, err := readPageFile(filepath.Join(dir, "missing.txt"), got); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
	if _, _, err := readPageFile(dir, got); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("directory: %v", err)
	}
}
