// Package flatname reads RPC-flattened parameter names into the nested fields of the model:
// Tag.N.Key and Tag.N.Value make Tag a list of objects {Key, Value}, UserIds.N a list,
// SystemDisk.Category a field of the object SystemDisk, Filter.1.Key and Filter.2.Key the
// same field of the items of Filter.
//
// Every reader makes this one decision here (the page extractor for table rows, the
// metadata importer for the parameters of api-docs.json), so that an operation has the same
// shape whichever source it was read from. The wire does not change: RPC clients flatten a
// nested value back into the same names (PrivatePoolOptions.Id=...).
package flatname

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// Row is one named parameter or field as a reader found it.
type Row struct {
	Name     string
	Schema   *opspec.Schema
	Required bool
	In       opspec.Location // "" when the reader does not know yet
	// Keep says the name is kept as written: the input placed the row under a parent
	// already (a depth column), or the name is one key on the wire (a header, a path part).
	Keep bool
	// At names the row's place for messages that cite it from another row ("line 12", a
	// JSON path).
	At string
	// Member says the dotted name was made by the reader to nest the row under a field
	// whose struct the page defines apart (KeyVersion.KeyId): it is not flattened on the
	// wire, so the parent's description does not list it as such.
	Member bool
}

// Report receives a warning about input row i.
type Report func(i int, kind page.WarnKind, msg string)

// Entry is one row of Nest's result.
type Entry struct {
	// Row is the input row kept (possibly made the parent of flattened rows), or -1 for a
	// parent made from flattened rows alone.
	Row int
	// First is the input row a parent made from flattened rows is read at (its first
	// flattened row: the place and location it takes); Row for a kept row.
	First    int
	Name     string
	Schema   *opspec.Schema
	Required bool
	In       opspec.Location
	// Parent says flattened rows were placed under it: its children are complete.
	Parent bool
	// Implied are the parents made from flattened paths alone, with no row and no index
	// segment of their own (Tags and Tags.Tag of "Tags.Tag.Key"): objects only because
	// the names do not say list, which an example may (ImpliedKinds).
	Implied map[*opspec.Schema]bool
}

// Split cuts a flattened name at its first dot: "Tag", "N.Key". ok is false for a name
// without a dot or with nothing on one side of it.
func Split(name string) (head, rest string, ok bool) {
	head, rest, ok = strings.Cut(name, ".")
	return head, rest, ok && head != "" && rest != ""
}

// Unbracket writes the list-item brackets of a flattened name as index segments:
// "Tags[].Key" and "Tags[N].Key" read as "Tags.N.Key", "Tags[1].Key" as "Tags.1.Key",
// "Ids[]" as "Ids.N" (the JSON-path spelling of the same flattening). Other names are
// returned as they are.
func Unbracket(name string) string {
	if !strings.Contains(name, "[") {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		if name[i] != '[' {
			b.WriteByte(name[i])
			continue
		}
		end := strings.IndexByte(name[i:], ']')
		if end < 0 || i == 0 {
			return name
		}
		idx := name[i+1 : i+end]
		if idx == "" {
			idx = "N"
		}
		rest := name[i+end+1:]
		if !IsIndex(idx) || rest != "" && rest[0] != '.' && rest[0] != '[' {
			return name
		}
		b.WriteString("." + idx)
		i += end
	}
	return b.String()
}

// Flattened reports whether a row named name that the input does not nest is a flattened
// name that Nest places under a parent.
func Flattened(name string) bool {
	_, _, ok := Split(name)
	return ok
}

