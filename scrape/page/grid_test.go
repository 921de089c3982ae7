package page

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestPipeGrids: a grid becomes the pipe table it draws, line for line (the header and each
// row on their first line, "|---|" on the header's rule, the other lines blank); a box in
// a fenced code block and lines that only look like borders (a tree's "└─ Name", a
// Markdown separator) are left alone.
func TestPipeGrids(t *testing.T) {
	in := strings.Split(`Text
  ┌──────┬──────┐
  │ a    │ b    │
  ╞══════╪══════╡
  │ └ x  │ one  │
  │      │ two  │
  └──────┴──────┘
└─ Name
---|---
`+"```"+`
+---+---+
| 1 | 2 |
+---+---+
`+"```", "\n")
	want := strings.Split(`Text

  | a | b |
  |---|---|
  | └ x | one two |


└─ Name
---|---
`+"```"+`
+---+---+
| 1 | 2 |
+---+---+
`+"```", "\n")
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%s\nwant\n%s", ok, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, ok, _ := PipeGrids(want); ok {
		t.Errorf("PipeGrids found a grid in a page that has none")
	}
}

// FuzzPipeGrids: no input panics PipeGrids, and it keeps the line count.
func FuzzPipeGrids(f *testing.F) {
	for _, s := range []string{
		"+--+--+\n| a | b |\n+==+==+\n| 1 | 2 |\n+--+--+",
		"┌─┬─┐\n│a│b│\n├─┼─┤\n│环│b│\n└─┴─┘",
		" a | b\n---+---\n 1 | 2\n(1 row)",
		"==  ==\na   b\n==  ==\n1   2\n    3\n==  ==",
		"a   b\n--  --\n1   环境 2\n",
		"+-+-+\n|\\||x|\n",
		"-----\na   b\n--- ---\n1   2\n    3\n\n4   5\n-----",
		"+---+---+\n\n| a | b |\n\n+===+===+\n\n| 1 | 2 |\n\n+---+---+",
		" a | b\n---+---\n 1 | x +\n   | y\n 2 | z",
		"+---+---+\n| a | b |\n+=======+\n| g     |\n|   +---+\n|   | 2 |\n+---+---+",
		"a   b    c\n--- ---- --\nx   int  y\n\nzz  long w\nlongword q r\n\n    int  z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := strings.Split(s, "\n")
		out, _, _ := PipeGrids(in)
		if len(out) != len(in) {
			t.Fatalf("%d lines, want %d", len(out), len(in))
		}
	})
}

