package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/flatname"
	"github.com/acsgen/acsgen/scrape/page"
)

var pathParamRe = regexp.MustCompile(`\{([^{}/]+)\}`)

// requestKinds are the sections that hold request parameters.
var requestKinds = []page.SectionKind{page.RequestParams, page.PathParams, page.QueryParams, page.BodyParams, page.RequestHeaders}

// actionRowValue returns the operation a legacy "Action" parameter row names: its example,
// or else the last operation-like word of its other cells ("Required parameter, value:
// DescribeDBInstances."). A row named with another word for Action ("操作", a translated
// page) counts when no row is named "Action". The name may be set as code (page.UnmarkName:
// org's "=Action=", reStructuredText's double backquotes), as the rows' other names are;
// before, such a row named no operation.
func (x *extractor) actionRowValue() string {
	other := ""
	for _, s := range x.p.Sections {
		if s.Kind != page.RequestParams && s.Kind != page.QueryParams {
			continue
		}
		for _, t := range s.Tables() {
			for _, r := range t.Rows {
				name := page.UnmarkName(strings.TrimSpace(r.Cell(t, page.ColName)))
				if name != "Action" && (other != "" || page.ClassifyColumn(name) != page.ColAction) {
					continue
				}
				v := strings.TrimSpace(r.Cell(t, page.ColExample))
				if !page.IsIdent(v) {
					v = ""
					for k, c := range r.Cells {
						if k != t.Col(page.ColName) && k != t.Col(page.ColType) {
							if w := lastOpWord(c); w != "" {
								v = w
							}
						}
					}
				}
				if name == "Action" && v != "" {
					return v
				}
				if !opWord(v) {
					// a parameter named in the Action column's words ("Operation") whose
					// value names no operation ("sample", "add") is a parameter
					continue
				}
				other = v
			}
		}
	}
	return other
}

// lastOpWord returns the last word of text that reads as an operation name: an identifier
// starting upper case, mixing cases, ending lower case or with a digit.
func lastOpWord(text string) string {
	last := ""
	for w := range strings.FieldsFuncSeq(text, notIdentRune) {
		if opWord(w) {
			last = w
		}
	}
	return last
}

