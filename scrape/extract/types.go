package extract

import (
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/internal/editdist"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/flatname"
	"github.com/acsgen/acsgen/scrape/page"
)

// docSchema maps a documented type ("long", "Array of String", "map<string, string>",
// "Struct"), as page.ReadType reads it, to a schema with Type/Format set and DocType kept
// as written. ok is false for what page.ReadType does not read (and page.IsType denies);
// the schema is then a string with the DocType kept, so the caller can warn and go on.
func docSchema(doc string) (s *opspec.Schema, ok bool) {
	doc = strings.TrimSpace(doc)
	doc = strings.ReplaceAll(doc, "\\", "") // Markdown escapes left in the cell ("List<String\\>")
	t, ok := page.ReadType(doc)
	if ok {
		s, ok = typeSchema(t)
	}
	if !ok {
		s = &opspec.Schema{Type: "string"}
	}
	s.DocType = doc
	return s, ok
}

// typeSchema maps a type read by page.ReadType; the result has no DocType. ok is false
// only for a word of the vocabulary it lacks (TestTypeWords keeps them together).
func typeSchema(t page.Type) (*opspec.Schema, bool) {
	switch t.Word {
	case "string", "json":
		return &opspec.Schema{Type: "string"}, true
	case "integer", "int", "int32":
		return &opspec.Schema{Type: "integer", Format: "int32"}, true
	case "long", "int64":
		return &opspec.Schema{Type: "integer", Format: "int64"}, true
	case "uint64":
		return &opspec.Schema{Type: "integer"}, true // wider than int64: no format
	case "float", "float32":
		return &opspec.Schema{Type: "number", Format: "float"}, true
	case "double", "float64":
		return &opspec.Schema{Type: "number", Format: "double"}, true
	case "number":
		return &opspec.Schema{Type: "number"}, true
	case "boolean", "bool":
		return &opspec.Schema{Type: "boolean"}, true
	case "object", "struct":
		return &opspec.Schema{Type: "object"}, true
	case "array", "list", "repeatlist":
		s := &opspec.Schema{Type: "array"}
		if t.Elem != nil {
			it, ok := typeSchema(*t.Elem)
			if !ok {
				return nil, false
			}
			s.Items = it
		}
		return s, true
	case "map":
		val := &opspec.Schema{}
		if t.Elem != nil {
			v, ok := typeSchema(*t.Elem)
			if !ok {
				return nil, false
			}
			val = v
		}
		return &opspec.Schema{Type: "object", AdditionalProperties: val}, true
	case "date", "datetime", "date-time":
		return &opspec.Schema{Type: "string", Format: "date-time"}, true
	case "binary", "file":
		return &opspec.Schema{Type: "string", Format: "binary"}, true
	case "byte[]":
		return &opspec.Schema{Type: "string", Format: "byte"}, true // base64 in JSON
	case "any":
		return &opspec.Schema{}, true
	}
	return nil, false
}

// isContainer reports whether rows after s may be its children.
func isContainer(s *opspec.Schema) bool {
	switch s.Type {
	case "object":
		return s.AdditionalProperties == nil
	case "array":
		return s.Items == nil || s.Items.Type == "object"
	}
	return false
}

// fillItems gives every list in the tree under s that still has no item type (a List row
// with no item row and no JSON example that shows its elements) string items, with a
// warning naming the field. It also names every object, and every list of objects, whose
// fields the page lists nowhere (no rows under it, no example showing any): the spec keeps
// them as free-form objects (a client's map[string]any), which a user must be told. That
// is a note, not a guess: the page says "object" and no more, and the spec says the same.
// Only table rows are named: a field the JSON example adds was warned as inferred, with
// its subtree; a map's value is no row. Nor is a row another warning already names.
// rows maps the schemas of table rows to their lines; line is the nearest row line above s.
func (x *extractor) fillItems(s *opspec.Schema, what, path string, rows map[*opspec.Schema]int, line int) {
	if s == nil {
		return
	}
	l, row := rows[s]
	if row {
		line = l
	}
	switch {
	case s.Type == "array" && s.Items == nil:
		s.Items = &opspec.Schema{Type: "string"}
		x.guess(line, "%s %s is typed %s with no item type (no item row, no example element); items taken as string", what, path, s.WrittenType())
	case s.Type == "array" && isEmptyObject(s.Items):
		if row && !x.warnedAbout(what, path, line) {
			x.warn(line, "%s %s is a list of objects whose fields the page does not list; typed as a list of free-form objects", what, path)
		}
	case s.Type == "array":
		x.fillItems(s.Items, what, path+"[]", rows, line)
	case isEmptyObject(s):
		if row && !x.warnedAbout(what, path, line) {
			x.warn(line, "%s %s is an object whose fields the page does not list; typed as a free-form object", what, path)
		}
	}
	for _, p := range s.Properties {
		x.fillItems(p.Schema, what, path+"."+p.Name, rows, line)
	}
	if s.AdditionalProperties != nil {
		x.fillItems(s.AdditionalProperties, what, path+"{}", rows, line)
	}
}

