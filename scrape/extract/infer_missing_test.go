package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// The fields a JSON example shows and the response table does not are added, each kind of
// key met as before: a key the table has (exactly, or in other letter case: the table's name
// kept), the flattened form of a nested field (left out), and new keys, top-level and
// nested, whose types come from the example; one guess names the new keys of each object.
func TestInferMissingFields(t *testing.T) {
	rows := []page.Row{
		{Line: 7, Cells: []string{"RequestId", "String", "The request.", "r"}, Depth: 0},
		{Line: 8, Cells: []string{"ZoneInfos", "Array of ZoneInfo", "The zones.", ""}, Depth: 0},
		{Line: 9, Cells: []string{"ZoneId", "String", "The zone.", "z"}, Depth: 1},
		{Line: 10, Cells: []string{"SystemDisk", "Object", "The disk.", ""}, Depth: 0},
		{Line: 11, Cells: []string{"Size", "Integer", "The size.", "40"}, Depth: 1},
	}
	table := &page.Table{Line: 6, Header: respHeader, Columns: page.ClassifyColumns(respHeader), Rows: rows}
	ex := `{"RequestId": "r", "zoneInfos": [{"ZoneId": "z", "Name": "n"}], "SystemDisk": {"Size": 40},
"SystemDisk.Size": 40, "Extra": {"A": 1, "B": [true]}, "Count": 2, "Tags.Key": "k"}`
	p := &page.Page{File: "e.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response elements", 5, page.Block{Kind: page.TableBlock, Line: 6, Table: table}),
		sec(page.Examples, "Examples", 13, code(14, ex)),
	}}
	op, res := mustOp(t, p)
	if got := names(op.Response); got != "RequestId,ZoneInfos,SystemDisk,Extra,Count,Tags.Key" {
		t.Errorf("response = %s", got)
	}
	prop := func(s *opspec.Schema, name string) *opspec.Schema {
		for _, q := range s.Properties {
			if q.Name == name {
				return q.Schema
			}
		}
		t.Fatalf("no %s in %s", name, names(s))
		return nil
	}
	if zone := prop(op.Response, "ZoneInfos").Items; zone == nil || names(zone) != "ZoneId,Name" {
		t.Errorf("ZoneInfos items = %+v", zone)
	}
	if disk := prop(op.Response, "SystemDisk"); names(disk) != "Size" {
		t.Errorf("SystemDisk = %s", names(disk))
	}
	extra := prop(op.Response, "Extra")
	if names(extra) != "A,B" || prop(extra, "A").Type != "integer" || prop(extra, "B").Items.Type != "boolean" ||
		prop(op.Response, "Count").Type != "integer" || prop(op.Response, "Tags.Key").Type != "string" {
		t.Errorf("inferred types: Extra %+v", extra)
	}
	var got []string
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "JSON example") {
			got = append(got, w.String())
		}
	}
	want := []string{
		`e.txt:14: response field ZoneInfos: the JSON example writes it "zoneInfos"; the table's name kept`,
		// the path of a nested key is spelt as the example writes it
		"e.txt:14: response field zoneInfos[].Name is in the JSON example but not in the table; type inferred from the example",
		"e.txt:14: response fields Extra, Count, Tags.Key are in the JSON example but not in the table; types inferred from the example",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Every key a JSON example adds is named in the guess, however many there are: a list cut
// to six names and "and N more" left the others silent.
func TestInferMissingNamesEveryField(t *testing.T) {
	rows := []page.Row{{Line: 7, Cells: []string{"RequestId", "String", "The request.", "r"}, Depth: 0}}
	table := &page.Table{Line: 6, Header: respHeader, Columns: page.ClassifyColumns(respHeader), Rows: rows}
	ex := `{"RequestId": "r", "A1": 1, "A2": 2, "A3": 3, "A4": 4, "A5": 5, "A6": 6, "A7": 7, "A8": "x"}`
	p := &page.Page{File: "e.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response elements", 5, page.Block{Kind: page.TableBlock, Line: 6, Table: table}),
		sec(page.Examples, "Examples", 13, code(14, ex)),
	}}
	_, res := mustOp(t, p)
	want := "e.txt:14: response fields A1, A2, A3, A4, A5, A6, A7, A8 are in the JSON example but not in the table; types inferred from the example"
	for _, w := range res.Warnings {
		if w.String() == want {
			return
		}
	}
	t.Errorf("no warning %q in %v", want, res.Warnings)
}

