package page

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestPipeGridsPsqlWrapped0 reads psql 15's own output of a table in its wrapped format
// with \pset border 0, 72 columns wide: a name ("InstanceCh" over "argeType"), an example,
// a type and descriptions cut mid-word at their column's width, a description holding
// line breaks and an empty line. In the old-ascii line style nothing marks a cut: the
// pieces glue where the one above fills its column to the run's end and the one below
// starts right at the column's start, letter or digit on both sides (filledOn, under a
// header psql centres); a line of blanks as wide as the table is the empty line, not the
// table's end (padsColumns). In the ascii style the marks tell, and a name cut so is glued
// with no guess; the line-break mark ending a line whose name is cut is dropped. Before,
// old-ascii read "cn-hang zhou", "Array of St ring", "instan ce" and ended the table at the
// blank line, losing the rows under it unnamed; ascii guessed the name and kept "+".
func TestPipeGridsPsqlWrapped0(t *testing.T) {
	for _, c := range []struct{ style, in, want string }{
		{"old-ascii", `   Name        Type     Required Example          Description          
---------- ------------ -------- ------- ------------------------------
RegionId   String       Yes      cn-hang The ID of the region where the 
                                 zhou     instance resides.
InstanceCh String       No       PostPai The billing method.            
argeType                         d       Valid values:                  
                                         PrePaid: subscription.         
                                         PostPaid: pay-as-you-go.
Size       Integer      No       10      The size value, in GiB, of the 
                                          disk.
Tags       Array of Str No               The tags.                      
           ing                                                          
                                         At most 20.
Key        String       No       env     The key.                       
                                                                        
                                         Of the tag.
(5 rows)`, psqlWrappedRows + "| Key | String | No | env | The key.<br>Of the tag. |\n\n\n(5 rows)"},
		{"ascii", `   Name       Type     Required Example           Description           
---------- ----------- -------- ------- -------------------------------
RegionId   String      Yes      cn-hang.The ID of the region where the .
                                zhou    instance resides.
InstanceCh.String      No       PostPai.The billing method.            +
argeType                        d       Valid values:                  +
                                        PrePaid: subscription.         +
                                        PostPaid: pay-as-you-go.
Size       Integer     No       10      The size value, in GiB, of the .
                                        disk.
Tags       Array of St.No               The tags.                      +
           ring                                                        +
                                        At most 20.
(4 rows)`, psqlWrappedRows + "(4 rows)"},
	} {
		got, _, lost := PipeGrids(strings.Split(c.in, "\n"))
		if g := strings.Join(got, "\n"); g != c.want {
			t.Errorf("%s: PipeGrids =\n%s\nwant\n%s", c.style, g, c.want)
		}
		if len(lost) > 0 {
			t.Errorf("%s: lost %+v", c.style, lost)
		}
	}
}

// psqlWrappedRows is what PipeGrids makes of the rows both line styles of
// TestPipeGridsPsqlWrapped0 print alike (a joined row's lines left blank under it).
const psqlWrappedRows = `|   Name | Type | Required | Example | Description |
|---|---|---|---|---|
| RegionId | String | Yes | cn-hangzhou | The ID of the region where the instance resides. |

| InstanceChargeType | String | No | PostPaid | The billing method. Valid values: PrePaid: subscription. PostPaid: pay-as-you-go. |



| Size | Integer | No | 10 | The size value, in GiB, of the disk. |

| Tags | Array of String | No |  | The tags.<br>At most 20. |


`

// TestPipeGridsPsqlMarkedName: psql's ascii and unicode line styles mark a name cut at its
// column's width after the piece ("InstanceCharge.") and, with a border, before the rest
// (".Type"): the name is glued sure, with no guess even where the rest starts with a
// capital (psql 15's own output, testdata/psql15, which TestPsqlPrint in package scrape
// checks its renderer against). Before, the marks were read and the name glued all the
// same, under a guess (nameGoesOn's) that named the row as if nothing told.
func TestPipeGridsPsqlMarkedName(t *testing.T) {
	for _, f := range []string{"ascii-border0.txt", "unicode-border1.txt"} {
		g, lost := psqlGrids(t, f)
		if !strings.Contains(g, "| InstanceChargeType | String | No | PostPaid | The billing method. Valid values: PrePaid: subscription. PostPaid: pay-as-you-go. |") {
			t.Errorf("PipeGrids =\n%s", g)
		}
		if len(lost) > 0 {
			t.Errorf("lost %+v", lost)
		}
	}
}

// psqlGrids is PipeGrids of psql 15's own output in testdata/psql15/name: its lines
// joined, and what it lost.
func psqlGrids(t *testing.T, name string) (string, []GridLoss) {
	t.Helper()
	in, err := os.ReadFile(filepath.Join("testdata", "psql15", name))
	if err != nil {
		t.Fatal(err)
	}
	got, _, lost := PipeGrids(strings.Split(string(in), "\n"))
	return strings.Join(got, "\n"), lost
}

