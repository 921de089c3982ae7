package extract

import (
	"regexp"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

var (
	// productVersionRe finds "Eiam-developerapi/2022-02-25" in overview prose.
	productVersionRe = regexp.MustCompile(`\b([A-Za-z][A-Za-z0-9-]*)/(\d{4}-\d{2}-\d{2})\b`)
	styleRe          = regexp.MustCompile(`\b(ROA|RPC)\b`)
)

// overview reads an overview page's operation list; nil when the page has none.
func (x *extractor) overview() *Overview {
	start := -1
	for i, s := range x.p.Sections {
		if s.Kind == page.APIList {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	ov := &Overview{}
	x.overviewFacts()
	seen := map[string]int{}
	pending := ""
	named := false
	for _, s := range x.p.Sections[start:] {
		if s.Kind != page.APIList && s.Kind != page.Other {
			break
		}
		if s.Kind == page.Other {
			pending = strings.TrimSpace(s.Heading)
		}
		for _, b := range s.Blocks {
			switch b.Kind {
			case page.Paragraph:
				if t := strings.TrimSpace(b.Text); t != "" && len(t) <= 80 && !strings.Contains(t, "\n") {
					pending = t
				}
			case page.TableBlock:
				g := x.overviewTable(b.Table, ov, seen)
				if len(g) == 0 {
					continue
				}
				if pending != "" {
					named = true
				}
				ov.Groups = append(ov.Groups, opspec.Group{Name: pending, Operations: g})
				pending = ""
			}
		}
	}
	if !named {
		ov.Groups = nil
	}
	return ov
}

// overviewTable reads one API table and returns the names it lists.
func (x *extractor) overviewTable(t *page.Table, ov *Overview, seen map[string]int) []string {
	col := page.ColAPI
	if t.Col(col) < 0 {
		col = page.ColName
		if t.Col(col) < 0 {
			return nil
		}
	}
	var names []string
	for _, r := range t.Rows {
		raw := strings.TrimSpace(r.Cell(t, col))
		if raw == "" {
			continue
		}
		name := firstIdent(strings.Trim(raw, "`*[]"))
		if name == "" {
			x.warn(r.Line, "overview row %q is not an operation name; row skipped", raw)
			continue
		}
		if first, dup := seen[name]; dup {
			x.warn(r.Line, "operation %s listed twice in the overview (first at line %d)", name, first)
			continue
		}
		seen[name] = r.Line
		op := &opspec.Operation{
			Name:         name,
			Title:        strings.TrimSpace(r.Cell(t, page.ColTitle)),
			Summary:      strings.TrimSpace(r.Cell(t, page.ColDescription)),
			OverviewOnly: true,
			Source:       opspec.Source{File: x.p.File, URL: x.p.URL, Lang: x.p.Lang},
		}
		if d, ok := normalizeDate(x.p.LastUpdated); ok {
			op.Source.LastUpdated = d
		}
		ov.Operations = append(ov.Operations, op)
		names = append(names, name)
	}
	return names
}

// overviewFacts reads product code, version and style from the overview's prose.
func (x *extractor) overviewFacts() {
	for _, s := range x.p.Sections {
		for _, b := range s.Blocks {
			if b.Kind != page.Paragraph {
				continue
			}
			if m := productVersionRe.FindStringSubmatch(b.Text); m != nil && x.res.Version == "" {
				x.setProduct(m[1], "overview")
				x.setVersion(m[2], "overview")
				if sm := styleRe.FindStringSubmatch(b.Text); sm != nil && x.res.Style == "" {
					x.res.Style = opspec.Style(sm[1])
				}
			}
		}
	}
	if x.res.Style == "" {
		for _, s := range x.p.Sections {
			for _, b := range s.Blocks {
				if b.Kind == page.Paragraph && strings.Contains(strings.ToLower(b.Text), "standard") {
					if sm := styleRe.FindStringSubmatch(b.Text); sm != nil {
						x.res.Style = opspec.Style(sm[1])
						return
					}
				}
			}
		}
	}
}
