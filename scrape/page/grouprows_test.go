package page

import (
	"fmt"
	"strings"
	"testing"
)

// TestGroupRows: in a request table, a row whose first cell alone names the table's own
// section is left out, and one naming another section splits the table, its rows and the
// blocks after the table going to a section of that kind placed after the table's; a
// parameter that is a heading word ("Body") and a row with other cells set stay rows.
func TestGroupRows(t *testing.T) {
	header := []string{"Parameter", "Type", "Required", "Description"}
	row := func(cells ...string) Row { return Row{Cells: append(cells, make([]string, 4-len(cells))...)} }
	tb := &Table{Header: header, Columns: ClassifyColumns(header), Rows: []Row{
		row("**Request parameters**"),
		row("Body"),
		row("Path parameters:"),
		row("InstanceId", "String", "Yes", "The instance."),
		row("请求体"),
		row("Name", "String", "No", "The name."),
		row("Request body", "", "", "Not a group: a description."),
	}}
	p := &Page{Sections: []*Section{
		{Kind: RequestParams, Heading: "Request parameters", Level: 2, Blocks: []Block{{Kind: TableBlock, Table: tb}, {Kind: Paragraph, Text: "Note."}}},
		{Kind: ResponseParams, Heading: "Response parameters", Level: 2},
	}}
	GroupRows(p)
	var got []string
	for _, s := range p.Sections {
		line := fmt.Sprintf("%s %q %d:", s.Kind, s.Heading, s.Level)
		for _, b := range s.Blocks {
			if b.Kind != TableBlock {
				line += " " + b.Text
				continue
			}
			for _, r := range b.Table.Rows {
				line += " [" + r.Cells[0] + "]"
			}
		}
		got = append(got, line)
	}
	want := []string{
		`request-params "Request parameters" 2: [Body]`,
		`path-params "Path parameters" 3: [InstanceId]`,
		`body-params "请求体" 3: [Name] [Request body] Note.`,
		`response-params "Response parameters" 2:`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("GroupRows gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGroupRowsCodeName: a row whose name alone is set, as code around a parameter name
// ("=Parameter=", as pandoc -t org writes a name cell's <code>: the item row under
// "Parameters"), is a parameter's row, not a group: the table is not split there. Before,
// "=Parameter=" read as the heading "Parameter" (request parameters) and the rows below it
// went to the request. A heading set as code is still one ("=Request parameters=").
func TestGroupRowsCodeName(t *testing.T) {
	header := []string{"Parameter", "Type", "Example", "Description"}
	row := func(cells ...string) Row { return Row{Cells: append(cells, make([]string, 4-len(cells))...)} }
	tb := &Table{Header: header, Columns: ClassifyColumns(header), Rows: []Row{
		row("=Parameters=", "Array of Parameter", "", "The parameters."),
		row("=Parameter="),
		row("=Name=", "String", "sample", "The name."),
		row("=Request parameters="),
		row("=RegionId=", "String", "sample", "The region."),
	}}
	p := &Page{Sections: []*Section{
		{Kind: ResponseParams, Heading: "Response parameters", Level: 2, Blocks: []Block{{Kind: TableBlock, Table: tb}}},
	}}
	GroupRows(p)
	var got []string
	for _, s := range p.Sections {
		line := fmt.Sprintf("%s:", s.Kind)
		for _, r := range s.Tables()[0].Rows {
			line += " [" + r.Cells[0] + "]"
		}
		got = append(got, line)
	}
	want := []string{"response-params: [=Parameters=] [=Parameter=] [=Name=]", "request-params: [=RegionId=]"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("GroupRows gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