// params fills op.Params from the request tables.
func (x *extractor) params(op *opspec.Operation) {
	fields, tables, _ := x.sectionFields(true, requestKinds...)
	x.untabled(requestKinds...)
	if tables == 0 {
		if len(x.p.SectionsOf(page.RequestParams)) == 0 && len(x.p.SectionsOf(page.PathParams)) == 0 &&
			len(x.p.SectionsOf(page.QueryParams)) == 0 && len(x.p.SectionsOf(page.BodyParams)) == 0 {
			x.warn(0, "page has no request parameter table")
		}
	}
	// Legacy RPC tables list the common Action and Version as rows; translated pages name
	// the Action row in their language ("操作"), which is no parameter name.
	kept := fields[:0]
	for _, f := range fields {
		action := f.name == "Action" || !page.IsParamName(f.name) && page.ClassifyColumn(f.name) == page.ColAction
		if op.Style == opspec.RPC && (action || f.name == "Version") && f.depth <= 0 {
			if f.name == "Version" {
				x.versions.note(f.schema.Example, fromVersionRow)
			}
			continue
		}
		kept = append(kept, f)
	}
	kept = append(kept, x.namedSiblings(kept)...)
	rowsBefore := rowLines(kept) // (flattened rows are not in the unflattened list)
	fields = x.unflatten(kept, requestParam)

	root := &opspec.Schema{Type: "object"}
	b := newTreeBuilder(x, requestParam, root, nil)
	b.keepProps = true
	b.noteDepth(fields)
	b.guessOK = func(n *node) bool {
		// the body, or the items of a body that is a list, below its item row ("body |
		// Array", then "[] | Struct"): the rows after it are the body's by the section
		return op.Style == opspec.ROA && (len(b.stack) == 2 && strings.EqualFold(n.name, "body") ||
			len(b.stack) == 3 && n == b.stack[2] && b.stack[1].s.Type == "array" && strings.EqualFold(b.stack[1].name, "body"))
	}
	for _, f := range fields {
		b.add(f)
	}
	b.done()
	x.placeholderMaps(root, requestParam, rowsBefore)
	x.accountRows(fields, root, "request parameter")
	if op.Style == opspec.ROA {
		op.Path = x.bracePathNames(op.Path, root)
	}
	inPath := map[string]bool{}
	for _, m := range pathParamRe.FindAllStringSubmatch(op.Path, -1) {
		inPath[m[1]] = true
	}
	sample := x.requestSample(op)
	place := x.placement(op, root, b, inPath, sample)
	seen := map[string]int{}
	from := map[*opspec.Param]field{} // the row each parameter was read from
	addParam := func(p *opspec.Param, line int) {
		if first, dup := seen[p.Name]; dup {
			x.drop(line, "duplicate request parameter %q (first at line %d); keeping the first", p.Name, first)
			return
		}
		seen[p.Name] = line
		op.Params = append(op.Params, p)
	}
	// a ROA page's "body" row (not a header so named) with field rows after it: they are
	// the request body's fields
	isBodyRow := func(prop *opspec.Property) bool {
		return op.Style == opspec.ROA && strings.EqualFold(prop.Name, "body") && prop.Schema.Type == "object" &&
			len(prop.Schema.Properties) > 0 && b.props[prop].loc != opspec.InHeader
	}
	for _, prop := range root.Properties {
		f := b.props[prop]
		if isBodyRow(prop) {
			for _, c := range prop.Schema.Properties {
				p := &opspec.Param{Name: c.Name, In: opspec.InBody, Required: c.Required, Schema: c.Schema}
				from[p] = b.props[c]
				addParam(p, b.props[c].line)
			}
			continue
		}
		p := &opspec.Param{Name: prop.Name, Required: prop.Required, Schema: prop.Schema}
		from[p] = f
		p.In = place.location(x, op, f, prop.Schema)
		if op.Style == opspec.ROA && strings.EqualFold(prop.Name, "body") && isObjectOrList(prop.Schema) && p.In == opspec.InBody {
			// a "body" row typed a list, or an object with no field rows (a map), in the
			// body: the whole body is that JSON value
			p.In = opspec.InWholeBody
		}
		x.jsonText(p, f.line, func(c *opspec.Property) int { return b.props[c].line })
		if p.In == opspec.InHeader && strings.EqualFold(p.Name, "Authorization") {
			x.bearerHeader(op, p, f.line)
		}
		if p.In == opspec.InPath && !p.Required {
			x.warn(f.line, "path parameter %q is marked optional; path parameters are always required", p.Name)
			p.Required = true
		}
		addParam(p, f.line)
	}
	x.warnUnmarked(op.Params, from, b)
	place.warnDefaults(x, op)
	x.decideStamps(func(s *opspec.Schema, name string) string {
		if v := x.sampleValue(name, func(v string) bool { return v != "" }); v != "" {
			return v
		}
		for _, prop := range root.Properties {
			// the sample body shows the body row's fields with no "body" level
			if isBodyRow(prop) {
				if v := exampleValueOf(prop.Schema, sample.body, s, 0); v != "" {
					return v
				}
			}
		}
		return exampleValueOf(root, sample.body, s, 0)
	})
	x.bodyFromExample(op, sample, seen, addParam)
	rows := rowLines(fields)
	for _, p := range op.Params {
		x.fillItems(p.Schema, "request parameter", p.Name, rows, 0)
	}
	// Path template parameters the tables do not list.
	var missing []string
	for name := range inPath {
		if _, ok := seen[name]; !ok {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	for _, name := range missing {
		x.guess(0, "path parameter {%s} of %s is not in the parameter table; added as a required string", name, op.Path)
		op.Params = append(op.Params, &opspec.Param{Name: name, In: opspec.InPath, Required: true, Schema: &opspec.Schema{Type: "string"}})
	}
}

// warnUnmarked names, in one guess warning for the operation, the request parameters read
// as optional only because the table they come from shows no Required marks: the page does
// not say, so "optional" is assumed. from holds the row each parameter was read from. A
// nested field is named when its parent is not (a struct's own table without the marks its
// parent's table has).
func (x *extractor) warnUnmarked(params []*opspec.Param, from map[*opspec.Param]field, b *treeBuilder) {
	var names []string
	line := 0
	var walk func(name string, req bool, s *opspec.Schema, f field, found bool, depth int)
	walk = func(name string, req bool, s *opspec.Schema, f field, found bool, depth int) {
		if found && f.unmarked && !req {
			names = append(names, name)
			if line == 0 || f.line < line {
				line = f.line
			}
			return
		}
		for s != nil && s.Items != nil && depth <= opspec.MaxDepth {
			s, depth = s.Items, depth+1
		}
		if s == nil || depth > opspec.MaxDepth {
			return
		}
		for _, c := range s.Properties {
			cf, ok := b.props[c]
			walk(name+"."+c.Name, c.Required, c.Schema, cf, ok, depth+1)
		}
	}
	for _, p := range params {
		f, found := from[p]
		walk(p.Name, p.Required, p.Schema, f, found, 0)
	}
	if len(names) == 0 {
		return
	}
	what := "request parameter"
	if len(names) > 1 {
		what = "request parameters"
	}
	x.guess(line, "%s %s read as optional: the request table has no Required column", what, strings.Join(names, ", "))
}

// bracePathNames writes {Name} for a path segment that is exactly the name of a request
// parameter: older pages write the template without braces
// ("GET /clusters/ClusterId/nodepools/NodepoolId").
func (x *extractor) bracePathNames(path string, root *opspec.Schema) string {
	if strings.IndexByte(path, '{') >= 0 {
		return path
	}
	segs := strings.Split(path, "/")
	changed := false
	for i, seg := range segs {
		for _, p := range root.Properties {
			if seg != "" && seg == p.Name {
				segs[i] = "{" + seg + "}"
				changed = true
				break
			}
		}
	}
	if !changed {
		return path
	}
	out := strings.Join(segs, "/")
	x.warn(0, "request path %s names parameters without braces; read as %s", path, out)
	return out
}

// placement is what a page shows of where its top-level request parameters travel besides
// their rows: the path template, the sample request (its query string, its JSON body, or a
// request-body section's example), and whether the page shows the body apart from the
// other rows. It collects the ROA parameters that nothing shown places, for one guess
// warning per location.
type placement struct {
	inPath    map[string]bool
	sample    requestSample // its body falls back to a request-body section's example
	bodyShown bool          // the body is a JSON list, a "body" row, a labelled table or a body section's: the other rows are not in it
	// bodyPlaced is set when the page shows what the body holds (a parameter placed there by
	// a column or a section, a sample request, with or without a body, or a request-body
	// section's example): the rows it does not place there are not in it.
	bodyPlaced bool
	// objectBody is set when a parameter that nothing places is an object or a list: the
	// call sends a JSON object body, which the unplaced scalars join.
	objectBody bool
	defaults   map[opspec.Location][]string
	lines      map[opspec.Location]int // of the first row defaulted there
}

// placement gathers what the page shows of the parameters' locations (see placement).
func (x *extractor) placement(op *opspec.Operation, root *opspec.Schema, b *treeBuilder, inPath map[string]bool, sample requestSample) *placement {
	pl := &placement{inPath: inPath, sample: sample, defaults: map[opspec.Location][]string{}, lines: map[opspec.Location]int{}}
	if op.Style != opspec.ROA {
		return pl
	}
	if pl.sample.body == nil && pl.sample.list == nil {
		if pl.sample.body, _ = x.bodySectionExample(); pl.sample.body == nil {
			pl.sample.list, _ = x.bodySectionList()
		}
	}
	pl.bodyShown = pl.sample.list != nil
	pl.bodyPlaced = pl.sample.body != nil || pl.sample.line > 0
	for _, prop := range root.Properties {
		if loc := b.props[prop].loc; strings.EqualFold(prop.Name, "body") && (loc == "" || loc == opspec.InBody) && methodHasBody(op.Method) {
			// a "body" row is the whole body (a JSON list, or JSON text, as the API
			// metadata names it) or holds the body's fields (see params): either way
			// the rows outside it are not in the body
			pl.bodyShown = true
		}
		switch f := b.props[prop]; {
		case f.loc == opspec.InBody:
			// rows a "Body" label or a "Request body" section heads are the body, shown
			// apart: the rows of the other tables are not in it
			pl.bodyPlaced, pl.bodyShown = true, pl.bodyShown || f.labelled || f.sectioned
		case f.loc == "" && !inPath[prop.Name] && !isHeaderName(prop.Name) && isObjectOrList(prop.Schema):
			pl.objectBody = true
		}
	}
	return pl
}

// isObjectOrList reports whether s is an object, map or list: what a query can carry only
// as JSON text.
func isObjectOrList(s *opspec.Schema) bool {
	return s != nil && (s.Type == "object" || s.Type == "array")
}

// location decides where a top-level parameter travels: the path template, the page's
// location column or section, a documented HTTP header name, and for ROA operations the
// sample request (a key of its JSON body travels in the body, a key of its query string in
// the query). RPC parameters travel in the query, and so do a ROA call's when its method
// sends no body or the page shows the body apart (a JSON list, or a "body" row that is the
// body or holds its fields). Any other ROA parameter is placed by its type and recorded
// for warnDefaults: an object, map or list goes to the body (a query can carry it only as
// JSON text, and the SDKs never send one there on a POST, PUT or PATCH whose body is an
// object). A scalar goes to the body too when the call sends an object body (one such
// parameter is an object or list: the SDKs put three in four scalars of those calls beside
// it) or is a PATCH (nine in ten), else to the query (the SDKs split those about evenly).
func (pl *placement) location(x *extractor, op *opspec.Operation, f field, s *opspec.Schema) opspec.Location {
	switch {
	case pl.inPath[f.name]:
		if f.loc != "" && f.loc != opspec.InPath {
			x.warn(f.line, "parameter %q is named in the path %s but the page puts it in %s; using path", f.name, op.Path, f.loc)
		}
		return opspec.InPath
	case f.loc == opspec.InPath:
		// Not a path parameter whatever the page's column or section says (a table under
		// an unknown heading after "Path parameters", which a text dump cannot tell from
		// a caption): placed as a row with no location, rather than making the path
		// template invalid and the whole operation lost.
		f.loc = ""
		loc := pl.location(x, op, f, s)
		x.guess(f.line, "parameter %q is listed as a path parameter but %s has no {%s}; placed in %s", f.name, op.Path, f.name, loc)
		return loc
	case f.loc != "":
		if f.loc == opspec.InBody && op.Style == opspec.RPC {
			return opspec.InForm
		}
		return f.loc
	case isHeaderName(f.name):
		return opspec.InHeader
	case op.Style != opspec.ROA:
		return opspec.InQuery
	case pl.sample.body.GetFold(f.name) != nil && !pl.sample.query[f.name]:
		return opspec.InBody
	case strings.EqualFold(f.name, "body") && methodHasBody(op.Method):
		// The API metadata names the whole request body of a ROA call "body" (a JSON
		// string, or a list); a page with no location column still means the body.
		return opspec.InBody
	case pl.sample.query[f.name] || !methodHasBody(op.Method) || pl.bodyShown:
		return opspec.InQuery
	}
	loc := opspec.InQuery
	if isObjectOrList(s) || !pl.bodyPlaced && (pl.objectBody || strings.EqualFold(op.Method, "PATCH")) {
		loc = opspec.InBody
	}
	if len(pl.defaults[loc]) == 0 {
		pl.lines[loc] = f.line
	}
	pl.defaults[loc] = append(pl.defaults[loc], strconv.Quote(f.name))
	return loc
}

// warnDefaults warns the ROA parameters that location placed by type alone, one message
// for each location, naming them.
func (pl *placement) warnDefaults(x *extractor, op *opspec.Operation) {
	for _, loc := range []opspec.Location{opspec.InBody, opspec.InQuery} {
		names := pl.defaults[loc]
		if len(names) == 0 {
			continue
		}
		what, them := "request parameter", "it"
		if len(names) > 1 {
			what, them = "request parameters", "them"
		}
		why := fmt.Sprintf("a %s call sends objects and lists in its body", op.Method)
		switch {
		case pl.bodyPlaced:
		case strings.EqualFold(op.Method, "PATCH"):
			why = "a PATCH call sends its fields in its body"
		case pl.objectBody:
			why = fmt.Sprintf("a %s call sends objects and lists in its body, and the fields beside them with them", op.Method)
		}
		if loc == opspec.InQuery {
			why = fmt.Sprintf("the %s call may send %s in its body instead", op.Method, them)
		}
		x.guess(pl.lines[loc], "%s %s placed in the %s: the page shows no location for %s (no location column or section, no sample request naming %s); %s",
			what, strings.Join(names, ", "), loc, them, them, why)
	}
}

// bodyFromExample takes from the JSON body of a ROA sample request (or of a request-body
// section) what the tables leave out: the items of a list parameter the tables do not
// type (Tags: [{"key": ..., "value": ...}]), and top-level body fields no table lists
// where no table lists body fields at all (a RequestBody section that only shows an
// example), each warned. Where a table lists the body's fields, a name only the example
// shows is the example's own spelling or a field the API no longer takes (the sample's
// `channel` beside the table's `AlarmChannel`): a client field for it would send what the
// table does not document, so it is dropped by name instead. A key the sample pads with
// spaces names the field it pads; one that is no parameter name is dropped by name.
func (x *extractor) bodyFromExample(op *opspec.Operation, sample requestSample, seen map[string]int, addParam func(*opspec.Param, int)) {
	if op.Style != opspec.ROA {
		return
	}
	body, line := sample.body, sample.line
	if body == nil {
		body, line = x.bodySectionExample()
	}
	if body == nil {
		x.listBody(op, sample, addParam)
		return
	}
	x.trimExampleKeys(body, line, "sample request's JSON")
	byName := map[string]*opspec.Param{}
	for _, p := range op.Params {
		byName[p.Name] = p
	}
	var tabled []string // the body fields the tables list
	for _, p := range op.ParamsIn(opspec.InBody) {
		tabled = append(tabled, p.Name)
	}
	var added, dropped []string
	for i, k := range body.Keys {
		v := body.Vals[i]
		if p := byName[k]; p != nil {
			x.objectShownForArray(p.Schema, v, k, line)
			if p.Schema.Type == "array" && (p.Schema.Items == nil || isEmptyObject(p.Schema.Items)) && v.Elem() != nil {
				p.Schema.Items = schemaFromJSON(v.Elem())
				p.Schema.Items.Example = ""
				x.guess(line, "request parameter %s: items taken from the sample request body", k)
			}
			continue
		}
		if _, ok := seen[k]; ok || k == "" || v.Kind == 'z' {
			continue
		}
		if len(tabled) > 0 {
			dropped = append(dropped, strconv.Quote(k))
			continue
		}
		if !page.IsParamName(k) {
			x.drop(line, "request body field %q of the sample request dropped: no parameter is named so", k)
			continue
		}
		added = append(added, k)
		s := schemaFromJSON(v)
		addParam(&opspec.Param{Name: k, In: opspec.InBody, Schema: s}, line)
	}
	if len(added) > 0 {
		x.guess(line, "request body fields %s are in the sample request but in no parameter table; types inferred from the example", strings.Join(added, ", "))
	}
	if len(dropped) > 0 {
		what := "request body field %s is"
		if len(dropped) > 1 {
			what = "request body fields %s are"
		}
		x.drop(line, what+" in the sample request but not in the request tables, which list the body's fields (%s); dropped: the sample may spell a listed field otherwise",
			strings.Join(dropped, ", "), strings.Join(tabled, ", "))
	}
}

// listBody reads a request body that is a JSON list, shown only by the sample request or a
// request-body section (`["PipelineId1","PipelineId2"]`), as the operation's whole body: a
// parameter "body" (opspec.InWholeBody) typed from the example, with a guess warning. A
// page whose tables already give body fields keeps them.
func (x *extractor) listBody(op *opspec.Operation, sample requestSample, addParam func(*opspec.Param, int)) {
	if !methodHasBody(op.Method) || len(op.ParamsIn(opspec.InWholeBody))+len(op.ParamsIn(opspec.InForm)) > 0 {
		return
	}
	list, line, from := sample.list, sample.line, "the sample request"
	if list == nil {
		list, line = x.bodySectionList()
		from = "the request-body section's example"
	}
	if list == nil {
		return
	}
	if fields := op.ParamsIn(opspec.InBody); len(fields) > 0 {
		x.itemBody(op, fields, list, line, from)
		return
	}
	s := schemaFromJSON(list)
	s.Description = "The whole request body: a JSON list."
	addParam(&opspec.Param{Name: "body", In: opspec.InWholeBody, Required: true, Schema: s}, line)
	x.guess(line, "request body is a JSON list shown only by %s; read as the whole body (parameter \"body\", %s)", from, s.TypeWord())
}

// itemBody reads body fields that the tables list as top-level while the page's example
// sends a JSON list of objects made of them (UpdateDict: rows name, ossObject, sourceType,
// type; the example [{"name": ..., "sourceType": ..., "type": ...}, ...]): the fields are
// those of each item, and the list is the whole body (parameter "body", array of object),
// with a guess warning naming them. When an item holds a key no body row names, or an
// element is not an object, the tables keep their top-level fields.
func (x *extractor) itemBody(op *opspec.Operation, fields []*opspec.Param, list *page.JSONValue, line int, from string) {
	byName := make(map[string]bool, len(fields))
	for _, p := range fields {
		byName[p.Name] = true
	}
	if len(list.Vals) == 0 {
		return
	}
	for _, item := range list.Vals {
		if item.Kind != 'o' || len(item.Keys) == 0 {
			return
		}
		for _, k := range item.Keys {
			if !byName[k] {
				return
			}
		}
	}
	items := &opspec.Schema{Type: "object"}
	var names []string
	kept := op.Params[:0]
	for _, p := range op.Params {
		if p != nil && p.In == opspec.InBody {
			x.objectShownForArray(p.Schema, list.Elem().GetFold(p.Name), "body[]."+p.Name, line)
			items.Properties = append(items.Properties, &opspec.Property{Name: p.Name, Required: p.Required, Schema: p.Schema})
			names = append(names, p.Name)
			continue
		}
		kept = append(kept, p)
	}
	s := &opspec.Schema{Type: "array", Items: items, Description: "The whole request body: a JSON list."}
	op.Params = append(kept, &opspec.Param{Name: "body", In: opspec.InWholeBody, Required: true, Schema: s})
	x.guess(line, "request body fields %s are the fields of each item of the JSON list that %s sends; read as the whole body (parameter \"body\", %s)",
		strings.Join(names, ", "), from, s.TypeWord())
}

// objectShownForArray reads a request body row typed a bare "Array" (no item type) with
// child rows as the one object that the sample request sends for it ("paymentInfo | Array",
// └duration, └pricingCycle; the sample {"paymentInfo": {"duration": 1, ...}}): the rows
// and the sample agree on one object, and the word alone says nothing of items. Only when
// every key the sample shows is a child row; a guess naming it.
func (x *extractor) objectShownForArray(s *opspec.Schema, v *page.JSONValue, name string, line int) {
	if s == nil || v == nil || v.Kind != 'o' || len(v.Keys) == 0 || s.Type != "array" ||
		!strings.EqualFold(strings.TrimSpace(s.DocType), "array") || s.Items == nil || s.Items.Type != "object" || len(s.Items.Properties) == 0 {
		return
	}
	for _, k := range v.Keys {
		if propNamed(s.Items, k) == nil {
			return
		}
	}
	item := s.Items
	desc, doc, dep, ex := s.Description, s.DocType, s.Deprecated, s.Example
	*s = *item
	s.Description, s.DocType, s.Deprecated, s.Example = desc, doc, dep, ex
	x.guess(line, "request parameter %s: the table says Array, the sample request sends one object of its fields; read as that object", name)
}

// bodySectionList returns the first JSON list of a request-body section (a code block or
// a code span in its prose), with its line.
func (x *extractor) bodySectionList() (*page.JSONValue, int) {
	for _, s := range x.p.SectionsOf(page.BodyParams) {
		for _, b := range s.Blocks {
			if v := jsonListLine(b.Text); v != nil {
				return v, b.Line
			}
			for _, span := range page.CodeSpans(b.Text) {
				if v := jsonListLine(span); v != nil {
					return v, b.Line
				}
			}
		}
	}
	return nil, 0
}

// jsonListLine returns the JSON list that a line of text starts with (after spaces), on
// that line or spanning the lines to the end of the text, nil when no line does or it does
// not parse.
func jsonListLine(text string) *page.JSONValue {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "[") {
			if v, err := parseJSON(t); err == nil && v.Kind == 'a' {
				return v
			}
			if i+1 < len(lines) {
				if v, err := parseJSON(strings.TrimSpace(strings.Join(lines[i:], "\n"))); err == nil && v.Kind == 'a' {
					return v
				}
			}
		}
	}
	return nil
}

