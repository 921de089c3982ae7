package textpage

import (
	"os"
	"testing"
)

// BenchmarkRead reads the committed seed pages (specs/*/pages/*.txt) per iteration. Besides
// ns/op it reports pages/s and cpu-µs/page: the process CPU time per page, which stays
// steady when other processes load the machine and wall time does not.
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
	cpu0, cpuOK := processCPU()
	for b.Loop() {
		for _, data := range pages {
			if _, err := (Reader{}).Read("seed.txt", data); err != nil {
				b.Fatal(err)
			}
		}
	}
	n := float64(len(pages)) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "pages/s")
	if cpu1, ok := processCPU(); ok && cpuOK {
		b.ReportMetric(float64(cpu1-cpu0)/1e3/n, "cpu-µs/page")
	}
}
