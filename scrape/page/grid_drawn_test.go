package page

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestNextDrawn checks PipeGrids' early-out: at each line where readGrid, readDoubled
// or readAsciiDoc reads a grid of the shapes below, a line opening with drawing
// characters (nextDrawn) is at most two lines down; under prose, bullets and blank lines
// none is, so PipeGrids skips those lines without asking the readers.
func TestNextDrawn(t *testing.T) {
	pages := []string{
		"+------+--------+\n| Name | Type   |\n+======+========+\n| Id   | String |\n+------+--------+",
		"┌──────┬────────┐\n│ Name │ Type   │\n├──────┼────────┤\n│ Id   │ String │\n└──────┴────────┘",
		"====  ======\nName  Type\n====  ======\nId    String\n====  ======",
		"Name  Type\n----  ------\nId    String",
		"------------------\nName    Type\n------  --------\nId      String\n\n------------------",
		" Name | Type\n------+--------\n Id   | String",
		" Name | Type\n\n------+--------\n\n Id   | String",
		"[cols=\"1,1\"]\n|===\n|Name |Type\n|Id |String\n|===",
	}
	for _, p := range pages {
		lines := strings.Split(p, "\n")
		read := false
		for i := range lines {
			_, g := readGrid(lines, i)
			_, d := readDoubled(lines, i)
			_, a := readAsciiDoc(lines, i)
			if (g || d || a) && nextDrawn(lines, i) > i+2 {
				t.Errorf("a grid starts at line %d of\n%s\nbut nextDrawn says none may", i, p)
			}
			read = read || g || d || a
		}
		if !read {
			t.Errorf("no reader reads a grid in\n%s", p)
		}
	}
	prose := strings.Split("Request parameters\n\n- Name: the instance's name, 2 to 128 characters.\nRegionId  String  Yes  cn-hangzhou", "\n")
	if k := nextDrawn(prose, 0); k != len(prose) {
		t.Errorf("nextDrawn finds drawing at prose line %d %q", k, prose[k])
	}
}

// TestPipeGridsMySQLRawBreaks reads the MySQL client's --table output (mariadb 10.11's
// own, testdata/mysql) of cells holding line breaks, which it writes raw: the row goes on
// over the lines below, its separators misaligned after the cell's last line, each cell
// padded counting a line break as one character (and a wide character as two). Each
// record is one row, its line breaks kept; so too where the output is pasted as an
// indented block. Before, the grid ended at the first such row; unindented, the pipe
// layouts read the rest by luck, and indented its rows were lost with no word.
func TestPipeGridsMySQLRawBreaks(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "mysql", "mariadb10-table-breaks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"| RegionId | String | Yes | The region ID.<br>Valid values:<br>cn-hangzhou: 华东1（杭州）. | cn-hangzhou |",
		"| PageSize | Integer | No | The page size. | 10 |",
		"| Tag | Array of Object | No | The tags.<br>At most 20. |  |",
		`| Key | String | No | The key of the tag. Format: key\|value. | env |`,
	}
	for _, indent := range []string{"", "    "} {
		lines := strings.Split(strings.TrimSuffix(string(in), "\n"), "\n")
		for k := range lines {
			lines[k] = indent + lines[k]
		}
		got, _, lost := PipeGrids(lines)
		var rows []string
		for _, l := range got {
			if l = strings.TrimSpace(l); strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| Parameter") {
				rows = append(rows, l)
			}
		}
		if !slices.Equal(rows, want) {
			t.Errorf("indent %q: rows\n%s\nwant\n%s", indent, strings.Join(rows, "\n"), strings.Join(want, "\n"))
		}
		if len(lost) > 0 {
			t.Errorf("indent %q: lost %+v", indent, lost)
		}
	}
}

// TestPipeGridsBoxCorners: grids drawn with the box-drawing corners and junctions that
// Python rich's default table ("┡━╇━┩" under a header parted by "┃") and rounded
// outlines (tabulate's rounded_outline, lipgloss: "╭─┬─╮", "╰─┴─╯") use are read. Before,
// rich's rows were left under a table of a header alone, and the rounded grid was read
// from its header rule, its rows one row.
func TestPipeGridsBoxCorners(t *testing.T) {
	for _, in := range []string{
		"┏━━━━━━━━━━┳━━━━━━━━━┓\n┃ Name     ┃ Type    ┃\n┡━━━━━━━━━━╇━━━━━━━━━┩\n│ RegionId │ String  │\n│ Size     │ Integer │\n└──────────┴─────────┘",
		"╭──────────┬─────────╮\n│ Name     │ Type    │\n├──────────┼─────────┤\n│ RegionId │ String  │\n│ Size     │ Integer │\n╰──────────┴─────────╯",
	} {
		got, _, _ := PipeGrids(strings.Split(in, "\n"))
		want := []string{"", "| Name | Type |", "|---|---|", "| RegionId | String |", "| Size | Integer |", ""}
		if !slices.Equal(got, want) {
			t.Errorf("PipeGrids(%q) =\n%s", in, strings.Join(got, "\n"))
		}
	}
}