// TestNameGoesOnCutType: a name cut with its type, the type's rest no type by itself
// ("Array of Ob" over "ject"), goes on; a row under the longest name whose type is whole
// ("Severity | String" under "ResourceIds | Array of String") does not, though the two
// types glued read as a list of a struct "StringString". Before, the first was two rows.
func TestNameGoesOnCutType(t *testing.T) {
	for _, c := range []struct {
		a, piece, typ, next string
		ok                  bool
	}{
		{"PhysicalConnection", "Type", "Array of Ob", "ject", true},
		{"ResourceIds", "Severity", "Array of String", "String", false},
		{"Filter", "Value", "Array of Object", "Object", false},
	} {
		if ok, _ := NameGoesOn(c.a, c.piece, c.typ, c.next); ok != c.ok {
			t.Errorf("NameGoesOn(%q, %q, %q, %q) = %v, want %v", c.a, c.piece, c.typ, c.next, ok, c.ok)
		}
	}
}

// TestPipeGridsPsqlOldASCIINames reads psql 15's own output of a table in its wrapped
// format, its old-ascii line style, with \pset border 0, 1 and 2 (testdata/psql15,
// old-ascii-border*-names.txt): names cut at their column's width, a piece going on
// alone ("ResourceOwnerA" over "ccount", where old-ascii leaves every junction blank and
// pads the line past the last one) or beside the rest of a type that psql cut too
// ("AccumulativeIn" over "stanceCount ; t32", "AccumulativeInsta" over "nceCount 2"). Before,
// with border 1 the piece alone ended the table, the rows under it lost with no word,
// and a name beside a cut type was read "AccumulativeIn stanceCount"; with border 0 it
// was a row of its own, "nceCount" typed "2".
func TestPipeGridsPsqlOldASCIINames(t *testing.T) {
	for b := range 3 {
		g, lost := psqlGrids(t, fmt.Sprintf("old-ascii-border%d-names.txt", b))
		for _, row := range []string{
			"| Statistic | object |  | The statistics. |",
			"| AccumulativeInstanceCount | integer/int32 | 10 | The count. |",
			"| ResourceOwnerAccount | String | sample | The account. |",
			"| SynchronizationJobs | Array of Object |  | The jobs. At most 20. |",
			"|  | Object |  | An item. |",
			"| Description | String | sample | The description. |",
			"| Id | Long | 1 | The ID. |",
		} {
			if !strings.Contains(g, row) {
				t.Errorf("border %d: no row %s in\n%s", b, row, g)
			}
		}
		for _, l := range lost {
			if !l.Guessed { // border 2's "ResourceOwner" over "Account": a named guess
				t.Errorf("border %d: lost %+v", b, l)
			}
		}
	}
}

// TestPipeGridsPsqlNoRows: a simple table of no rows (a response of no fields, as psql's
// border 0 prints it without its row count), a blank line under its rule and a heading
// after: the heading is the page's, not the table's row. Before, it was read as a row
// whose name was "## Sample" (found at UNSEEN_STRIDE=1, gfm+pqascii0 and pqoldascii0).
func TestPipeGridsPsqlNoRows(t *testing.T) {
	in := []string{
		"Parameter Parameter Example Description",
		"  Name   +  Type   + Value +           ",
		"--------- --------- ------- -----------",
		"",
		"## Sample response",
		"",
		"Sample success responses",
	}
	got, _, _ := PipeGrids(in)
	if !slices.Equal(got[3:], in[3:]) {
		t.Errorf("PipeGrids =\n%s", strings.Join(got, "\n"))
	}
}

// TestPipeGridsPsqlTypeCutAtWord reads psql 15's own output of a table in its wrapped
// format, old-ascii line style, \pset border 0 (testdata/psql15,
// old-ascii-border0-typecut.txt), where a type is cut right where a word of it ends and
// its rest is a type word ("Array of Tag" over "Object", of "Array of TagObject"): nothing
// marks the cut, and the line reads as a list's item row, as the real one above it
// ("Object" under "Array of Obj" over "ect") does; psql's row count ("(7 rows)"), one
// fewer than the rows so read, tells it is the type's rest. Before, "Tags" read as a list
// of "Tag" with an item row of its own.
func TestPipeGridsPsqlTypeCutAtWord(t *testing.T) {
	g, lost := psqlGrids(t, "old-ascii-border0-typecut.txt")
	for _, row := range []string{
		"| DiskIds | Array of Object | The jobs of it. |",
		"|  | Object | An item of it. |",
		"| Tags | Array of TagObject | The tags of it. |",
		"| Key | Long | The key of it. |",
	} {
		if !strings.Contains(g, row) {
			t.Errorf("no row %s in\n%s", row, g)
		}
	}
	if strings.Count(g, "| Object |") != 1 {
		t.Errorf("item rows: %d, want 1, in\n%s", strings.Count(g, "| Object |"), g)
	}
	if len(lost) > 0 {
		t.Errorf("lost %+v", lost)
	}
}