// A JSON example that spells one field otherwise (the table's TaskId, the example's
// ExportTaskId; a list's wrapper and item keys with a word more) does not add it twice when
// it is the one key the table lacks and the table's field the one the example lacks: the
// table's name is kept with a guess naming both. With a second such key, or a scalar beside
// a list, or names not made of each other's words, the key is added as before.
func TestInferMissingRenamedKey(t *testing.T) {
	respOf := func(rows []page.Row, ex string) (*opspec.Operation, []string) {
		t.Helper()
		table := &page.Table{Line: 6, Header: respHeader, Columns: page.ClassifyColumns(respHeader), Rows: rows}
		p := &page.Page{File: "e.txt", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response elements", 5, page.Block{Kind: page.TableBlock, Line: 6, Table: table}),
			sec(page.Examples, "Examples", 13, code(14, ex)),
		}}
		op, res := mustOp(t, p)
		var ws []string
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "JSON example") {
				ws = append(ws, w.String())
			}
		}
		return op, ws
	}
	scalar := []page.Row{
		{Line: 7, Cells: []string{"RequestId", "String", "The request.", "r"}, Depth: -1},
		{Line: 8, Cells: []string{"TaskId", "String", "The task.", "t-1"}, Depth: -1},
	}
	op, ws := respOf(scalar, `{"RequestId": "r", "ExportTaskId": "t-1"}`)
	want := `e.txt:14: response field TaskId is the one field of its object that the JSON example lacks, and "ExportTaskId" the one key there that the table lacks: read as the same field spelt otherwise, the table's name kept`
	if got := names(op.Response); got != "RequestId,TaskId" || !slices.Contains(ws, want) {
		t.Errorf("renamed scalar: response %s, warnings:\n%s", got, strings.Join(ws, "\n"))
	}
	list := []page.Row{
		{Line: 7, Cells: []string{"MaintenanceAttributes", "Array of MaintenanceAttribute", "The attributes.", ""}, Depth: -1},
		{Line: 8, Cells: []string{"MaintenanceAttribute", "", "", ""}, Depth: -1},
		{Line: 9, Cells: []string{"Action", "String", "The action.", "Stop"}, Depth: -1},
		{Line: 10, Cells: []string{"InstanceId", "String", "The instance.", "i-1"}, Depth: -1},
		{Line: 11, Cells: []string{"RequestId", "String", "The request.", "r"}, Depth: -1},
	}
	op, ws = respOf(list, `{"InstanceMaintenanceAttributes": {"InstanceMaintenanceAttribute": [{"Action": "Stop", "InstanceId": "i-1"}]}, "RequestId": "r"}`)
	want = `e.txt:14: response field InstanceMaintenanceAttributes.MaintenanceAttribute is the one field of its object that the JSON example lacks, and "InstanceMaintenanceAttribute" the one key there that the table lacks: read as the same field spelt otherwise, the table's name kept`
	if got := names(op.Response); got != "MaintenanceAttributes,RequestId" || !slices.Contains(ws, want) {
		t.Errorf("renamed list: response %s, warnings:\n%s", got, strings.Join(ws, "\n"))
	}
	for _, c := range []struct{ what, ex, names string }{
		{"two keys the table lacks", `{"RequestId": "r", "ExportTaskId": "t-1", "Extra": 1}`, "RequestId,TaskId,ExportTaskId,Extra"},
		{"a list beside a scalar", `{"RequestId": "r", "ExportTaskId": ["t-1"]}`, "RequestId,TaskId,ExportTaskId"},
		{"other words", `{"RequestId": "r", "JobId": "t-1"}`, "RequestId,TaskId,JobId"},
	} {
		if op, _ := respOf(scalar, c.ex); names(op.Response) != c.names {
			t.Errorf("%s: response %s, want %s", c.what, names(op.Response), c.names)
		}
	}
}