// listBefore tells whether a line of text starting with "[" (a JSON list) comes before
// byte offset at: the "{" there is inside the list.
func listBefore(text string, at int) bool {
	for start := 0; start < at; {
		t := strings.TrimSpace(text[start:at])
		if strings.HasPrefix(t, "[") {
			return true
		}
		nl := strings.IndexByte(text[start:at], '\n')
		if nl < 0 {
			return false
		}
		start += nl + 1
	}
	return false
}

// isEmptyObject tells whether s is an object with (so far) no fields and no map values: a
// struct whose fields follow its row, if any do.
func isEmptyObject(s *opspec.Schema) bool {
	return s.Type == "object" && len(s.Properties) == 0 && s.AdditionalProperties == nil
}

// bodySectionExample returns the first JSON object of a request-body section, with its line.
func (x *extractor) bodySectionExample() (*page.JSONValue, int) {
	for _, s := range x.p.SectionsOf(page.BodyParams) {
		for _, b := range s.Blocks {
			if b.Kind != page.Code {
				continue
			}
			if t := strings.TrimSpace(b.Text); strings.HasPrefix(t, "{") {
				if v, err := parseJSON(t); err == nil && v.Kind == 'o' {
					return v, b.Line
				}
			}
		}
	}
	return nil, 0
}

