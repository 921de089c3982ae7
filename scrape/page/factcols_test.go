package page

import (
	"slices"
	"testing"
)

// A "Parameter | Description" table whose descriptions open with the facts (key lines,
// "Type: String. Required: Yes.", "(String, required)") gets Type and Required columns
// from them, the facts cut from the descriptions; one whose descriptions open with prose
// stays as it is.
func TestFactColumns(t *testing.T) {
	tb := &Table{Header: []string{"Parameter", "Description"}, Rows: []Row{
		{Cells: []string{"UserName", "Type: String\nRequired: Yes\nThe name."}},
		{Cells: []string{"Age", "Type: Integer. Required: No.\nThe age."}},
		{Cells: []string{"Tags", "(Array of String, optional) The tags."}},
	}}
	tb.Columns = ClassifyColumns(tb.Header)
	p := &Page{Sections: []*Section{{Kind: RequestParams, Blocks: []Block{{Kind: TableBlock, Table: tb}}}}}
	FactColumns(p)
	want := [][]string{{"UserName", "String", "Yes", "The name."}, {"Age", "Integer", "No", "The age."}, {"Tags", "Array of String", "optional", "The tags."}}
	if !slices.Equal(tb.Columns, []Column{ColName, ColType, ColRequired, ColDescription}) {
		t.Fatalf("columns %v (header %q)", tb.Columns, tb.Header)
	}
	for i, r := range tb.Rows {
		if !slices.Equal(r.Cells, want[i]) {
			t.Errorf("row %d: %q, want %q", i, r.Cells, want[i])
		}
	}
	prose := &Table{Header: []string{"Parameter", "Description"}, Rows: []Row{{Cells: []string{"UserName", "The name of the user."}}}}
	prose.Columns = ClassifyColumns(prose.Header)
	p.Sections[0].Blocks = []Block{{Kind: TableBlock, Table: prose}}
	FactColumns(p)
	if len(prose.Header) != 2 || prose.Rows[0].Cells[1] != "The name of the user." {
		t.Errorf("prose table changed: %q %v", prose.Header, prose.Rows)
	}
}

// A name cell whose lines under the name are facts, as Swagger UI writes it ("UserName"
// over "string" over "(query)"; a Go type's brackets stay), gives the table Type and
// Position columns, the name cell the name alone.
func TestNameFacts(t *testing.T) {
	tb := &Table{Header: []string{"Name", "Description"}, Rows: []Row{
		{Cells: []string{"UserName\nstring\n(query)", "The name."}},
		{Cells: []string{"Tags\n[]*string\n(body)", "The tags."}},
	}}
	tb.Columns = ClassifyColumns(tb.Header)
	factColumns(tb)
	want := [][]string{{"UserName", "string", "query", "The name."}, {"Tags", "[]*string", "body", "The tags."}}
	for i, r := range tb.Rows {
		if !slices.Equal(r.Cells, want[i]) {
			t.Errorf("row %d: %q, want %q (header %q)", i, r.Cells, want[i], tb.Header)
		}
	}
}

// A key line that leaves a key blank ("Position:", "Position: -") is still a key line:
// the type and Required answer before it are read.
func TestFactColumnsBlankKey(t *testing.T) {
	e, ok := descriptionFacts("Type: Long. Required: No. Position: .\nThe count.")
	if !ok || e.Type != "Long" || e.Required != "No" || e.In != "" || e.Desc != "The count." {
		t.Errorf("%+v, %v", e, ok)
	}
}
