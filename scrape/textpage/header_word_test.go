package textpage

import "testing"

// TestHeaderKnowsWord guards findHeader's by-product: splitting a line into column words
// tells whether it is one column word alone (trWord), which most lines findHeader is asked
// of are asked next; worked out apart, each such line's split ran twice (about a third of
// BenchmarkScrape's header splits). A spaced header's line, which no one asks trWord of,
// has it known and false; a column word's line alone has it known and true.
func TestHeaderKnowsWord(t *testing.T) {
	d, err := read("x.txt", []byte("Request parameters\n\nName Type Required Description\nInstanceId String Yes The ID.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.lines {
		if d.t(i) != "Name Type Required Description" {
			continue
		}
		if _, ok := d.header(i); !ok {
			t.Fatalf("line %q: no header", d.t(i))
		}
		if m := d.lines[i].m; m.known&trWord == 0 || m.traits&trWord != 0 {
			t.Errorf("line %q: trWord known %v, has %v; want known, false", d.t(i), m.known&trWord != 0, m.traits&trWord != 0)
		}
		return
	}
	t.Fatal("header line not found")
}

// TestOneColumnWord: trWord's test of a line split into column words (headerWords) as a
// whole, and of a Chinese or Japanese word split by a space, read joined.
func TestOneColumnWord(t *testing.T) {
	for s, want := range map[string]bool{
		"Parameter": true, "Type:": true, "エラー コード": true, "参数": true,
		"Name Type": false, "The ID.": false, "Request parameters": false, "": false,
	} {
		n, ok := headerWords(s)
		if got := oneColumnWord(s, n, ok); got != want {
			t.Errorf("oneColumnWord(%q) = %v, want %v", s, got, want)
		}
		if got := testTrait(s, trWord); got != want {
			t.Errorf("testTrait(%q, trWord) = %v, want %v", s, got, want)
		}
	}
}