// trimExampleKeys trims the keys a JSON example pads with spaces at every depth (trimKeys:
// " migrateConfig " names migrateConfig), telling at line which keys it trimmed, so no
// field read from the example is named with spaces.
func (x *extractor) trimExampleKeys(v *page.JSONValue, line int, what string) {
	if spaced := trimKeys(v, nil); len(spaced) > 0 {
		x.warn(line, "%s keys %s have spaces around them; read without", what, strings.Join(spaced, ", "))
	}
}

// methodHasBody reports whether an HTTP method carries a request body.
func methodHasBody(m string) bool {
	switch strings.ToUpper(m) {
	case "POST", "PUT", "PATCH":
		return true
	}
	return false
}

// isHeaderName tells whether a parameter name is an HTTP header the documentation lists
// among the parameters (Authorization, Content-Type, x-acs-*). Header names that are also
// plain words (Date, Host, Accept) are not: a body field or an RPC parameter may be named
// so (Elasticsearch InitModel's body field "host"), and a page that means the header says
// so in its location column or section.
func isHeaderName(name string) bool {
	l := strings.ToLower(name)
	switch l {
	case "authorization", "content-type", "content-md5", "content-length", "user-agent":
		return true
	}
	return strings.HasPrefix(l, "x-acs-")
}

