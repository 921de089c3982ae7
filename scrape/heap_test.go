package scrape

import (
	"runtime"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestHeapBoundedBySpec scrapes the same operation page written to many files, first n of
// them, then n more into the same scraper. The spec stays one operation, so the heap after
// the second batch must be what it was after the first: a scraper that kept something per
// page read (the page text behind a kept string, a result, a warning) would grow by
// kilobytes per page. Heap is measured after a full collection, not timed.
func TestHeapBoundedBySpec(t *testing.T) {
	const n = 400
	dir1, dir2 := t.TempDir(), t.TempDir()
	writeOpPages(t, dir1, n, 0, false)
	writeOpPages(t, dir2, n, n, false)
	warnings := 0
	s := New(Options{Product: "Eiam", Version: "2021-12-01"}, func(page.Warning) { warnings++ })
	if err := s.AddPath(dir1); err != nil {
		t.Fatal(err)
	}
	_, after1 := heapAfterGC()
	if err := s.AddPath(dir2); err != nil {
		t.Fatal(err)
	}
	_, after2 := heapAfterGC()
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 || len(specs[0].Operations) != 1 || s.Pages() != 2*n {
		t.Fatalf("err %v, %d specs, %d pages", err, len(specs), s.Pages())
	}
	if warnings < 2*n-1 {
		t.Errorf("%d warnings, want one per duplicate page at least", warnings)
	}
	runtime.KeepAlive(s)
	// 400 more pages of 4.2 KB: 1.7 MB if their texts were kept, about 3 MB if their
	// operations were. The runtime's own buffers move the figure by up to ~40 KB either way;
	// 256 KB still catches anything over 640 bytes per page.
	grew := int64(after2) - int64(after1)
	t.Logf("heap after %d pages: %d B, after %d: %d B (%+d B)", n, after1, 2*n, after2, grew)
	if grew > 256<<10 {
		t.Errorf("heap grew by %d B over %d more pages of the same operation", grew, n)
	}
}
