package textpage

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead checks that no input makes the reader panic and that every page it returns is
// well formed: rows aligned with their header, lines inside the input.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("../../specs/*/pages/*.txt")
	hand, _ := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	for _, s := range append(seeds, hand...) {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("|\nA |\n|"))
	f.Add([]byte("ParameterTypeRequired\nstring"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Reader{}.Read("fuzz.txt", data)
		if err != nil {
			return
		}
		lines := 1
		for _, c := range data {
			if c == '\n' || c == '\r' {
				lines++
			}
		}
		if len(p.Sections) == 0 {
			t.Fatal("no sections")
		}
		for _, s := range p.Sections {
			for _, b := range s.Blocks {
				if b.Line < 1 || b.Line > lines {
					t.Fatalf("block line %d outside 1..%d", b.Line, lines)
				}
				if b.Table == nil {
					continue
				}
				if len(b.Table.Columns) != len(b.Table.Header) {
					t.Fatalf("columns %d, header %d", len(b.Table.Columns), len(b.Table.Header))
				}
				for _, r := range b.Table.Rows {
					if len(r.Cells) != len(b.Table.Header) {
						t.Fatalf("line %d: row has %d cells, header %d", r.Line, len(r.Cells), len(b.Table.Header))
					}
				}
			}
		}
	})
}