// requestSample is what a sample request of a ROA page shows: the query parameter names of
// its request line and its JSON body (nil when it has none).
type requestSample struct {
	query map[string]bool
	body  *page.JSONValue
	list  *page.JSONValue // a body that is a JSON list (["id1", "id2"]): the whole body
	line  int             // of the request line
}

// requestSample reads the first sample request ("POST /path?x=1 HTTP/1.1", header lines,
// then a JSON body) of the Examples sections.
func (x *extractor) requestSample(op *opspec.Operation) requestSample {
	var rs requestSample
	if op.Style != opspec.ROA {
		return rs
	}
	for _, s := range x.p.SectionsOf(page.Examples) {
		for i, b := range s.Blocks {
			if b.Kind != page.Code && b.Kind != page.Paragraph {
				continue
			}
			t := strings.TrimSpace(b.Text)
			first, rest, _ := strings.Cut(t, "\n")
			m := matchSyntax(first)
			if m == nil {
				continue
			}
			// Text dumps give the body a block of its own, after a header line or two.
			for j := i + 1; j < len(s.Blocks) && !strings.Contains(rest, "{"); j++ {
				if requestLineBefore(s.Blocks, j) && strings.HasPrefix(strings.TrimSpace(s.Blocks[j].Text), "{") {
					rest = strings.TrimSpace(s.Blocks[j].Text)
				}
				if j >= i+2 {
					break
				}
			}
			rs.query, rs.line = map[string]bool{}, b.Line
			if _, q, ok := strings.Cut(m[2], "?"); ok {
				if after := strings.Fields(first[strings.Index(first, m[0])+len(m[0]):]); q == "" && len(after) > 0 && !strings.HasPrefix(strings.ToUpper(after[0]), "HTTP") {
					q = after[0] // "POST /path? a=1 HTTP/1.1": a space after the question mark
				}
				for kv := range strings.SplitSeq(q, "&") {
					k, _, _ := strings.Cut(strings.TrimSpace(kv), "=")
					rs.query[k] = true
				}
			}
			if i := strings.Index(rest, "{"); i >= 0 && !listBefore(rest, i) {
				if v, err := parseJSON(strings.TrimSpace(rest[i:])); err == nil && v.Kind == 'o' {
					rs.body = v
				}
			} else if v := jsonListLine(rest); v != nil {
				rs.list = v
			}
			return rs
		}
	}
	return rs
}

// bearerHeader reads an Authorization header parameter: when the page says Bearer, the
// operation authenticates with a bearer token. The parameter stays, as the page documents
// it; the client's runtime sends it from its bearer token (gen/ir leaves it out of the
// request struct).
func (x *extractor) bearerHeader(op *opspec.Operation, p *opspec.Param, line int) {
	text := strings.ToLower(p.Schema.Description + " " + p.Schema.Example)
	if strings.Contains(text, "bearer") {
		op.Auth = opspec.AuthBearer
		return
	}
	x.warn(line, "Authorization header parameter does not say Bearer; kept as an ordinary header")
}

