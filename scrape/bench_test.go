package scrape

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// seedPages loads the committed text pages (seeds and hand-made operation pages).
func seedPages(b *testing.B) (names []string, pages [][]byte) {
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
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "pages/cpu-s")
}

// cpuTime is the process's user+system CPU time: on a shared, loaded machine wall-clock
// rates understate the work per page, so the benchmarks report both.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkScrapeDir scrapes a directory of synthesized operation pages through the entry
// point (walk, read, extract, merge) and reports heap in use after the run, which stays
// bounded by the spec being built, not by the bytes read.
func BenchmarkScrapeDir(b *testing.B) {
	const n = 3000
	_, pages := seedPages(b)
	var tmpl []byte
	for _, p := range pages {
		if bytes.Contains(p, []byte("Identity as a Service:GetInstance")) {
			tmpl = p
		}
	}
	if tmpl == nil {
		b.Fatal("GetInstance page not found")
	}
	dir := b.TempDir()
	var total int64
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("GetInstance%04d", i)
		data := bytes.Replace(tmpl, []byte(":GetInstance"), []byte(":"+name), 1)
		data = bytes.Replace(data, []byte("eiam:GetInstance"), []byte("eiam:"+name), 1)
		total += int64(len(data))
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	var heap uint64
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		s := New(Options{Product: "Eiam", Version: "2021-12-01"}, nil)
		if err := s.AddPath(dir); err != nil {
			b.Fatal(err)
		}
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 || len(specs[0].Operations) != n {
			b.Fatalf("%v %d", err, len(specs))
		}
		b.StopTimer()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = ms.HeapInuse
		runtime.KeepAlive(specs)
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(n*b.N)/(cpuTime()-cpu0).Seconds(), "pages/cpu-s")
	b.ReportMetric(float64(heap)/(1<<20), "heapMB")
	b.ReportMetric(float64(total)/(1<<20), "inputMB")
}