// Nest rebuilds flattened names into nested fields, in input order: a parent takes the place
// of its first flattened row, or of its own row when that comes first. Rows that are not
// flattened pass through. A parent row keeps its type and description and the fields it
// declares (its own declaration wins over a flattened row that disagrees, whichever comes
// first); flattened rows add the fields it does not declare. The flattened names are
// recorded in the parent's description. report receives every disagreement resolved or row
// left out.
func Nest(rows []Row, report Report) []Entry {
	n := nester{rows: rows, report: report}
	type group struct {
		names []string // the rows' names
		noted []string // those flattened on the wire, for the parent's note (not Member rows)
		pos   int
	}
	var out []Entry
	n.implied = map[*opspec.Schema]bool{}
	n.wrapped = map[*opspec.Schema]bool{}
	groups := map[string]*group{}
	index := map[string]int{} // name of a row passed through → index in out
	flatRow := map[string]int{}
	for i, r := range rows {
		head, rest, flat := Split(r.Name)
		flat = flat && !r.Keep
		if flat && strings.Count(rest, ".")+1 >= opspec.MaxDepth {
			// every segment is a level below head, itself a level below the top of its
			// schema (the body's, the response's)
			n.warn(i, page.Drop, "flattened row %q nests %d levels below %q, more than the %d a spec may nest; row dropped",
				page.Clip(r.Name), strings.Count(rest, ".")+1, page.Clip(head), opspec.MaxDepth)
			continue
		}
		if flat {
			if first, dup := flatRow[r.Name]; dup {
				n.warn(i, page.Drop, "duplicate flattened row %q (first at %s); keeping the first", r.Name, rows[first].At)
				continue
			}
			flatRow[r.Name] = i
		}
		if !flat {
			if g, ok := groups[r.Name]; ok {
				// The parent row comes after its flattened rows: merge what it declares.
				e := &out[g.pos]
				if r.Required {
					e.Required = true
				}
				n.adoptParent(e.Schema, i, g.names)
				continue
			}
			index[r.Name] = len(out)
			out = append(out, Entry{Row: i, First: i, Name: r.Name, Schema: r.Schema, Required: r.Required, In: r.In})
			continue
		}
		g := groups[head]
		if g == nil {
			g = &group{}
			groups[head] = g
			if j, ok := index[head]; ok {
				g.pos = j
				out[j].Parent = true
			} else {
				g.pos = len(out)
				out = append(out, Entry{Row: -1, First: i, Name: head, Schema: &opspec.Schema{}, In: r.In, Parent: true})
				n.implied[out[len(out)-1].Schema] = true
			}
		}
		g.names = append(g.names, r.Name)
		if !r.Member {
			g.noted = append(g.noted, r.Name)
		}
		parent := &out[g.pos]
		if r.Required && IsIndex(rest) {
			// "InstanceId.N | Yes" marks the list itself required; "Tag.N.Key | Yes" or
			// "Pool.Id | Yes" only says the field is required when its parent is sent (the
			// SDKs leave three in four of such parents optional).
			parent.Required = true
		}
		if parent.In != "" && r.In != "" && parent.In != r.In {
			n.warn(i, page.Info, "flattened row %q is in %s, but %q is in %s; sent with it in %s", r.Name, r.In, head, parent.In, parent.In)
		}
		n.insert(parent.Schema, head, strings.Split(rest, "."), i)
	}
	for i := range out {
		out[i].Implied = n.impliedIn(out[i].Schema, nil, 0)
	}
	for _, g := range groups {
		s := out[g.pos].Schema
		if s.DocType == "" {
			s.DocType = s.Type
		}
		if len(g.noted) == 0 {
			continue
		}
		note := "Flattened as " + strings.Join(g.noted, ", ") + "."
		if s.Description == "" {
			s.Description = note
		} else if !strings.Contains(s.Description, g.noted[0]) {
			s.Description += "\n\n" + note
		}
	}
	return out
}

type nester struct {
	rows    []Row
	report  Report
	implied map[*opspec.Schema]bool // the parents made from paths alone
	wrapped map[*opspec.Schema]bool // the lists wrapList keyed by their item struct
}

// impliedIn adds the implied parents (n.implied) under s to set, which it returns (nil
// when there are none).
func (n *nester) impliedIn(s *opspec.Schema, set map[*opspec.Schema]bool, depth int) map[*opspec.Schema]bool {
	if s == nil || depth > opspec.MaxDepth {
		return set
	}
	if n.implied[s] && s.Type == "object" {
		if set == nil {
			set = map[*opspec.Schema]bool{}
		}
		set[s] = true
	}
	set = n.impliedIn(s.Items, set, depth+1)
	for _, p := range s.Properties {
		set = n.impliedIn(p.Schema, set, depth+1)
	}
	return set
}