// unflatten rebuilds RPC-flattened names (Tag.N.Key, Tag.N.Value, UserIds.N, Config.Name)
// into nested fields by flatname.Nest, the one rule the metadata importer follows too: Tag
// becomes an array of objects {Key, Value}. Rows that are not flattened (and rows the page
// nests already) pass through; a parent rebuilt from flattened rows is closed. what names
// the rows in messages (requestParam, responseField).
func (x *extractor) unflatten(fields []field, what string) []field {
	nameItemRows(fields)
	x.flatListItems(fields)
	x.flatScalarObjects(fields, what)
	rows := make([]flatname.Row, len(fields))
	for i, f := range fields {
		rows[i] = flatname.Row{Name: f.name, Schema: f.schema, Required: f.required, In: f.loc,
			Keep: f.depth >= 0, At: fmt.Sprintf("line %d", f.line), Member: f.member}
	}
	entries := flatname.Nest(rows, func(i int, kind page.WarnKind, msg string) {
		x.warnKind(kind, fields[i].line, "%s", msg)
	})
	out := make([]field, 0, len(entries))
	for _, e := range entries {
		if e.Row >= 0 {
			f := fields[e.Row]
			f.required, f.schema = e.Required, e.Schema
			f.closed = f.closed || e.Parent
			f.implied = e.Implied
			out = append(out, f)
			continue
		}
		first := fields[e.First]
		out = append(out, field{name: e.Name, line: first.line, depth: -1, loc: first.loc, schema: e.Schema,
			required: e.Required, closed: true, implied: e.Implied})
	}
	return out
}

// flatScalarObjects reads each flattened row typed object whose example is a scalar and
// that no row is named under (Data.SendDate | Object | 2017-05-25, then Data.ReceiveDate:
// the names put the next rows beside it) as a leaf of the example's type, as the tree
// builder reads such a row among rows that show no depth (scalarObject), warned by name.
func (x *extractor) flatScalarObjects(fields []field, what string) {
	for _, f := range fields {
		if f.depth >= 0 || f.untyped || !flatname.Flattened(f.name) || hasRowsUnder(fields, f.name) {
			continue
		}
		if v := scalarLeaf(f.schema, nil); v != nil {
			x.retypeLeaf(what, f, v)
		}
	}
}

// nameItemRows names the unnamed item row right after a dotted list row ("Data.Ids | Array
// of String", then "| String | An item.", as the newer pages list a list's items) by the
// list's path and an index (Data.Ids.N), which flatname.Nest reads as the list's items: the
// rule the tree builder follows after a list row named plainly. An item row typed otherwise
// than the list's items is left unnamed (and dropped by name).
func nameItemRows(fields []field) {
	for i := 1; i < len(fields); i++ {
		f, prev := &fields[i], fields[i-1]
		if f.name != "" || f.depth >= 0 || f.schema == nil || prev.depth >= 0 || prev.schema == nil || prev.schema.Type != "array" ||
			!flatname.Flattened(prev.name) || flatname.IsIndex(prev.name[strings.LastIndexByte(prev.name, '.')+1:]) {
			continue
		}
		if items := prev.schema.Items; items != nil && f.schema.Type != items.Type {
			continue
		}
		f.name, f.member = prev.name+".N", true
	}
}

// response fills op.Response and op.ResponseExample.
func (x *extractor) response(op *opspec.Operation) {
	exText, exLine := x.jsonExample()
	op.ResponseExample = exText
	var ex *page.JSONValue
	exCut := false    // the example is closed where it was cut off: its last objects may lack fields
	jsonProblem := "" // why the JSON example is not read, warned with what holds the tree instead
	if exText != "" {
		v, err := parseJSON(exText)
		if err != nil {
			// a cut-off example is closed only on a page that is cut off; on a whole page it
			// is the page's own error, reported below, unless it is a syntax sketch (type
			// words for values), which excerpts show cut
			if sk, fx, ok := sketchJSON(exText); ok && (!fx.cut || x.p.Truncated || fx.placeholders) {
				if v2, err2 := parseJSON(sk); err2 == nil {
					x.warn(exLine, "JSON example is a sketch (%s); read for the tree and the types it names", fx)
					if fx.placeholders {
						markPlaceholders(v2)
					}
					v, err, exCut = v2, nil, fx.cut
				}
			}
		}
		if err != nil {
			jsonProblem = fmt.Sprintf("JSON example does not parse (%v)", err)
		} else if v.Kind != 'o' {
			jsonProblem = fmt.Sprintf("JSON example is a %s, not an object", jsonTypeName(v))
		} else {
			ex = v
			x.trimExampleKeys(ex, exLine, "JSON example")
		}
	}
	if ex == nil {
		if xmlText, xmlLine := x.xmlExample(); xmlText != "" {
			v, err := parseXMLExample(xmlText)
			switch {
			case err != nil:
				x.warn(xmlLine, "XML example does not parse (%v)", err)
			case exText == "":
				x.warn(xmlLine, "no JSON example; nesting taken from the XML example")
				ex = v
			default:
				x.warn(exLine, "%s; nesting taken from the XML example at line %d instead", jsonProblem, xmlLine)
				jsonProblem = ""
				ex = v
			}
			if ex != nil {
				exLine = xmlLine
			}
		}
	}
	if jsonProblem != "" {
		x.warn(exLine, "%s; nesting taken from the table alone", jsonProblem)
	}
	fields, tables, secLine := x.sectionFields(false, page.ResponseParams)
	x.untabled(page.ResponseParams)
	if ex != nil {
		if v, line, shown := x.xmlShowsMore(fields, ex); v != nil {
			x.warn(exLine, "the JSON example lacks %s, which the table and the XML example at line %d show; nesting taken from the XML example instead",
				strings.Join(shown, ", "), line)
			ex, exLine, exCut = v, line, false
		}
	}
	if tables == 0 && ex == nil {
		switch {
		case secLine == 0:
			x.guess(0, "no response section and no response example; the response is taken to have no fields")
		case !slices.ContainsFunc(x.p.SectionsOf(page.ResponseParams), hasContent):
			// a section that says it in words ("returns no response body") is the page's
			// own word; an empty one says nothing
			x.guess(secLine, "the response section is empty and no response example follows; the response is taken to have no fields")
		}
		return
	}
	root := &opspec.Schema{Type: "object"}
	if len(fields) > 0 && fields[0].name == "" && fields[0].schema.Type == "object" {
		root.Description = fields[0].schema.Description
		root.DocType = fields[0].schema.DocType
		d := fields[0].depth
		fields = fields[1:]
		if d >= 0 {
			for i := range fields {
				if fields[i].depth > d {
					fields[i].depth -= d + 1
				}
			}
		}
	}
	ex = x.exampleOfRow(fields, ex, exLine)
	// Dotted response names (SystemDisk.Category) are the fields of an object, as in the
	// request (examples that show the dotted name as a key are the flattened form too).
	rowsBefore := rowLines(fields)
	fields = x.unflatten(fields, responseField)
	b := newTreeBuilder(x, responseField, root, ex)
	if xmlText, _ := x.xmlExample(); xmlText != "" {
		if v, err := parseXMLExample(xmlText); err == nil {
			b.xmlEx = v
		}
	}
	b.exCut = exCut
	b.noteRows(fields)
	for _, f := range fields {
		b.add(f)
	}
	b.done()
	x.placeholderMaps(root, responseField, rowsBefore) // (before the example adds the map's keys as fields)
	if ex != nil {
		if len(root.Properties) == 0 {
			x.guess(secLine, "response table is empty; schema inferred from the JSON example")
		}
		x.inferMissing(root, ex, "", exLine)
	} else if len(fields) > 0 && exText == "" {
		for _, f := range fields {
			if isContainer(f.schema) {
				x.warn(secLine, "no JSON example; response nesting follows row order only")
				break
			}
		}
	}
	x.warnUnwrappedLists(rowLines(fields), root, ex, op.Style == opspec.RPC)
	x.decideStamps(func(s *opspec.Schema, _ string) string { return exampleValueOf(root, ex, s, 0) })
	rows := rowLines(fields)
	for _, p := range root.Properties {
		x.fillItems(p.Schema, "response field", p.Name, rows, secLine)
	}
	x.accountRows(fields, root, "response field")
	op.Response = root
}