// TestPipeGridsWrappedRows: in a grid of a row a line, a line under a blank name goes on
// with the row above where psql's "+" ended a cell of the line above or its type cell
// goes on with the row's ("Array of" over "String"), and is a row of its own where the
// row's type is whole (a list's unnamed item row); a "+" that is text stays.
func TestPipeGridsWrappedRows(t *testing.T) {
	in := strings.Split(` Name  | Type     | Description
-------+----------+---------------
 Tags  | Array of | The tags.    +
       | String   | Up to 20.
       | String   | An item.
 Lang  | C++ +    | C++
 Size  | Integer  | The size, 1 +
       |          | to 9.
+------+----------+-----+
| Name | Type     | Req |
+------+----------+-----+
| Ids  | Array of | No  |
|      | Object   |     |
|      | Object   | No  |
+------+----------+-----+`, "\n")
	want := strings.Split(`| Name | Type | Description |
|---|---|---|
| Tags | Array of String | The tags. Up to 20. |

|  | String | An item. |
| Lang | C++ + | C++ |
| Size | Integer | The size, 1 to 9. |


| Name | Type | Req |
|---|---|---|
| Ids | Array of Object | No |

|  | Object | No |
`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsPsqlWrapped: psql's header whose column names hold line breaks ("+" after
// each line of a name but its last, "↵" in the unicode line style) is one row over its
// rule, and `\pset format wrapped`'s cuts, mid-word at a column's width and marked "."
// ("…") after the piece and before the rest, are glued with the blanks of the text kept
// (a cut right after a blank, a cut before a text's last "."); a mark on one side only is
// text.
func TestPipeGridsPsqlWrapped(t *testing.T) {
	in := strings.Split(`   Param  +|  Data +| Description
    name   |  type  |
-----------+--------+--------------
 RegionId  | String | The ID of th.
           |        |.e region.
 Size      | Long   | Up to 10 GB .
           |        |.of disk space.
 Id        | String | The Id value.
           |        |..
 Note      | v1.    | Ends at v1.2.
 Mode      | Str.   | Wraps.
           |        | On.

  Param  ↵│ Type │   Description
   name   │      │
──────────┼──────┼──────────────
 Tags     │ Arra…│ The tags of …
          │…y    │…the disk.`, "\n")
	want := strings.Split(`|   Param name | Data type | Description |

|---|---|---|
| RegionId | String | The ID of the region. |

| Size | Long | Up to 10 GB of disk space. |

| Id | String | The Id value. |

| Note | v1. | Ends at v1.2. |
| Mode | Str. | Wraps. On. |


|  Param name | Type | Description |

|---|---|---|
| Tags | Array | The tags of the disk. |
`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsPsqlOldASCII: psql's old-ascii line style (\pset linestyle old-ascii, as
// psql 15 prints it) marks a column name's line break with "+" in place of the blank before
// the name's next line, a cell's line break with ":" and a cut of the wrapped format with
// ";" in place of the separator left of the cell, a blank where a cell has no more text: a
// line of such marks goes on with the row above, ";" gluing the pieces as they were cut
// (a blank they end or start with kept); framed (\pset border 2) too. Before, the column
// names kept the "+", and the table ended at the first ":" line, the rows after it lost.
func TestPipeGridsPsqlOldASCII(t *testing.T) {
	in := strings.Split(` Parameter |  Type   | Required |      Description      |   Example
+  name    |+        |+         |+                      |+
-----------+---------+----------+-----------------------+-------------
 RegionId  | String  | Yes      | The region ID.        | cn-hangzhou
                                : Call DescribeRegions.
 PageSize  | Integer | No       | The size.             | 10
(2 rows)

 Parameter |  Type  | Required |   Description    | Example
+  name    |+       |+         |+                 |+
-----------+--------+----------+------------------+---------
 RegionId  | String | Yes      | The region ID of | cn-hang
                               ;  the instance th ; zhou
                               ; at you want to q
                               ; uery. Call Descr
                               ; ibeRegions.
 PageSize  | Intege | No       | The size.        | 10
           ; r                 : Second line.
(2 rows)

+-----------+--------+----------+----------------+---------+
| Parameter |  Type  | Required |  Description   | Example |
|+  name    |+       |+         |+               |+        |
+-----------+--------+----------+----------------+---------+
| RegionId  | String | Yes      | The region ID  | cn-hang |
|                               ; of the instanc ; zhou    |
|                               ; e that you wan           |
|                               ; t to query. Ca           |
|                               ; ll DescribeReg           |
|                               ; ions.                    |
| PageSize  | Intege | No       | The size.      | 10      |
|           ; r                 : Second line.             |
+-----------+--------+----------+----------------+---------+
(2 rows)`, "\n")
	head := "| Parameter name | Type | Required | Description | Example |"
	region := "| RegionId | String | Yes | The region ID of the instance that you want to query. Call DescribeRegions. | cn-hangzhou |"
	size := "| PageSize | Integer | No | The size. Second line. | 10 |"
	want := slices.Concat([]string{head, "", "|---|---|---|---|---|", "| RegionId | String | Yes | The region ID. Call DescribeRegions. | cn-hangzhou |", "",
		"| PageSize | Integer | No | The size. | 10 |", "(2 rows)", ""},
		[]string{head, "", "|---|---|---|---|---|", region, "", "", "", "", size, "", "(2 rows)", ""},
		[]string{"", head, "", "|---|---|---|---|---|", region, "", "", "", "", "", size, "", "", "(2 rows)"})
	checkPipeGrids(t, in, want)
}

// TestPipeGridsDoubledPsqlHead: a psql table whose column names hold line breaks, in a
// copy that put a blank line between every two lines: the header's lines over the one
// above the rule are its header too (readDoubled lets headLines see them), in psql's
// ascii line style ("Parameter+" over "name") and its old-ascii one ("Parameter" over
// "+  name"). Before, the lines over it stayed text and the column names lost their
// first line ("name").
func TestPipeGridsDoubledPsqlHead(t *testing.T) {
	for _, head := range [][2]string{
		{" Parameter+|  Type   | Required", "   name    |         |"},
		{" Parameter |  Type   | Required", "+  name    |+        |+"},
	} {
		in := strings.Split(strings.Join([]string{"Request parameters", head[0], head[1],
			"-----------+---------+----------", " RegionId  | String  | Yes", " PageSize  | Integer | No", "(2 rows)"}, "\n\n"), "\n")
		want := []string{"Request parameters", "", "| Parameter name | Type | Required |", "", "", "", "|---|---|---|", "",
			"| RegionId | String | Yes |", "", "| PageSize | Integer | No |", "", "(2 rows)"}
		checkPipeGrids(t, in, want)
	}
}

// TestPipeGridsPsqlFramed: psql's marks in a table it frames (\pset border 2): a "+"
// right before a separator goes on with the name's next line, a wrap mark there and right
// after the separator on the line below glue the pieces; text that stops short of the
// separator ("C++ ") keeps its "+".
func TestPipeGridsPsqlFramed(t *testing.T) {
	in := strings.Split(`+----------+-------------+
|  Param  +|    Notes    |
|   name   |             |
+----------+-------------+
| RegionId | The ID of t.|
|          |.he region.  |
| Lang     | C++         |
+----------+-------------+`, "\n")
	want := strings.Split(`
|  Param name | Notes |

|---|---|
| RegionId | The ID of the region. |

| Lang | C++ |
`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsNameBreak: a name that its column's width cut mid-word onto the lines below
// (tabulate's maxcolwidths, w3m) is glued whole, in a grid of a row a line (beside blank
// cells or the rest of a description) and in one that rules every row: sure where the
// piece below starts inside a word, a guess named (GridLoss.Pieces) where it starts with a
// capital; a wrapper's item row alone ("Permission" under "Array of Permission",
// "listEntry" under "listEntries" typed "Array") and a name that fills no column stay rows.
func TestPipeGridsNameBreak(t *testing.T) {
	in := strings.Split(`+-------------+--------------------+-------------+
| Name        | Type               | Description |
+-------------+--------------------+-------------+
| InstanceCha | String             | The billing |
| rgeType     |                    | method.     |
| InstanceIds | String             | The IDs.    |
| Filter      |                    |             |
| Permissions | Array of Permission| The list.   |
| Permission  |                    |             |
| Tags        | Array of Tag       | The tags.   |
| Tag         |                    |             |
| listEntries | Array              | The list.   |
| listEntry   |                    |             |
+-------------+--------------------+-------------+

+-------------+--------+
| Name        | Type   |
+=============+========+
| InstanceCha | String |
| rgeType     |        |
+-------------+--------+
| Size        | Long   |
+-------------+--------+`, "\n")
	want := strings.Split(`
| Name | Type | Description |
|---|---|---|
| InstanceChargeType | String | The billing method. |

| InstanceIdsFilter | String | The IDs. |

| Permissions | Array of Permission | The list. |
| Permission |  |  |
| Tags | Array of Tag | The tags. |
| Tag |  |  |
| listEntries | Array | The list. |
| listEntry |  |  |



| Name | Type |
|---|---|
| InstanceChargeType | String |


| Size | Long |
`, "\n")
	checkPipeGrids(t, in, want)
	_, _, lost := PipeGrids(in)
	if len(lost) != 1 || lost[0].Line != 5 || !slices.Equal(lost[0].Pieces, []string{"InstanceIds", "Filter"}) {
		t.Errorf("lost = %+v, want the guess of line 6's name InstanceIds+Filter", lost)
	}
}

// TestPipeGridsMarkedNameBreak: a bold or code name (a Markdown page's grid) cut mid-word
// is glued as the plain one is, the marks read around the pieces (unmarkCut): a cut
// between the name and its closing mark ("`ClientToken" over "`"), through the closing
// mark ("**ClientTok*" over "*"), a name cut twice, a tree drawn before it. Before, the
// pieces with their marks made no name, and each was a row of its own or a name with a
// space ("`MaxPartitio nNumber`").
func TestPipeGridsMarkedNameBreak(t *testing.T) {
	want := []string{"`ClientToken`", "**ClientToken**", "**ClientTok**", "`MaxPartitionNumberOfInstances`", "└ **RepoBuildType**"}
	in := []string{"+--------------+--------+", "| Name         | Type   |", "+==============+========+"}
	for _, name := range want {
		rs := []rune(name)
		for k := 0; k < len(rs); k += 12 {
			piece, typ := string(rs[k:min(k+12, len(rs))]), ""
			if k == 0 {
				typ = "String"
			}
			in = append(in, fmt.Sprintf("| %-12s | %-6s |", piece, typ))
		}
		in = append(in, "+--------------+--------+")
	}
	rows, _, lost := PipeGrids(in)
	var names []string
	for _, l := range rows {
		if cells := strings.Split(strings.Trim(l, "| "), " | "); len(cells) == 2 && cells[1] != "Type" && cells[1] != "---|---" && l != "|---|---|" {
			names = append(names, cells[0])
		}
	}
	if !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	if len(lost) != 0 {
		t.Errorf("lost = %+v, want no guess (every piece starts inside a word or is a mark)", lost)
	}
}

// TestPipeGridsSpans: a grid goes on past a row whose cell spans columns (the whole width
// or a part, its other cells empty) and past border lines with no junction inside a span
// or with a column left blank under a cell spanning rows.
func TestPipeGridsSpans(t *testing.T) {
	in := strings.Split(`+------+--------+-----+
| Name | Type   | Req |
+=====================+
| Path parameters     |
+---------------------+
| Id   | String | Yes |
+---------------+-----+
| Query         |     |
+------+--------+-----+
| Tags | Array  | No  |
|      +--------+-----+
|      | String | No  |
+------+--------+-----+`, "\n")
	want := strings.Split(`
| Name | Type | Req |
|---|---|---|
| Path parameters |  |  |

| Id | String | Yes |

| Query |  |  |

| Tags | Array | No |

|  | String | No |
`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsMultiline: pandoc's multiline table, its header on two lines, a row all
// its lines up to a blank one, becomes the pipe table it draws; one not closed by a line
// of dashes is none.
func TestPipeGridsMultiline(t *testing.T) {
	in := strings.Split(`----------------------------
Name  Data     Description
      type
----- -------- -------------
Id    String   The ID, up to
               64 characters.

Size  Integer  The size.
----------------------------

-----
Text
-- --
a  b`, "\n")
	want := strings.Split(`
| Name | Data type | Description |

|---|---|---|
| Id | String | The ID, up to 64 characters. |


| Size | Integer | The size. |


-----
Text
-- --
a  b`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsUnderlines: a pandoc simple table between two headings underlined with
// dashes is no multiline table, whose lines of dashes are as wide as its rule.
func TestPipeGridsUnderlines(t *testing.T) {
	in := strings.Split(`Request
-------
Name      Type    Description
--------  ------  -----------
Foo       String  The foo.

Response
--------`, "\n")
	want := strings.Split(`Request
-------
| Name | Type | Description |
|---|---|---|
| Foo | String | The foo. |

Response
--------`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsBlankRows: pandoc's simple table goes on past a blank line where a row
// follows (a name and a type, or an unnamed row's type), up to a line of dashes; a
// heading after a blank line, or the header of a table of its own, ends it.
func TestPipeGridsBlankRows(t *testing.T) {
	in := strings.Split(`Name   Type     Description
------ -------- -----------
Id     String   The ID, up
                to 64.

       String   An item.

Size   Integer  The size.
---------------------------
Zone   String   The zone.

Name   Type     Description
------ -------- -----------
Code   String   The code.

## Response body
Note   String   The note.`, "\n")
	want := strings.Split(`| Name | Type | Description |
|---|---|---|
| Id | String | The ID, up to 64. |


|  | String | An item. |

| Size | Integer | The size. |

Zone   String   The zone.

| Name | Type | Description |
|---|---|---|
| Code | String | The code. |

## Response body
Note   String   The note.`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsPointerTypes: past a blank line, a row whose type is a Go pointer to a
// struct ("*CreateThingRequestFilter", in code or not) goes on with a table whose rows all
// have types; the pointer's "*" was trimmed as bold's, the struct's name read as no type,
// and the table ended there, its last rows lost.
func TestPipeGridsPointerTypes(t *testing.T) {
	for _, typ := range []string{"`*CreateThingRequestFilter`", "*CreateThingRequestFilter "} {
		in := strings.Split(`Name    Type                         Description
------- ---------------------------- -----------
Id      `+"`*string`"+`                    The ID.

Filter  `+typ+`   The filter.

Size    `+"`*int32`"+`                     The size.
`, "\n")
		got, _, _ := PipeGrids(in)
		if n := strings.Count(strings.Join(got, "\n"), "| Size |"); n != 1 || strings.Count(strings.Join(got, "\n"), "| Filter |") != 1 {
			t.Errorf("%s: PipeGrids =\n%s\nwant the rows Id, Filter and Size", typ, strings.Join(got, "\n"))
		}
	}
}

// TestPipeGridsLost: the rows of a table drawn as a grid that PipeGrids cannot cut at its
// columns are named: a simple table's whose words cross a column's start (directly or
// after a blank line, pandoc's and reStructuredText's), cut where its words start, a
// guess ("| InstanceIds | Array | No |"); psql's whose separators stand off the rule's
// junctions, lost. A paragraph, a heading or a table of its own after a blank line is
// none.
func TestPipeGridsLost(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []GridLoss
	}{
		{"Name      Type     Required\n--------- -------- --------\nRegionId  String   Yes\nInstanceIds Array  No\n" +
			"          List of IDs.\nSize      Integer  No\n\nText.", []GridLoss{{Line: 3, Names: []string{"InstanceIds"}, Guessed: true}}},
		{"Name   Type     Req  Description\n------ -------- ---- -----------\nId     String   Yes  The ID.\n\nZoneIds Array   No   The zones,\n" +
			"                     at most 3.", []GridLoss{{Line: 4, Names: []string{"ZoneIds"}, Guessed: true}}},
		{" Name | Type\n------+------\n Id   | String\n Identifier | Array | of String", []GridLoss{{Line: 3, Names: []string{"Identifier"}}}},
		{"====== ====== ===\nName   Type   Req\n====== ====== ===\nId     String No\nIdentifier List  No\nSize   Long   No\n====== ====== ===", []GridLoss{{Line: 4, Names: []string{"Identifier"}, Guessed: true}}},
		{"Name   Type     Description\n------ -------- -----------\nId     String   The ID.\n\nSee the guide for the IDs of the zones.", nil},
		{"Name   Type     Description\n------ -------- -----------\nId     String   The ID.\n\n## Response body\n\nRequestId  String  The ID.", nil},
		{"Name   Type     Description\n------ -------- -----------\nId     String   The ID.\n\nName  Type  Description\n----  ----  -----------", nil},
	} {
		out, _, lost := PipeGrids(strings.Split(c.in, "\n"))
		if fmt.Sprint(lost) != fmt.Sprint(c.want) {
			t.Errorf("PipeGrids(%q) lost %v, want %v", c.in, lost, c.want)
		}
		if len(c.want) > 0 && c.want[0].Guessed && !strings.HasPrefix(out[c.want[0].Line], "| "+c.want[0].Names[0]+" | ") {
			t.Errorf("PipeGrids(%q): row %q, want its cells cut where its words start", c.in, out[c.want[0].Line])
		}
	}
}

// TestPipeGridsDoubledNoGridAllocs: on a copy that doubled its line breaks and holds no
// grid (a cell-per-line dump), PipeGrids gathers no lines: readDoubled asks gridReader
// whether a line starts a grid before it gathers the lines after it. It gathered them for
// every line, which made such a page cost its length squared (2.7x the bytes a page in
// BenchmarkScrape).
func TestPipeGridsDoubledNoGridAllocs(t *testing.T) {
	var lines []string
	for k := range 500 {
		lines = append(lines, fmt.Sprintf("Name%d |", k), "", "String |", "")
	}
	allocs := testing.AllocsPerRun(5, func() {
		if _, ok, lost := PipeGrids(lines); ok || lost != nil {
			t.Fatalf("a grid read where there is none")
		}
	})
	if allocs != 0 {
		t.Errorf("PipeGrids made %.0f allocations on a doubled page with no grid, want 0", allocs)
	}
}

// TestPipeGridsItemRowAlone: a pandoc simple table whose rows are parted by blank lines goes
// on at a legacy wrapper's item row, a name alone in the name column ("Disk" under "Disks
// Array of Disk"), and at a row whose type wraps in its column ("Array of" over "Tag").
// The table ended at the item row (a line of one cell), and then at the wrapped type (its
// first line no type), and the rows after read as no table.
func TestPipeGridsItemRowAlone(t *testing.T) {
	in := strings.Split("Name    Type          Example Description\n------- ------------- ------- -----------\n"+
		"Disks   Array of Disk         The disks.\n\nDisk\n\nDiskId  String        d-1     The ID.\n\n"+
		"Tags    Array of              The tags.\n        Tag\n\nTag\n\nKey     String        k       The key.\n\nText after.", "\n")
	got, _, _ := PipeGrids(in)
	for _, row := range []string{"| Disk |  |  |  |", "| DiskId | String | d-1 | The ID. |", "| Tags | Array of Tag |  | The tags. |",
		"| Tag |  |  |  |", "| Key | String | k | The key. |"} {
		if !slices.Contains(got, row) {
			t.Errorf("PipeGrids =\n%s\nwant the row %s", strings.Join(got, "\n"), row)
		}
	}
	if !slices.Contains(got, "Text after.") {
		t.Errorf("PipeGrids =\n%s\nwant the paragraph after the table kept", strings.Join(got, "\n"))
	}
}

// checkPipeGrids checks that PipeGrids rewrites lines in to the lines want.
func checkPipeGrids(t *testing.T, in, want []string) {
	t.Helper()
	got, _, _ := PipeGrids(in)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPipeGridsNameAloneThenTypedRow: a name alone on its line (a legacy wrapper's item row,
// "DiskMonitorData" under "Array of DiskMonitorData") that fills its column, the longest
// name, is a row of its own when the line below has a type of its own: a name cut at the
// column's width leaves its type on its first line, and the line below blank or going on
// with it. Glued, "DiskMonitorDataBPSRead" was a name no page has, under a guess.
func TestPipeGridsNameAloneThenTypedRow(t *testing.T) {
	in := strings.Split(` Parameter       | Type                     | Example
-----------------+--------------------------+---------
 MonitorData     | Array of DiskMonitorData |
 DiskMonitorData |                          |
 BPSRead         | Integer                  | 10
(3 rows)`, "\n")
	want := strings.Split(`| Parameter | Type | Example |
|---|---|---|
| MonitorData | Array of DiskMonitorData |  |
| DiskMonitorData |  |  |
| BPSRead | Integer | 10 |
(3 rows)`, "\n")
	checkPipeGrids(t, in, want)
	if _, _, lost := PipeGrids(in); len(lost) != 0 {
		t.Errorf("lost = %+v, want none", lost)
	}
}

// TestPipeGridsHeaderless: pandoc's table with no header (an HTML table with no <thead>),
// between two rules of dashes a column, its first row the column words, a row a line or
// (with a blank line among them) all the lines up to a blank one, becomes the pipe table
// it draws, the header on the top rule's line (each row, the header too, followed by a
// blank line in a multiline one); a rule that no equal rule closes is none.
func TestPipeGridsHeaderless(t *testing.T) {
	in := strings.Split(`  ---------- -------- --------------
  Name       Type     Description
  RegionId   String   The region.
  PageSize   Integer  The page size.
  ---------- -------- --------------

---------- -------- --------------
Name       Type     Description

Id         String   The ID, up to
                    64 characters.

Size       Integer  The size.
---------- -------- --------------

-- --
a  b`, "\n")
	want := strings.Split(`  | Name | Type | Description |
  |---|---|---|
  | RegionId | String | The region. |
  | PageSize | Integer | The page size. |


| Name | Type | Description |
|---|---|---|

| Id | String | The ID, up to 64 characters. |


| Size | Integer | The size. |


-- --
a  b`, "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsPsqlBorder0: psql's tables with \pset border 0 (no frame, no separators,
// a rule of dashes a column, as print.c writes them) read as the simple tables they are:
// a column name's line break marked "+" in the blank before every column but the first on
// the line going on (old-ascii) or after a name that goes on (ascii), the marks dropped
// and the lines one header; the row count under the rows ("(2 rows)") no row; a centred
// header of wide characters cut at display columns, as psql pads. Before, the marked
// header was no table's (the table unread), the row count a row named "(2", and the wide
// header's column names cut at character positions ("参数类型       示例值" one cell).
func TestPipeGridsPsqlBorder0(t *testing.T) {
	in := []string{
		"Parameter  Type   Required   Description   ",
		"  name   +       +        +                ",
		"--------- ------- -------- ----------------",
		"RegionId  String  Yes      The region ID of ",
		"                            the instance.",
		"PageSize  Integer No       The size.",
		"(2 rows)",
		"",
		"Parameter+ Type   Required   Description    ",
		"  name                                      ",
		"--------- ------- -------- ----------------",
		"RegionId  String  Yes      The region ID.",
		"(1 row)",
		"",
		"   参数名          参数类型       示例值",
		"------------ -------------------- ------",
		"RequestId    String               abc",
		"Total        Integer              10",
		"(2 rows)",
	}
	head := "| Parameter name | Type | Required | Description |"
	want := []string{head, "", "|---|---|---|---|", "| RegionId | String | Yes | The region ID of the instance. |", "",
		"| PageSize | Integer | No | The size. |", "(2 rows)", "",
		head, "", "|---|---|---|---|", "| RegionId | String | Yes | The region ID. |", "(1 row)", "",
		"|   参数名 | 参数类型 | 示例值 |", "|---|---|---|", "| RequestId | String | abc |", "| Total | Integer | 10 |", "(2 rows)"}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsVertical: psql's expanded display (\x) and the MySQL client's \G print a
// table a record a block, a line a column; a run of records numbered from 1 is the pipe
// table they print, line for line: the column names the header, a row a record, a psql
// value's line break ("+", a line with no name) the value's next line, a name's leading
// blanks kept (its depth, TreeDepth), wide names aligned by display width. A record of
// other columns, a blank line or MySQL's row count ends it. Before, each line was read as
// text: "Parameter name | RegionId" a pipe row of two cells, the MySQL block no table.
func TestPipeGridsVertical(t *testing.T) {
	in := []string{
		"-[ RECORD 1 ]--+-------------------",
		"Parameter name | RegionId",
		"Type           | String",
		"Description    | The region ID.   +",
		"               | Call DescribeRegions.",
		"-[ RECORD 2 ]--+-------------------",
		"Parameter name |   Key",
		"Type           | String",
		"Description    | The key.",
		"",
		"*************************** 1. row ***************************",
		"参数名: RegionId",
		"  类型: String",
		"*************************** 2. row ***************************",
		"参数名: PageSize",
		"  类型: Integer",
		"2 rows in set (0.00 sec)",
		"",
		"-[ RECORD 1 ]-----",
		"Name | RegionId",
		"Type | String",
		"-[ RECORD 2 ]-----",
		"Code | Forbidden",
		"Text | Denied.",
	}
	want := []string{
		"| Parameter name | Type | Description |",
		"|---|---|---|",
		"| RegionId | String | The region ID. Call DescribeRegions. |",
		"", "",
		"|  Key | String | The key. |",
		"", "", "",
		"",
		"| 参数名 | 类型 |",
		"|---|---|",
		"| RegionId | String |",
		"| PageSize | Integer |",
		"", "",
		"2 rows in set (0.00 sec)",
		"",
		"| Name | Type |",
		"|---|---|",
		"| RegionId | String |",
		"-[ RECORD 2 ]-----",
		"Code | Forbidden",
		"Text | Denied.",
	}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsCSV: a table exported as CSV (a row a line, cells parted by commas, a cell
// holding a comma, a quote or a line break in double quotes) under a header of column words
// is the pipe table it holds, line for line; a line of other fields ends it, and prose
// that lists column words (a blank after each comma) is none. Before, every line was text.
func TestPipeGridsCSV(t *testing.T) {
	in := []string{
		"Parameter,Type,Required,Description",
		`RegionId,String,Yes,"The region ID, as ""cn-hangzhou""."`,
		`Tags,Array of Object,No,"The tags.`,
		``,
		`At most 20."`,
		"PageSize,Integer,No,",
		"See the table above.",
		"",
		"Name, Type, Description",
		"RegionId, String, The region.",
	}
	want := []string{
		"| Parameter | Type | Required | Description |",
		`| RegionId | String | Yes | The region ID, as "cn-hangzhou". |`,
		"| Tags | Array of Object | No | The tags.<br>At most 20. |",
		"", "",
		"| PageSize | Integer | No |  |",
		"See the table above.",
		"",
		"Name, Type, Description",
		"RegionId, String, The region.",
	}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsCSVOpenQuote: a CSV row whose quote never closes (an excerpt cut inside a
// cell) ends the table above it and stays text: encoding/csv, strict about quotes, reads
// no record there, where a lenient reading took the rest of the page as one cell.
func TestPipeGridsCSVOpenQuote(t *testing.T) {
	in := []string{
		"Parameter,Type,Required,Description",
		`RegionId,String,Yes,The region ID.`,
		`PageSize,Integer,No,"The size of a page.`,
		"",
		"Examples",
		"A sample request.",
	}
	want := []string{
		"| Parameter | Type | Required | Description |",
		"| RegionId | String | Yes | The region ID. |",
		`PageSize,Integer,No,"The size of a page.`,
		"",
		"Examples",
		"A sample request.",
	}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsPsqlBorder0Marks: psql's ascii and unicode line styles with \pset border 0
// write their marks in the blank after a column's text: a wrap mark ("." or "…") where its
// width cut the text (the pieces glued, but where a blank parts them: "Array" over " of"),
// a line break's ("+" or "↵"), a column name's going on ("+" or "↵") on the header;
// the unicode style's rule is "─". Before, the marks stood where the columns start, so
// the rows did not cut at them (guessed, or the table ended), and the unicode rule was
// none.
func TestPipeGridsPsqlBorder0Marks(t *testing.T) {
	in := []string{
		"Parameter+ Type   Required   Description    ",
		"  name                                      ",
		"--------- ------- -------- ----------------",
		"RegionId  String  Yes      The region ID of.",
		"                            the instance.",
		"PageSize  Integer No       The size.",
		"(2 rows)",
		"",
		"Name Type  Description  ",
		"──── ───── ────────────",
		"Tags Array…The tags.",
		"      of   ",
		"Key  Strin…The key of t…",
		"     g     he tag.",
		"(2 rows)",
	}
	want := []string{
		"| Parameter name | Type | Required | Description |", "", "|---|---|---|---|",
		"| RegionId | String | Yes | The region ID of the instance. |", "",
		"| PageSize | Integer | No | The size. |", "(2 rows)", "",
		"| Name | Type | Description |", "|---|---|---|",
		"| Tags | Array of | The tags. |", "",
		"| Key | String | The key of the tag. |", "", "(2 rows)",
	}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsBlocks: sqlite3's line mode and PowerShell's Format-List print a table a
// record a block with no opening line, a blank line between records, a line a column (its
// name, the separator at one column, the value): a run of such blocks whose names are
// column words is the pipe table they print, with no rule, its rows on their blocks'
// first lines (the first one's on its second); a block of other names ends it, and a
// paragraph of "Key: value" lines whose keys are no column words is none, nor are lines
// whose separators do not align, or two aligned lines alone (a card's). Before, each
// line was text.
func TestPipeGridsBlocks(t *testing.T) {
	in := []string{
		"  Parameter = RegionId",
		"       Type = String",
		"Description = The region.",
		"",
		"  Parameter = PageSize",
		"       Type = Integer",
		"Description = ",
		"",
		"Name : Tags",
		"Type : Array",
		"Description : x",
		"",
		"Name: Tags",
		"Type: Array",
		"",
		"Note : see below",
		"Type : x",
		"",
		"Author: Jane",
		"Status: done",
	}
	want := []string{
		"| Parameter | Type | Description |",
		"| RegionId | String | The region. |",
		"", "",
		"| PageSize | Integer |  |",
		"", "", "",
		"Name : Tags",
		"Type : Array",
		"Description : x",
		"",
		"Name: Tags",
		"Type: Array",
		"",
		"Note : see below",
		"Type : x",
		"",
		"Author: Jane",
		"Status: done",
	}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsFormatListWrap: PowerShell's Format-List wraps a long value, and breaks one
// holding line breaks, onto lines indented to the value's column: they go on with the
// value. A line indented otherwise ends the records. Before, the first such line ended
// the run: the records under it were text.
func TestPipeGridsFormatListWrap(t *testing.T) {
	in := []string{
		"Parameter   : RegionId",
		"Type        : String",
		"Description : The ID of the region where the",
		"              instance resides.",
		"              Valid values:",
		"",
		"Parameter   : PageSize",
		"Type        : Integer",
		"Description : The size.",
		"",
		"Parameter   : Tags",
		"Type        : Array",
		"Description : The tags.",
		"    and more",
	}
	want := []string{
		"| Parameter | Type | Description |",
		"| RegionId | String | The ID of the region where the instance resides. Valid values: |",
		"", "", "", "",
		"| PageSize | Integer | The size. |",
		"", "", "",
		"Parameter   : Tags",
		"Type        : Array",
		"Description : The tags.",
		"    and more",
	}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsTableElOneRow: a grid ruled "-" under its header, as Emacs's table.el
// rules every row, with one row between its header's rule and its bottom border reads that
// row whole where the grid shows that it wraps its cells within its rules (wrapsCells):
// its header's names go on over lines ("Descript" over "ion"), or its cells are not
// padded (table.el's). Before, the row was read a row a line, as MySQL's boxes are: a
// name cut at its column's width beside a type's second line ("UserPrinci" over
// "palName", "*string" over "(opt)") made two rows, "palName" a parameter of its own.
// Lines that each read as a row of their own (a name and a type word: rowsALine) stay a
// row a line, and so do a padded box's.
func TestPipeGridsTableElOneRow(t *testing.T) {
	in := strings.Split(`+----------+--------+--------+--------+
|Parameter |Type    |Required|Descript|
|          |        |        |ion     |
+----------+--------+--------+--------+
|UserPrinci|*string |Yes     |The     |
|palName   |(opt)   |        |name.   |
+----------+--------+--------+--------+

+----------+--------+------+
|Parameter |Type    |Notes |
+----------+--------+------+
|InstanceCh|String  |The   |
|argeType  |(opt)   |type. |
+----------+--------+------+

+---------+------+----------------+
|Parameter|Type  |Description     |
+---------+------+----------------+
|Tags     |Array |The tags: a list|
|         |      |of tags.        |
|Key      |String|(none)          |
+---------+------+----------------+`, "\n")
	want := []string{"", "| Parameter | Type | Required | Description |", "", "|---|---|---|---|",
		"| UserPrincipalName | *string (opt) | Yes | The name. |", "", "", "",
		"", "| Parameter | Type | Notes |", "|---|---|---|", "| InstanceChargeType | String (opt) | The type. |", "", "", "",
		"", "| Parameter | Type | Description |", "|---|---|---|", "| Tags | Array | The tags: a list of tags. |", "", "| Key | String | (none) |", ""}
	checkPipeGrids(t, in, want)
}

// TestPipeGridsMarkedNameTypeWord: a bold or code name cut mid-word whose rest closes the
// mark its first piece opens is the name's rest even where that rest is the row's type
// word or starts with a capital ("**Connect" over "String**" typed String; "`Max" over
// "Connections`"): no row of its own opens with text and a closing mark, so it is read
// with no guess. Before, "String**" was an item row of the list "Connect" and every row
// below it nested a level deeper (dds DescribeDBInstanceAttribute, gfm+s4markbreak).
func TestPipeGridsMarkedNameTypeWord(t *testing.T) {
	in := strings.Split(`+-------------+---------+------------+
| Name        | Type    | About      |
+-------------+---------+------------+
| └ **Connect | String  | The        |
| String**    |         | string.    |
| └ `+"`"+`MaxConne | Integer | The        |
| ctions`+"`"+`    |         | most.      |
| └ **Port**  | Integer | The port.  |
+-------------+---------+------------+`, "\n")
	rows, _, lost := PipeGrids(in)
	var names []string
	for _, l := range rows {
		if cells := strings.Split(strings.Trim(l, "| "), " | "); len(cells) == 3 && cells[1] != "Type" && l != "|---|---|---|" {
			names = append(names, cells[0])
		}
	}
	if want := []string{"└ **ConnectString**", "└ `MaxConnections`", "└ **Port**"}; !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	if len(lost) != 0 {
		t.Errorf("lost = %+v, want no guess (the closing mark ends the name)", lost)
	}
}
