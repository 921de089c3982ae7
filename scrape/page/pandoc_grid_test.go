package page

import (
	"strings"
	"testing"
)

// TestPipeGridsPandocChunks: pandoc's grid tables (-t rst, -t markdown) break a word longer
// than its column into chunks, the last filling the column on the last line and the rest
// above it: a code name ("“" over "SupportMainte" over "nanceAction“", “ two
// backquotes), a bold one under a tree, one whose type is cut beside it ("Attri" over
// "buteMappings" beside "ar" over "ray<object>"), a plain one whose last chunk starts a word ("Dedicated" over
// "HostClusterId", filling the column), and a type ("ar" over "ray<object>").
// Each is read as the one word it is, with no guess: the rules keep every other row out.
// Before, the pieces were joined by spaces ("SupportMainte nanceAction").
func TestPipeGridsPandocChunks(t *testing.T) {
	in := strings.Split(strings.ReplaceAll(`+---------------+-------------+
| Parameter     | Type        |
+===============+=============+
| QQ            | string      |
| SupportMainte |             |
| nanceActionQQ |             |
+---------------+-------------+
| └ **Resourc   | long        |
| eOwnerId**    |             |
+---------------+-------------+
| Dedicated     | string      |
| HostClusterId |             |
+---------------+-------------+
| Tags          | ar          |
|               | ray<object> |
+---------------+-------------+
| Attri         | ar          |
| buteMappings  | ray<object> |
+---------------+-------------+`, "QQ", "``"), "\n")
	rows, lost := gridRows(t, in)
	want := []string{"| Parameter | Type |", "|---|---|", "| ``SupportMaintenanceAction`` | string |",
		"| └ **ResourceOwnerId** | long |", "| DedicatedHostClusterId | string |", "| Tags | array<object> |",
		"| AttributeMappings | array<object> |"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids:\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if len(lost) > 0 {
		t.Errorf("losses (guesses) %+v, want none", lost)
	}
}

// TestUnmarkName: a name set as code in a lightweight markup is its name; a name, and
// marked text that is no name, stay as they are.
func TestUnmarkName(t *testing.T) {
	for in, want := range map[string]string{
		"=RegionId=": "RegionId", "~Tag.N.Key~": "Tag.N.Key", "@PageSize@": "PageSize", "''Name''": "Name",
		"{{InstanceId}}": "InstanceId", "<code>Marker</code>": "Marker", "``ClientToken``": "ClientToken",
		"__Marker__": "Marker", "RegionId": "RegionId", "=a b=": "=a b=", "=": "=", "==": "==",
		"''(body)''": "(body)", "{{(body)}}": "(body)", "``(a b)``": "``(a b)``", "''()''": "''()''",
		"`+Code+`": "Code", "+Data+": "Data", "+": "+", "++": "++", "+a b+": "+a b+", // Asciidoctor's literal monospace
	} {
		if got := UnmarkName(in); got != want {
			t.Errorf("UnmarkName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPipeGridsRstHeaderless: a reStructuredText simple table with no header (two rules,
// the second followed by a blank line or the end, as docutils ends it; pandoc writes an
// HTML table whose column words are a body row so) is the table it draws, its first row
// the header on the top rule's line, a row a line, a line under a blank name going on with
// the row above; one with a header (three rules) is read as before. Before, the second rule
// was taken for the header's and the table read as none.
func TestPipeGridsRstHeaderless(t *testing.T) {
	in := strings.Split(strings.ReplaceAll(`   ============= ====== ====================
   Parameter     Type   Description
   QQRequestIdQQ String The RequestId value.
   QQPageSizeQQ  Long   The size,
                        at most 50.
   ============= ====== ====================

====== ======
Name   Type
====== ======
Id     String
====== ======`, "QQ", "``"), "\n")
	want := strings.Split(strings.ReplaceAll(`   | Parameter | Type | Description |
   |---|---|---|
   | QQRequestIdQQ | String | The RequestId value. |
   | QQPageSizeQQ | Long | The size, at most 50. |




| Name | Type |
|---|---|
| Id | String |
`, "QQ", "``"), "\n")
	checkPipeGrids(t, in, want)
}

// TestPipeGridsChunkedHead: pandoc's grid tables (-t rst) break a column word longer than
// its column into chunks as they do a name ("P" over "arameter", "Des" over "cription"):
// the header cell is the column word glued, and a header wrapped at its blanks ("HTTP
// status" over "code") stays as it is. Before, "P arameter" named no column and the table
// read as no parameter table.
func TestPipeGridsChunkedHead(t *testing.T) {
	in := strings.Split(`+----------+----------+----------+-------------+
| P        | Type     | Des      | HTTP status |
| arameter |          | cription | code        |
+==========+==========+==========+=============+
| Id       | string   | The ID.  | 400         |
+----------+----------+----------+-------------+`, "\n")
	got, _, _ := PipeGrids(in)
	if want := "| Parameter | Type | Description | HTTP status code |"; got[1] != want {
		t.Errorf("header %q, want %q", got[1], want)
	}
}

// TestPipeGridsChunksFillingColumn: in a grid ruled a row a part, a name pandoc broke into
// chunks at its column's width, a chunk starting with a capital under one that fills the
// column ("Applicat" over "ionFederated" over "CredentialId", "**AutoCreate" over
// "UserConfig**"), is the name glued with no guess: the piece fills the column too, a
// chunk, and the rules keep other rows out. Before, the tabulate rule (a name's line
// filling the column, the piece capitalised) answered first and named a guess.
func TestPipeGridsChunksFillingColumn(t *testing.T) {
	in := strings.Split(`+--------------+--------------+
| Parameter    | Type         |
+==============+==============+
| Applicat     | string       |
| ionFederated |              |
| CredentialId |              |
+--------------+--------------+
| **AutoCreate | Struct       |
| UserConfig** |              |
+--------------+--------------+`, "\n")
	got, _, lost := PipeGrids(in)
	if got[3] != "| ApplicationFederatedCredentialId | string |" || got[7] != "| **AutoCreateUserConfig** | Struct |" {
		t.Errorf("rows %q, %q", got[3], got[7])
	}
	if len(lost) > 0 {
		t.Errorf("losses (guesses) %+v, want none", lost)
	}
}

// TestPipeGridsPandocNarrow: a pandoc grid table narrower than its words (Haddock's,
// rst's, Markdown's of a narrow page) chunks a column name ("P" over "arameter", "Des"
// over "cription") as it chunks a parameter's name, over two lines or more ("Pro" over
// "gramming" over "Language": every chunk after the first fills the column), and wraps a
// description at its blanks. The header reads as the column names it is, the names whole
// and with no guess, the descriptions joined by blanks. Before, the header was "P
// arameter | Type | Des cription", which names no column: the table was no parameter
// table and the page lost its parameters; and a name whose second chunk filled the column
// and whose third started with a capital was glued by a guess.
func TestPipeGridsPandocNarrow(t *testing.T) {
	in := strings.Split(`+----------+--------+----------+
| P        | Type   | Des      |
| arameter |        | cription |
+==========+========+==========+
| Pro      | String | The      |
| gramming |        | language |
| Language |        | used.    |
+----------+--------+----------+
| PageSize | Long   | The page |
|          |        | size.    |
+----------+--------+----------+
| in       | String | The      |
| stanceId |        | instance |
|          |        | ID.      |
+----------+--------+----------+`, "\n")
	rows, lost := gridRows(t, in)
	want := []string{"| Parameter | Type | Description |", "|---|---|---|", "| ProgrammingLanguage | String | The language used. |",
		"| PageSize | Long | The page size. |", "| instanceId | String | The instance ID. |"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids:\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if len(lost) > 0 {
		t.Errorf("losses (guesses) %+v, want none", lost)
	}
}

// TestPipeGridsChunkedCells: in a grid that rules every row, a type of several words one
// of which its column's width cut ("Array of" over "Par" over "ameterDe" over
// "finition"), and a Go type cut into more chunks than there are places glueChunks tries
// one by one, are glued where no blank parts them; a name whose first line fills its
// column and whose piece starts with a capital ("Recurrence" over "Rules", tabulate's
// fancy_grid, chunks from the word's start) is glued with no guess beside a type whose
// lines go on (the piece's line has a type cell of its own). Before, the types were
// joined by blanks ("Array of Par ameterDe finition", unknown types) and the name glued by
// a guess.
func TestPipeGridsChunkedCells(t *testing.T) {
	in := strings.Split(`╒════════════╤══════════╤══════════╕
│ Name       │ Type     │ Descript │
│            │          │ ion      │
╞════════════╪══════════╪══════════╡
│ Parameters │ Array of │ The      │
│            │ Par      │ list.    │
│            │ ameterDe │          │
│            │ finition │          │
├────────────┼──────────┼──────────┤
│ Recurrence │ *Describ │ The      │
│ Rules      │ eElastic │ rules.   │
│            │ ityAssur │          │
│            │ ancesRes │          │
│            │ ponseBod │          │
│            │ yRecurre │          │
│            │ nceRules │          │
╘════════════╧══════════╧══════════╛`, "\n")
	rows, lost := gridRows(t, in)
	want := []string{"| Name | Type | Description |", "|---|---|---|", "| Parameters | Array of ParameterDefinition | The list. |",
		"| RecurrenceRules | *DescribeElasticityAssurancesResponseBodyRecurrenceRules | The rules. |"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids:\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if len(lost) > 0 {
		t.Errorf("losses (guesses) %+v, want none", lost)
	}
}

// TestPipeGridsChunkedErrorCode: an error code that its column's width cut mid-word ("In"
// over "validParameter", pandoc's chunks) is the code glued, as a code has no blank; the
// message beside it wraps at its blanks. Before, the code read "In validParameter".
func TestPipeGridsChunkedErrorCode(t *testing.T) {
	in := strings.Split(`+----------------+----------------+----------------+
| HTTP status    | Error code     | Error message  |
| code           |                |                |
+================+================+================+
| 400            | In             | The specified  |
|                | validParameter | parameter is   |
|                |                | invalid.       |
+----------------+----------------+----------------+`, "\n")
	got, _, _ := PipeGrids(in)
	if got[4] != "| 400 | InvalidParameter | The specified parameter is invalid. |" {
		t.Errorf("row %q, want the code glued", got[4])
	}
}

// TestPipeGridsChunkedNumber: a number example that its column's width cut ("17" over
// "00000000000": every chunk but the first fills the column) is the number glued; two
// numbers on lines of their own that fill no column stay two. Before, the example read
// "17 00000000000", no number.
func TestPipeGridsChunkedNumber(t *testing.T) {
	in := strings.Split(`+-------------+-------+-------------+
| Parameter   | Type  | Example     |
+=============+=======+=============+
| OwnerId     | Long  | 17          |
|             |       | 00000000000 |
+-------------+-------+-------------+
| Size        | Long  | 1           |
|             |       | 2           |
+-------------+-------+-------------+`, "\n")
	got, _, _ := PipeGrids(in)
	if got[3] != "| OwnerId | Long | 1700000000000 |" || got[6] != "| Size | Long | 1 2 |" {
		t.Errorf("rows %q and %q, want the first example glued, the second not", got[3], got[6])
	}
}

// TestPipeGridsChunkedDescription: a description that names a row of its table whose
// name its narrow column cut ("The Resourc" over "eOwnerAccount" over "value.") reads the
// name whole; words that only wrapped stay parted. Before, it read "The Resourc
// eOwnerAccount value.".
func TestPipeGridsChunkedDescription(t *testing.T) {
	in := strings.Split(`+---------------+--------+---------------+
| Parameter     | Type   | Description   |
+===============+========+===============+
| Resourc       | String | The           |
| eOwnerAccount |        | Resourc       |
|               |        | eOwnerAccount |
|               |        | value.        |
+---------------+--------+---------------+
| RegionId      | String | The region of |
|               |        | the account.  |
+---------------+--------+---------------+`, "\n")
	got, _, _ := PipeGrids(in)
	if got[3] != "| ResourceOwnerAccount | String | The ResourceOwnerAccount value. |" || got[8] != "| RegionId | String | The region of the account. |" {
		t.Errorf("rows %q and %q, want the name in the first description whole", got[3], got[8])
	}
}

// TestPipeGridsEscapedChunks: rst's escape of a Go type's "*" alone on the type cell's
// first line ("\" over "*ListIndexTempl" over "atesResponseBod" over "yResultTemplate") is
// glued to the chunks as every piece is, none of them holding a blank: "\*List...", not
// "\ *List..." (which glueChunks's fewest glues read as a type too).
func TestPipeGridsEscapedChunks(t *testing.T) {
	in := strings.Split(`+-----------------+-----------------+
| Parameter       | Type            |
+=================+=================+
| template        | \               |
|                 | *ListIndexTempl |
|                 | atesResponseBod |
|                 | yResultTemplate |
+-----------------+-----------------+`, "\n")
	got, _, _ := PipeGrids(in)
	if got[3] != `| template | \*ListIndexTemplatesResponseBodyResultTemplate |` {
		t.Errorf("row %q, want the escape and the chunks glued", got[3])
	}
}

// TestPipeGridsChunkedJSON: a JSON example that its narrow column cut into chunks
// (pandoc's grid tables, table.el: no blank in any line, every line but the last, or but
// the first, filling the column) is glued as the JSON it is; before, the lines were joined
// by blanks, inside the JSON's strings too ("env ", " prod"). Lines holding blanks, which
// wrapped at them, stay joined by blanks.
func TestPipeGridsChunkedJSON(t *testing.T) {
	in := strings.Split(`+-----------+--------+-------------+
| Parameter | Type   | Example     |
+===========+========+=============+
| Tags      | Object | {"Key":"env |
|           |        | ","Value":" |
|           |        | prod"}      |
+-----------+--------+-------------+
| Ids       | Array  | ["i-a",     |
|           |        | "i-b"]      |
+-----------+--------+-------------+
| Zones     | Array  | ["cn-hangzh |
|           |        | ou-a"]      |
+-----------+--------+-------------+`, "\n")
	got, _, _ := PipeGrids(in)
	for k, want := range map[int]string{
		3:  `| Tags | Object | {"Key":"env","Value":"prod"} |`,
		7:  `| Ids | Array | ["i-a", "i-b"] |`,
		10: `| Zones | Array | ["cn-hangzhou-a"] |`,
	} {
		if got[k] != want {
			t.Errorf("line %d = %q, want %q", k, got[k], want)
		}
	}
}

// TestPipeGridsHyphenWrapped: a word wrapped after its own hyphen in a grid's cell ("cn-"
// over "hangzhou", "x-acs-" over "request-id") reads whole, the hyphen kept; before, a
// blank parted the pieces ("cn- hangzhou"). A dash with a blank before it stays parted.
func TestPipeGridsHyphenWrapped(t *testing.T) {
	in := strings.Split(`+-----------+--------+---------------------+
| Parameter | Type   | Description         |
+===========+========+=====================+
| RegionId  | String | The region, e.g.cn- |
|           |        | hangzhou, or x-acs- |
|           |        | request-id -        |
|           |        | the header.         |
+-----------+--------+---------------------+`, "\n")
	got, _, _ := PipeGrids(in)
	if want := "| RegionId | String | The region, e.g.cn-hangzhou, or x-acs-request-id - the header. |"; got[3] != want {
		t.Errorf("row %q, want %q", got[3], want)
	}
}

// TestPipeGridsEscapedUnderscoreChunks: a Markdown page's grid narrower than its names cuts
// a name written with Markdown's escaped underscores ("client\_id") into chunks: before
// the escape ("client\_" over "id", "id\_toke" over "n"), after it ("exclusiv" over
// "e\_tag"), through it (table.el: "refresh\" over "_token") and more than once
// ("token\_t" over "ype\_hin" over "t"). The escape is part of the name, so the chunks
// glue as any name's do. Before, they were joined by a blank ("client\_ id").
func TestPipeGridsEscapedUnderscoreChunks(t *testing.T) {
	in := strings.Split(`+--------+------+
|Paramete|Type  |
|r       |      |
+--------+------+
|client\_|String|
|id      |      |
+--------+------+
|id\_toke|String|
|n       |      |
+--------+------+
|exclusiv|String|
|e\_tag  |      |
+--------+------+
|refresh\|String|
|_token  |      |
+--------+------+
|token\_t|String|
|ype\_hin|      |
|t       |      |
+--------+------+`, "\n")
	rows, lost := gridRows(t, in)
	want := []string{"| Parameter | Type |", "|---|---|", `| client\_id | String |`, `| id\_token | String |`,
		`| exclusive\_tag | String |`, `| refresh\_token | String |`, `| token\_type\_hint | String |`}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids:\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if len(lost) > 0 {
		t.Errorf("losses (guesses) %+v, want none", lost)
	}
}

// gridRows reads lines in with PipeGrids, failing t where no grid is read, and returns the
// lines it writes that are not blank and what it reports lost.
func gridRows(t *testing.T, in []string) ([]string, []GridLoss) {
	t.Helper()
	got, ok, lost := PipeGrids(in)
	if !ok {
		t.Fatalf("no grid read")
	}
	var rows []string
	for _, l := range got {
		if l != "" {
			rows = append(rows, l)
		}
	}
	return rows, lost
}
