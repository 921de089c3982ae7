package scrape

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// Hand-made pages for the run-level tests: one that reads, one that is no API page, and one
// whose list parameter has no item type (an array without items makes a spec invalid
// unless extraction gives it one).
const (
	goodPage = `# GetThing

Gets a thing.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|GetThing|The operation.|
|ThingId|String|Yes|t-1|The thing.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request.|
|Name|String|n|The name.|
`
	notesPage = "# Release notes\n\nSome prose.\n"
	guessPage = `# ListThings

Lists things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|ListThings|The operation.|
|Size|Fancy|No|3|The size.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request.|
`
)

// panicReader stands for a reader with a bug.
type panicReader struct{}

func (panicReader) Read(file string, data []byte) (*page.Page, error) {
	var p *page.Page
	_ = p.Sections[0] // nil pointer dereference
	return p, nil
}

// A page that fails, even by a panic, is named with its reason and never stops the others.
func TestPageFailuresAreIsolated(t *testing.T) {
	s := New(Options{Product: "Thing", Version: "2020-01-01"}, nil)
	s.formats = append(s.formats, format{"boom", []string{".boom"}, panicReader{}})
	s.Add("a/Boom.boom", "Boom.boom", []byte("anything"))
	s.Add("a/GetThing.md", "GetThing.md", []byte(goodPage))
	s.Add("a/Notes.md", "Notes.md", []byte(notesPage))
	specs, err := s.Specs()
	if len(specs) != 1 || len(specs[0].Operations) != 1 || specs[0].Operations[0].Name != "GetThing" {
		t.Fatalf("specs = %v, want one spec with GetThing", specs)
	}
	var pes []*PageError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var pe *PageError
		if !errors.As(e, &pe) {
			t.Errorf("error %v is not a *PageError", e)
			continue
		}
		pes = append(pes, pe)
	}
	if len(pes) != 2 || pes[0].File != "a/Boom.boom" || pes[1].File != "a/Notes.md" {
		t.Fatalf("page errors = %v", err)
	}
	for _, want := range []string{"a/Boom.boom: the scraper failed reading this page", "panic: runtime error", "panicReader.Read (isolation_test.go:"} {
		if !strings.Contains(pes[0].Error(), want) {
			t.Errorf("panic error %q lacks %q", pes[0], want)
		}
	}
	if sum := s.Summary(); sum.Read != 1 || sum.Failed != 2 {
		t.Errorf("summary = %v", sum)
	}
}

// An operation that would make the spec invalid is left out and its page named; the rest of
// the spec is written.
func TestInvalidOperationIsDropped(t *testing.T) {
	s := New(Options{Product: "Thing", Version: "2020-01-01"}, nil)
	s.Add("a/GetThing.md", "GetThing.md", []byte(goodPage))
	s.Add("a/Other.md", "Other.md", []byte(strings.ReplaceAll(goodPage, "GetThing", "GetOther")))
	specs, _ := s.Specs()
	// Break one operation after extraction, the way a reader gap would: an array without items.
	op := specs[0].Operations[0]
	op.Params[0].Schema.Type = "array"
	op.Params[0].Schema.Items = nil
	n, err := s.dropInvalid(s.specs["thing/2020-01-01"], specs[0])
	if err != nil || n != 1 {
		t.Fatalf("dropInvalid = %d, %v", n, err)
	}
	if len(specs[0].Operations) != 1 || specs[0].Operations[0].Name != "GetThing" {
		t.Errorf("operations left: %v", specs[0].Operations)
	}
	if err := specs[0].Validate(); err != nil {
		t.Errorf("spec after the drop: %v", err)
	}
	if got := s.errs[len(s.errs)-1].Error(); !strings.Contains(got, "a/Other.md: operation GetOther left out: it would make the spec invalid: ") ||
		!strings.Contains(got, "array without items") {
		t.Errorf("error = %q", got)
	}
}

// --strict fails a page with a warning that guesses a field; without it the page reads.
func TestStrictFailsGuesses(t *testing.T) {
	for _, strict := range []bool{false, true} {
		var kinds []page.WarnKind
		s := New(Options{Product: "Thing", Version: "2020-01-01", Strict: strict}, func(w page.Warning) { kinds = append(kinds, w.Kind) })
		s.Add("a/ListThings.md", "ListThings.md", []byte(guessPage))
		specs, err := s.Specs()
		sum := s.Summary()
		if len(kinds) != 1 || kinds[0] != page.Guess || sum.Guessed() != 1 {
			t.Errorf("strict=%v: warning kinds %v, summary %v", strict, kinds, sum)
		}
		if strict != (err != nil) || strict != (len(specs) == 0) || sum.Failed != map[bool]int{false: 0, true: 1}[strict] {
			t.Errorf("strict=%v: err %v, %d specs, summary %v", strict, err, len(specs), sum)
		}
	}
}

