package docs

import (
	"cmp"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// IndexData is what index.md.tmpl receives: the product and its operations grouped as the
// overview groups them.
type IndexData struct {
	Spec       *opspec.Spec
	Package    string // Go package name of the generated client ("eiam20211201")
	ImportPath string // its import path
	// Groups are the overview's groups in page order, then "Other" for operations no group
	// names; a single group with an empty Name when the overview does not group operations.
	Groups []IndexGroup
	// Pages counts operations with a page; OverviewOnly counts those without one.
	Pages, OverviewOnly int
	// EndpointPattern is the host of a region Spec.Endpoints does not list
	// ("ecs.<region>.aliyuncs.com").
	EndpointPattern string
}

// IndexGroup is one group of the index.
type IndexGroup struct {
	Name       string
	Operations []OpRef
}

// OpRef is one operation as the index lists it.
type OpRef struct {
	Op *opspec.Operation
	// File is the operation page relative to the index ("CreateInstance.md"); empty when
	// the operation has no page because it is known only from the overview.
	File string
	// Title is what the index says of the operation: the page's title, else its summary.
	Title string
}

// OperationData is what operation.md.tmpl receives for one operation.
type OperationData struct {
	Spec *opspec.Spec
	Op   *opspec.Operation
	// Style, Method, Path and Auth are the operation's effective values (falling back to
	// the spec's).
	Style  opspec.Style
	Method string
	Path   string
	Auth   opspec.Auth
	// Params are the request parameters flattened depth-first, nesting kept in Depth and
	// Path; Response likewise for the response body.
	Params   []Row
	Response []Row
	// Headers are the documented response headers, in page order (Depth 0 each, unless a
	// header's schema nests).
	Headers []Row
	// ParamValues, ResponseValues and HeaderValues are true when a row of Params,
	// Response or Headers has Enum values to show (the tables then have a Valid values
	// column).
	ParamValues, ResponseValues, HeaderValues bool
	// ParamDefaults is true when a row of Params has a Default (the request table then has
	// a Default column).
	ParamDefaults bool
	// Flattened is true for RPC operations with array or object parameters, which travel
	// flattened into the query or form ("Tag.1.Key=env").
	Flattened bool
	// ExampleLang is the info string of the response example's fence (json, or xml when
	// the example is XML).
	ExampleLang string
	// Example is the Go call as a short runnable program using the generated client.
	Example    string
	Package    string
	ImportPath string
	Index      string // file name of the product index ("README.md")
	// ErrorConsts maps each documented error code to its Go constant in the client package
	// ("EntityNotExists.Instance" → "ErrCodeEntityNotExistsInstance"), as gen/ir names it.
	ErrorConsts map[string]string
}

// Row is one parameter or response field, flattened out of the tree for a table.
type Row struct {
	// Path is the dotted path from the top ("Instance.DefaultEndpoint.Endpoint"); array
	// items add "[]" ("Users[].UserId") and map values ".*".
	Path  string
	Name  string // the last segment of Path
	Depth int    // 0 for top-level parameters and response fields
	// In is the parameter's location (children inherit their top-level parameter's); empty
	// for response fields.
	In       opspec.Location
	Type     string // "string", "integer (int64)", "array<object>", "map<string, string>"
	Required bool
	// Item marks an array item or map value row: it has no name and no required flag of
	// its own.
	Item        bool
	Deprecated  bool
	Recursive   bool // the schema repeats an ancestor's; its children are not listed again
	Description string
	Example     string
	// Default is the value the service takes when the request leaves the parameter out,
	// as its JSON text ("10", "true", "PostPaid"); "" when none is documented.
	Default string
	// Enum are the documented values, unless Description already names them all (then
	// nil: the values are listed once).
	Enum []opspec.EnumValue
}

// maxDepth bounds nesting so that a pathological spec cannot make a page explode.
const maxDepth = 32

// paramRows flattens the request parameters.
func paramRows(params []*opspec.Param) []Row {
	var rows []Row
	for _, p := range params {
		if p == nil {
			continue
		}
		top := len(rows)
		rows = walk(rows, p.Name, p.Name, 0, p.In, p.Required, p.Schema, nil)
		if p.In == opspec.InWholeBody {
			rows[top].Description = strings.TrimSpace(wholeBodyNote(p.Schema) + " " + rows[top].Description)
		}
	}
	return rows
}

// wholeBodyNote says how a whole-body parameter travels.
func wholeBodyNote(s *opspec.Schema) string {
	if s != nil && s.Type == "string" {
		return "The entire request body: this text is sent as it is (application/json)."
	}
	return "The entire request body, sent as JSON."
}

// responseRows flattens the response body: its fields, or its items when it is an array.
func responseRows(s *opspec.Schema) []Row {
	if s == nil {
		return nil
	}
	return children(nil, "", 0, "", s, []*opspec.Schema{s})
}

// headerRows lists the response headers.
func headerRows(headers []*opspec.Header) []Row {
	var rows []Row
	for _, h := range headers {
		if h != nil {
			rows = walk(rows, h.Name, h.Name, 0, "", false, h.Schema, nil)
		}
	}
	return rows
}

// walk appends the row of one named value and the rows of its children.
func walk(rows []Row, path, name string, depth int, in opspec.Location, required bool, s *opspec.Schema, seen []*opspec.Schema) []Row {
	r := Row{Path: path, Name: name, Depth: depth, In: in, Required: required, Type: TypeName(s)}
	for _, a := range seen {
		if a == s && s != nil {
			r.Recursive = true
		}
	}
	if s != nil {
		r.Deprecated = s.Deprecated
		r.Description = s.Description
		r.Example = s.Example
		r.Default = s.DefaultText()
		if !s.NamesAllValues() {
			r.Enum = s.Enum
		}
	}
	rows = append(rows, r)
	if s == nil || r.Recursive || depth >= maxDepth {
		return rows
	}
	return children(rows, path, depth+1, in, s, append(seen, s))
}

// children appends the rows under a value: object properties, array items, map values.
func children(rows []Row, path string, depth int, in opspec.Location, s *opspec.Schema, seen []*opspec.Schema) []Row {
	join := func(name string) string {
		if path == "" {
			return name
		}
		return path + "." + name
	}
	for _, p := range s.Properties {
		if p == nil {
			continue
		}
		rows = walk(rows, join(p.Name), p.Name, depth, in, p.Required, p.Schema, seen)
	}
	if it := s.Items; it != nil && worthARow(it) {
		// An item row only when the item says more than the parent's "array<T>" does.
		i := len(rows)
		rows = walk(rows, path+"[]", lastSegment(path)+"[]", depth, in, false, it, seen)
		rows[i].Item = true
	}
	if ap := s.AdditionalProperties; ap != nil && worthARow(ap) {
		i := len(rows)
		rows = walk(rows, join("*"), "*", depth, in, false, ap, seen)
		rows[i].Item = true
	}
	return rows
}

// worthARow reports whether an array item or map value schema has anything to list.
func worthARow(s *opspec.Schema) bool {
	return len(s.Properties) > 0 || s.Items != nil || s.AdditionalProperties != nil ||
		s.Description != "" || s.Example != "" || len(s.Enum) > 0 || s.Deprecated
}

func lastSegment(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// TypeName is a schema's type as the docs show it: the normalized type with its format,
// arrays and maps with their element type; a parameter sent as JSON text (style json) is
// "JSON text of" its type.
func TypeName(s *opspec.Schema) string {
	if s != nil && s.Style == opspec.JSONStyle {
		return "JSON text of " + typeName(s, 0)
	}
	return typeName(s, 0)
}

func typeName(s *opspec.Schema, depth int) string {
	if s == nil {
		return ""
	}
	if depth > maxDepth {
		return "…"
	}
	switch s.Type {
	case "array":
		if s.Items == nil {
			return "array"
		}
		return "array<" + typeName(s.Items, depth+1) + ">"
	case "object":
		if s.IsMap() {
			return "map<string, " + cmp.Or(typeName(s.AdditionalProperties, depth+1), "any") + ">"
		}
		return "object"
	case "":
		return s.DocType
	}
	if s.Format != "" {
		return s.Type + " (" + s.Format + ")"
	}
	return s.Type
}

// buildIndex groups the operations for the index.
func buildIndex(spec *opspec.Spec, files map[string]string) IndexData {
	d := IndexData{Spec: spec, EndpointPattern: strings.ToLower(spec.Product) + ".<region>.aliyuncs.com"}
	ref := func(name string) OpRef {
		op := spec.Operation(name)
		if op == nil {
			// The overview names an operation the spec does not hold: it is known from
			// the overview only.
			op = &opspec.Operation{Name: name, OverviewOnly: true}
		}
		title := op.Title
		if title == "" || title == op.Name {
			title = op.Summary
		}
		return OpRef{Op: op, File: files[op.Name], Title: title}
	}
	grouped := map[string]bool{}
	for _, g := range spec.Groups {
		ig := IndexGroup{Name: g.Name}
		for _, name := range g.Operations {
			grouped[name] = true
			ig.Operations = append(ig.Operations, ref(name))
		}
		d.Groups = append(d.Groups, ig)
	}
	var rest []OpRef
	for _, op := range spec.Operations {
		if !grouped[op.Name] {
			rest = append(rest, ref(op.Name))
		}
	}
	switch {
	case len(spec.Groups) == 0:
		d.Groups = []IndexGroup{{Operations: rest}}
	case len(rest) > 0:
		d.Groups = append(d.Groups, IndexGroup{Name: "Other", Operations: rest})
	}
	for _, op := range spec.Operations {
		if files[op.Name] != "" {
			d.Pages++
		} else {
			d.OverviewOnly++
		}
	}
	return d
}

// buildOperation prepares one operation page.
func buildOperation(spec *opspec.Spec, op *opspec.Operation) OperationData {
	d := OperationData{
		Spec:     spec,
		Op:       op,
		Style:    op.Style,
		Method:   strings.ToUpper(op.Method),
		Path:     op.Path,
		Auth:     spec.EffectiveAuth(op),
		Params:   paramRows(op.Params),
		Response: responseRows(op.Response),
		Headers:  headerRows(op.ResponseHeaders),
	}
	if d.Style == "" {
		d.Style = spec.Style
	}
	for _, r := range d.Params {
		d.ParamValues = d.ParamValues || len(r.Enum) > 0
		d.ParamDefaults = d.ParamDefaults || r.Default != ""
	}
	for _, r := range d.Response {
		d.ResponseValues = d.ResponseValues || len(r.Enum) > 0
	}
	for _, r := range d.Headers {
		d.HeaderValues = d.HeaderValues || len(r.Enum) > 0
	}
	d.ExampleLang = "json"
	if strings.HasPrefix(strings.TrimSpace(op.ResponseExample), "<") {
		d.ExampleLang = "xml"
	}
	if d.Style == opspec.RPC {
		for _, r := range d.Params {
			if r.Depth > 0 || strings.HasPrefix(r.Type, "array") || r.Type == "object" || strings.HasPrefix(r.Type, "map") {
				d.Flattened = true
			}
		}
		if d.Method == "" {
			d.Method = "POST"
		}
		if d.Path == "" {
			d.Path = "/"
		}
	}
	return d
}

// authText describes an authentication mode for readers.
func authText(a opspec.Auth) string {
	switch a {
	case opspec.AuthAK, "":
		return "AccessKey signature (ACS3-HMAC-SHA256)"
	case opspec.AuthBearer:
		return "Bearer token (Authorization: Bearer <token>)"
	case opspec.AuthAnonymous:
		return "none (anonymous)"
	}
	return string(a)
}
