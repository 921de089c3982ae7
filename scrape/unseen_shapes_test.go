package scrape

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestUnseenShapes renders a sample of the truth records (truthRecords) in table shapes that
// no page of ../shared/corpus has and that Alibaba Cloud pages nobody here has seen plausibly
// do (the old help center, PDF and text exports, Markdown sources), each a change of one
// convention of TestHTMLTruth, TestMarkdownTruth or TestTextTruth, and scores each with
// TestAccuracy's rules (scoreTruthPages) against that convention unchanged on the same
// records: a shape keeps every name, type, Required answer and location a table shows, so
// none of its figures may fall below the unchanged convention's, and it may add no name the
// truth lacks and no guess or drop warning. The shapes:
//
//   - words: other header words, by record (headerWordSets): "Parameter name | Data type | Mandatory | Sample
//     value | Remarks", "Parameter Name | Parameter Type | Required/Optional | Example Value"
//     answered Required/Optional, "参数名称 | 数据类型 | 是否必须 | 示例 | 说明", "参数名 |
//     参数类型 | 必选/可选 | 样例值 | 备注" answered 必选/可选, "Param name | Param Type |
//     Mandatory/Optional | Example values" answered Mandatory/Optional, "Property name |
//     Field type", "字段名 | 字段类型 | 是否必填 | 举例 | 字段说明", "パラメータ名 | データ型 |
//     必須/オプション | サンプル値" answered 必須/オプション, "Nama parameter | Tipe data |
//     Wajib/Opsional";
//   - index: a leading row-number column ("No.", "#", 序号), numbered from 1 in each table
//     (no real dump has one);
//   - extra: a request table's columns the lexicon knows or not between Required and the
//     description: "Default value" ("-") and "Valid values" ("1 to 100" for integers);
//   - bodyheader (HTML): the header in the first <tbody> row, its cells <td><strong> or
//     <td><p><b>;
//   - group: a row spanning the table names it ("Request parameters"), and a ROA request is
//     one table whose parameters are grouped by location under spanning rows ("Path
//     parameters"), with no Position column (HTML colspan, a Markdown row of one bold cell,
//     a text dump's row of one cell: "Path parameters | ||||");
//   - values (HTML): a string's description cell holds a <ul> of valid values;
//   - dash: an empty Example cell (an object's, a list's) written "-";
//   - anchor (HTML): a name cell holds an anchor (<a id="X"></a>X, or the name a link to
//     itself), a type cell a link to the type's definition;
//   - respreq: the response tables have a Required column too, its cells "-";
//   - theadtitle (HTML): the <thead> opens with a row of one cell spanning the table that
//     names it ("Request parameters"), the column names in the row below;
//   - branch, ascii, angle, chevron, dashes, emdashes, dots, fwspace, nbspace: a row's depth
//     drawn before its name otherwise than the convention draws it (nestShapes: a drawn
//     tree whose blank ancestors are no-break spaces, in box-drawing or ASCII characters,
//     "∟", "» ", "-", "—" or "·" a level, full-width or no-break spaces), also in the text
//     layouts, which show no depth unchanged;
//   - dotpath: the response's names are full dotted paths ("Instances.Instance[].InstanceId",
//     "Data.Items.N.Name"), the rows at no depth;
//   - itemrow: a list's items have a row of their own named "[]", "items" or "Item" (by
//     record) one level below it, its fields below that.
//
// UNSEEN_SHAPES_DIR=dir writes the pages there; ACCURACY_MISSES=file lists the names missed.
var unseenShapes = []struct {
	convention string // "C+shape"
	ext        string // the reader: ".html", ".md" or ".txt"
}{
	{"glyph+words", ".html"}, {"glyph+index", ".html"}, {"glyph+extra", ".html"},
	{"glyph+bodyheader", ".html"}, {"glyph+group", ".html"}, {"glyph+values", ".html"},
	{"gfm+words", ".md"}, {"gfm+index", ".md"}, {"gfm+extra", ".md"}, {"gfm+group", ".md"},
	{"concat+words", ".txt"}, {"spaced+words", ".txt"}, {"cells+words", ".txt"},
	{"pipe+words", ".txt"}, {"piperow+words", ".txt"}, {"mdtable+words", ".txt"},
	{"piperow+index", ".txt"}, {"mdtable+index", ".txt"}, {"spaced+index", ".txt"}, {"concat+index", ".txt"},
	{"pipe+index", ".txt"}, {"cells+index", ".txt"}, {"piperow+extra", ".txt"},
	{"mdtable+extra", ".txt"},
	{"glyph+theadtitle", ".html"}, {"piperow+group", ".txt"}, {"mdtable+group", ".txt"},
	{"glyph+dash", ".html"}, {"gfm+dash", ".md"}, {"cells+dash", ".txt"}, {"piperow+dash", ".txt"},
	{"mdtable+dash", ".txt"},
	{"glyph+anchor", ".html"}, {"glyph+respreq", ".html"}, {"gfm+respreq", ".md"}, {"piperow+respreq", ".txt"}, {"mdtable+respreq", ".txt"},
	// nesting shapes (nestShapes)
	{"glyph+branch", ".html"}, {"gfm+branch", ".md"}, {"pipe+branch", ".txt"}, {"piperow+branch", ".txt"}, {"cells+branch", ".txt"}, {"spaced+branch", ".txt"},
	{"glyph+ascii", ".html"}, {"gfm+ascii", ".md"}, {"cells+ascii", ".txt"},
	{"glyph+angle", ".html"}, {"gfm+angle", ".md"}, {"pipe+angle", ".txt"}, {"mdtable+angle", ".txt"}, {"spaced+angle", ".txt"},
	{"glyph+chevron", ".html"}, {"gfm+chevron", ".md"}, {"piperow+chevron", ".txt"}, {"concat+chevron", ".txt"},
	{"gfm+dashes", ".md"}, {"cells+dashes", ".txt"}, {"spaced+dashes", ".txt"}, {"gfm+emdashes", ".md"}, {"concat+emdashes", ".txt"},
	{"glyph+dots", ".html"}, {"gfm+dots", ".md"}, {"mdtable+dots", ".txt"}, {"cells+dots", ".txt"},
	{"glyph+fwspace", ".html"}, {"gfm+fwspace", ".md"}, {"cells+fwspace", ".txt"}, {"mdtable+fwspace", ".txt"},
	{"glyph+nbspace", ".html"}, {"gfm+nbspace", ".md"}, {"concat+nbspace", ".txt"}, {"spaced+nbspace", ".txt"},
	{"glyph+dotpath", ".html"}, {"gfm+dotpath", ".md"},
	{"glyph+itemrow", ".html"}, {"gfm+itemrow", ".md"},
}

