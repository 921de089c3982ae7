package page

import (
	"slices"
	"strings"
	"testing"
)

// TestParseRequiredWithin: a Required cell that makes a nested field required within its
// parent object names that object; other cells are not read so.
func TestParseRequiredWithin(t *testing.T) {
	for cell, want := range map[string]string{
		"Required in whiteIpGroup":  "whiteIpGroup",
		"required within nodeSpec.": "nodeSpec",
		"whiteIpGroup中必填":           "whiteIpGroup",
		"Yes":                       "",
		"Required in some cases":    "",
		"中必填":                       "",
	} {
		got, ok := ParseRequiredWithin(cell)
		if got != want || ok != (want != "") {
			t.Errorf("ParseRequiredWithin(%q) = %q, %v; want %q", cell, got, ok, want)
		}
	}
}

// TestRequiredMarks: a Required column may hold a mark instead of a word: a check or an
// asterisk for required, a cross (or nothing) for optional.
func TestRequiredMarks(t *testing.T) {
	for cell, want := range map[string]bool{"✓": true, "✔": true, "√": true, " * ": true, "✗": false, "×": false, "Yes.": true, "Ya": true, "否": false} {
		got, ok := ParseRequired(cell)
		if !ok || got != want {
			t.Errorf("ParseRequired(%q) = %v, %v; want %v", cell, got, ok, want)
		}
	}
}

// TestRequiredWords: the words pages put in a Required column besides Yes/No: Mandatory,
// 必填/选填/非必填, Wajib/Opsional, 対象 (the Japanese legacy tables' Yes). Before, each was a
// guess ("cannot read Required value") that read a mandatory parameter as optional.
func TestRequiredWords(t *testing.T) {
	for cell, want := range map[string]bool{"Mandatory": true, "必填": true, "选填": false, "非必填": false, "Wajib": true, "Opsional": false, "対象": true} {
		got, ok := ParseRequired(cell)
		if !ok || got != want {
			t.Errorf("ParseRequired(%q) = %v, %v; want %v", cell, got, ok, want)
		}
	}
}

// TestRequiredCells: each row's Required cell is read once, as RequiredCell reads it, in
// row order; the optional word is the first cell saying in a word that its parameter is
// not required (a blank, a mark, a noted word, a required or conditional one is none).
func TestRequiredCells(t *testing.T) {
	tb := &Table{Header: []string{"Name", "Required"}}
	tb.Columns = ClassifyColumns(tb.Header)
	for _, c := range []string{"Yes", "-", "×", "No (default: 10)", "Conditional", "Maybe", "否", "No"} {
		tb.Rows = append(tb.Rows, Row{Cells: []string{"P", c}})
	}
	reads, word := tb.RequiredCells()
	want := []RequiredRead{
		{Cell: "Yes", Required: true, OK: true},
		{},
		{Cell: "×", OK: true},
		{Cell: "No (default: 10)", Noted: true, OK: true},
		{Cell: "Conditional", Cond: true, Noted: true, OK: true},
		{Cell: "Maybe"},
		{Cell: "否", OK: true},
		{Cell: "No", OK: true},
	}
	if !slices.Equal(reads, want) || word != "否" {
		t.Errorf("RequiredCells = %+v, %q;\nwant %+v, %q", reads, word, want, "否")
	}
	for i, r := range tb.Rows {
		if got := tb.RequiredCell(r); got != reads[i] {
			t.Errorf("row %d: RequiredCell %+v, RequiredCells %+v", i, got, reads[i])
		}
	}
	if _, word := (&Table{Header: tb.Header, Columns: tb.Columns, Rows: tb.Rows[:6]}).RequiredCells(); word != "" {
		t.Errorf("no optional word: got %q", word)
	}
}

// TestRequiredMarkOwnLine: a required mark on a line of its own under a name alone (the
// HTML cell "<p>Name</p> <span>*</span>") is the name's mark, as after it on its line;
// before, the name read "Name" over "*" and the row lost its name. A line that is no mark
// stays.
func TestRequiredMarkOwnLine(t *testing.T) {
	for _, c := range []struct {
		cell, name string
		ok         bool
	}{
		{"UserName *", "UserName", true},
		{"UserName\n*", "UserName", true},
		{"`UserName`\nRequired\nMore.", "UserName\nMore.", true},
		{"UserName\nThe name.", "UserName\nThe name.", false},
		{"UserName\nOptional", "UserName\nOptional", false},
	} {
		if name, ok := RequiredMark(c.cell); name != c.name || ok != c.ok {
			t.Errorf("RequiredMark(%q) = %q, %v; want %q, %v", c.cell, name, ok, c.name, c.ok)
		}
	}
}

// TestCrossedBox: a box with a cross (☒) is read by the table's other marks: checked where
// the table also writes empty boxes (☐), crossed out where it also writes checks (☑, ✓);
// under an Optional column the answer means the inverse as for the other marks; in a
// table that tells neither it stays unread (OK false: the extraction warns by name).
func TestCrossedBox(t *testing.T) {
	for _, c := range []struct {
		header string
		cells  []string
		want   string // per row: y required, n not, ? unread, - blank
	}{
		{"Required", []string{"☒", "☐", "☒"}, "yny"},
		{"Required", []string{"☑", "☒", "✓"}, "yny"},
		{"Required", []string{"✔", "☒", ""}, "yn-"},
		{"Optional", []string{"☒", "☐"}, "ny"},
		{"Required", []string{"☒", ""}, "?-"},
		{"Required", []string{"☒", "☐", "☑"}, "?ny"},
		{"Required", []string{"☒", "Yes", "No"}, "?yn"},
		// a note after the box: a default (the mark read, the note kept out of it), a
		// condition
		{"Required", []string{"☒ (default: 10)", "☐", "☒"}, "yny"},
		{"Required", []string{"✓", "☒ (default: 10)", "☒（默认值：1）"}, "ynn"},
		{"Required", []string{"☒ (when Type is set)", "☐ (default: 1)"}, "cn"},
		{"Required", []string{"☒ (default: 10)", ""}, "?-"},
	} {
		tb := &Table{Header: []string{"Name", c.header}}
		tb.Columns = ClassifyColumns(tb.Header)
		for _, cell := range c.cells {
			tb.Rows = append(tb.Rows, Row{Cells: []string{"A", cell}})
		}
		reads, _ := tb.RequiredCells()
		var got []byte
		for _, rc := range reads {
			switch {
			case rc.Cell == "":
				got = append(got, '-')
			case rc.Cond:
				got = append(got, 'c')
			case !rc.OK:
				got = append(got, '?')
			case rc.Required:
				got = append(got, 'y')
			default:
				got = append(got, 'n')
			}
		}
		if string(got) != c.want {
			t.Errorf("%s %q: read %s, want %s", c.header, c.cells, got, c.want)
		}
		for i, rc := range reads {
			if rc.Cell != c.cells[i] {
				t.Errorf("%q: row %d cell %q, want it as written", c.cells, i, rc.Cell)
			}
			if rc.OK && !rc.Noted && strings.ContainsAny(rc.Cell, "(（") {
				t.Errorf("%q: row %d: the note is not kept (Noted false)", c.cells, i)
			}
		}
	}
}
