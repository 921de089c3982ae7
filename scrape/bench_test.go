package scrape

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// seedPages loads the committed text pages (seeds and hand-made operation pages).
func seedPages(b testing.TB) (names []string, pages [][]byte) {
	files, _ := filepath.Glob(filepath.Join(repoRoot(b), "specs", "*", "pages", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		pages = append(pages, data)
	}
	if len(pages) == 0 {
		b.Fatal("no pages")
	}
	return names, pages
}

// BenchmarkScrape measures reading and extracting one text page (seeds in turn).
func BenchmarkScrape(b *testing.B) {
	names, pages := seedPages(b)
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(pages)
		p, err := textpage.Reader{}.Read(names[k], pages[k])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := extract.Page(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "pages/cpu-s")
	}
}

// writeOpPages writes n copies of the GetInstance seed page (4.2 KB, the largest seed
// operation page) into dir, one file each; distinct names each page a distinct operation,
// else they all describe GetInstance. It returns the bytes written.
func writeOpPages(tb testing.TB, dir string, n, first int, distinct bool) int64 {
	tb.Helper()
	_, pages := seedPages(tb)
	var tmpl []byte
	for _, p := range pages {
		if bytes.Contains(p, []byte("Identity as a Service:GetInstance")) {
			tmpl = p
		}
	}
	if tmpl == nil {
		tb.Fatal("GetInstance page not found")
	}
	var total int64
	for i := first; i < first+n; i++ {
		name := fmt.Sprintf("GetInstance%04d", i)
		data := tmpl
		if distinct {
			data = bytes.Replace(tmpl, []byte(":GetInstance"), []byte(":"+name), 1)
			data = bytes.Replace(data, []byte("eiam:GetInstance"), []byte("eiam:"+name), 1)
		}
		total += int64(len(data))
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return total
}

// BenchmarkScrapeDir scrapes a directory of 3,000 synthesized operation pages through the
// entry point (walk, read, extract, merge, finish). Besides the rates it reports the heap
// in use after the run with the finished spec alive, in all (heapMB, spans in use, as before) and per operation kept (heapB/op-kept, live bytes): what
// stays is the spec, not the 12 MB read. The CPU rate counts only the timed part, not the
// garbage collection forced for the heap figure.
func BenchmarkScrapeDir(b *testing.B) {
	const n = 3000
	dir := b.TempDir()
	total := writeOpPages(b, dir, n, 0, true)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	var inuse, kept uint64
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		cpu0 := cpuTime()
		s := New(Options{Product: "Eiam", Version: "2021-12-01"}, nil)
		if err := s.AddPath(dir); err != nil {
			b.Fatal(err)
		}
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 || len(specs[0].Operations) != n {
			b.Fatalf("%v %d", err, len(specs))
		}
		cpu += cpuTime() - cpu0
		b.StopTimer()
		inuse, kept = heapAfterGC()
		runtime.KeepAlive(specs)
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
	if cpu > 0 {
		b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "pages/cpu-s")
	}
	b.ReportMetric(float64(inuse)/(1<<20), "heapMB")
	b.ReportMetric(float64(kept)/n, "heapB/op-kept")
	b.ReportMetric(float64(total)/(1<<20), "inputMB")
}

// heapAfterGC returns, after a full collection, the heap spans in use and the bytes of
// the objects alive in them.
func heapAfterGC() (inuse, alloc uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse, ms.HeapAlloc
}

// BenchmarkScrapeProduct scrapes each whole product of ../shared/corpus/products (one
// language directory, every operation page) into its spec and writes the spec as YAML,
// what `gen scrape -o spec.yaml DIR` does in process. It reports the CPU time per product,
// split into scraping (read, extract, merge) and writing (OpenAPI form, kin-openapi
// validation, YAML). Skipped where the corpus is absent.
func BenchmarkScrapeProduct(b *testing.B) {
	dirs, _ := filepath.Glob(filepath.Join(repoRoot(b), "..", "shared", "corpus", "products", "*", "en"))
	if len(dirs) == 0 {
		b.Skip("../shared/corpus/products is absent")
	}
	for _, dir := range dirs {
		name := filepath.Base(filepath.Dir(dir)) + "/en"
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var scrapeCPU, writeCPU time.Duration
			pages := 0
			for b.Loop() {
				c0 := cpuTime()
				s := New(Options{}, nil)
				if err := s.AddPath(dir); err != nil {
					b.Fatal(err)
				}
				specs, err := s.Specs()
				if err != nil || len(specs) != 1 {
					b.Fatalf("%s: %d specs, %v", dir, len(specs), err)
				}
				c1 := cpuTime()
				if _, err := opspec.Marshal(specs[0], "yaml"); err != nil {
					b.Fatal(err)
				}
				scrapeCPU += c1 - c0
				writeCPU += cpuTime() - c1
				pages = len(specs[0].Operations)
			}
			n := float64(b.N)
			b.ReportMetric(float64(pages), "operations")
			b.ReportMetric(scrapeCPU.Seconds()*1e3/n, "scrape-cpu-ms")
			b.ReportMetric(writeCPU.Seconds()*1e3/n, "write-cpu-ms")
		})
	}
}
