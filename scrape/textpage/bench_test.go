package textpage

import (
	"os"
	"testing"
)

// BenchmarkRead reads the five seed pages per iteration; pages/s = 5 / (ns/op) * 1e9.
func BenchmarkRead(b *testing.B) {
	var pages [][]byte
	total := 0
	for _, f := range seedPages(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range pages {
			if _, err := (Reader{}).Read("seed.txt", data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
