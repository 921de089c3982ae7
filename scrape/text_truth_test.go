package scrape

import (
	"os"
	"strings"
	"testing"
)

// TestTextTruth renders every truth record (truthRecords) as a plain-text page in the text
// layouts whose rows are glued or split, shaped like the real dumps in
// ../shared/corpus/text/pages, and scores each layout with TestAccuracy's rules:
//
//   - concat: a row's cells run together ("InstanceIdstringYes"), description and example
//     on the lines below; or, every fourth record (legacy pages), the example glued to the
//     row too ("InstanceIdStringYescn-hangzhou") and the description below;
//   - spaced: "Name Type Required Example" separated by spaces, the description below;
//   - cells: every cell on its own line, blank lines between, an empty cell left out.
//
// The real dumps show no depth: rows are flat in tree order, an RPC request's names are
// dotted as the pages write them (Tag.N.Key, truthPage.dotted), and the response's tree
// is in the JSON example. A ROA request's nesting is shown nowhere, so recall stays below
// 100 % there. Type words alternate by record as in TestHTMLTruth (truthPage.typeOf).
//
// To look at the pages: TEXT_TRUTH_DIR=/tmp/pages go test ./scrape -run TestTextTruth -v
// writes them there; ACCURACY_MISSES=file lists the names missed, as for TestAccuracy.
// Raise a floor as TestAccuracy's comment says; never lower one to make a change pass.
var textTruthLayouts = []struct {
	name        string
	recall, typ float64 // floors, in per cent
}{
	{"concat", 97, 99}, // 97.7
	{"spaced", 98, 99}, // 98.3
	{"cells", 98, 99},  // 98.3
}

func TestTextTruth(t *testing.T) {
	records := truthRecords(t)
	dir := os.Getenv("TEXT_TRUTH_DIR")
	defer openMissLog(t)()
	for _, l := range textTruthLayouts {
		c := scoreTruthPages(t, records, dir, l.name+".txt", func(seq int, r *htmlTruthRecord) []byte {
			return renderTextTruthPage(l.name, seq, r)
		})
		t.Logf("%-7s pages %4d ok %4d | recall %5.1f%% (%d/%d visible, %d on failed pages) | type %5.1f%% | required %5.1f%% (%d) | spurious %d | warnings %d guess %d drop",
			l.name, c.pages, c.ok, c.recall(), c.hit, c.vis, c.lost, c.typeRate(), rate(c.reqOK, c.reqHit), c.reqHit, c.spurious, c.guess, c.drop)
		if c.recall() < l.recall {
			t.Errorf("%s: recall %.1f%% is below its floor %.0f%%", l.name, c.recall(), l.recall)
		}
		if c.typeRate() < l.typ {
			t.Errorf("%s: type %.1f%% is below its floor %.0f%%", l.name, c.typeRate(), l.typ)
		}
	}
}

// renderTextTruthPage renders record r (the seq-th) as a text page in the named layout.
func renderTextTruthPage(layout string, seq int, r *htmlTruthRecord) []byte {
	p := &truthPage{w: enWords, variant: layout, text: true, spell: seq % 4, seq: seq, roa: r.Style == "ROA"}
	if seq%2 == 1 {
		p.w.respParams = "Response elements"
	}
	title := r.Operation
	if seq%3 == 0 {
		title = ":" + r.Operation // the dump of the site's "PRODUCT:Operation" title
	}
	p.f("URL: https://www.alibabacloud.com/help/en/%s/latest/%s\n\nAll Products\nSearch\nDocument Center\n\n", strings.ToLower(r.Product), strings.ToLower(r.Operation))
	p.f("%s\n\nLast Updated:Mar 01, 2024\n\nCalls the %s operation of %s (API version %s).\n\n", title, r.Operation, r.Product, r.Version)
	if p.roa {
		p.f("Request syntax\n\n%s %s HTTP/1.1\n\n", r.Method, r.Path)
	}
	p.f("%s\n\n", p.w.reqParams)
	if len(r.Request) == 0 {
		p.f("No parameters required.\n\n")
	} else {
		p.textParams(r.Request, true)
	}
	p.f("%s\n\n", p.w.respParams)
	p.textParams(r.Response, false)
	p.f("Examples\n\nSample success responses\n\nJSON format\n\n")
	var j strings.Builder
	p.jsonObject(&j, r.Response, "")
	p.f("%s\n\nError codes\n\nFor a list of error codes, visit the Service error codes.\n", j.String())
	return []byte(p.b.String())
}

// textParams writes a request (req) or response parameter list: its header line(s) and its
// rows, flat in tree order.
func (p *truthPage) textParams(nodes []accNode, req bool) {
	exampleFirst := p.exampleFirst() || p.variant == "spaced" // the real spaced pages are legacy ones
	cols := []string{p.w.name, p.w.typ}
	if req {
		cols = append(cols, p.w.required)
	}
	if exampleFirst {
		cols = append(cols, p.w.example, p.w.description)
	} else {
		cols = append(cols, p.w.description, p.w.example)
	}
	switch p.variant {
	case "concat":
		p.f("%s\n", strings.Join(cols, ""))
	case "spaced":
		p.f("%s\n", strings.Join(cols, " "))
	default:
		p.f("%s\n\n", strings.Join(cols, "\n\n"))
	}
	var rows []truthRow
	p.flatten(nodes, req, nil, 0, &rows)
	for _, r := range rows {
		cells := []string{r.name, p.typeOf(r.n)}
		if req {
			cells = append(cells, p.yesNo(r.n.Required))
		}
		desc, example := describe(r.n), exampleCell(r.n)
		switch {
		case p.variant == "concat" && exampleFirst:
			p.f("%s%s\n\n%s\n\n", strings.Join(cells, ""), example, desc)
		case p.variant == "concat" && example == "":
			p.f("%s\n\n%s\n\n", strings.Join(cells, ""), desc)
		case p.variant == "concat":
			p.f("%s\n\n%s\n\n%s\n", strings.Join(cells, ""), desc, example)
		case p.variant == "spaced":
			if example != "" {
				cells = append(cells, example)
			}
			p.f("%s\n\n%s\n\n", strings.Join(cells, " "), desc)
		default: // cells, an empty one left out
			if exampleFirst {
				cells = append(cells, example, desc)
			} else {
				cells = append(cells, desc, example)
			}
			for _, c := range cells {
				if c != "" {
					p.f("%s\n\n", c)
				}
			}
		}
	}
	p.f("\n")
}
