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