// warnedAbout reports whether a warning already names the field at path: by its name on
// its row's line ("row \"Arn\" has type ..."), or as "<what> \"Arn\"" anywhere (the tree
// builder's guesses about a container's fields).
func (x *extractor) warnedAbout(what, path string, line int) bool {
	name := path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		name = path[i+1:]
	}
	name = strings.TrimRight(name, "[]")
	q := strconv.Quote(name)
	for _, w := range x.res.Warnings {
		if w.Line == line && strings.Contains(w.Msg, q) || strings.Contains(w.Msg, what+" "+q) {
			return true
		}
	}
	return false
}

// rowLines maps the schema of each field to its line, for fillItems.
func rowLines(fields []field) map[*opspec.Schema]int {
	m := make(map[*opspec.Schema]int, len(fields))
	for _, f := range fields {
		if f.schema != nil {
			m[f.schema] = f.line
		}
	}
	return m
}

// rowSchema reads the type cell of the row named name: a type word of the vocabulary, a
// near miss of one ("Integre", "Struts": read as that word), or the name of the row's own
// struct ("KeyVersion | KeyVersion", "Configuration.N | Configuration": an object) or of a
// struct a section of the page defines (structSections; before a near miss: "Thing").
// Anything else is a string. Guesses are warned, and so is a format after the type that no
// registry knows ("string/whatever": a string, the word noted by name).
func (x *extractor) rowSchema(typ, name string, line int) *opspec.Schema {
	s, ok := docSchema(typ)
	if ok {
		if f := page.UnknownFormat(typ); f != "" {
			x.warn(line, "row %q is typed %q: %q is no format known for %s; read as %s with no format",
				name, typ, f, s.Type, s.Type)
		}
		return s
	}
	if isTimestampWord(typ) {
		// a number or a date text: decideStamps reads its example
		x.stamps = append(x.stamps, stamp{schema: s, name: name, line: line})
		return s
	}
	if page.IsIdent(s.DocType) && x.definesStruct(s.DocType) {
		// a struct a section of the page defines (structSections reads its fields)
		return &opspec.Schema{Type: "object", DocType: s.DocType}
	}
	if w := nearTypeWord(strings.ToLower(strings.TrimSpace(typ))); w != "" {
		n, _ := docSchema(w)
		n.DocType = s.DocType
		x.guess(line, "row %q has unknown type %q; read as %s, the nearest type word", name, typ, w)
		return n
	}
	if isStructName(s.DocType) && (namesOwnStruct(name, s.DocType) || page.IsStructTypeName(s.DocType)) {
		x.guess(line, "row %q has type %q, which names no known type; read as a struct (object)", name, typ)
		return &opspec.Schema{Type: "object", DocType: s.DocType}
	}
	x.guess(line, "row %q has unknown type %q; treating it as string", name, typ)
	return s
}

// cutTypeWords are the type words a Type cell cut off by the end of the page is completed
// to.
var cutTypeWords = []string{"string", "integer", "int", "long", "boolean", "bool", "double", "float",
	"number", "object", "struct", "array", "list", "map", "json"}

// cutTypeWord returns the type word that t, a cell cut off part way ("Inte"), starts: the
// longest of those it starts when they all name one type ("Boo": bool, boolean), or ""
// when t is a type word itself, too short, or starts none or words of different types
// ("St": string or struct).
func cutTypeWord(t string) string {
	if _, known := docSchema(t); known {
		return "" // a whole type word ("str", "int")
	}
	t = strings.ToLower(strings.TrimSpace(t))
	if len(t) < 2 || !page.IsASCII(t) {
		return ""
	}
	found := ""
	for _, w := range cutTypeWords {
		if !strings.HasPrefix(w, t) {
			continue
		}
		if found != "" {
			a, _ := docSchema(found)
			b, _ := docSchema(w)
			if a.Type != b.Type || a.Format != b.Format {
				return ""
			}
			if len(w) < len(found) {
				continue
			}
		}
		found = w
	}
	return found
}