func (n *nester) warn(i int, kind page.WarnKind, format string, args ...any) {
	if n.report != nil {
		n.report(i, kind, fmt.Sprintf(format, args...))
	}
}

// adoptParent merges parent row i, which comes after its flattened rows (names), into the
// schema s they made: its description when s has none; its type must agree (else s's is
// kept, warned); the fields it declares win over the flattened rows' (as when the parent
// comes first), and the fields it declares that they lack are added.
func (n *nester) adoptParent(s *opspec.Schema, i int, names []string) {
	r := n.rows[i]
	delete(n.implied, s) // the row declares it
	if s.Description == "" {
		s.Description = r.Schema.Description
	}
	if r.Schema.Type != s.Type {
		n.warn(i, page.Info, "row %q is typed %s but its flattened rows %s make it %s; keeping %s",
			r.Name, r.Schema.WrittenType(), strings.Join(names, ", "), s.Type, s.Type)
		return
	}
	n.declare(s, r.Schema, r.Name, i)
}

// declare makes the fields that decl declares win in s (built from flattened rows), adding
// those s lacks; name is s's path for messages.
func (n *nester) declare(s, decl *opspec.Schema, name string, i int) {
	switch {
	case s.Type == "array" && decl.Items != nil:
		if s.Items == nil {
			s.Items = decl.Items
			return
		}
		if s.Items.Type == decl.Items.Type {
			n.declare(s.Items, decl.Items, name+"[]", i)
		}
	case s.Type == "object":
		for _, dp := range decl.Properties {
			p := property(s, dp.Name)
			if p == nil {
				s.Properties = append(s.Properties, dp)
				continue
			}
			if w, dw := p.Schema.TypeWord(), dp.Schema.TypeWord(); w != dw {
				n.warn(i, page.Info, "flattened rows type %s.%s %s, but %q declares it %s; keeping %s", name, dp.Name, w, n.rows[i].Name, dw, dw)
			}
			p.Required = p.Required || dp.Required
			p.Schema = dp.Schema
		}
	}
}

