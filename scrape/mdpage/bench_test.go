package mdpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// BenchmarkRead reads the golden Markdown corpus pages (3-20 KB each) one after another;
// pages/s = 1e9 / (ns/op).
func BenchmarkRead(b *testing.B) { pagetest.BenchRead(b, "../../golden/mdpages/*.md", Reader{}) }
