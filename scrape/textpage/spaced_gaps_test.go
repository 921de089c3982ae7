package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSpacedEmptyCellsInRuns: a spaced row whose cells are set apart by runs of spaces
// ("Zone  String  No  zone-a  The zone.") may leave a cell empty. Where the writer joined
// the empty cell in, the blank is two separators wide and the row is read by its runs
// (gapCells): the cells after it stay in their columns (before: an empty Example took the
// description's first word, an empty Valid values cell the Example, an empty Type made the
// line no row, run into the description above, and a description with no Example after
// it lost its last word to the Example, all silently). Where the writer left the empty
// cell out, a Required word where the type goes shows the Type empty; a run in the
// Example column must be a value of the row's type, and where that does not tell which
// cell is empty, a guess names the row (before: each word a cell). Where a cell stands in
// a column that does not take it, a guess names it. A first row whose name is as long as
// the Name header lines up with the Type header, and its later cells do not: no aligned
// table (before: read by columns, the cells cut at the header's positions, with guesses);
// nor where its type, as long as the headers it runs past, sets its later cells at the
// columns' starts again (runsCross; before: the Example read as the description's, with a
// guess).
func TestSpacedEmptyCellsInRuns(t *testing.T) {
	for _, c := range []struct {
		name, head, rows string
		want             map[page.Column][]string
		guesses          []string // the starts of the guesses, in order
	}{
		{"joined in", "Parameter  Type  Required  Valid values  Example  Description", `Zone  String  No  zone-a zone-b  zone-a  The zone.
Mode  String  No  fast slow    The mode.
Size  Integer  No    5  The size in GB.
Kind    No  k1  k1  The kind.`, map[page.Column][]string{
			page.ColName:        {"Zone", "Mode", "Size", "Kind"},
			page.ColType:        {"String", "String", "Integer", ""},
			page.ColValues:      {"zone-a zone-b", "fast slow", "", "k1"},
			page.ColExample:     {"zone-a", "", "5", "k1"},
			page.ColDescription: {"The zone.", "The mode.", "The size in GB.", "The kind."},
		}, nil},
		{"an empty Example after the description", "Parameter  Type  Required  Description  Example", `Zone  String  No  The zone.  zone-a
Mode  String  No  The mode.
Size  Integer  No    5`, map[page.Column][]string{
			page.ColExample:     {"zone-a", "", "5"},
			page.ColDescription: {"The zone.", "The mode.", ""},
		}, nil},
		{"left out", "Parameter  Type  Required  Valid values  Example  Description", `Zone  String  No  zone-a zone-b  zone-a  The zone.
Mode  String  No  fast slow  The mode.
Size  Integer  No  1 to 10  The size in GB.
Dim  Integer  No  any  The dim.
Kind  No  k1  k1  The kind.`, map[page.Column][]string{
			page.ColName:        {"Zone", "Mode", "Size", "Dim", "Kind"},
			page.ColType:        {"String", "String", "Integer", "Integer", ""},
			page.ColValues:      {"zone-a zone-b", "fast slow", "1 to 10", "any", "k1"},
			page.ColExample:     {"zone-a", "", "", "", "k1"},
			page.ColDescription: {"The zone.", "The mode.", "The size in GB.", "The dim.", "The kind."},
		}, []string{`row "Mode": "fast slow", set apart by runs of spaces, stand for the cells Valid values, Example before its description, and nothing shows which is empty`}},
		{"a name as long as the Name header, no aligned table", "Parameter  Type  Required  Example  Description", `RequestId  String  No  sample  The ID.
StorageSetId  String  No  ss-1  The storage set.`, map[page.Column][]string{
			page.ColExample:     {"sample", "ss-1"},
			page.ColDescription: {"The ID.", "The storage set."},
		}, nil},
		{"a type as long as the headers it runs past, no aligned table", "Parameter  Type  Example  Description", `RequestId  array<string>  ["a"]  The IDs.`,
			map[page.Column][]string{
				page.ColType:        {"array<string>"},
				page.ColExample:     {`["a"]`},
				page.ColDescription: {"The IDs."},
			}, nil},
		{"a cell in a column that does not take it", "Parameter  Type  Required  Valid values  Example  Description", `Cap  Integer  No    abc  The cap.`, nil,
			[]string{`row "Cap": its cells, set apart by runs of spaces, put "abc" under Example, which does not take it`}},
	} {
		p := readText(t, "Request parameters\n\n"+c.head+"\n"+c.rows+"\n")
		tb := table(t, p, page.RequestParams)
		for _, col := range []page.Column{page.ColName, page.ColType, page.ColValues, page.ColExample, page.ColDescription} {
			if want, ok := c.want[col]; ok {
				equal(t, c.name+" "+tb.Header[tb.Col(col)], column(tb, col), want)
			}
		}
		guesses := warningsOfKind(p, page.Guess)
		ok := len(guesses) == len(c.guesses)
		for k := 0; ok && k < len(guesses); k++ {
			ok = strings.HasPrefix(guesses[k], c.guesses[k])
		}
		if !ok {
			t.Errorf("%s: guesses %q; want %q", c.name, guesses, c.guesses)
		}
	}
}

// TestSpacedPaddedRowTypeAfterName: a table whose rows are padded to aligned columns that
// no header shows (w3m centred the header's words, and the nested rows, indented, are most:
// alignedColumns takes no columns) is read as a spaced one. A row whose padding after the
// name happens to be two of its narrowest blank ("  OrganizationalUnitId    string  sample")
// reads, by its runs (gapRow), as an empty Type cell joined in; but a type word right after
// the name is the Type cell: the line is read word by word. Before, the type went to the
// Example column, the example to the description, and the field was guessed a string.
func TestSpacedPaddedRowTypeAfterName(t *testing.T) {
	p := readText(t, `Response parameters

       Parameter           Type      Example                   Description
OrganizationalUnit        object                 The unit.
  CreateTime              long    1700000000000  The time it was created.
  OrganizationalUnitId    string  sample         The ID of the unit.
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"OrganizationalUnit", "CreateTime", "OrganizationalUnitId"})
	equal(t, "types", column(tb, page.ColType), []string{"object", "long", "string"})
	equal(t, "examples", column(tb, page.ColExample), []string{"", "1700000000000", "sample"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The unit.", "The time it was created.", "The ID of the unit."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
}