func property(s *opspec.Schema, name string) *opspec.Property {
	for _, p := range s.Properties {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// item is the item schema an indexed flattened row (InstanceId.N) gives its list. A row
// typed as a list itself (InstanceId.N | RepeatList) describes one element of the list: its
// item type, when it names one; objects when rows name their fields (Libs.N.Key, before or
// after it); else string: noted when its example is a word only a string can be
// (wordExample), else guessed. Either way the item's example
// is one element (itemExample): an example showing the whole list is the list's.
func (n *nester) item(i int) *opspec.Schema {
	r := n.rows[i]
	if r.Schema.Type != "array" {
		// the row is the item; an example showing the list is the list's (insert)
		r.Schema.Example = itemExample(r.Schema.Example)
		return r.Schema
	}
	item := r.Schema.Items
	switch ex := itemExample(r.Schema.Example); {
	case item == nil && n.fieldRows(r.Name) != "":
		item = &opspec.Schema{Type: "object"} // Libs.N.Key: the rows name fields of the items
	case item == nil && wordExample(ex):
		item = &opspec.Schema{Type: "string"}
		n.warn(i, page.Info, "flattened row %q is typed %s with no item type; its example %q is a word, no number or boolean: items read as string",
			r.Name, r.Schema.WrittenType(), page.Clip(ex))
	case item == nil:
		item = &opspec.Schema{Type: "string"}
		n.warn(i, page.Guess, "flattened row %q is typed %s with no item type; items taken as string", r.Name, r.Schema.WrittenType())
	default:
		cp := *item
		item = &cp
	}
	item.Description, item.Enum = r.Schema.Description, r.Schema.Enum
	item.Example = itemExample(r.Schema.Example)
	item.Deprecated = r.Schema.Deprecated
	return item
}

// wordExample reports whether ex, an item's example, is one word that only a string can
// be: a scalar cell (page.ScalarCell: no blank cell's mark, no JSON list or object) with
// no white space, not a number, a boolean or null. An RPC list's items are scalars (objects show their fields as
// rows: Tag.N.Key) of which only strings are written so (i-bp67..., Active, 2017-05-25), so
// such an example settles the items' type; a number (1234567890: an account ID the SDKs
// type now as a string, now as an int64) or text with spaces does not.
func wordExample(ex string) bool {
	if !page.ScalarCell(ex) || strings.ContainsAny(ex, " \t\n") {
		return false
	}
	if _, err := strconv.ParseFloat(ex, 64); err == nil {
		return false
	}
	switch strings.ToLower(ex) {
	case "true", "false", "null":
		return false
	}
	return true
}

// listExample is the example of an indexed row (InstanceId.N) when it shows the whole list
// (["i-1", "i-2"], or a list in another notation: ['i-1']): the list's example, not an
// item's; "" for an example of one element (i-1) or none.
func listExample(ex string) string {
	t := strings.TrimSpace(ex)
	if len(t) < 2 || t[0] != '[' || t[len(t)-1] != ']' {
		return ""
	}
	return t
}

// itemExample is the example an item of the list takes from the example ex of its indexed
// row: ex itself when it shows one element, the first element when it shows the list in
// JSON and that element is a scalar (["sample"]: sample), else none (an object element, a
// list in another notation).
func itemExample(ex string) string {
	list := listExample(ex)
	if list == "" {
		return ex
	}
	d := json.NewDecoder(strings.NewReader(list))
	d.UseNumber()
	v, err := page.DecodeTree(d, opspec.MaxDepth, false)
	if err != nil || page.DecodeEnd(d) != nil || v.Kind != 'a' || len(v.Vals) == 0 {
		return ""
	}
	switch el := v.Vals[0]; el.Kind {
	case 's', 'n', 'b':
		return el.Text
	}
	return ""
}

// IsIndex reports whether a flattened-name segment is an array index (N, n, 1, 2 ...).
func IsIndex(s string) bool {
	if s == "N" || s == "n" {
		return true
	}
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// insert places row i at the remaining segments under schema s (named name).
func (n *nester) insert(s *opspec.Schema, name string, segs []string, i int) {
	if len(segs) == 0 {
		return
	}
	r := n.rows[i]
	seg := segs[0]
	if IsIndex(seg) {
		if s.Type != "" && s.Type != "array" {
			n.warn(i, page.Info, "flattened row %q indexes %q, which is typed %s; using array", r.Name, name, s.WrittenType())
		}
		s.Type = "array"
		if len(segs) == 1 {
			if s.Items != nil && s.Items.Type == "object" && len(s.Items.Properties) > 0 {
				n.describeItems(s.Items, name, i)
				return
			}
			if s.Items != nil && seg != "N" && seg != "n" {
				return // InstanceId.2 after InstanceId.1: the same items
			}
			if list := listExample(r.Schema.Example); list != "" && s.Example == "" {
				s.Example = list
			}
			s.Items = n.item(i)
			return
		}
		if s.Items == nil {
			s.Items = &opspec.Schema{Type: "object"}
		}
		n.insert(s.Items, name+"[]", segs[1:], i)
		return
	}
	if s.Type == "array" && (s.Items == nil || s.Items.Type == "object" && s.Items.AdditionalProperties == nil) {
		// a list already keyed by its item struct is wrapped once: a further segment of
		// that name is a field of its items (VersionIds.VersionId.VersionId)
		if item := page.ListItem(s.DocType); strings.EqualFold(item, seg) && !n.wrapped[s] {
			n.wrapList(s, name, segs, i)
			return
		}
		// a path through a list that writes no index (Data.Instances.InstanceId, as JSON
		// paths often do) names a field of its items: a list of objects has no other
		if s.Items == nil {
			s.Items = &opspec.Schema{Type: "object"}
		}
		n.insert(s.Items, name+"[]", segs, i)
		return
	}
	if s.Type == "" {
		s.Type = "object"
	}
	if s.Type != "object" {
		n.warn(i, page.Info, "flattened row %q names a field of %q, which is typed %s; using object", r.Name, name, s.WrittenType())
		s.Type = "object"
		s.Items = nil
	}
	p := property(s, seg)
	if len(segs) == 1 {
		if p != nil {
			delete(n.implied, p.Schema) // a row of its own declares it
			// Filter.2.Key after Filter.1.Key: the same field of another element; or a
			// field the parent declares, which wins.
			if w, rw := p.Schema.TypeWord(), r.Schema.TypeWord(); w != rw {
				n.warn(i, page.Info, "flattened row %q is typed %s, but %s.%s is %s already; keeping %s", r.Name, rw, name, seg, w, w)
			}
			return
		}
		s.Properties = append(s.Properties, &opspec.Property{Name: seg, Required: r.Required, Schema: r.Schema})
		return
	}
	if p == nil {
		p = &opspec.Property{Name: seg, Schema: &opspec.Schema{}}
		s.Properties = append(s.Properties, p)
		n.implied[p.Schema] = true
	}
	n.insert(p.Schema, name+"."+seg, segs[1:], i)
}

// describeItems reads indexed row i (Libs.N), listed after the flattened rows that made
// the items of list name objects (Libs.N.Key), as it reads the row listed first: its
// description and deprecation are the items', and the fields stay the rows'. The order of
// a page's rows does not change what they declare. A row that types the items otherwise
// (Libs.N | String) disagrees with the rows naming their fields, which win, as they do
// when the row comes first; that is noted.
func (n *nester) describeItems(items *opspec.Schema, name string, i int) {
	r := n.rows[i]
	if it := r.Schema; it.Type != "object" && (it.Type != "array" || it.Items != nil && it.Items.Type != "object") {
		if it.Type == "array" {
			it = it.Items
		}
		n.warn(i, page.Info, "flattened row %q types the items of %q %s, but the rows %s name fields of them; read as objects",
			r.Name, name, it.WrittenType(), n.fieldRows(r.Name))
	}
	if items.Description == "" {
		items.Description = r.Schema.Description
	}
	items.Deprecated = items.Deprecated || r.Schema.Deprecated
}

// fieldRows lists, comma-separated, the rows named below indexed name (Libs.N.Key under
// Libs.N) anywhere in the table: "" when there are none.
func (n *nester) fieldRows(name string) string {
	var under []string
	for _, o := range n.rows {
		if strings.HasPrefix(o.Name, name+".") && !o.Keep {
			under = append(under, o.Name)
		}
	}
	return strings.Join(under, ", ")
}

// wrapList reads row i, whose path goes on (segs) through the item struct of list s named
// name ("Permissions | Array of Permission", then Permissions.Permission.CreateTime), as the
// object legacy RPC responses wrap a list in, keyed by the item struct ({"Permissions":
// {"Permission": [...]}}): the path names a key of s, the type its items. The tree builder
// reads the same table written without paths ("Permission" as a row after the list) so.
func (n *nester) wrapList(s *opspec.Schema, name string, segs []string, i int) {
	r := n.rows[i]
	n.warn(i, page.Info, "flattened row %q names the item struct of %q, typed %s: read as the object that wraps the list (%q: {%q: [...]})",
		r.Name, name, s.WrittenType(), name, segs[0])
	items := s.Items
	if items == nil {
		items = &opspec.Schema{Type: "object"}
	}
	list := &opspec.Schema{Type: "array", DocType: s.DocType, Items: items}
	n.wrapped[list] = true
	s.Type, s.Items, s.DocType = "object", nil, ""
	s.Properties = append(s.Properties, &opspec.Property{Name: segs[0], Schema: list})
	if len(segs) == 1 { // the item struct's own row
		list.Description = r.Schema.Description
		return
	}
	n.insert(list, name+"."+segs[0], segs[1:], i)
}