// unseenStride: the shapes render every unseenStride-th record, which keeps the test (each
// shape and each unchanged convention once) within a few seconds.
const unseenStride = 20

func TestUnseenShapes(t *testing.T) {
	records := everyNth(truthRecords(t), 5, unseenStride)
	dir := os.Getenv("UNSEEN_SHAPES_DIR")
	defer openMissLog(t)()
	render := func(convention, ext string) func(int, *htmlTruthRecord) []byte {
		return func(seq int, r *htmlTruthRecord) []byte {
			switch ext {
			case ".html":
				return renderTruthPage(convention, seq, r)
			case ".md":
				return renderMDTruthPage(convention, seq, r)
			}
			return renderTextTruthPage(convention, seq, r)
		}
	}
	bases := map[string]*accCount{}
	for _, s := range unseenShapes {
		t.Run(s.convention, func(t *testing.T) {
			base, _, _ := strings.Cut(s.convention, "+")
			b := bases[base+s.ext]
			if b == nil {
				b = scoreTruthPages(t, records, dir, base+s.ext, render(base, s.ext))
				bases[base+s.ext] = b
			}
			c := scoreTruthPages(t, records, dir, s.convention+s.ext, render(s.convention, s.ext))
			figures := []struct {
				what   string
				got, b float64
			}{
				{"recall", c.recall(), b.recall()}, {"type", c.typeRate(), b.typeRate()},
				{"required", rate(c.reqOK, c.reqHit), rate(b.reqOK, b.reqHit)},
				{"location", rate(c.locOK, c.locN), rate(b.locOK, b.locN)},
			}
			var line []string
			for _, f := range figures {
				line = append(line, fmt.Sprintf("%s %5.1f%% (unchanged %5.1f%%)", f.what, f.got, f.b))
				if f.got < f.b-0.05 {
					t.Errorf("%s: %s %.1f%% is below the unchanged convention's %.1f%%", s.convention, f.what, f.got, f.b)
				}
			}
			t.Logf("%-18s pages %d ok %d | %s | warnings %d guess %d drop", s.convention, c.pages, c.ok, strings.Join(line, " | "), c.guess, c.drop)
			if c.ok < b.ok || c.spurious > b.spurious || c.guess > b.guess || c.drop > b.drop {
				t.Errorf("%s: %d pages read, %d names not in the truth, %d guess and %d drop warnings; unchanged %d, %d, %d, %d",
					s.convention, c.ok, c.spurious, c.guess, c.drop, b.ok, b.spurious, b.guess, b.drop)
			}
		})
	}
}

