package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestLabelEndsTable: in a dump that writes a cell a line, or a spaced one (a row's
// description on the lines below it), a label line after a table's last row ("Body", "请求体：", "Response headers") that heads the table after it ends the
// row (labelsTable): it stays a paragraph over that table (or the heading of its section,
// a heading word), where extraction reads it as the body's location. Before, it was the row's last cell, its Example, the row's example
// pushed into the description, and the body's rows read with no location (a guess).
// Both cell-a-line shapes: a blank line between every two lines, and a row's cells on
// lines of their own with a blank line between rows.
func TestLabelEndsTable(t *testing.T) {
	rows := [][]string{
		{"Parameter", "Type", "Required", "Description", "Example"},
		{"InstanceId", "string", "Yes", "The instance.", "i-1"},
	}
	body := [][]string{
		{"Parameter", "Type", "Required", "Description", "Example"},
		{"Name", "string", "Yes", "The name.", "abc"},
		{"Size", "integer", "No", "The size.", "10"},
	}
	join := func(rows [][]string, cellSep, rowSep string) string {
		var out []string
		for _, r := range rows {
			out = append(out, strings.Join(r, cellSep))
		}
		return strings.Join(out, rowSep)
	}
	// the spaced layout: a row's cells but the description on its line, the description
	// below it, a blank line between rows
	spaced := func(rows [][]string) string {
		h := rows[0]
		out := strings.Join(append(h[:3:3], h[4], h[3]), " ")
		for _, r := range rows[1:] {
			out += "\n" + strings.Join(append(r[:3:3], r[4]), " ") + "\n\n" + r[3] + "\n"
		}
		return out
	}
	for _, label := range []string{"Body", "请求体：", "Request body"} {
		for _, seps := range [][2]string{{"\n\n", "\n\n"}, {"\n", "\n\n"}, {"spaced", ""}} {
			after := "\n" // the label right under the row's last cell
			if seps[0] == "\n\n" {
				after = "\n\n"
			}
			src := "Request parameters\n\n" + join(rows, seps[0], seps[1]) + after + label + "\n\n" +
				join(body, seps[0], seps[1]) + "\n\nResponse parameters\n\n" +
				join([][]string{{"Parameter", "Type", "Description", "Example"}, {"RequestId", "string", "The request.", "R-1"}}, seps[0], seps[1]) + "\n"
			if seps[0] == "spaced" {
				src = "Request parameters\n\n" + spaced(rows) + "\n" + label + "\n\n" + spaced(body) +
					"\nResponse parameters\n\n" + strings.Join([]string{"Parameter", "Type", "Example", "Description"}, " ") + "\nRequestId string R-1\n\nThe request.\n"
			}
			p := readText(t, src)
			var got []string // the request's blocks, a section's heading in its place
			for _, sec := range p.Sections {
				if !sec.Kind.HoldsRequest() {
					continue
				}
				if sec.Kind != page.RequestParams {
					got = append(got, sec.Heading)
				}
				for _, b := range sec.Blocks {
					if b.Table != nil {
						got = append(got, "table "+strings.Join(column(b.Table, page.ColName), ",")+" examples "+strings.Join(column(b.Table, page.ColExample), ","))
					} else {
						got = append(got, b.Text)
					}
				}
			}
			want := []string{"table InstanceId examples i-1", label, "table Name,Size examples abc,10"}
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("%q, %q: blocks %q, want %q", label, seps[0], got, want)
			}
		}
	}
	// the response's labels, "Headers" over one header's table, "Body" over the body's
	src := "Response parameters\n\nHeaders\n\n" + join([][]string{{"Parameter", "Type", "Description", "Example"}, {"ETag", "string", "The tag.", "5B3C"}}, "\n\n", "\n\n") +
		"\n\nBody\n\n" + join([][]string{{"Parameter", "Type", "Description", "Example"}, {"RequestId", "string", "The request.", "R-1"}}, "\n\n", "\n\n") + "\n"
	var got []string
	for _, sec := range readText(t, src).Sections {
		for _, b := range sec.Blocks {
			if b.Table != nil {
				got = append(got, "table "+strings.Join(column(b.Table, page.ColExample), ","))
			} else {
				got = append(got, b.Text)
			}
		}
	}
	if want := "Headers | table 5B3C | Body | table R-1"; strings.Join(got, " | ") != want {
		t.Errorf("response: blocks %q, want %q", got, want)
	}
}

// TestCellsLostExampleHeader: a cell-a-line dump whose header lost the Example column (the
// Japanese site's legacy dumps: "パラメーター データ型 必須 説明" over rows that give an
// example before the description) gets it back where the rows open their text with a
// bare value (restoreExample), with an info warning; a row with no example keeps its
// description whole, and a table whose rows open with sentences keeps its header.
// Before, each example opened its row's description.
func TestCellsLostExampleHeader(t *testing.T) {
	p := readText(t, "リクエストパラメーター\n\nパラメーター\n\nデータ型\n\n必須\n\n説明\n\n"+
		"PageNumber\n\nInteger\n\nいいえ\n\n1\n\n返すページ番号。\n\nデフォルト値: 1。\n\n"+
		"Tags\n\nArray\n\nいいえ\n\nタグ。\n\n"+
		"RegionId\n\nString\n\nはい\n\ncn-hangzhou\n\nリージョン ID。\n")
	tb := table(t, p, page.RequestParams)
	equal(t, "examples", column(tb, page.ColExample), []string{"1", "", "cn-hangzhou"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"返すページ番号。\nデフォルト値: 1。", "タグ。", "リージョン ID。"})
	if w := warningsOfKind(p, page.Info); len(w) != 1 || !strings.Contains(w[0], "names no Example column") {
		t.Errorf("info warnings %q, want the header's lost Example column", w)
	}
	p = readText(t, "Request parameters\n\nParameter\n\nType\n\nRequired\n\nDescription\n\n"+
		"PageNumber\n\nInteger\n\nNo\n\nThe page number.\n\nDefault value: 1.\n\n"+
		"RegionId\n\nString\n\nYes\n\nThe region ID.\n")
	if tb := table(t, p, page.RequestParams); tb.Col(page.ColExample) >= 0 {
		t.Errorf("header %q: an Example column where no row has an example", tb.Header)
	}
}
