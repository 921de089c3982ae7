package textpage

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestMayEndInType checks the pre-check against isType: whenever it says no, no suffix of
// the text is a type. Inputs: every line of the golden inputs and seed pages, type words
// glued to names, and random strings over the bytes that matter.
func TestMayEndInType(t *testing.T) {
	var in []string
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	files = append(files, seedPages(t)...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, strings.Split(string(data), "\n")...)
	}
	words := page.TypeWords()
	rnd := rand.New(rand.NewSource(11))
	parts := []string{"Instance", "Id", "x", "_", "1", ">", "<", ":", "：", " ", "\t", "\u00a0", "\u212a", "Yes", "s", "g", "<string>"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := rnd.Intn(4); j >= 0; j-- {
			if rnd.Intn(2) == 0 {
				w := words[rnd.Intn(len(words))]
				if rnd.Intn(2) == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				b.WriteString(w)
			} else {
				b.WriteString(parts[rnd.Intn(len(parts))])
			}
		}
		in = append(in, b.String())
	}
	checked := 0
	for _, s := range in {
		if mayEndInType(s) {
			continue
		}
		checked++
		for k := 0; k < len(s); k++ {
			if isType(s[k:]) {
				t.Fatalf("mayEndInType(%q) = false, but %q is a type", s, s[k:])
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d inputs rejected: the test checks little", checked)
	}
}