// setShape sets the page's shape of unseenShapes; the words shape sets the header words
// (headerWordSets, by record).
func (p *truthPage) setShape(shape string) {
	p.shape = shape
	if shape != "words" {
		return
	}
	ws := headerWordSets[p.seq%len(headerWordSets)]
	if ws.base != nil {
		p.w = *ws.base
	}
	for i, f := range []*string{&p.w.name, &p.w.typ, &p.w.required, &p.w.example, &p.w.description, &p.w.yes, &p.w.no} {
		if ws.words[i] != "" {
			*f = ws.words[i]
		}
	}
}

// headerWordSets are the words shape's header words: a base word set (nil: the page's),
// then the name, type, Required, example and description columns and the Required answers
// yes and no ("" keeps the base's).
var headerWordSets = []struct {
	base  *pageWords
	words [7]string
}{
	{nil, [7]string{"Parameter name", "Data type", "Mandatory", "Sample value", "Remarks", "Yes", "No"}},
	{nil, [7]string{"Parameter Name", "Parameter Type", "Required/Optional", "Example Value", "Description", "Required", "Optional"}},
	{&zhWords, [7]string{"参数名称", "数据类型", "是否必须", "示例", "说明"}},
	{&zhWords, [7]string{"参数名", "参数类型", "必选/可选", "样例值", "备注", "必选", "可选"}},
	{nil, [7]string{"Param name", "Param Type", "Mandatory/Optional", "Example values", "Description", "Mandatory", "Optional"}},
	{nil, [7]string{"Property name", "Field type", "Required", "Example", "Remarks"}},
	{&zhWords, [7]string{"字段名", "字段类型", "是否必填", "举例", "字段说明"}},
	{&jaWords, [7]string{"パラメータ名", "データ型", "必須/オプション", "サンプル値", "", "必須", "オプション"}},
	{&idWords, [7]string{"Nama parameter", "Tipe data", "Wajib/Opsional", "", "", "Wajib", "Opsional"}},
}

// numbered is a table's header cols, with the index shape's row-number column first; it
// starts the table's row count.
func (p *truthPage) numbered(cols []string) []string {
	p.rowNo = 0
	if p.shape != "index" {
		return cols
	}
	word := [...]string{"No.", "#", "No."}[p.seq%3]
	if p.w.lang == "zh" {
		word = "序号"
	}
	return append([]string{word}, cols...)
}

// indexCell is the next row's number cell, ok in the index shape only.
func (p *truthPage) indexCell() (string, bool) {
	if p.shape != "index" {
		return "", false
	}
	p.rowNo++
	return fmt.Sprint(p.rowNo), true
}

// numberedRow is a row's cells, with the index shape's row number first.
func (p *truthPage) numberedRow(cells []string) []string {
	if n, ok := p.indexCell(); ok {
		return append([]string{n}, cells...)
	}
	return cells
}

