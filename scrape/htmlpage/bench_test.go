package htmlpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// BenchmarkRead reads the golden HTML pages (4-9 KB each, with site chrome) one after
// another; pages/s = 1e9 / (ns/op).
func BenchmarkRead(b *testing.B) { pagetest.BenchRead(b, "../../golden/htmlpages/*.html", Reader{}) }
