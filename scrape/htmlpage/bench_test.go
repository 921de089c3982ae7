package htmlpage

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads the golden HTML pages (4-9 KB each, with site chrome) one after
// another; pages/s = 1e9 / (ns/op).
func BenchmarkRead(b *testing.B) {
	files, _ := filepath.Glob("../../golden/htmlpages/*.html")
	var pages [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := (Reader{}).Read("bench.html", pages[i%len(pages)]); err != nil {
			b.Fatal(err)
		}
	}
}