// Rows of a parameter section that the reader could not attach to a header (the table was
// cut, by prose or a code block in a cell, and its next row became a header) are named in a
// drop warning.
func TestHeaderlessRowsNamed(t *testing.T) {
	src := "# RunThing\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|Action|String|Yes|RunThing|Xxxx.|\n|Password|String|No|Xx1!|Xxxx.|\n\nXxxx xxxx:\n\n" +
		"|PasswordInherit|Boolean|No|false|Xxxx.|\n|ZoneId|String|No|cn-hangzhou-g|Xxxx.|\n|Tag.N.Key|String|No|k|Xxxx.|\n\n" +
		"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|Xxxx.|\n"
	var drops []string
	s := New(Options{Product: "Thing", Version: "2020-01-01"}, func(w page.Warning) {
		if w.Kind == page.Drop {
			drops = append(drops, w.String())
		}
	})
	s.Add("RunThing.md", "RunThing.md", []byte(src))
	want := "RunThing.md:12: request parameters PasswordInherit, ZoneId, Tag.N.Key dropped: the table has no header row of its own"
	if len(drops) != 1 || !strings.HasPrefix(drops[0], want) {
		t.Errorf("drop warnings %q\nwant one starting %q", drops, want)
	}
}

// A page file that cannot be read fails alone; the pages beside it are read.
func TestUnreadableFileFailsAlone(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "GetThing.md"), []byte(goodPage), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "missing.md"), filepath.Join(dir, "Gone.md")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	s := New(Options{Product: "Thing", Version: "2020-01-01"}, nil)
	if err := s.AddPath(dir); err != nil {
		t.Fatal(err)
	}
	specs, err := s.Specs()
	if len(specs) != 1 || len(specs[0].Operations) != 1 || err == nil || !strings.Contains(err.Error(), "Gone.md") {
		t.Errorf("specs %d, err %v", len(specs), err)
	}
	if sum := s.Summary(); sum.Read != 1 || sum.Failed != 1 {
		t.Errorf("summary %v", sum)
	}
}

// A page that does not say its product version joins the one the other pages of its folder
// name, when several product versions are scraped at once; notices beside the pages
// ("LICENSE-Docs.txt") are not pages.
func TestPageJoinsItsFolder(t *testing.T) {
	root := t.TempDir()
	write := func(rel, src string) {
		t.Helper()
		f := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	named := func(product, version, op string) string {
		return strings.Replace(strings.ReplaceAll(goodPage, "GetThing", op), "Gets a thing.",
			"Gets a thing. [Debug](https://api.aliyun.com/#product="+product+"&api="+op+"&type=RPC&version="+version+")", 1)
	}
	write("a/GetA.md", named("Alpha", "2020-01-01", "GetA"))
	write("a/GetThing.md", goodPage)
	write("b/GetB.md", named("Beta", "2021-01-01", "GetB"))
	write("LICENSE-Docs.txt", "MIT License\n\nXxxx.\n")
	s := New(Options{}, nil)
	if err := s.AddPath(root); err != nil {
		t.Fatal(err)
	}
	specs, err := s.Specs()
	if err != nil || len(specs) != 2 {
		t.Fatalf("%d specs, %v", len(specs), err)
	}
	if n := len(specs[0].Operations); specs[0].Product != "Alpha" || n != 2 {
		t.Errorf("%s has %d operations, want Alpha with GetA and GetThing", specs[0].Product, n)
	}
}

// A page that says neither product nor version joins the only spec of its run even when
// its title names another product in words (another language's name for the same one,
// perhaps); the one warning says plainly that it was joined, to what and why.
func TestJoinSaysWhy(t *testing.T) {
	alpha := strings.Replace(strings.ReplaceAll(goodPage, "GetThing", "GetA"), "# GetA", "# Alpha:GetA", 1)
	alpha = strings.Replace(alpha, "Gets a thing.",
		"Gets a thing. [Debug](https://api.aliyun.com/#product=Alpha&api=GetA&type=RPC&version=2020-01-01)", 1)
	other := strings.Replace(goodPage, "# GetThing", "# Other:GetThing", 1)
	var notes []string
	s := New(Options{}, func(w page.Warning) { notes = append(notes, w.File+": "+w.Msg) })
	s.Add("a/GetA.md", "a/GetA.md", []byte(alpha))
	s.Add("a/GetThing.md", "a/GetThing.md", []byte(other))
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 || len(specs[0].Operations) != 2 {
		t.Fatalf("%d specs, %v", len(specs), err)
	}
	want := `a/GetThing.md: page does not say its product and version; joined to Alpha 2020-01-01: the only scraped product version that fits it, although its title names product "Other" where the spec's pages say "Alpha"`
	if len(notes) != 1 || notes[0] != want {
		t.Errorf("notes %q, want only %q", notes, want)
	}
}
