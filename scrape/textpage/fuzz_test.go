package textpage

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// FuzzRead checks that no input makes the reader panic, that every page it returns is
// well formed (pagetest.Check: rows aligned with their header, lines inside the input,
// warnings naming the file), and that reading is
// deterministic: a second fresh reader and a reader reused from input to input (as the
// scraper reuses one) give the same page, so no state leaks from one page to the next.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("../../specs/*/pages/*.txt")
	hand, _ := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	for _, s := range append(seeds, hand...) {
		if data, err := os.ReadFile(s); err == nil {
			// small seeds: the fuzzer re-runs an interesting input many times to minimize
			// it, which took minutes on whole pages
			f.Add(data[:min(len(data), 1536)])
		}
	}
	f.Add([]byte("|\nA |\n|"))
	f.Add([]byte("ParameterTypeRequired\nstring"))
	f.Add([]byte("Category\n\nOperation\n\nDescription\n\nBasic\n\nCreateCluster\n\nXxx:\n\n- x\n\nListNodes\n\nTags\n\nTagResources\n\nXxx.\n"))
	// error-code tables whose header words the lexicon does not know (errtable.go)
	f.Add([]byte("错误码\n\nHttpCode 某某 某某\n400 InvalidParameter Xxx.\n400NotApplicableThis API.-\n\n错误码\n\nCode\n\n某某\n\n400\n\nForbidden.RAM\n\nXxx.\n\n| A | B |\n|---|---|\n| 400 | X.Y |\n"))
	// a table in aligned columns, a cell wrapped, a nested row, a wide character (columns.go)
	f.Add([]byte("请求参数\n\nName      Type      Required  Description\nTags      Array of  否        The tags, up\n          String              to 20.\n  └ Key   String    No        键。\n"))
	// a textile table: its signature, spans over columns and rows, a row's attributes (textile.go)
	f.Add([]byte("h2. Request parameters\n\ntable(x).\n|_\\2. Name|_. Type|\n|/2. a|<. b|*c*|\n(odd). |d|\n|\nbc.. {\n<pre><code class=\"json\">\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Reader{}.Read("fuzz.txt", data)
		again, err2 := Reader{}.Read("fuzz.txt", data)
		if fmt.Sprint(err) != fmt.Sprint(err2) {
			t.Fatalf("errors differ: %v / %v", err, err2)
		}
		if err != nil {
			return
		}
		if !reflect.DeepEqual(p, again) {
			t.Fatal("the same input read twice gives different pages")
		}
		if len(p.Sections) == 0 {
			t.Fatal("no sections")
		}
		pagetest.Check(t, "fuzz.txt", data, p)
	})
}
