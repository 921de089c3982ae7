package textpage

import (
	"bytes"
	"encoding/json"
	"flag"
	"github.com/acsgen/acsgen/internal/goldentest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds the golden inputs <name>.txt and expected dumps <name>.page.json.
const goldenDir = "../../golden/pages"

// dumpPage renders a page as stable, indented JSON: kinds and columns by name, fields in a
// fixed order, maps sorted by encoding/json.
func dumpPage(p *page.Page) []byte {
	type row struct {
		Line  int      `json:"line"`
		Depth int      `json:"depth"`
		Cells []string `json:"cells"`
	}
	type table struct {
		Line    int      `json:"line"`
		Header  []string `json:"header"`
		Columns []string `json:"columns"`
		Rows    []row    `json:"rows"`
	}
	type block struct {
		Kind  string   `json:"kind"`
		Line  int      `json:"line"`
		Text  string   `json:"text,omitempty"`
		Lang  string   `json:"lang,omitempty"`
		Items []string `json:"items,omitempty"`
		Table *table   `json:"table,omitempty"`
	}
	type section struct {
		Kind    string  `json:"kind"`
		Heading string  `json:"heading"`
		Level   int     `json:"level,omitempty"`
		Line    int     `json:"line"`
		Blocks  []block `json:"blocks"`
	}
	type out struct {
		File        string            `json:"file"`
		Format      string            `json:"format"`
		URL         string            `json:"url,omitempty"`
		Title       string            `json:"title"`
		TitleLine   int               `json:"titleLine"`
		LastUpdated string            `json:"lastUpdated,omitempty"`
		Lang        string            `json:"lang"`
		Meta        map[string]string `json:"meta,omitempty"`
		Truncated   bool              `json:"truncated,omitempty"`
		Sections    []section         `json:"sections"`
		Warnings    []string          `json:"warnings,omitempty"`
	}
	colName := map[page.Column]string{
		page.ColOther: "other", page.ColName: "name", page.ColType: "type", page.ColRequired: "required",
		page.ColDescription: "description", page.ColExample: "example", page.ColLocation: "location",
		page.ColDefault: "default", page.ColAction: "action", page.ColAPI: "api", page.ColAccessLevel: "access-level",
		page.ColResourceType: "resource-type", page.ColConditionKey: "condition-key", page.ColDependent: "dependent",
		page.ColHTTPStatus: "http-status", page.ColErrorCode: "error-code", page.ColErrorMessage: "error-message",
		page.ColDate: "date", page.ColSummary: "summary", page.ColTitle: "title",
	}
	kindName := map[page.BlockKind]string{page.Paragraph: "paragraph", page.List: "list", page.TableBlock: "table", page.Code: "code"}
	o := out{File: p.File, Format: string(p.Format), URL: p.URL, Title: p.Title, TitleLine: p.TitleLine,
		LastUpdated: p.LastUpdated, Lang: p.Lang, Meta: p.Meta, Truncated: p.Truncated}
	for _, s := range p.Sections {
		so := section{Kind: s.Kind.String(), Heading: s.Heading, Level: s.Level, Line: s.Line, Blocks: []block{}}
		for _, b := range s.Blocks {
			bo := block{Kind: kindName[b.Kind], Line: b.Line, Text: b.Text, Lang: b.Lang, Items: b.Items}
			if b.Table != nil {
				to := &table{Line: b.Table.Line, Header: b.Table.Header, Rows: []row{}}
				for _, c := range b.Table.Columns {
					to.Columns = append(to.Columns, colName[c])
				}
				for _, r := range b.Table.Rows {
					to.Rows = append(to.Rows, row{Line: r.Line, Depth: r.Depth, Cells: r.Cells})
				}
				bo.Table = to
			}
			so.Blocks = append(so.Blocks, bo)
		}
		o.Sections = append(o.Sections, so)
	}
	for _, w := range p.Warnings {
		o.Warnings = append(o.Warnings, w.String())
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(o); err != nil {
		panic(err) // plain structs of strings and ints always encode
	}
	return buf.Bytes()
}

// goldenInputs lists the golden input pages, sorted.
func goldenInputs(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no golden inputs in %s", goldenDir)
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, in := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Reader{}.Read(name+".txt", data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			got := dumpPage(p)
			goldentest.Compare(t, filepath.Join(goldenDir, name+".page.json"), got, *update)
		})
	}
}