// TestPipeGridsPsqlFillUnsure reads psql 15's own output of a table in its wrapped
// format, old-ascii line style, \pset border 0 (testdata/psql15,
// old-ascii-border0-fill.txt), where a description cut at its column's width mid-word ("re"
// over "sides") and one whose line break happens to fall where its line fills the column
// between two letters ("billing type" over "PrePaid") look the same: nothing marks either,
// and both read as cuts, glued. The page's words tell where they can (unsureFills): a
// piece the page writes as a word nowhere else ("re", "sides") says a cut; where both
// pieces are words of the page ("The billing type is PrePaid." under the table) and the
// word they make is none, the glue is a guess naming its row. Before, every such line was
// glued with no warning.
func TestPipeGridsPsqlFillUnsure(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "psql15", "old-ascii-border0-fill.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(in), "\n")
	unsure := []GridLoss{{Line: 4, Names: []string{"ChargeType"}, Guessed: true, Cut: [][2]string{{"type", "PrePaid"}}}}
	for _, c := range []struct {
		prose string
		want  []GridLoss
	}{
		{"", nil},
		{"The billing type is PrePaid.", unsure},
		{"The billing type is PrePaid (typePrePaid).", nil},
	} {
		got, _, lost := PipeGrids(append(slices.Clone(lines), c.prose))
		g := strings.Join(got, "\n")
		for _, row := range []string{
			"| RegionId | String | The region where the instance resides. |",
			"| ChargeType | String | Valid values of the billing typePrePaid or PostPaid. |",
		} {
			if !strings.Contains(g, row) {
				t.Errorf("%q: no row %s in\n%s", c.prose, row, g)
			}
		}
		if !reflect.DeepEqual(lost, c.want) {
			t.Errorf("%q: lost %+v, want %+v", c.prose, lost, c.want)
		}
	}
	p := &Page{}
	unsure[0].Warn(p, 5)
	if w := p.Warnings; len(w) != 1 || w[0].Kind != Guess || !strings.Contains(w[0].Msg, `row "ChargeType": its cell's lines "type" over "PrePaid"`) {
		t.Errorf("warning %+v", w)
	}
}

// TestPipeGridsPsqlTypeCutNoCount: with no row count under psql's table (\pset footer off,
// or the count left out of the copy), a type filling its column over a line that holds a
// type alone reads as the list's item row, as before, but where the type ends in a word
// that is no type word ("Array of Tag" over "Object": testdata/psql15,
// old-ascii-border0-typecut.txt without its "(7 rows)") it may be that type cut where a
// word ends, and the reading is a guess naming the list's row. A type ending in a type
// word ("Array of Object" over "Object", old-ascii-border0-nofooter.txt) has its item
// row, sure. Before, the item row was read with no warning.
func TestPipeGridsPsqlTypeCutNoCount(t *testing.T) {
	read := func(name string) []string {
		in, err := os.ReadFile(filepath.Join("testdata", "psql15", name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(string(in), "\n")
	}
	lines := slices.DeleteFunc(read("old-ascii-border0-typecut.txt"), func(l string) bool { return l == "(7 rows)" })
	got, _, lost := PipeGrids(lines)
	if g := strings.Join(got, "\n"); !strings.Contains(g, "| Tags | Array of Tag | The tags of it. |") || strings.Count(g, "| Object |") != 2 {
		t.Errorf("PipeGrids =\n%s", g)
	}
	want := []GridLoss{{Line: 9, Names: []string{"Tags"}, Guessed: true, TypeCut: [2]string{"Array of Tag", "Object"}}}
	if !reflect.DeepEqual(lost, want) {
		t.Errorf("lost %+v, want %+v", lost, want)
	}
	p := &Page{}
	want[0].Warn(p, 10)
	if w := p.Warnings; len(w) != 1 || w[0].Kind != Guess || !strings.Contains(w[0].Msg, `row "Tags": its type "Array of Tag" fills its column`) {
		t.Errorf("warning %+v", w)
	}
	got, _, lost = PipeGrids(read("old-ascii-border0-nofooter.txt"))
	if g := strings.Join(got, "\n"); !strings.Contains(g, "|  | Object | A tag. |") || len(lost) > 0 {
		t.Errorf("PipeGrids =\n%s\nlost %+v", g, lost)
	}
}