// xmlShowsMore returns the XML example, its line and the names it adds, when it shows
// every table row name the JSON example ex shows and more, among them a container (an
// element with elements in it: <ReferencingSecurityGroups> where the JSON example has
// SecurityReferencingGroups): there the XML example holds the tree the table describes.
func (x *extractor) xmlShowsMore(fields []field, ex *page.JSONValue) (*page.JSONValue, int, []string) {
	xmlText, xmlLine := x.xmlExample()
	if xmlText == "" {
		return nil, 0, nil
	}
	v, err := parseXMLExample(xmlText)
	if err != nil || v.Kind != 'o' {
		return nil, 0, nil
	}
	inJSON, inXML := exampleKeys(ex), exampleKeys(v)
	var shown []string
	container := false
	seen := map[string]bool{}
	for _, f := range fields {
		for name := range strings.SplitSeq(f.name, ".") {
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			j, x := inJSON[name], inXML[name]
			switch {
			case j && !x:
				return nil, 0, nil // the JSON example shows a name the XML one does not
			case x && !j:
				shown = append(shown, name)
				container = container || inXML[name+"/"]
			}
		}
	}
	if !container {
		return nil, 0, nil
	}
	return v, xmlLine, shown
}

// exampleKeys returns the keys an example shows anywhere, and key+"/" for those whose value
// is an object or a list of them.
func exampleKeys(v *page.JSONValue) map[string]bool {
	keys := map[string]bool{}
	var walk func(v *page.JSONValue, depth int)
	walk = func(v *page.JSONValue, depth int) {
		if v == nil || depth > maxJSONDepth {
			return
		}
		for i, k := range v.Keys {
			keys[k] = true
			val := v.Vals[i]
			if val.Kind == 'o' || val.Kind == 'a' && val.Elem() != nil && val.Elem().Kind == 'o' {
				keys[k+"/"] = true
			}
			walk(val, depth+1)
		}
		if v.Kind == 'a' {
			for _, e := range v.Vals {
				walk(e, depth+1)
			}
		}
	}
	walk(v, 0)
	return keys
}

// exampleOfRow recognises a JSON example that shows only the value of one object row
// ({"collectorPaths": ...} for the rows RequestId, Result, collectorPaths, ...): that row
// is not the first, none of the rows up to it is a key of the example, the row after it is.
// It returns the example wrapped in that row's key, or ex unchanged.
func (x *extractor) exampleOfRow(fields []field, ex *page.JSONValue, line int) *page.JSONValue {
	if ex == nil || ex.Kind != 'o' {
		return ex
	}
	for i, f := range fields {
		if f.name == "" || ex.GetFold(f.name) != nil || f.depth > 0 {
			return ex
		}
		if i == 0 || f.schema.Type != "object" || f.schema.AdditionalProperties != nil || i+1 == len(fields) {
			continue
		}
		if next := fields[i+1]; next.name != "" && ex.GetFold(next.name) != nil {
			x.guess(line, "the JSON example shows only the value of response field %q; read as {%q: ...}", f.name, f.name)
			return &page.JSONValue{Kind: 'o', Keys: []string{f.name}, Vals: []*page.JSONValue{ex}}
		}
	}
	return ex
}

// jsonExample returns the first JSON object or array in the Examples sections (or, failing
// that, anywhere after the response table), verbatim, with its line.
func (x *extractor) jsonExample() (string, int) {
	// Examples sections above the response table (an "Example:" line in a request
	// parameter's description) show requests: they count only on a page with no Examples
	// section below the response table, and last.
	resp := -1
	for i, s := range x.p.Sections {
		if s.Kind == page.ResponseParams {
			resp = i
			break
		}
	}
	below := false
	for i, s := range x.p.Sections {
		below = below || resp >= 0 && i > resp && s.Kind == page.Examples
	}
	after := func(i int, s *page.Section) bool { return s.Kind == page.Examples && (resp < 0 || i > resp) }
	others := func(i int, s *page.Section) bool { return s.Kind == page.ResponseParams || s.Kind == page.Other }
	before := func(i int, s *page.Section) bool { return s.Kind == page.Examples && !below && i < resp }
	for _, want := range []func(int, *page.Section) bool{after, others, before} {
		for i, s := range x.p.Sections {
			if !want(i, s) {
				continue
			}
			request := false // after a request line, before the response: a request body
			for i, b := range s.Blocks {
				if b.Kind != page.Code && b.Kind != page.Paragraph {
					continue
				}
				t := strings.TrimSpace(b.Text)
				if b.Kind == page.Paragraph && page.IsResponseSampleCaption(t) {
					// "Sample success responses", "正常に処理された場合のレスポンス例": what follows
					// is the response, even right after a sample request and its body
					request = false
					continue
				}
				if requestLineBefore(s.Blocks, i) {
					continue // the body of a sample request
				}
				switch {
				case b.Kind == page.Code && b.Lang == "http":
					request = true
					continue
				case strings.HasPrefix(t, "HTTP/") || b.Lang == "xml":
					request = false
				}
				if b.Kind == page.Code {
					t = stripHTTPHead(t)
				}
				if strings.HasPrefix(t, "{") || (b.Kind == page.Code && (strings.HasPrefix(t, "[") || b.Lang == "json" && strings.HasPrefix(t, `"`))) {
					if b.Kind == page.Paragraph && !strings.HasSuffix(t, "}") || request {
						continue
					}
					return t, b.Line
				}
			}
		}
	}
	return "", 0
}