// TestPipeGridsSQLQuoted: sqlite3's .mode qbox (testdata/sqlite/qbox.txt, sqlite 3.40's
// own output) writes every value as an SQL literal: the quotes are the mode's and are
// dropped (a quote inside doubled is one, NULL is no value); a grid of which one value
// only is quoted keeps its quotes. Before, the names read "'RegionId'".
func TestPipeGridsSQLQuoted(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "sqlite", "qbox.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, _, _ := PipeGrids(strings.Split(strings.TrimSuffix(string(in), "\n"), "\n"))
	want := []string{"", "| Parameter | Type | Required | Description | Example |", "|---|---|---|---|---|",
		"| RegionId | String | Yes | The region ID. | cn-hangzhou |", "| PageSize | Integer | No | The page size. | 10 |",
		"| Tag | Array of Object | No | The tags. |  |", "| Key | String | No | The tag's key. | env |",
		"| Value | String | No | The value. |  |", ""}
	if !slices.Equal(got, want) {
		t.Errorf("PipeGrids =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	mixed := "+------+--------+---------+\n| Name | Type   | Example |\n+------+--------+---------+\n| Id   | String | 'i-1'   |\n+------+--------+---------+"
	if got, _, _ := PipeGrids(strings.Split(mixed, "\n")); !slices.Contains(got, "| Id | String | 'i-1' |") {
		t.Errorf("PipeGrids(%q) =\n%s", mixed, strings.Join(got, "\n"))
	}
}

// TestPipeGridsSQLQuote: sqlite3's .mode quote with .headers on (its real output, kept in
// testdata/sqlite/quote.txt) is CSV of SQL literals: the header's names and the strings in
// single quotes, a quote inside doubled, a line break raw, a number bare, NULL for no
// value. It reads as the table it holds. Before, no line of it read as a table's.
func TestPipeGridsSQLQuote(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "sqlite", "quote.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, _, _ := PipeGrids(strings.Split(strings.TrimSuffix(string(in), "\n"), "\n"))
	want := []string{"| Parameter | Type | Required | Description | Example |",
		"| RegionId | String | Yes | The region ID. | cn-hangzhou |", "| PageSize | Integer | No | The page size, from 1 to 100. | 10 |", "",
		"| Tag | Array of Object | No | The tags. |  |", "| Key | String | No | The tag's key. | env |",
		"| Value | String | No | The value. |  |"}
	if !slices.Equal(got, want) {
		t.Errorf("PipeGrids =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range []string{"'Name','Type',Description", "'Name','Type','Description' and more", "'it''s','a','list'"} {
		if _, ok := sqlHeader(s); ok {
			t.Errorf("sqlHeader(%q) = true", s)
		}
	}
}

// TestPipeGridsSQLiteJSON: sqlite3's .mode json (its real output, kept in
// testdata/sqlite/json.txt) is a JSON array of a row object a line, keyed by the column
// names: it reads as the table it holds, its header on the blank line over it (the array
// has no line for it), a line break in a value a blank, null none. Under a line of text
// it is left alone, as are arrays of other keys or of nested values. Before, no line of it
// read as a table's.
func TestPipeGridsSQLiteJSON(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "sqlite", "json.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(in), "\n"), "\n")
	got, _, _ := PipeGrids(append([]string{"Request parameters", ""}, lines...))
	want := []string{"Request parameters", "| Parameter | Type | Required | Description | Example |",
		"| RegionId | String | Yes | The region ID. | cn-hangzhou |", "| PageSize | Integer | No | The page size, from 1 to 100. | 10 |",
		"| Tag | Array of Object | No | The tags. |  |", "| Key | String | No | The tag's key. | env |",
		"| Value | String | No | The value. |  |"}
	if !slices.Equal(got, want) {
		t.Errorf("PipeGrids =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, page := range [][]string{
		append([]string{"Request parameters"}, lines...),
		{"", `[{"Name":"a","Type":"String","Description":"x"},`, `{"Name":"b","Type":"String","Note":"y"}]`},
		{"", `[{"Name":"a","Type":"String","Description":{"x":1}}]`},
		{"", `[{"Key":"a","Value":"b","Id":"c"}]`},
	} {
		if got, ok, _ := PipeGrids(page); ok {
			t.Errorf("PipeGrids(%q) = %q", page, got)
		}
	}
}