// nearTypeWords are the type words a misspelling is checked against: long enough that a
// slip does not reach another word.
var nearTypeWords = []string{"string", "integer", "boolean", "double", "struct", "object", "repeatlist"}

// nearTypeWord returns the one type word t is a slip away from (one edit; two for words of
// six letters or more), or "" when none or several are.
func nearTypeWord(t string) string {
	if len(t) < 5 || !page.IsASCII(t) {
		return ""
	}
	found := ""
	for _, w := range nearTypeWords {
		max := 1
		if len(w) >= 6 {
			max = 2
		}
		if d := editdist.Distance(t, w); d > 0 && d <= max {
			if found != "" {
				return ""
			}
			found = w
		}
	}
	return found
}

// isStructName reports whether a type cell is a struct's name: an identifier (page.IsIdent)
// of three or more characters starting with an upper-case letter ("Configuration",
// "KeyVersion").
func isStructName(s string) bool {
	return len(s) >= 3 && s[0] >= 'A' && s[0] <= 'Z' && page.IsIdent(s)
}

// namesOwnStruct reports whether type word typ is the struct of the row named name: the
// name itself (without its flattened index, "Configuration.N") or its singular.
func namesOwnStruct(name, typ string) bool {
	for strings.HasSuffix(name, ".N") || strings.HasSuffix(name, ".n") {
		name = name[:len(name)-2]
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return name == typ || name != "" && name[0] == typ[0] && page.IsSingularOf(typ, name)
}

// listItemsFromExample completes a list row with no item type ("InstanceTypes | List")
// from its example cell. Scalars (["d1", "d1ne"], or one element: c5) make a list of
// strings; objects ([{"key": "env", "value": "IT"}]) a list of objects with those fields.
// Either way the row is complete, and the rows after it are its siblings, not its items.
// An example showing an object ({"VersionStage": [...]}, the legacy wrapper) or an empty
// list leaves the items to the rows after it and the JSON example.
//
// A row with no type whose example shows the legacy wrapper of a list ("ListenerPorts |  |
// "ListenerPort": [ 80, 443 ]") is that wrapper object, with a guess warning.
func (x *extractor) listItemsFromExample(f *field) {
	s := f.schema
	if f.untyped && !strings.Contains(f.name, ".") {
		if ex := strings.TrimSpace(s.Example); ex != "" && (ex[0] == '{' || ex[0] == '"') && strings.Contains(ex, ":") {
			x.wrapperFromExample(f, ex)
			if s.Type == "object" {
				f.untyped = false
				x.guess(f.line, "%s has no type; its example shows the wrapper of list %q: read as an object holding it",
					f.name, s.Properties[0].Name)
			}
		}
		return
	}
	if s.Type != "array" || s.Items != nil || strings.Contains(f.name, ".") {
		return // (a flattened row, InstanceId.N | RepeatList, is unflatten's)
	}
	ex := strings.TrimSpace(s.Example)
	if ex == "" {
		return
	}
	if ex[0] == '{' || ex[0] == '"' && strings.Contains(ex, ":") {
		x.wrapperFromExample(f, ex)
		return
	}
	if ex[0] == '[' {
		v, err := parseJSON(ex)
		if err == nil && v.Kind == 'a' {
			items, doubt := exampleItems(v)
			switch {
			case items == nil:
				return
			case items.Type == "object":
				s.Items = items
				f.closed = true
				return
			case doubt != "":
				x.guess(f.line, "row %q: typed %s with no item type, its example shows %s items; read as strings, as the SDKs type such lists",
					f.name, s.WrittenType(), doubt)
			}
		}
	}
	// Scalars: one element, or the list in JSON or another notation (['a','b']). The type
	// word says no more than "list", so the items are strings, as the SDKs have them.
	s.Items = &opspec.Schema{Type: "string"}
}

// exampleItems reads the items of a list typed with no item type from its JSON example v:
// objects (the union of those shown) as objects with their fields; scalars as strings, as
// the SDKs type such lists. Numbers or booleans may be the items' type as well, or strings
// the example writes bare (the SDKs type such lists either way): doubt then names the type
// the example shows, for the caller's guess. items is nil when v shows no element, or lists.
func exampleItems(v *page.JSONValue) (items *opspec.Schema, doubt string) {
	el := v.Elem()
	switch {
	case el == nil || el.Kind == 'a':
		return nil, ""
	case el.Kind == 'o':
		items = schemaFromJSON(el)
		clearExamples(items)
		return items, ""
	}
	for _, e := range v.Vals {
		if e.Kind == 'n' || e.Kind == 'b' {
			doubt = jsonTypeName(e)
			break
		}
	}
	return &opspec.Schema{Type: "string"}, doubt
}

// flatListItems completes each flattened row that indexes a list and is typed a list with
// no item type ("Libs.N | array | ["sample"]", an RPC request's list of strings) from its
// example cell, before flatname.Nest reads it (which takes such items as strings by a
// guess): the row describes the list, and its JSON example shows the elements, read as
// exampleItems reads a plain list row's. Object items take their fields from the rows under
// the list (Libs.N.Key) when it has any, else from the example. Any other example (one
// element, none) leaves the row to Nest.
func (x *extractor) flatListItems(fields []field) {
	for i := range fields {
		f := &fields[i]
		s := f.schema
		if s == nil || s.Type != "array" || s.Items != nil || f.depth >= 0 || !flatname.Flattened(f.name) ||
			!flatname.IsIndex(f.name[strings.LastIndexByte(f.name, '.')+1:]) {
			continue
		}
		v, err := parseJSON(strings.TrimSpace(s.Example))
		if err != nil || v.Kind != 'a' {
			continue
		}
		items, doubt := exampleItems(v)
		switch {
		case items == nil:
			continue
		case items.Type == "object" && hasRowsUnder(fields, f.name):
			items = &opspec.Schema{Type: "object"} // the rows under the list are its fields
		case doubt != "":
			x.guess(f.line, "flattened row %q: typed %s with no item type, its example shows %s items; read as strings, as the SDKs type such lists",
				f.name, s.WrittenType(), doubt)
		}
		s.Items = items
	}
}

// hasRowsUnder reports whether a row of fields is named below the flattened name (name.X).
func hasRowsUnder(fields []field, name string) bool {
	for _, f := range fields {
		if strings.HasPrefix(f.name, name+".") {
			return true
		}
	}
	return false
}

// wrapperFromExample reads an example cell that shows a list row in the legacy wrapper
// form ("SupportedValue": ["Stop"], {"VersionStage": ["ACSCurrent"]}, or with the row's own
// name outside: "DedicatedHostIdSets": {"DedicatedHostId": ["dh-1"]}): the row is an object
// holding that one list of scalars, and complete. Other examples change nothing.
func (x *extractor) wrapperFromExample(f *field, ex string) {
	if ex[0] != '{' {
		ex = "{" + ex + "}"
	}
	v, err := parseJSON(ex)
	if err != nil || v.Kind != 'o' || len(v.Keys) != 1 {
		return
	}
	key, val := strings.TrimSpace(v.Keys[0]), v.Vals[0]
	if key == f.name && val.Kind == 'o' && len(val.Keys) == 1 {
		key, val = strings.TrimSpace(val.Keys[0]), val.Vals[0]
	}
	el := val.Elem()
	if key == "" || key == f.name || val.Kind != 'a' || el == nil || el.Kind == 'o' || el.Kind == 'a' {
		return
	}
	s := f.schema
	inner := &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "string"}}
	if s.Type == "array" {
		inner.DocType = s.WrittenType() // the row's list type word is the list's
	} else {
		// no type word says "list" (of strings, as the SDKs have those): the elements tell
		inner.Items = schemaFromJSON(el)
		clearExamples(inner.Items)
	}
	s.Type, s.DocType = "object", ""
	s.Properties = append(s.Properties, &opspec.Property{Name: key, Schema: inner})
	f.closed = true
}

// clearExamples drops the examples schemaFromJSON copied into s and its children (the
// row's example cell keeps the whole value).
func clearExamples(s *opspec.Schema) {
	if s == nil {
		return
	}
	s.Example = ""
	for _, p := range s.Properties {
		clearExamples(p.Schema)
	}
	clearExamples(s.Items)
}