// xmlExample returns the first XML sample response of the Examples sections, with its line.
// Text dumps give each line of it as a block of its own: consecutive blocks that start with
// "<" are one example.
func (x *extractor) xmlExample() (string, int) {
	for _, s := range x.p.SectionsOf(page.Examples) {
		for i, b := range s.Blocks {
			if b.Kind != page.Code && b.Kind != page.Paragraph {
				continue
			}
			t := stripHTTPHead(strings.TrimSpace(b.Text))
			if !strings.HasPrefix(t, "<") || strings.HasPrefix(t, "<!") || strings.HasPrefix(t, "<Common") {
				continue
			}
			var sb strings.Builder
			sb.WriteString(t)
			for _, n := range s.Blocks[i+1:] {
				nt := strings.TrimSpace(n.Text)
				if (n.Kind != page.Code && n.Kind != page.Paragraph) || !strings.HasPrefix(nt, "<") {
					break
				}
				sb.WriteByte('\n')
				sb.WriteString(nt)
			}
			return sb.String(), b.Line
		}
	}
	return "", 0
}

// requestLineBefore tells whether block i follows a sample request line ("POST /path
// HTTP/1.1") within two blocks, so that it is the request's body, not a response.
func requestLineBefore(blocks []page.Block, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := strings.TrimSpace(blocks[j].Text)
		first, _, _ := strings.Cut(t, "\n")
		if matchSyntax(first) != nil {
			return true
		}
		if l := strings.ToLower(t); strings.Contains(l, "json") || strings.Contains(l, "xml") || strings.Contains(t, "\n") ||
			blocks[j].Kind == page.Paragraph && page.IsResponseSampleCaption(t) {
			return false // a format label ("JSON format") or a caption opens a sample response
		}
	}
	return false
}

// stripHTTPHead drops the status line and headers a sample response may start with
// ("HTTP/1.1 200 OK", "Content-Type:application/json", blank line) before its body.
func stripHTTPHead(t string) string {
	if !strings.HasPrefix(t, "HTTP/") {
		return t
	}
	for rest := t; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		if l := strings.TrimSpace(line); l != "" && !strings.HasPrefix(l, "HTTP/") && !isHeaderLine(l) {
			return strings.TrimSpace(rest)
		}
		rest = after
	}
	return ""
}

// isHeaderLine tells whether l looks like an HTTP header line ("Content-Type: text/xml").
func isHeaderLine(l string) bool {
	name, _, ok := strings.Cut(l, ":")
	if !ok || name == "" {
		return false
	}
	for _, r := range name {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// jsonText makes a query, form or header parameter the page types Json (a structure sent
// as one JSON text) keep its real type with style json: its field rows make it an object,
// anything else a map of any values (what Json says, and what the official metadata and
// SDKs make of it). An example that is no JSON object is named in a guess warning. A field
// typed Json nested in such a parameter that is flattened (ExtendedConfig.CustomData, also
// below list items) is the same, sent as JSON text under its flattened name; lineOf gives
// a nested field's row. Elsewhere (a JSON body field, a response field, a field inside a
// JSON text) Json stays a string, the text the value is. A parameter the page types a map
// ("String to string map", map<string,...>: an object of no documented fields) is sent as
// its JSON text too: the official metadata gives every such query parameter style json
// (KMS EncryptionContext, ECS RunCommand Parameters), never flat, and the service reads
// that text.
func (x *extractor) jsonText(p *opspec.Param, line int, lineOf func(*opspec.Property) int) {
	if p.Schema == nil || p.In != opspec.InQuery && p.In != opspec.InForm && p.In != opspec.InHeader {
		return
	}
	if x.jsonValue(p.Schema, "parameter", p.Name, line) {
		return
	}
	if p.Schema.IsMap() {
		p.Schema.Style = opspec.JSONStyle
		return
	}
	var walk func(s *opspec.Schema, path string)
	walk = func(s *opspec.Schema, path string) {
		for s.Type == "array" && s.Items != nil {
			s, path = s.Items, path+".N"
		}
		for _, c := range s.Properties {
			if c == nil || c.Schema == nil {
				continue
			}
			name := path + "." + c.Name
			if !x.jsonValue(c.Schema, "field", name, lineOf(c)) {
				walk(c.Schema, name)
			}
		}
	}
	walk(p.Schema, p.Name)
}

// jsonValue turns s, the schema of a parameter or flattened field (what, name) that the
// page types Json, into the structure sent as its JSON text, and reports whether it did.
func (x *extractor) jsonValue(s *opspec.Schema, what, name string, line int) bool {
	if !strings.EqualFold(strings.TrimSpace(s.DocType), "json") || s.Type != "string" && (s.Type != "object" || len(s.Properties) == 0) {
		return false
	}
	s.Type, s.Format, s.Style = "object", "", opspec.JSONStyle
	if len(s.Properties) > 0 {
		return true
	}
	s.AdditionalProperties = &opspec.Schema{}
	if s.Example != "" {
		if v, err := parseJSON(s.Example); err != nil || v.Kind != 'o' {
			x.guess(line, "%s %q is typed Json but its example is no JSON object; read as a map of any values sent as JSON text", what, name)
		}
	}
	return true
}
