// Package crosscheck compares what documentation pages and the official OpenAPI metadata
// (api-docs.json) say about the same operations: parameters missing on either side, types,
// required flags, locations, enum values and response fields. Both sides are opspec specs
// (scraped pages, imported metadata); the comparison reads only the model.
//
// It tells a docs writer where a page is wrong or out of date, and a user whether to trust a
// page: the metadata is what the official SDKs are generated from.
package crosscheck

import (
	"sort"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// Kinds of findings.
const (
	MissingOnPage  = "missing-on-page" // the metadata has the field, the page does not
	OnlyOnPage     = "only-on-page"    // the page has the field, the metadata does not
	TypeDiffers    = "type"            // type words differ (int32 vs int64 included)
	RequiredDiffer = "required"        // required on one side only
	InDiffers      = "location"        // query vs body, for example
	EnumDiffers    = "enum"            // both list values, and the lists differ
	// DefaultDiffers: the request field's default differs, or one side states one and the
	// other none (Page or Metadata is then "").
	DefaultDiffers = "default"
	// BodyDiffers: one side sends the request body as one whole-body parameter whose
	// fields it does not list (a string holding JSON text, a map), the other lists the
	// body's fields; or the whole body is a list of the objects whose fields the other side
	// lists as the body's. Reported once, at path "body", instead of every field.
	BodyDiffers   = "body"
	NotInMetadata = "operation-not-in-metadata"
)

// Finding is one disagreement.
type Finding struct {
	Operation string `json:"operation"`
	Kind      string `json:"kind"`
	// Side is "request" or "response" ("" for operation findings).
	Side string `json:"side,omitempty"`
	// Path is the field's path, names joined by "." (array items are transparent).
	Path     string `json:"path,omitempty"`
	Page     string `json:"page,omitempty"`     // what the page says
	Metadata string `json:"metadata,omitempty"` // what the metadata says
	// File is the page the operation was read from.
	File string `json:"file,omitempty"`
}

// Report is the comparison of one product version.
type Report struct {
	Product string `json:"product"`
	Version string `json:"version"`
	// Compared is the number of page operations found in the metadata; MetadataOnly the
	// metadata operations no page describes (not findings: pages may cover part of a product).
	Compared     int `json:"compared"`
	MetadataOnly int `json:"metadataOnly"`
	// DefaultsAgree is the number of request fields whose default both sides state alike
	// (the disagreements are DefaultDiffers findings): with them, how far a page's stated
	// defaults can be trusted.
	DefaultsAgree int       `json:"defaultsAgree"`
	Findings      []Finding `json:"findings"`
}

// Counts is the number of findings per kind.
func (r *Report) Counts() map[string]int {
	out := map[string]int{}
	for _, f := range r.Findings {
		out[f.Kind]++
	}
	return out
}

// Compare checks every operation of pages against meta. Findings are ordered by operation
// name, then side, path and kind.
func Compare(pages, meta *opspec.Spec) *Report {
	r := &Report{Product: meta.Product, Version: meta.Version, Findings: []Finding{}}
	byName := map[string]*opspec.Operation{}
	for _, op := range meta.Operations {
		byName[strings.ToLower(op.Name)] = op
	}
	seen := map[string]bool{}
	for _, op := range pages.Operations {
		if op.OverviewOnly {
			continue
		}
		m := byName[strings.ToLower(op.Name)]
		if m == nil {
			r.Findings = append(r.Findings, Finding{Operation: op.Name, Kind: NotInMetadata, File: op.Source.File})
			continue
		}
		seen[strings.ToLower(op.Name)] = true
		r.Compared++
		var fs []Finding
		pageParams, metaParams, bodyFinding := alignBodies(op.Params, m.Params)
		if bodyFinding != nil {
			fs = append(fs, *bodyFinding)
		}
		var agree int
		fs, agree = compareTree(fs, "request", requestTree(pageParams), requestTree(metaParams))
		r.DefaultsAgree += agree
		fs, _ = compareTree(fs, "response", responseTree(op.Response), responseTree(m.Response))
		sort.SliceStable(fs, func(i, j int) bool {
			a, b := fs[i], fs[j]
			if a.Side != b.Side {
				return a.Side == "request"
			}
			if a.Path != b.Path {
				return a.Path < b.Path
			}
			return a.Kind < b.Kind
		})
		for i := range fs {
			fs[i].Operation, fs[i].File = op.Name, op.Source.File
		}
		r.Findings = append(r.Findings, fs...)
	}
	for _, op := range meta.Operations {
		if !seen[strings.ToLower(op.Name)] {
			r.MetadataOnly++
		}
	}
	sort.SliceStable(r.Findings, func(i, j int) bool { return r.Findings[i].Operation < r.Findings[j].Operation })
	return r
}

// node is one field of a flattened request or response.
type node struct {
	typ      string
	required bool
	in       string // request top level only
	enum     []string
	def      string // the default as text, "" for none
}

type tree struct {
	paths []string // in model order
	nodes map[string]node
}

func (t *tree) add(path string, n node) {
	if _, dup := t.nodes[path]; dup {
		return
	}
	t.paths = append(t.paths, path)
	t.nodes[path] = n
}

// alignBodies makes the request bodies of the two sides comparable, like with like, when
// one side has a whole-body parameter (opspec.InWholeBody) and the other lists body fields
// (opspec.InBody): the whole body's fields (its properties, or its list items') stand for
// it, compared field by field with the other side's; a whole body whose fields are not
// listed (a string holding JSON text, a map) cannot be compared field by field, so the
// other side's body fields are left out and one BodyDiffers finding says what each side
// has. A whole body that is a list of such objects is one BodyDiffers finding too, beside
// its fields' comparison. Other parameters are returned as they are.
func alignBodies(page, meta []*opspec.Param) ([]*opspec.Param, []*opspec.Param, *Finding) {
	pw, mw := wholeBody(page), wholeBody(meta)
	switch {
	case mw != nil && pw == nil && len(bodyFields(page)) > 0:
		meta, page, whole, fields := alignBody(mw, meta, page)
		if whole == "" {
			return page, meta, nil
		}
		return page, meta, &Finding{Kind: BodyDiffers, Side: "request", Path: "body", Page: fields, Metadata: whole}
	case pw != nil && mw == nil && len(bodyFields(meta)) > 0:
		page, meta, whole, fields := alignBody(pw, page, meta)
		if whole == "" {
			return page, meta, nil
		}
		return page, meta, &Finding{Kind: BodyDiffers, Side: "request", Path: "body", Page: whole, Metadata: fields}
	}
	return page, meta, nil
}

// alignBody replaces the whole-body parameter w of params by its fields, or leaves both
// w and the other side's body fields out when it lists none. whole and fields describe
// each side's body when they differ in form (whole is "" when they do not: w is an object
// whose fields are the body's).
func alignBody(w *opspec.Param, params, other []*opspec.Param) (_, _ []*opspec.Param, whole, fields string) {
	var names []string
	for _, p := range bodyFields(other) {
		names = append(names, p.Name)
	}
	fields = "body fields " + strings.Join(names, ", ")
	kids := children(w.Schema)
	var out []*opspec.Param
	for _, p := range params {
		if p != w {
			out = append(out, p)
			continue
		}
		for _, k := range kids {
			out = append(out, &opspec.Param{Name: k.Name, In: opspec.InBody, Required: k.Required, Schema: k.Schema})
		}
	}
	switch {
	case len(kids) == 0:
		var rest []*opspec.Param
		for _, p := range other {
			if p.In != opspec.InBody {
				rest = append(rest, p)
			}
		}
		return out, rest, "whole body " + w.Schema.TypeWord() + " (its fields not listed)", fields
	case w.Schema.Type == "array":
		return out, other, "whole body " + w.Schema.TypeWord() + " (a list of objects with these fields)", fields
	}
	return out, other, "", ""
}

func wholeBody(params []*opspec.Param) *opspec.Param {
	for _, p := range params {
		if p.In == opspec.InWholeBody {
			return p
		}
	}
	return nil
}

func bodyFields(params []*opspec.Param) []*opspec.Param {
	var out []*opspec.Param
	for _, p := range params {
		if p.In == opspec.InBody {
			out = append(out, p)
		}
	}
	return out
}

func requestTree(params []*opspec.Param) *tree {
	t := &tree{nodes: map[string]node{}}
	for _, p := range params {
		walk(t, p.Name, p.Schema, p.Required, string(p.In), 0)
	}
	return t
}

func responseTree(s *opspec.Schema) *tree {
	t := &tree{nodes: map[string]node{}}
	for _, p := range children(s) {
		walk(t, p.Name, p.Schema, p.Required, "", 0)
	}
	return t
}

func walk(t *tree, path string, s *opspec.Schema, required bool, in string, depth int) {
	n := node{typ: s.TypeWord(), required: required, in: in}
	if s != nil {
		n.def = s.DefaultText()
		for _, e := range s.Enum {
			n.enum = append(n.enum, e.Value)
		}
	}
	t.add(path, n)
	if depth > 32 {
		return
	}
	for _, p := range children(s) {
		walk(t, path+"."+p.Name, p.Schema, p.Required, "", depth+1)
	}
}

// children are an object's properties, or those of its (nested) array items.
func children(s *opspec.Schema) []*opspec.Property {
	for d := 0; s != nil && d < 32; d++ {
		if len(s.Properties) > 0 {
			return s.Properties
		}
		s = s.Items
	}
	return nil
}

// compareTree appends the differences of page and meta to fs; agree counts the fields whose
// default both state alike (request side only: defaults are what a request may leave out).
func compareTree(fs []Finding, side string, page, meta *tree) (_ []Finding, agree int) {
	// A field missing on one side is reported once, at its top: its children are not
	// listed again.
	under := func(path string, gone map[string]bool) bool {
		for i := strings.LastIndex(path, "."); i > 0; i = strings.LastIndex(path[:i], ".") {
			if gone[path[:i]] {
				return true
			}
		}
		return false
	}
	goneMeta, gonePage := map[string]bool{}, map[string]bool{}
	for _, p := range meta.paths {
		m := meta.nodes[p]
		pg, ok := page.nodes[p]
		if !ok {
			goneMeta[p] = true
			if !under(p, goneMeta) {
				fs = append(fs, Finding{Kind: MissingOnPage, Side: side, Path: p, Metadata: describe(m)})
			}
			continue
		}
		if pg.typ != m.typ && pg.typ != "any" && m.typ != "any" {
			fs = append(fs, Finding{Kind: TypeDiffers, Side: side, Path: p, Page: pg.typ, Metadata: m.typ})
		}
		if side == "request" && pg.required != m.required {
			fs = append(fs, Finding{Kind: RequiredDiffer, Side: side, Path: p, Page: reqWord(pg.required), Metadata: reqWord(m.required)})
		}
		// Locations are compared where both sides have one (top-level parameters; both
		// readers nest flattened names such as SystemDisk.Size the same way).
		if pg.in != m.in && pg.in != "" && m.in != "" {
			fs = append(fs, Finding{Kind: InDiffers, Side: side, Path: p, Page: pg.in, Metadata: m.in})
		}
		if len(pg.enum) > 0 && len(m.enum) > 0 && !sameSet(pg.enum, m.enum) {
			fs = append(fs, Finding{Kind: EnumDiffers, Side: side, Path: p, Page: strings.Join(sorted(pg.enum), ", "), Metadata: strings.Join(sorted(m.enum), ", ")})
		}
		switch {
		case side != "request" || pg.def == "" && m.def == "":
		case pg.def == m.def:
			agree++
		default:
			fs = append(fs, Finding{Kind: DefaultDiffers, Side: side, Path: p, Page: pg.def, Metadata: m.def})
		}
	}
	for _, p := range page.paths {
		if _, ok := meta.nodes[p]; ok {
			continue
		}
		gonePage[p] = true
		if !under(p, gonePage) {
			fs = append(fs, Finding{Kind: OnlyOnPage, Side: side, Path: p, Page: describe(page.nodes[p])})
		}
	}
	return fs, agree
}

func describe(n node) string {
	s := n.typ
	if n.in != "" {
		s += ", " + n.in
	}
	if n.required {
		s += ", required"
	}
	return s
}

func reqWord(b bool) string {
	if b {
		return "required"
	}
	return "optional"
}

func sorted(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}

func sameSet(a, b []string) bool {
	set := map[string]bool{}
	for _, x := range a {
		set[x] = true
	}
	other := map[string]bool{}
	for _, x := range b {
		if !set[x] {
			return false
		}
		other[x] = true
	}
	return len(set) == len(other)
}