// extraColumns are the extra shape's columns of a request table.
func (p *truthPage) extraColumns(req bool) []string {
	if p.shape != "extra" || !req {
		return nil
	}
	if p.w.lang == "zh" {
		return []string{"默认值", "取值范围"}
	}
	return []string{"Default value", "Valid values"}
}

// extraCells are a request row's cells of the extra columns.
func (p *truthPage) extraCells(req bool, n accNode) []string {
	if p.shape != "extra" || !req {
		return nil
	}
	if t := p.typeWord(n.DocType); strings.EqualFold(t, "integer") {
		return []string{"-", "1 to 100"}
	}
	return []string{"-", "-"}
}

// bodyHeader opens a table whose header is its first <tbody> row of bold <td> cells.
func (p *truthPage) bodyHeader(cols []string) {
	open, end := "<strong>", "</strong>"
	if p.seq%2 == 1 {
		open, end = "<p><b>", "</b></p>"
	}
	p.f("<tbody>\n<tr>")
	for _, c := range cols {
		p.f("<td>%s%s%s</td>", open, esc(c), end)
	}
	p.f("</tr>\n")
}

// groupTable writes a parameter table under a row spanning it that names it, a ROA
// request's parameters (position) grouped by location under spanning rows instead.
func (p *truthPage) groupTable(nodes []accNode, req, position bool) {
	parts := []locationPart{{"", nodes}}
	if req && position {
		parts, position = locationParts(nodes), false
	}
	p.tableStart(req, false)
	span := len(p.columns(req, false, true))
	for _, part := range parts {
		p.f("<tr><td colspan=\"%d\"><strong>%s</strong></td></tr>\n", span, esc(p.groupTitle(req, part.in)))
		for _, r := range p.tableRows(part.nodes, req) {
			p.row(p.cells(req, position, r.n, r.in), r, req && r.n.Required)
		}
	}
	p.f("</tbody>\n</table>\n")
}

// mdGroups writes the rows of a Markdown table as groupTable does, a group's title row
// one bold cell and the others empty; byLocation groups a request's rows by location.
func (p *truthPage) mdGroups(nodes []accNode, req, byLocation bool, span int) {
	parts := []locationPart{{"", nodes}}
	if byLocation {
		parts = locationParts(nodes)
	}
	for _, part := range parts {
		title := make([]string, span)
		title[0] = "**" + p.groupTitle(req, part.in) + "**"
		p.pipeRow(title)
		p.mdRows(part.nodes, req, false, false)
	}
}

// groupTitle names a group of rows: the location's section, or the table's.
func (p *truthPage) groupTitle(req bool, in string) string {
	switch {
	case in != "":
		return p.w.sections[in]
	case req:
		return p.w.reqParams
	}
	return p.w.respParams
}

// blankExample is an Example cell e as the dash shape fills an empty one: "-".
func (p *truthPage) blankExample(e string) string {
	if e == "" && p.shape == "dash" {
		return "-"
	}
	return e
}

// textGroups writes the rows of a text page's table under group rows (the group shape): a
// ROA request's by location, else all under one naming the table; a group row is the
// title in the name cell and the others empty.
func (p *truthPage) textGroups(nodes []accNode, req bool) {
	parts := []locationPart{{"", nodes}}
	if req && p.roa && !p.position() {
		parts = locationParts(nodes)
	}
	width := len(p.textColumns(req))
	for _, part := range parts {
		cells := make([]string, width)
		cells[0] = p.groupTitle(req, part.in)
		switch p.variant {
		case "mdtable":
			cells[0] = "**" + cells[0] + "**"
			p.f("| %s |\n", strings.Join(cells, " | "))
		default:
			p.f("%s\n", pipeLine(cells, false, " "))
		}
		p.textRows(part.nodes, req, false)
	}
}

// descriptionHTML is a description cell's content; in the values shape a string's lists
// its valid values.
func (p *truthPage) descriptionHTML(n accNode) string {
	d := "<p>" + esc(describe(n)) + "</p>"
	if p.shape == "values" && n.DocType == "string" && n.Name != "" {
		d += "<p>Valid values:</p><ul><li><code>on</code>: enabled.</li><li><code>off</code>: disabled.</li></ul>"
	}
	return d
}
