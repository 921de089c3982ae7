package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// What the tree builders place, for messages.
const (
	requestParam  = "request parameter"
	responseField = "response field"
)

// node is an open container while a table's rows are placed.
type node struct {
	name string
	s    *opspec.Schema  // the row's schema (object or array)
	ex   *page.JSONValue // the JSON example's value at this place; nil when unknown
	// exKnown is true when the JSON example covers this place, so a key missing from ex
	// means the row belongs elsewhere.
	exKnown bool
	line    int
	guessed bool // children placed by row order alone (warned once)
	// inner says the node shares the row depth of the node before it: the list inside a
	// wrapper object ({"Users": {"User": [...]}}) that one row declares.
	inner bool
	// flat says the node is an untyped row whose fields the table lists at its own depth
	// (one └ for every nested row): it closes at the next row its parent's example shows.
	flat bool
	// exList says the node is an untyped row the JSON example made a list.
	exList bool
	// wrapper says the node is the object legacy RPC responses wrap a list in ({"Tags":
	// {"Tag": [...]}}), which holds that list alone.
	wrapper bool
}

// covered tells whether the JSON example shows fields of n.
func (n *node) covered() bool {
	_, ex := n.target()
	return ex != nil && ex.Kind == 'o' && len(ex.Keys) > 0
}

// target is the object schema new properties go into (an array's item object).
func (n *node) target() (*opspec.Schema, *page.JSONValue) {
	if n.s.Type == "array" {
		if n.ex != nil && n.ex.Kind == 'o' {
			return n.s.Items, n.ex // the example shows one element instead of a list (warned)
		}
		return n.s.Items, n.ex.Elem()
	}
	if n.ex != nil && n.ex.Kind == 'a' {
		return n.s, n.ex.Elem() // the table says object, the example shows a list of them (warned)
	}
	return n.s, n.ex
}

// outerExampleHas reports whether the JSON example shows name in an object outside the
// list top, which it shows (even empty: "pipelineIds": []) without name in its elements:
// the row is that object's field after the list, not a field of the list's items, and says
// nothing of their type.
func (b *treeBuilder) outerExampleHas(top *node, name string) bool {
	if top.ex == nil || top.ex.Kind != 'a' {
		return false
	}
	if el := top.ex.Elem(); el != nil && el.GetFold(name) != nil {
		return false
	}
	for i := len(b.stack) - 2; i >= 0; i-- {
		if obj, ex := b.stack[i].target(); obj != nil && obj.Type == "object" && ex.GetFold(name) != nil {
			return true
		}
	}
	return false
}

// treeBuilder places rows into a tree. Text dumps do not show depth, so a row's parent is
// chosen from the JSON example (the true tree) when there is one, else by the convention
// that rows after an object or array row are its children.
type treeBuilder struct {
	x     *extractor
	what  string // "request parameter", "response field", for messages
	stack []*node
	// props records where each property came from, when keepProps is set (only the request
	// builder reads it).
	props     map[*opspec.Property]field
	keepProps bool
	// placed records the names placed in each object and their first lines, for duplicate
	// messages.
	placed map[placedKey]int
	// guessOK says rows may be nested by order without a warning (a ROA body container).
	guessOK func(n *node) bool
	// lastMap is the last Map row placed and lastLine the line of the last row placed:
	// rows shown nested right under a Map row turn it into a struct.
	lastMap  *node
	lastLine int
	// rowNames counts the table's rows by name, and rowsLeft the rows of each name not
	// placed yet: a container the table lists as a row has its children after that row, so
	// the JSON example must not move other rows into it; and a name the table lists again
	// further down is not taken for the outer field of that name yet.
	rowNames, rowsLeft map[string]int
	// rows are the table's rows (noted by noteRows) and next the index of the row after
	// the one being placed: a lookahead for the order rules.
	rows []field
	next int
	// maxDepth is the deepest row depth of the table (-1 when it shows none), and
	// flatMarks says the table marks every nested row with one └ whatever its depth: a
	// row the example showed deeper than its marks, in a table whose marks never go past
	// one, tells. Then the nested rows after it are placed as rows without depth are (by
	// the example, then row order).
	maxDepth  int
	flatMarks bool
	// depths are the depths of the rows noteDepth noted, and added the number of them add
	// was given: depths[added] is the next row's (nextDeeper).
	depths []int
	added  int
	// exCut says the JSON example was cut off (and closed to be read): an object it shows
	// may lack fields, so no object counts as shown whole.
	exCut bool
	// untyped is the last row placed without a type, still a string: rows nested under it
	// make it an object; otherwise it is warned as a string when the next row comes.
	// untypedDepth is the depth the table marks that row at (-1 where it shows none).
	untyped      *node
	untypedDepth int
	// emptied is the container warnEmptyContainer warned about, while the rows after it at
	// the depth of the row it warned at (emptiedDepth) go on: each may be its field too.
	emptied      *node
	emptiedDepth int
	// marked is the last list whose item struct the table named in a row of its own
	// ("DBInstances | List<DBInstance>", then "DBInstance"), nil when it names none: such
	// a table lists a struct's fields after that row.
	marked *node
	// scalarList is the last list of scalars placed (complete at its row), for the untyped
	// row that may name its items next (see wrapScalarList).
	scalarList *placedList
	// orderGuesses are the rows placed by row order alone in a container that already had
	// a field, where an outer open object could have taken them as well: warned by name,
	// with that alternative, when the table is done.
	orderGuesses []orderGuess
	// exKeys indexes the keys of the JSON example exKeysOf for placeFromExample (see
	// keyIndex), built on first use.
	exKeys   map[string]keyHit
	exKeysOf *page.JSONValue
	// xmlEx is the response's XML example, nil when there is none: the key a list no JSON
	// example shows is wrapped in, where it shows the list (see xmlListKey).
	xmlEx *page.JSONValue
}

// placedList is a property placed in obj from the row at line.
type placedList struct {
	p     *opspec.Property
	obj   *opspec.Schema
	line  int
	depth int // the list row's depth, where the table shows it, else -1
	// dup says the row was a duplicate of p, dropped: its item row goes with it
	dup bool
}

// orderGuess is a run of rows that row order alone placed in one container (under) while
// an outer open object (alt) could equally hold them.
type orderGuess struct {
	under, alt string
	names      []string
	line       int
	n          *node
}

func newTreeBuilder(x *extractor, what string, root *opspec.Schema, ex *page.JSONValue) *treeBuilder {
	b := &treeBuilder{
		x: x, what: what,
		stack: []*node{{s: root, ex: ex, exKnown: ex != nil}},
		props: map[*opspec.Property]field{}, placed: map[placedKey]int{},
	}
	return b
}

// noteRows records the names of the rows about to be placed, but for a row named as any
// list's items right after a list row in a table that shows no depth ("items" after
// "Result | Array of Object"): its name is no field's, and counted as one it made a field of
// that name ("items", further up) wait for it as if listed again.
func (b *treeBuilder) noteRows(fields []field) {
	b.rows, b.next = fields, 0
	b.noteDepth(fields)
	b.rowNames = make(map[string]int, len(fields))
	b.rowsLeft = make(map[string]int, len(fields))
	for i, f := range fields {
		if i > 0 && f.depth < 0 && page.ItemWord(f.name) && fields[i-1].schema != nil && fields[i-1].schema.Type == "array" {
			continue
		}
		if f.name != "" {
			b.rowNames[f.name]++
			b.rowsLeft[f.name]++
		}
	}
}

// noteDepth records the depths of the rows about to be placed and the deepest.
func (b *treeBuilder) noteDepth(fields []field) {
	b.maxDepth = -1
	b.depths, b.added = make([]int, len(fields)), 0
	for i, f := range fields {
		b.maxDepth = max(b.maxDepth, f.depth)
		b.depths[i] = f.depth
	}
}

// nextDeeper reports whether the row after the one being placed (at depth d) is deeper:
// nested under it where the table shows depth.
func (b *treeBuilder) nextDeeper(d int) bool {
	return d >= 0 && b.added < len(b.depths) && b.depths[b.added] > d
}

// levels is the number of row depths the open containers span.
func (b *treeBuilder) levels() int {
	n := 0
	for _, c := range b.stack {
		if !c.inner {
			n++
		}
	}
	return n
}

// cutDepth returns how many open containers span the first want row depths.
func (b *treeBuilder) cutDepth(want int) int {
	levels := 0
	for i, c := range b.stack {
		if !c.inner {
			levels++
		}
		if levels > want {
			return i
		}
	}
	return len(b.stack)
}

// isOpen tells whether schema s is an open container.
func (b *treeBuilder) isOpen(s *opspec.Schema) bool {
	for _, n := range b.stack {
		if n.s == s {
			return true
		}
	}
	return false
}

// settleUntyped warns that the pending untyped row stays a string.
func (b *treeBuilder) settleUntyped() {
	if n := b.untyped; n != nil {
		b.untyped = nil
		b.x.guess(n.line, "%s %q has no type and no rows under it; assuming string", b.what, n.name)
	}
}

// retype gives an untyped row's schema s the type and format that its place or the example
// tells, dropping what its cells said as a string's (values, example).
func retype(s *opspec.Schema, typ, format string) {
	s.Type, s.Format, s.Enum, s.Example = typ, format, nil, ""
}

// openUntyped makes the pending untyped row, which rows are nested under, an object.
func (b *treeBuilder) openUntyped() {
	n := b.untyped
	b.untyped = nil
	retype(n.s, "object", "")
	b.x.guess(n.line, "%s %q has no type but rows nested under it; read as an object", b.what, n.name)
	b.stack = append(b.stack, n)
}

// closeUnlistedStruct closes the list of a named struct open on top ("MongosList |
// List<Mongos>") when row f is not its item row, in a table that names the item struct of
// its lists in a row of their own before their fields, and no example shows the list: the
// table does not list the struct's fields here, so f is not one of them. The items are
// objects of that struct, fields unknown, which is warned.
func (b *treeBuilder) closeUnlistedStruct(f field) {
	top := b.stack[len(b.stack)-1]
	if b.marked == nil || b.marked == top || len(b.stack) < 2 || top.s.Type != "array" || top.ex != nil || top.exKnown ||
		top.s.Items != nil && (top.s.Items.Type != "object" || len(top.s.Items.Properties) > 0) {
		return
	}
	item := page.ListItem(top.s.DocType)
	if !isStructName(item) || strings.EqualFold(f.name, item) || f.name == "" || page.IsSingularOf(f.name, top.name) || f.depth >= 0 {
		return
	}
	if top.s.Items == nil {
		top.s.Items = &opspec.Schema{Type: "object"}
	}
	top.s.Items.DocType = item
	b.x.guess(f.line, "%s %q: the table lists no fields of its items, the struct %s (no row %q follows it); read as objects of unknown fields, and %q as the next field",
		b.what, top.name, item, item, f.name)
	b.stack = b.stack[:len(b.stack)-1]
}

// noteOrderGuess records row f, which row order alone placed in container n (stack index
// i) after n's first field, when an outer open object could take it too: the nearest one
// that does not have the name yet (an object cannot hold a name twice, so an outer one that
// has it is no alternative). A page without depth marks or an example for these rows gives
// no way to tell, so the choice is warned by name with the alternative not taken.
func (b *treeBuilder) noteOrderGuess(n *node, i int, f field) {
	alt := b.outerAlternative(i, f.name)
	if f.name == "" || alt == "" {
		return
	}
	if k := len(b.orderGuesses) - 1; k >= 0 && b.orderGuesses[k].n == n && b.orderGuesses[k].alt == alt {
		b.orderGuesses[k].names = append(b.orderGuesses[k].names, f.name)
		return
	}
	b.orderGuesses = append(b.orderGuesses, orderGuess{under: n.name, alt: alt, names: []string{f.name}, line: f.line, n: n})
}

// outerAlternative names the nearest open object outside stack index i that could hold a
// field called name ("the top level", or its quoted name), or returns "" when there is
// none: an object cannot hold a name twice, and the wrapper of a list (see node.wrapper)
// holds the list alone.
func (b *treeBuilder) outerAlternative(i int, name string) string {
	for j := i - 1; j >= 0; j-- {
		obj, _ := b.stack[j].target()
		if obj == nil || obj.Type != "object" || obj.AdditionalProperties != nil {
			continue
		}
		if _, dup := b.placed[placedKey{obj, name}]; dup || b.stack[j].wrapper {
			continue
		}
		if j == 0 {
			return "the top level"
		}
		return strconv.Quote(b.stack[j].name)
	}
	return ""
}

// warnOrderGuesses warns the rows noteOrderGuess recorded, one message for each run.
func (b *treeBuilder) warnOrderGuesses() {
	for _, g := range b.orderGuesses {
		quoted := make([]string, len(g.names))
		for k, name := range g.names {
			quoted[k] = strconv.Quote(name)
		}
		if len(quoted) == 1 {
			b.x.guess(g.line, "%s %s placed under %q by row order; the page shows no depth or example that tells whether it belongs there or under %s",
				b.what, quoted[0], g.under, g.alt)
			continue
		}
		b.x.guess(g.line, "%ss %s placed under %q by row order; the page shows no depth or example that tells whether they belong there or under %s",
			b.what, strings.Join(quoted, ", "), g.under, g.alt)
	}
	clear(b.orderGuesses)
	b.orderGuesses = b.orderGuesses[:0]
}

// done settles what the rows left open.
func (b *treeBuilder) done() {
	b.settleUntyped()
	b.warnOrderGuesses()
}

// add places one field.
func (b *treeBuilder) add(f field) {
	if b.next < len(b.rows) {
		b.next++
	}
	b.added++
	if f.marker {
		if i := b.markerOf(f); i > 0 {
			b.wrapByMarker(i, f)
			b.itemRowLevel(b.stack[len(b.stack)-1], f)
			b.marked = b.stack[len(b.stack)-1]
			return
		}
	}
	b.closeUnlistedStruct(f)
	if l := b.scalarList; l != nil && l.line == b.lastLine && l.depth < 0 && b.what == responseField && f.untyped && f.name != "" && f.schema.Example == "" && page.IsSingularOf(f.name, l.p.Name) {
		b.wrapScalarList(f)
		return
	}
	if l := b.scalarList; l != nil && l.line == b.lastLine && (l.depth < 0 && f.depth < 0 && (f.name == "" || b.flatItemWord(l.p.Name, l.p.Schema, f)) ||
		l.depth >= 0 && f.depth == l.depth+1 && (f.name == "" || page.ItemWord(f.name))) && f.schema != nil && !isContainer(f.schema) {
		// The unnamed item row of the list of scalars just placed ("Ids | array<string>",
		// then "| string | The ID.", a level deeper where the table shows depth, there
		// also named as any list's items, "items"), as the newer pages list items: not a
		// row whose name the site hid.
		b.scalarList = nil
		if l.dup {
			return // the item row of a duplicate dropped (accountRows knows it went with it)
		}
		items := l.p.Schema.Items
		if f.schema.Type != "" && !f.untyped && f.schema.Type != items.Type {
			// (an untyped row says no type: it takes the list's)
			if exampleItemsOf(l.p.Schema, f.schema.Type) {
				b.x.warn(f.line, "item row of %q says %s, as its example's items are: read as its items, not strings",
					l.p.Name, f.schema.WrittenType())
				*items = *f.schema
			} else {
				b.x.warn(f.line, "item row of %q says %s but the array row says %s items; keeping %s",
					l.p.Name, f.schema.WrittenType(), items.WrittenType(), items.Type)
			}
		}
		if items.Description == "" {
			items.Description = f.schema.Description
		}
		if f.name != "" { // the row's schema is the items, where accountRows finds it
			*f.schema = *items
			l.p.Schema.Items, items = f.schema, f.schema
		}
		if items.Type == "array" && items.Items != nil && f.schema.Type == "array" {
			// a list of lists ("Grid | array<array<string>>", "| array<string>"): the
			// inner list's own item row ("| string") comes next
			b.scalarList = &placedList{p: &opspec.Property{Name: l.p.Name + "[]", Schema: items}, obj: l.obj, line: f.line, depth: max(f.depth, -1)}
			b.lastLine = f.line
		}
		return
	}
	// A row named as the list inside the wrapper just opened ("InstanceStatuses" then
	// "InstanceStatus", untyped or a struct) is its item row.
	if top := b.stack[len(b.stack)-1]; top.inner && f.name == top.name && top.s.Items != nil &&
		(f.untyped || f.schema.Type == "object" || f.schema.Type == "array") {
		b.settleUntyped()
		if top.s.Items.Description == "" {
			top.s.Items.Description = f.schema.Description
		}
		b.itemRowLevel(top, f)
		return
	}
	if f.depth > 0 && b.flatMarks && b.untypedDepth == 0 && b.untyped != nil && b.untyped.line == b.lastLine && b.untyped.ex == nil {
		// Marks that stand for any depth still put a marked row below the unmarked row
		// right before it: an untyped row the example does not show ("domainList"), then
		// "└domain", is the object of the marked rows, which are placed as rows without
		// depth are from here on.
		b.openUntyped()
	}
	if b.flatItemRow(f) {
		// (at the top level, the list's fields after it are a level below it, as they should be)
		f.depth = b.depths[b.added-2] + 1
		b.flatMarks = b.flatMarks || f.depth > 1
		b.x.warn(f.line, "%s %q: its unnamed item row is listed no deeper than the list; read as its item row", b.what, b.stack[len(b.stack)-1].name)
	}
	if f.depth >= 0 && (f.depth == 0 || !b.flatMarks) {
		b.addAtDepth(f)
		return
	}
	top := b.stack[len(b.stack)-1]
	// An unnamed object row right after an array<object> row is the item row, and so is one
	// named as one of the list ("customFields", then "customField | object"), and an
	// unnamed row that repeats the list's own type ("Database | array<object>", then
	// "| array<object> | The database."): some pages type the item row so.
	// An untyped row named as any list's items right after it ("Instances | array<object>",
	// then "items | | An instance.") is the item row too: the list's type is the row's.
	itemWord := f.untyped && page.ItemWord(f.name) && !page.IsSingularOf(f.name, top.name)
	itemType := f.schema.Type == "object" || itemWord ||
		f.name == "" && f.schema.Type == "array" && f.schema.DocType != "" && strings.EqualFold(f.schema.DocType, top.s.DocType)
	if top.s.Type == "array" && top.s.Items != nil && top.s.Items.Type == "object" &&
		(f.name == "" || page.IsSingularOf(f.name, top.name) || top.line == b.lastLine && b.flatItemWord(top.name, top.s, f)) &&
		len(top.s.Items.Properties) == 0 && itemType && top.s.Items.Description == "" {
		if itemWord {
			retype(f.schema, "object", "")
			b.x.warn(f.line, "%s %q: its item row %q has no type; read as the list's object items", b.what, top.name, f.name)
		}
		if f.name != "" {
			if top.ex == nil && b.what == responseField && page.IsSingularOf(f.name, top.name) {
				// A response list that no example shows: the named item row is the key of
				// the object legacy responses wrap the list in, as a marker row is (ecs
				// and sae DescribeRegions, whose SDKs have {"Regions": {"Region": [...]}}).
				b.wrapNamedItem(len(b.stack)-1, f)
				return
			}
			top.s.Items = f.schema // the row is the items: accountRows finds it there
			return
		}
		top.s.Items.Description = f.schema.Description
		return
	}
	// An untyped row read as a plain list of objects from the example, then an untyped row
	// that is not a key of its elements: the table shows the legacy wrapper ({"Data":
	// {"Item": [...]}}) the example leaves out.
	if top.exList && top.s.Type == "array" && (top.s.Items == nil || len(top.s.Items.Properties) == 0) && f.untyped && f.name != "" &&
		!strings.EqualFold(f.name, top.name) {
		if el := top.ex.Elem(); el != nil && el.Kind == 'o' && len(el.Keys) > 0 && el.GetFold(f.name) == nil {
			b.settleUntyped()
			b.wrapList(top, f)
			return
		}
	}
	// An array waiting for its item row.
	if top.s.Type == "array" && top.s.Items == nil {
		if b.isItemRow(top, f) || top.line == b.lastLine && b.flatItemWord(top.name, top.s, f) {
			if f.untyped && f.name != "" && !page.ItemWord(f.name) && top.ex.Elem() == nil {
				b.namedItem(top, f)
				return
			}
			if f.untyped && page.ItemWord(f.name) {
				b.typeItemWord(top, f)
			}
			b.setItems(top, f)
			return
		}
		if fieldOfItems(top, f) {
			b.noteFieldOfItems(top, f)
		}
		if !b.outerExampleHas(top, f.name) {
			// Named field of an item object the table does not show as a row.
			top.s.Items = &opspec.Schema{Type: "object"}
		}
	}
	if b.rowsLeft[f.name] > 0 { // (an item row noteRows left out is not counted)
		b.rowsLeft[f.name]--
	}
	if u := b.untyped; u != nil && u.line == b.lastLine && f.name != "" {
		// An untyped row right before a row whose name its container has already: the
		// untyped row is an object and the row its field (InstanceRamRoleSets, then
		// InstanceId again).
		if obj, _ := b.stack[len(b.stack)-1].target(); obj != nil && obj != u.s {
			if _, dup := b.placed[placedKey{obj, f.name}]; dup {
				b.openUntyped()
			}
		}
	}
	b.settleUntyped()
	// The nearest open container whose example has the key is the parent, unless that
	// container, an outer one, has the name already, or the table lists the name again
	// further down while the example does not show the innermost open container whole:
	// then the row is a field of an inner container (MountInstances.MountInstance[].InstanceId
	// after Disk.InstanceId; InstanceType.InstanceType inside the object row InstanceType;
	// SnapshotLink.TotalCount before the top-level TotalCount), which row order finds.
	byOrder := false
	innerObj, innerEx := b.stack[len(b.stack)-1].target()
	innerOpen := innerObj != nil && !exampleComplete(innerObj, innerEx)
	for i := len(b.stack) - 1; i >= 0; i-- {
		n := b.stack[i]
		obj, ex := n.target()
		if obj == nil || obj.Type != "object" || ex == nil {
			continue
		}
		if ex.GetFold(f.name) != nil {
			if _, dup := b.placed[placedKey{obj, f.name}]; dup && obj == innerObj {
				// the innermost container has it already (also where a list's item row and
				// the list both stand for it): an outer one the example shows it in
				continue
			}
			if _, dup := b.placed[placedKey{obj, f.name}]; i < len(b.stack)-1 && (dup || innerOpen && b.rowsLeft[f.name] > 0) {
				byOrder = true
				break
			}
			b.stack = b.stack[:i+1]
			b.place(n, obj, ex.GetFold(f.name), true, f)
			return
		}
	}
	// A row listed flat that the JSON example shows deeper (Keys.Key[].KeyId), unless the
	// innermost open container is one the example does not show: the rows after a
	// container row are its children.
	if top := b.stack[len(b.stack)-1]; len(b.stack) > 1 && top.ex == nil {
		byOrder = true
	}
	if !byOrder && b.placeFromExample(f) {
		return
	}
	// Otherwise the innermost open object takes it by row order; but the request ID, which
	// every response has at its top level, closes the objects row order left open.
	if len(b.stack) > 1 && b.what == responseField && page.IsRequestIDField(f.name) && !b.stack[0].covered() {
		b.x.guess(f.line, "%s %q placed at the top level, where every response has it, not under %q as the row order would",
			b.what, f.name, b.stack[len(b.stack)-1].name)
		b.stack = b.stack[:1]
	}
	if k := b.listHolder(); k < len(b.stack)-1 && b.what == responseField && page.IsPagingField(f.name) && b.stack[len(b.stack)-1].ex == nil {
		// A paging field describes a list, not one of its items: row order alone does not
		// put it inside the list it follows (KmsInstances.KmsInstance[] then TotalCount).
		b.x.guess(f.line, "%s %q placed beside the list %q, not inside its items as the row order would (no depth or JSON example shows where it belongs)",
			b.what, f.name, b.stack[len(b.stack)-1].name)
		b.stack = b.stack[:k+1]
	}
	for i := len(b.stack) - 1; i >= 0; i-- {
		n := b.stack[i]
		obj, ex := n.target()
		if obj == nil || obj.Type != "object" {
			continue // an array of scalars or a map: closed
		}
		if i > 0 && len(obj.Properties) > 0 && headerFields(obj) && !isHeaderLike(f.name) {
			// an object of response headers (X-Total-Count) does not take a field name
			continue
		}
		if i > 0 && !b.exCut && exampleComplete(obj, ex) && b.outerTakes(f, i-1) {
			// The example shows this object with every field the table gave it so far
			// ({"TagKey", "TagValue"}) and without f: the object is complete, and f, which
			// the example does not show either, belongs further out.
			continue
		}
		if j := b.sortedParent(f, i); j < i {
			n = b.stack[j]
			obj, ex = n.target()
			i = j
		}
		b.stack = b.stack[:i+1]
		covered := ex != nil && ex.Kind == 'o' && len(ex.Keys) > 0
		_, dup := b.placed[placedKey{obj, f.name}]
		switch {
		case dup:
			// place drops it as a duplicate, which is the one thing to say about it
		case covered && f.name != "":
			where := "the top level"
			if n.name != "" {
				where = "\"" + n.name + "\""
			}
			if alt := b.outerAlternative(i, f.name); b.exCut && i > 0 && alt != "" {
				// the example may show it after the place it was cut off at
				b.x.guess(f.line, "%s %q is in the table but not in the JSON example, which is cut off; placed under %s by row order, though it may belong under %s",
					b.what, f.name, where, alt)
				break
			}
			if b.bracketed(n, obj, ex, f) {
				b.x.warn(f.line, "%s %q is in the table but not in the JSON example; placed under %s, where the example shows the rows around it", b.what, f.name, where)
				break
			}
			b.x.guess(f.line, "%s %q is in the table but not in the JSON example; placed under %s by row order", b.what, f.name, where)
		case i > 0 && !n.guessed && (b.guessOK == nil || !b.guessOK(n)):
			n.guessed = true
			b.x.guess(f.line, "%s %q placed under %q by row order (no JSON example shows the nesting)", b.what, f.name, n.name)
		case i > 0 && (b.guessOK == nil || !b.guessOK(n)):
			b.noteOrderGuess(n, i, f)
		}
		b.place(n, obj, nil, false, f)
		return
	}
	b.x.drop(f.line, "%s %q has no place in the tree; row skipped", b.what, f.name)
}

// bracketed tells whether row f, a field that holds no rows and that the JSON example does
// not show, is settled in container n (object obj, example ex) by the rows around it: the
// row after it is one the example shows in obj and not placed yet, and the row before it
// is n's own row or a field of obj that holds no rows either, one the example shows there
// (not one row order put there); or n is the top level and the row before it such a
// top-level field. A table lists a container's
// fields together after its row, so a row between two of them, with nothing open between,
// is the container's too, and a row after a top-level field has nothing open to go in:
// the example's neighbours settle what row order alone guessed.
func (b *treeBuilder) bracketed(n *node, obj *opspec.Schema, ex *page.JSONValue, f field) bool {
	if f.schema == nil || isContainer(f.schema) || b.next < 2 || b.rows[b.next-1].line != f.line {
		return false
	}
	prev := b.rows[b.next-2]
	line, ok := b.placed[placedKey{obj, prev.name}]
	scalarBefore := ok && line == prev.line && prev.schema != nil && !isContainer(prev.schema) && ex.GetFold(prev.name) != nil
	if scalarBefore && n == b.stack[0] {
		return true // after a top-level field that holds no rows nothing else is open
	}
	if b.next >= len(b.rows) {
		return false
	}
	next := b.rows[b.next]
	if next.name == "" || ex.GetFold(next.name) == nil {
		return false
	}
	if _, dup := b.placed[placedKey{obj, next.name}]; dup {
		return false
	}
	return prev.line == n.line || scalarBefore
}

// itemRowLevel makes top, the list inside a wrapper that shares the wrapper's row depth
// (inner), a row depth of its own where the table shows its item row f a level below the
// wrapper's row and the row after f deeper still ("Packages | Array of Package", "└─
// Package", "   ├─ Bandwidth"). Left sharing the wrapper's depth, every row below read a
// level too deep (noted), and a field after a nested wrapper's rows fell into that
// wrapper's items.
func (b *treeBuilder) itemRowLevel(top *node, f field) {
	if top.inner && f.depth >= 0 && f.depth+1 == b.levels() && b.nextDeeper(f.depth) {
		top.inner = false
	}
}

// listHolder returns the stack index of the container that holds the innermost open list
// when the innermost open container is that list: the list's parent, or the parent's
// parent when the parent is the wrapper legacy responses put around a list
// (KmsInstances around KmsInstance[]). Otherwise the innermost index.
func (b *treeBuilder) listHolder() int {
	k := len(b.stack) - 1
	if k == 0 || b.stack[k].s.Type != "array" {
		return k
	}
	k--
	if w := b.stack[k]; k > 0 && w.s.Type == "object" && len(w.s.Properties) == 1 &&
		(w.wrapper || len(w.name) > len(b.stack[k+1].name) && strings.HasPrefix(w.name, b.stack[k+1].name)) {
		k--
	}
	return k
}

// flatItemRow reports whether f, in a table whose depths never go past one, is the
// unnamed object item row of the list of objects placed right before it, listed no
// deeper than that list, where a table that shows depth puts it a level below: groff
// -Tascii drops a tree's └ glyphs and keeps the blank after them, so every nested row
// is one level deep and a row with no name (nothing to indent) at the top level. The
// caller puts it a level below the list; below a nested list, the depths tell only
// nested from top level (flatMarks). A list typed with no item type ("array") takes it
// too: the row gives its items their type.
func (b *treeBuilder) flatItemRow(f field) bool {
	if b.maxDepth != 1 || f.name != "" || f.schema == nil || f.schema.Type != "object" || b.added < 2 || f.depth > b.depths[b.added-2] || b.depths[b.added-2] < 0 {
		return false
	}
	top := b.stack[len(b.stack)-1]
	return top.line == b.lastLine && top.s.Type == "array" && (top.s.Items == nil || top.s.Items.Type == "object" && len(top.s.Items.Properties) == 0)
}

// addAtDepth places a field whose depth the input shows.
func (b *treeBuilder) addAtDepth(f field) {
	want := f.depth + 1
	if want < 1 {
		want = 1
	}
	if want == b.levels()+1 && b.untyped != nil && b.untyped.line == b.lastLine {
		b.openUntyped()
	} else if want == b.levels() && b.untypedHoldsFlat(f) {
		// Some layouts mark every nested row with one └: an untyped row the example does
		// not show, followed at its own depth by rows the example does not show either,
		// while the example covers their container, is the object of those rows. It
		// shares its row depth with its parent and closes at the next row the example
		// shows in the parent.
		b.openUntyped()
		b.stack[len(b.stack)-1].inner, b.stack[len(b.stack)-1].flat = true, true
	}
	if top := b.stack[len(b.stack)-1]; top.flat && want == b.levels() {
		// (not at a name the parent has already: that row is the flat object's)
		pobj, pex := b.stack[len(b.stack)-2].target()
		if _, dup := b.placed[placedKey{pobj, f.name}]; pex.GetFold(f.name) != nil && !dup {
			b.stack = b.stack[:len(b.stack)-1]
		} else if f.name != "" {
			// the table lists f at the untyped row's own depth: placing it under that row
			// is the reader's guess, and the guess on the row names only the row
			b.x.guess(f.line, "%s %q is listed at the depth of the untyped row %q; placed under it", b.what, f.name, top.name)
		}
	}
	b.settleUntyped()
	if want == b.levels()+1 && b.lastMap != nil && b.lastMap.line == b.lastLine {
		// Rows nested under a Map row are its fields: the map is a struct after all.
		b.lastMap.s.AdditionalProperties = nil
		b.stack = append(b.stack, b.lastMap)
		b.lastMap = nil
	}
	deeper := want > b.levels()
	if deeper {
		want = b.levels()
	}
	cut := b.cutDepth(want)
	if deeper {
		// placed one level below the open row, where the page does not put it: a guess,
		// unless the example shows it there
		kind := page.Guess
		if _, ex := b.stack[cut-1].target(); ex != nil && ex.GetFold(f.name) != nil {
			kind = page.Info
		}
		b.x.warnKind(kind, f.line, "%s %q is nested deeper than its parent row", b.what, f.name)
	}
	// Some layouts mark every nested row with one └ whatever its depth: where the example
	// shows the row in a deeper open container and not at the depth the marks give, the
	// example wins. Where the table marks no row deeper than one level, its marks and the
	// example agree (a note); deeper marks that disagree with it leave a doubt (a guess).
	if _, ex := b.stack[cut-1].target(); ex != nil && ex.Kind == 'o' && ex.GetFold(f.name) == nil {
		shown := 0 // the stack index of the container the example shows the row in
		for i := len(b.stack) - 1; i >= cut; i-- {
			if _, dex := b.stack[i].target(); dex.GetFold(f.name) != nil {
				shown = i
				break
			}
		}
		if shown == 0 && b.maxDepth == 1 {
			shown = b.reopenShown(cut-1, f)
		}
		if shown > 0 {
			if b.maxDepth == 1 {
				b.x.warn(f.line, "%s %q: the table marks no row deeper than one level, the example shows it under %q; placed there",
					b.what, f.name, b.stack[shown].name)
			} else {
				b.x.guess(f.line, "%s %q: the table nests it at depth %d, the example under %q; placed as the example shows",
					b.what, f.name, f.depth, b.stack[shown].name)
			}
			cut = shown + 1
			b.flatMarks = b.flatMarks || b.maxDepth == 1
		} else if b.flatMarks && f.name != "" && cut < len(b.stack) && b.stack[cut-1].covered() {
			// Marks already shown to stand for any depth, and an example that covers the
			// place the marks give without the row: the row may as well belong to the
			// container it closes (it was placed silently).
			where := "the top level"
			if cut > 1 {
				where = strconv.Quote(b.stack[cut-1].name)
			}
			b.x.guess(f.line, "%s %q is in the table but not in the JSON example; placed under %s as its marks say, though it may belong under %q (the table's marks stand for any depth)",
				b.what, f.name, where, b.stack[cut].name)
		}
	}
	b.warnEmptyContainer(f, cut)
	b.stack = b.stack[:cut]
	n := b.stack[len(b.stack)-1]
	if n.s.Type == "array" && n.s.Items == nil {
		if f.name == "" || strings.EqualFold(f.name, n.name) && !fieldOfItems(n, f) || namedAsItem(n, f) {
			b.setItems(n, f)
			return
		}
		if fieldOfItems(n, f) {
			b.noteFieldOfItems(n, f)
		}
		// Named rows under a list are the fields of its item struct.
		n.s.Items = &opspec.Schema{Type: "object"}
	}
	if n.s.Type == "array" && (f.name == "" || itemWordRow(n, f)) {
		// An unnamed row under an array is its item row ("object" with the fields below it),
		// and so is one named as any list's items ("[]", "items") before the items have
		// fields, unless the example's items have a field of that name.
		if f.name != "" { // the row's schema is the items, where accountRows finds it
			*f.schema, n.s.Items = *n.s.Items, f.schema
		}
		if n.s.Items.Type != f.schema.Type && f.schema.Type != "" {
			b.x.warn(f.line, "item row of %q says %s but the array row says %s items; keeping %s",
				n.name, f.schema.WrittenType(), n.s.Items.WrittenType(), n.s.Items.Type)
		}
		if n.s.Items.Description == "" {
			n.s.Items.Description = f.schema.Description
		}
		if isContainer(n.s.Items) {
			b.stack = append(b.stack, &node{name: n.name + "[]", s: n.s.Items, ex: n.ex.Elem(), exKnown: n.exKnown && n.ex.Elem() != nil, line: f.line})
		}
		return
	}
	if n.s.Type == "array" && n.s.Items.Type != "object" {
		b.x.drop(f.line, "%s %q is nested under array %q whose items are %s; ignored", b.what, f.name, n.name, n.s.Items.Type)
		return
	}
	obj, ex := n.target()
	b.place(n, obj, ex.GetFold(f.name), ex != nil, f)
}

// reopenShown reopens the object field of the container at stack index i in which the
// JSON example shows name, when it is the only one and a row of the table placed it there
// ("Result | Struct", then a table "Result also contains the following parameters" whose
// rows carry no mark, where a row the example does not show closed Result): a table that
// marks no row deeper than one level leaves the example to tell, as for an open container.
// It returns the stack index of the reopened node, or 0 when there is none; a field the
// example shows the row in that the table typed otherwise ("Result | Boolean") is warned.
func (b *treeBuilder) reopenShown(i int, f field) int {
	obj, ex := b.stack[i].target()
	if obj == nil || ex == nil || ex.Kind != 'o' {
		return 0
	}
	var hit *opspec.Property
	var hitEx *page.JSONValue
	for _, p := range obj.Properties {
		if pex := ex.GetFold(p.Name); pex != nil && pex.Kind == 'o' && pex.GetFold(f.name) != nil {
			if hit != nil {
				return 0 // two fields show it: the example does not tell which
			}
			hit, hitEx = p, pex
		}
	}
	switch {
	case hit == nil || b.isOpen(hit.Schema):
		return 0
	case hit.Schema.Type != "object" || hit.Schema.AdditionalProperties != nil:
		where := "the top level"
		if i > 0 {
			where = strconv.Quote(b.stack[i].name)
		}
		b.x.guess(f.line, "%s %q placed under %s as its marks say; the JSON example shows it under %q, which the table types %s",
			b.what, f.name, where, hit.Name, hit.Schema.WrittenType())
		return 0
	}
	b.stack = append(b.stack[:i+1], &node{name: hit.Name, s: hit.Schema, ex: hitEx, exKnown: true, line: b.placed[placedKey{obj, hit.Name}]})
	return i + 1
}

// warnEmptyContainer warns when nested row f, placed after stack index cut, closes the
// container the row right before it opened with no fields in it ("└ Arn | array<object>",
// then "└ AssumeRoleFor"), in a table whose marks never go past one level and where no
// example shows the container: such marks may be one └ a level, making f a sibling, or
// one └ for any depth, making f and the rows after it the container's fields. The page
// cannot tell; the sibling reading is kept and warned, naming the container.
func (b *treeBuilder) warnEmptyContainer(f field, cut int) {
	if b.emptied != nil && f.depth != b.emptiedDepth {
		b.emptied = nil
	}
	if top := b.emptyContainer(f, cut); top != nil {
		b.x.guess(f.line, "%s %q (%s) lists no fields: the table marks no row deeper than one level, so %q and the nested rows after it may be its fields (one mark for any depth); read as its siblings",
			b.what, top.name, top.s.WrittenType(), f.name)
		b.emptied, b.emptiedDepth = top, f.depth
		return
	}
	if e := b.emptied; e != nil {
		// a row after the one warned, at its depth: the container's field as much as that
		// row (the warning named it alone, and the rows after it went unnamed)
		b.x.guess(f.line, "%s %q may be a field of %q too (one mark for any depth); read as its sibling",
			b.what, f.name, e.name)
	}
}

// emptyContainer returns the container warnEmptyContainer warns about at row f, or nil.
func (b *treeBuilder) emptyContainer(f field, cut int) *node {
	top := b.stack[len(b.stack)-1]
	if f.depth < 1 || b.maxDepth != 1 || b.flatMarks || cut >= len(b.stack) || top.line != b.lastLine || top.ex != nil || top.inner {
		return nil
	}
	switch s := top.s; {
	case isEmptyObject(s):
	case s.Type == "array" && s.Items != nil && s.Items.Type == "object" && len(s.Items.Properties) == 0:
		// (a bare Array row's unknown items are warned as such)
	default:
		return nil
	}
	return top
}

// sortedParent returns the open container row f belongs to by the order of names, where
// tables list the fields of each object sorted by name, without regard to case or, in some
// tables, in byte order (upper case first: ExtendConfigs, Tags, ZoneInfos, config): when the
// fields of container i so far are sorted and f would break their order, while an outer
// container's fields are sorted and f comes after them, f is that container's (a row after
// a nested object that the example does not show). Otherwise it returns i.
func (b *treeBuilder) sortedParent(f field, i int) int {
	if j := b.sortedParentBy(f, i, foldLess); j < i {
		return j
	}
	return b.sortedParentBy(f, i, byteLess)
}

// sortedParentBy is sortedParent for one order of names.
func (b *treeBuilder) sortedParentBy(f field, i int, less func(a, b string) bool) int {
	inner, _ := b.stack[i].target()
	if f.name == "" || !sortedNames(inner, less) || !less(f.name, lastName(inner)) {
		return i
	}
	for j := i - 1; j >= 0; j-- {
		obj, ex := b.stack[j].target()
		if obj == nil || obj.Type != "object" || obj == inner {
			continue
		}
		props, apart := b.orderPeers(obj, j, f)
		if len(props) == 0 ||
			(len(props) == 1 && (j == 0 && !apart && !b.nextShownAfter(f, ex, less) || props[0].Schema.Type == "array")) {
			// one field shows no order: trusted below the top level only (and in a table
			// the top level lists apart: orderPeers), and never in the wrapper of a list
			// ({"Tags": {"Tag": [...]}}); at the top level where the next row the example
			// shows there sorts after f (Disks, then NextToken, then PageNumber)
			continue
		}
		if len(props) > 1 && !sortedProps(props, less) {
			return i
		}
		if less(props[len(props)-1].Name, f.name) {
			return j
		}
	}
	return i
}

// orderPeers returns the fields of obj, open at stack index j, that the order of f's name
// is judged among. At a request's top level, for a row of a table its section or a label
// placed (the body's, under "Request body"), they are that location's rows alone, listed apart from the
// other tables' and sorted among themselves, as a table that lists the body under a "body"
// row sorts the body's fields below it (apart is then true). Mixed with the query's
// (InstanceId, clientToken, ...) they read as unsorted, and each object row after a
// nested object's fields went into it by row order.
func (b *treeBuilder) orderPeers(obj *opspec.Schema, j int, f field) (props []*opspec.Property, apart bool) {
	if j > 0 || !f.labelled && !f.sectioned || f.loc == "" {
		return obj.Properties, false
	}
	for _, p := range obj.Properties {
		if g, ok := b.props[p]; ok && (g.labelled || g.sectioned) && g.loc == f.loc {
			props = append(props, p)
		}
	}
	return props, true
}

// nextShownAfter tells whether the next row after f that the example ex shows sorts after
// f in the order less gives.
func (b *treeBuilder) nextShownAfter(f field, ex *page.JSONValue, less func(a, b string) bool) bool {
	if ex == nil || ex.Kind != 'o' || ex.GetFold(f.name) != nil {
		return false
	}
	for _, r := range b.rows[b.next:] {
		if r.name != "" && ex.GetFold(r.name) != nil {
			return less(f.name, r.name)
		}
	}
	return false
}

// foldLess orders names without regard to case, as their lower case (strings.ToLower)
// orders them, compared rune by rune with no lower-case copies: sortedNames asks it of
// every two neighbours of an object each time a row is placed. byteLess orders names in
// byte order.
func foldLess(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if la, lb := unicode.ToLower(ra), unicode.ToLower(rb); la != lb {
			return la < lb
		}
		a, b = a[na:], b[nb:]
	}
	return b != ""
}
func byteLess(a, b string) bool { return a < b }

// isHeaderLike tells whether name is shaped like an HTTP header name (a known one, or
// X-Total-Count): not a field name of a JSON body.
func isHeaderLike(name string) bool {
	return isHeaderName(name) || len(name) > 2 && (name[0] == 'X' || name[0] == 'x') && name[1] == '-'
}

// headerFields tells whether every field of obj is named like an HTTP header.
func headerFields(obj *opspec.Schema) bool {
	for _, p := range obj.Properties {
		if !isHeaderLike(p.Name) {
			return false
		}
	}
	return true
}

// outerTakes tells whether the open containers up to stack index i may take row f by the
// order of names, where tables list each object's fields sorted by name. The nearest of
// them that is an object the example does not show whole takes f only when its fields so
// far are sorted with f after them, and the next row that the example shows in it sorts
// after f.
func (b *treeBuilder) outerTakes(f field, i int) bool {
	for ; i >= 0; i-- {
		obj, ex := b.stack[i].target()
		if obj == nil || obj.Type != "object" || ex == nil || ex.Kind != 'o' || (i > 0 && exampleComplete(obj, ex)) {
			continue
		}
		if len(obj.Properties) > 0 && (len(obj.Properties) > 1 && !sortedNames(obj, foldLess) ||
			!foldLess(lastName(obj), f.name)) {
			return false
		}
		for _, r := range b.rows[b.next:] {
			if r.name != "" && ex.GetFold(r.name) != nil {
				return foldLess(f.name, r.name)
			}
		}
		return true
	}
	return true
}

// exampleComplete tells whether the JSON example ex shows object obj with two or more keys
// (or one, the list of a wrapper: {"Tag": [...]}), every one of them a field the table
// placed in obj, and every field placed in obj among them: the example shows the whole
// object, so a row the example leaves out is not its. (The caller has checked that ex
// lacks the row's name.)
func exampleComplete(obj *opspec.Schema, ex *page.JSONValue) bool {
	if ex == nil || ex.Kind != 'o' || len(ex.Keys) == 0 || len(obj.Properties) != len(ex.Keys) ||
		(len(ex.Keys) == 1 && obj.Properties[0].Schema.Type != "array") {
		return false
	}
	for _, p := range obj.Properties {
		if ex.GetFold(p.Name) == nil {
			return false
		}
	}
	return true
}

// sortedNames tells whether object s has two or more properties, sorted by name in the
// order less gives.
func sortedNames(s *opspec.Schema, less func(a, b string) bool) bool {
	return s != nil && sortedProps(s.Properties, less)
}

// sortedProps tells whether there are two or more props, sorted by name in the order
// less gives.
func sortedProps(props []*opspec.Property, less func(a, b string) bool) bool {
	if len(props) < 2 {
		return false
	}
	for k := 1; k < len(props); k++ {
		if !less(props[k-1].Name, props[k].Name) {
			return false
		}
	}
	return true
}

func lastName(s *opspec.Schema) string {
	return s.Properties[len(s.Properties)-1].Name
}

// untypedHoldsFlat tells whether the pending untyped row, just placed, is the object of
// row f listed at the same depth (see addAtDepth): the example shows neither in the parent
// it covers, or the parent has f's name already.
func (b *treeBuilder) untypedHoldsFlat(f field) bool {
	u := b.untyped
	if u == nil || u.line != b.lastLine || u.ex != nil || f.name == "" {
		return false
	}
	parent := b.stack[len(b.stack)-1]
	obj, pex := parent.target()
	if _, dup := b.placed[placedKey{obj, f.name}]; dup && obj != u.s {
		return true // the parent has the name already (InstanceRamRoleSets, then InstanceId again)
	}
	return parent.covered() && pex.GetFold(u.name) == nil && pex.GetFold(f.name) == nil
}

// wrapList makes array node top, which has no item fields yet, the wrapper object of the
// list that untyped row f names.
func (b *treeBuilder) wrapList(top *node, f field) {
	b.x.guess(f.line, "%s %q: the table shows it as the list inside %q, the JSON example shows a plain list; read as the wrapper",
		b.what, f.name, top.name)
	if b.rowsLeft != nil {
		b.rowsLeft[f.name]--
	}
	list := &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object"}, Description: f.schema.Description, DocType: f.schema.DocType}
	top.s.Type, top.s.Items = "object", nil
	top.s.Properties = []*opspec.Property{{Name: f.name, Schema: list}}
	b.placed[placedKey{top.s, f.name}] = f.line
	top.exList, top.wrapper = false, true
	b.stack = append(b.stack, &node{name: f.name, s: list, ex: top.ex, exKnown: top.exKnown, line: f.line, inner: true})
	// The example is read as the table shows it, so that later rows and the fields the
	// example adds find the same tree.
	wrapper := &page.JSONValue{Kind: 'o', Keys: []string{f.name}, Vals: []*page.JSONValue{top.ex}}
	if parent := b.stack[len(b.stack)-3]; parent != nil {
		if _, pex := parent.target(); pex != nil && pex.Kind == 'o' {
			for i, k := range pex.Keys {
				if k == top.name && pex.Vals[i] == top.ex {
					pex.Vals[i] = wrapper
				}
			}
		}
	}
	top.ex = wrapper
}

// wrapScalarList reads untyped row f, named as one of the list of scalars placed by the
// row before ("NetworkTypes", typed or shown a list of strings, then "NetworkType" with no
// type and no example), as the key that wraps that list ({"NetworkTypes": {"NetworkType":
// ["vpc"]}}), the form legacy RPC responses have, as the table shows it; warned.
func (b *treeBuilder) wrapScalarList(f field) {
	l := b.scalarList
	b.scalarList = nil
	if b.rowsLeft != nil {
		b.rowsLeft[f.name]--
	}
	b.settleUntyped()
	list := *l.p.Schema
	list.Description = f.schema.Description
	*l.p.Schema = opspec.Schema{Type: "object", Description: l.p.Schema.Description,
		Properties: []*opspec.Property{{Name: f.name, Schema: &list}}}
	b.placed[placedKey{l.p.Schema, f.name}] = f.line
	b.lastLine = f.line
	b.x.guess(f.line, "%s %q: the table shows %q as its item row; read as the key that wraps the list (%q: {%q: [...]}), as legacy RPC responses have it",
		b.what, l.p.Name, f.name, l.p.Name, f.name)
}

// isItemRow tells whether f is the item row of array n: unnamed, the singular of the
// array's name (EgressAddresses → EgressAddress; namedAsItem), or a scalar where the
// example has a list of scalars.
func (b *treeBuilder) isItemRow(n *node, f field) bool {
	if f.name == "" || strings.EqualFold(f.name, n.name) && !fieldOfItems(n, f) || namedAsItem(n, f) {
		return true
	}
	el := n.ex.Elem()
	if el != nil {
		if el.Kind == 'o' {
			return el.GetFold(f.name) == nil && f.schema.Type == "object"
		}
		return f.schema.Type != "object"
	}
	if n.exKnown && n.ex != nil {
		return false
	}
	// A bare "Array"/"List" row: an object row after it is its item struct; a named
	// scalar row is a field of the items ("Repositories Array" then "RepoName String").
	return (strings.EqualFold(n.s.DocType, "array") || strings.EqualFold(n.s.DocType, "list")) && f.schema.Type == "object"
}

// flatItemWord tells whether row f, named as any list's items (page.ItemWord: "items",
// "Item"; "[]" reads as unnamed) in a table that shows no depth, is the item row of the
// list (name, schema s) that the row right before it placed, as an unnamed row there is:
// typed as the list's items, or the list names no item type; and no example shows a field
// of that name in the items or beside the list. A row typed otherwise is a field; under a
// list of scalars, where it could still be the item row, that is warned.
func (b *treeBuilder) flatItemWord(name string, s *opspec.Schema, f field) bool {
	if f.depth >= 0 || !page.ItemWord(f.name) || page.IsSingularOf(f.name, name) || f.schema == nil {
		return false
	}
	parent, items := len(b.stack)-1, (*page.JSONValue)(nil)
	if top := b.stack[parent]; top.s == s && parent > 0 { // a list of objects is open, one of scalars complete
		parent, items = parent-1, top.ex.Elem()
	}
	if _, ex := b.stack[parent].target(); ex != nil && ex.Kind == 'o' && shownField(ex, f) && !strings.EqualFold(f.name, name) ||
		items != nil && items.Kind == 'o' && shownField(items, f) {
		return false // the example shows a field so named beside the list (not the list "items" itself), or in its items
	}
	if s.Items == nil || f.untyped || f.schema.Type == s.Items.Type || exampleItemsOf(s, f.schema.Type) {
		return true
	}
	if s.Items.Type == "object" {
		return false // a scalar row is no item of a list of objects: a field (of its items, by row order)
	}
	b.x.guess(f.line, "%s %q, right after the list %q, is named as a list's items but typed %s, not as its %s items: read as a field, though it may be the list's item row",
		b.what, f.name, name, f.schema.WrittenType(), s.Items.WrittenType())
	return false
}

// exampleItemsOf reports whether the example cell of list s shows items of type t, numbers
// for a number type or booleans: items a bare "Array" row left to the SDKs' rule (strings,
// guessed: listItemsFromExample), which an item row so typed settles.
func exampleItemsOf(s *opspec.Schema, t string) bool {
	v, err := parseJSON(strings.TrimSpace(s.Example))
	if err != nil || v.Kind != 'a' || v.Elem() == nil {
		return false
	}
	switch v.Elem().Kind {
	case 'n':
		return t == "integer" || t == "number"
	case 'b':
		return t == "boolean"
	}
	return false
}

// itemWordRow tells whether row f, under array n, is its item row named as any list's
// items (page.ItemWord: "[]", "items", also under a list named "items"): before the items
// have fields, unless the example's items have a field of that name.
func itemWordRow(n *node, f field) bool {
	if !page.ItemWord(f.name) || n.s.Items == nil || len(n.s.Items.Properties) > 0 {
		return false
	}
	el := n.ex.Elem()
	return el == nil || el.Kind != 'o' || !shownField(el, f)
}

// shownField reports whether the example's element el, an object, shows a field named as
// row f (case aside) of the row's kind: an object where the row is an object, a list where
// it is a list, a scalar where it is a scalar (an untyped row, or a null, may be any). An
// item row named "Item" or "items" (typed object) is no field "item" that the example shows
// a string, nor a field "items" it shows a list (which the table lists as a row of its own
// further down): it read as that field, and the list's fields went astray.
func shownField(el *page.JSONValue, f field) bool {
	v := el.GetFold(f.name)
	if v == nil {
		return false
	}
	if f.untyped || f.schema == nil || v.Kind == 'z' {
		return true
	}
	switch f.schema.Type {
	case "object":
		return v.Kind == 'o'
	case "array":
		return v.Kind == 'a'
	}
	return v.Kind != 'o' && v.Kind != 'a'
}

// namedAsItem tells whether row f, named as the singular of array n's name, is its item
// row: not when the example's items are objects with a field of that name ("endpoints":
// [{"endpoint": ..., "zoneId": ...}]).
func namedAsItem(n *node, f field) bool {
	if !page.IsSingularOf(f.name, n.name) {
		return false
	}
	el := n.ex.Elem()
	return el == nil || el.Kind != 'o' || el.GetFold(f.name) == nil
}

// fieldOfItems tells whether row f, named as list n itself and typed ("LockReason |
// Array", then "LockReason | String" with no item row between), is a field of the list's
// items rather than the items: the JSON example shows the items as objects holding a field
// of that name and the row's kind ([{"LockReason": "a"}]), which items typed as the row
// cannot be. An untyped or object row may be the item struct either way: left to the item
// reading (setItems warns where the example disagrees).
func fieldOfItems(n *node, f field) bool {
	if f.untyped || f.schema == nil || f.schema.Type == "object" || !strings.EqualFold(f.name, n.name) {
		return false
	}
	el := n.ex.Elem()
	return el != nil && el.Kind == 'o' && shownField(el, f)
}

// noteFieldOfItems notes that row f is read as a field of list n's object items, as the
// JSON example settles (fieldOfItems), not as the items the table's order alone suggests.
func (b *treeBuilder) noteFieldOfItems(n *node, f field) {
	b.x.warn(f.line, "items of %q: row %q read as a field of them, not as them: the JSON example shows object items with a field %q",
		n.name, f.name, f.name)
}

// typeItemWord types untyped row f, named as any list's items right after list n, which
// names no item type ("Disks | Array", then "items" with no type): as the example's
// elements where it shows them (a note), else an object where a named row follows (the
// fields of the items, as after a bare Array row), else a string. The last two are
// guesses naming the list; an untyped row was read as a list of strings silently.
func (b *treeBuilder) typeItemWord(n *node, f field) {
	if el := n.ex.Elem(); el != nil {
		s := schemaFromJSON(el)
		retype(f.schema, s.Type, s.Format)
		if s.Type == "array" {
			f.schema.Items = s.Items
		}
		b.x.warn(f.line, "%s %q: its item row %q has no type; the JSON example shows %s items", b.what, n.name, f.name, jsonTypeName(el))
		return
	}
	if b.next < len(b.rows) && b.rows[b.next].name != "" && b.rows[b.next].depth < 0 {
		retype(f.schema, "object", "")
		b.x.guess(f.line, "%s %q: its item row %q has no type and a named row follows; read as objects whose fields are the rows after it",
			b.what, n.name, f.name)
		return
	}
	b.x.guess(f.line, "%s %q: its item row %q has no type and no rows under it; items taken as string", b.what, n.name, f.name)
}

// namedItem reads an untyped item row that has a name ("Labels | array", then "Label |
// | No | ..."): the portal shows an item of a named struct by the struct's name and no
// type, and a scalar item by its type. Without rows under it or an example element, the
// struct's fields are unknown: the items are objects of unknown fields, and the array is
// complete (the next rows are its siblings). The guess is warned by name.
func (b *treeBuilder) namedItem(n *node, f field) {
	retype(f.schema, "object", "")
	n.s.Items = f.schema
	b.x.guess(f.line, "%s %q: its item row %q has no type and the page lists no fields of it; read as objects of the struct %s, fields unknown",
		b.what, n.name, f.name, f.name)
	if len(b.stack) > 1 && b.stack[len(b.stack)-1] == n {
		b.stack = b.stack[:len(b.stack)-1]
	}
}

// setItems makes f the item schema of array n. Where the example's items disagree with
// the row, an unnamed row is plainly the item and its type is kept (info); a named row
// read as the item ("LockReason | Array" then "LockReason | String") may instead be a
// field of object items, as the example shows them: that reading is a guess, warned.
func (b *treeBuilder) setItems(n *node, f field) {
	n.s.Items = f.schema
	if el := n.ex.Elem(); el != nil && !agrees(el, f.schema.Type) {
		if f.name != "" {
			b.x.guess(f.line, "items of %q: row %q read as them, typed %s, the JSON example shows %s items (the row may be a field of them); keeping the table type",
				n.name, f.name, f.schema.Type, jsonTypeName(el))
		} else {
			b.x.warn(f.line, "items of %q: the table says %s, the JSON example shows %s; keeping the table type",
				n.name, f.schema.Type, jsonTypeName(el))
		}
	}
	if !isContainer(f.schema) {
		// the array is complete: later rows are its siblings
		if len(b.stack) > 1 && b.stack[len(b.stack)-1] == n {
			b.stack = b.stack[:len(b.stack)-1]
		}
		return
	}
	b.stack = append(b.stack, &node{name: n.name + "[]", s: f.schema, ex: n.ex.Elem(), exKnown: n.exKnown && n.ex.Elem() != nil, line: f.line})
}

// rowHint describes an unnamed row by what it still shows, so that a reader can find the
// parameter it was: " (string, example \"a@example.com\")".
func rowHint(f field) string {
	if f.schema == nil {
		return ""
	}
	hint := f.schema.DocType
	if hint == "" {
		hint = f.schema.Type
	}
	if f.schema.Example != "" {
		hint += fmt.Sprintf(", example %q", f.schema.Example)
	} else if d := strings.TrimSpace(f.schema.Description); d != "" {
		if r := []rune(d); len(r) > 40 {
			d = string(r[:40]) + "…"
		}
		hint += fmt.Sprintf(", %q", d)
	}
	if hint == "" {
		return ""
	}
	return " (" + strings.TrimPrefix(hint, ", ") + ")"
}

// place adds f as a property of obj (inside open node n) and opens it when it is a container.
func (b *treeBuilder) place(n *node, obj *opspec.Schema, ex *page.JSONValue, exKnown bool, f field) {
	if f.name == "" {
		if f.schema != nil && f.schema.Type == "object" {
			// an unnamed object row ("Object Body" in legacy ROA tables, the root row of a
			// response): a frame, not a field; the rows under it are read where they stand
			b.x.warn(f.line, "%s row without a name typed object read as a frame: its rows are read at this level", b.what)
			return
		}
		why := "the site hides e-mail-like names"
		if f.dash {
			why = "its name cell is a dash, an empty cell's placeholder, and it is no list's item row"
		}
		b.x.drop(f.line, "%s row has no name (%s); row skipped%s", b.what, why, rowHint(f))
		return
	}
	if first, dup := b.placed[placedKey{obj, f.name}]; dup {
		if p := propNamed(obj, f.name); p != nil && f.depth >= 0 && isContainer(f.schema) && isContainer(p.Schema) && !f.closed {
			// A container row listed again with its own nested rows ("The returned data also
			// contains": Result, then └time): the same container, continued.
			b.x.guess(f.line, "%s %q is listed again (first at line %d): its nested rows are read as more fields of it", b.what, f.name, first)
			b.lastLine = f.line
			b.stack = append(b.stack, &node{name: f.name, s: p.Schema, ex: ex, exKnown: exKnown && ex != nil, line: f.line})
			return
		}
		b.x.drop(f.line, "duplicate %s %q (first at line %d); keeping the first", b.what, f.name, first)
		if p := propNamed(obj, f.name); p != nil && f.depth < 0 && p.Schema.Type == "array" && p.Schema.Items != nil && !isContainer(p.Schema) {
			// the dropped list's item row, if one follows, goes with it, not into the tree
			// as a field ("SecurityGroupIds" twice, each with "Item")
			b.scalarList = &placedList{p: p, obj: obj, line: f.line, depth: -1, dup: true}
			b.lastLine = f.line
		}
		return
	}
	b.placed[placedKey{obj, f.name}] = f.line
	b.impliedKinds(f.schema, ex, f.name, f)
	if f.untyped && ex != nil && ex.Kind == 'o' && len(ex.Keys) == 1 && ex.Vals[0].Kind == 'a' {
		// An untyped row whose example wraps one list ({"Tag": [...]}) is that wrapper: the
		// page's own example states it (a note, not a guess).
		f.schema.Type = "array"
		b.x.warn(f.line, "%s %q has no type; the JSON example shows a list wrapped in %q", b.what, f.name, ex.Keys[0])
		f.untyped = false
	}
	if f.schema.Type == "array" && ex != nil && ex.Kind == 'a' && len(ex.Vals) == 1 {
		// "Array of Task" whose example is a list holding the wrapper ([{"Task": [...]}]):
		// the wrapper is the tree.
		if el := ex.Vals[0]; el.Kind == 'o' && len(el.Keys) == 1 && el.Vals[0].Kind == 'a' &&
			strings.EqualFold(f.schema.DocType, "array of "+el.Keys[0]) {
			b.x.warn(f.line, "%s %q: the JSON example wraps the list object {%q: [...]} in a list; read as the object", b.what, f.name, el.Keys[0])
			ex = el
		}
	}
	if inner, key := wrappedArray(f.schema, ex); inner != nil {
		// Legacy RPC JSON wraps a list in an object named after the item ("Users":
		// {"User": [...]}) where the table says "Array of User": the example is the tree.
		p := &opspec.Property{Name: f.name, Required: f.required, Schema: f.schema}
		obj.Properties = append(obj.Properties, p)
		b.keep(p, f)
		if inner.Items != nil && !isContainer(inner.Items) {
			return // a wrapped list of scalars is complete: the next rows are its siblings
		}
		wrapper := &node{name: f.name, s: f.schema, ex: ex, exKnown: true, line: f.line, wrapper: true}
		b.stack = append(b.stack, wrapper)
		if isContainer(inner) {
			b.stack = append(b.stack, &node{name: key, s: inner, ex: ex.GetFold(key), exKnown: true, line: f.line, inner: true})
		}
		return
	}
	exList := false
	if f.untyped && ex != nil && (ex.Kind == 'o' || ex.Kind == 'a') {
		// An untyped or N/A row whose example is an object or a list is one: the page's own
		// example states it (a note, not a guess).
		old := *f.schema
		*f.schema = *schemaFromJSON(ex)
		f.schema.Properties, f.schema.Example = nil, ""
		f.schema.DocType, f.schema.Description, f.schema.Deprecated = old.DocType, old.Description, old.Deprecated
		if f.schema.Type == "array" && f.schema.Items != nil && f.schema.Items.Type == "object" {
			f.schema.Items = &opspec.Schema{Type: "object"}
		}
		b.x.warn(f.line, "%s %q has no type; the JSON example shows %s", b.what, f.name, jsonTypeName(ex))
		f.untyped = false
		exList = ex.Kind == 'a'
	}
	if isEmptyObject(f.schema) && ex != nil && ex.Kind == 'a' && len(ex.Vals) > 0 && ex.Elem() != nil && ex.Elem().Kind == 'o' {
		// A struct row whose example is a list of objects: an example may show a list by one
		// element, but no example makes one object into a list, so the list is the value.
		b.x.guess(f.line, "%s %q: the table says %s, the JSON example shows a list of objects; read as a list of them",
			b.what, f.name, f.schema.WrittenType())
		f.schema.Type, f.schema.Items = "array", &opspec.Schema{Type: "object"}
	}
	b.scalarObject(f, ex)
	if ex != nil && !agrees(ex, f.schema.Type) && !(ex.Kind == 'n' && isTimestampWord(f.schema.DocType)) {
		// (a Timestamp row's number is its type: decideStamps reads it)
		b.x.warn(f.line, "%q: the table says %s, the JSON example shows %s; keeping the table type",
			f.name, f.schema.WrittenType(), jsonTypeName(ex))
	}
	p := &opspec.Property{Name: f.name, Required: f.required, Schema: f.schema}
	obj.Properties = append(obj.Properties, p)
	b.keep(p, f)
	b.lastLine = f.line
	if f.schema.Type == "object" && f.schema.AdditionalProperties != nil && f.depth >= 0 {
		b.lastMap = &node{name: f.name, s: f.schema, ex: ex, exKnown: exKnown && ex != nil, line: f.line}
	}
	if f.schema.Type == "array" && f.schema.Items != nil && !isContainer(f.schema) {
		b.scalarList = &placedList{p: p, obj: obj, line: f.line, depth: max(f.depth, -1)}
	}
	if isContainer(f.schema) && !f.closed {
		b.stack = append(b.stack, &node{name: f.name, s: f.schema, ex: ex, exKnown: exKnown && ex != nil, line: f.line, exList: exList})
	}
	if f.untyped {
		b.untyped = &node{name: f.name, s: f.schema, ex: ex, exKnown: exKnown && ex != nil, line: f.line}
		b.untypedDepth = f.depth
	}
}

// scalarObject reads row f, typed object with no fields of its own, whose own example is a
// scalar (sendDate | Object | 2017-05-25, as legacy pages type a date) as a leaf of the
// example's type (scalarLeaf), when nothing shows it holding fields: no JSON example shows
// an object or a list at its place (ex; one showing a scalar there settles it), where the
// table shows depth the next row is not deeper, and the section does not make it the
// container of the rows after it (guessOK: a ROA request's body row, whose example cell
// some pages fill with a field's value: "body | object | app_xx001", then its fields).
// An object has no scalar example, so the row is no level for the rows after it to fall
// into by row order.
func (b *treeBuilder) scalarObject(f field, ex *page.JSONValue) {
	if f.closed || f.untyped {
		return
	}
	v := scalarLeaf(f.schema, ex)
	if v == nil || b.nextDeeper(f.depth) {
		return // (rows nested under it: the example cell says something else)
	}
	if b.guessOK != nil {
		n := &node{name: f.name, s: f.schema}
		b.stack = append(b.stack, n)
		holds := b.guessOK(n)
		b.stack = b.stack[:len(b.stack)-1]
		if holds {
			return
		}
	}
	b.x.retypeLeaf(b.what, f, v)
}

// scalarLeaf returns the scalar that shows s, an object with no fields of its own, a leaf:
// ex, the JSON example's value at its place, when it is one, else its example cell read as
// one (scalarExample); nil when s is anything else, ex shows an object or a list, or the
// cell shows no scalar.
func scalarLeaf(s *opspec.Schema, ex *page.JSONValue) *page.JSONValue {
	if s == nil || !isEmptyObject(s) || ex != nil && (ex.Kind == 'o' || ex.Kind == 'a') {
		return nil
	}
	v := ex
	if v == nil {
		v = scalarExample(s.Example)
	}
	if v == nil || v.Kind != 's' && v.Kind != 'n' && v.Kind != 'b' {
		return nil
	}
	return v
}

// retypeLeaf gives object row f the type of the scalar v its example shows (scalarLeaf):
// overriding the page's type word is a guess, warned by name.
func (x *extractor) retypeLeaf(what string, f field, v *page.JSONValue) {
	s := f.schema
	leaf := schemaFromJSON(v)
	s.Type, s.Format = leaf.Type, leaf.Format
	x.guess(f.line, "%s %q is typed %s but its example %q is %s, no object, and no row or example shows fields of it: read as %s",
		what, f.name, s.WrittenType(), page.Clip(s.Example), jsonTypeName(v), s.Type)
}

// scalarExample reads an example cell as a scalar (page.ScalarCell): a JSON string,
// number or boolean, or text that is not JSON and is one word or a date with its time:
// 2017-05-25, 2017-05-25 00:00:00, cn-hangzhou, read as a string; nil for anything else.
func scalarExample(ex string) *page.JSONValue {
	ex = strings.TrimSpace(ex)
	if !page.ScalarCell(ex) {
		return nil
	}
	if v, err := parseJSON(ex); err == nil {
		return v
	}
	if strings.ContainsAny(ex, " \t\n") {
		if loc := isoDateRe.FindStringIndex(ex); loc == nil || loc[0] != 0 {
			return nil // words, not one value: prose (a description a table spread over the example's column)
		}
	}
	return &page.JSONValue{Kind: 's', Text: ex}
}

// impliedKinds gives the parents flatname made from dotted paths alone (f.implied: Tags.Tag
// of "Tags.Tag.Key", no row, no index) the kind the example shows: a list of objects where
// it shows one ({"Tags": {"Tag": [{...}]}}), noted; an object otherwise. Built as objects
// whatever the example showed, such a list made a client read the example's list into an
// object, silently. s is the schema at path, ex the example's value there; where no
// example shows them, unshownImplied says so.
func (b *treeBuilder) impliedKinds(s *opspec.Schema, ex *page.JSONValue, path string, f field) {
	if s == nil || len(f.implied) == 0 || strings.Count(path, ".") > opspec.MaxDepth {
		return
	}
	if ex == nil {
		b.unshownImplied(s, path, f)
		return
	}
	if f.implied[s] && s.Type == "object" && ex.Kind == 'a' && ex.Elem() != nil && ex.Elem().Kind == 'o' {
		item := *s
		item.Description, item.DocType = "", ""
		*s = opspec.Schema{Type: "array", Description: s.Description, Items: &item}
		b.x.warn(f.line, "%s %q has no row of its own and its paths no list mark; the example shows a list of objects, read as one",
			b.what, path)
	}
	switch {
	case s.Type == "array" && ex.Kind == 'a':
		b.impliedKinds(s.Items, ex.Elem(), path+"[]", f)
	case s.Type == "object" && ex.Kind == 'o':
		b.dottedKeys(s, ex, path, f)
		for _, p := range s.Properties {
			b.impliedKinds(p.Schema, ex.GetFold(p.Name), path+"."+p.Name, f)
		}
	}
}

// dottedKeys gives back their names to the fields of s whose dotted paths made a parent
// that has no row (f.implied) where the example shows no such parent but a key for each
// of its fields, the dots in it ("PrivatePoolOptions.Id": a legacy response's field whose
// name holds a dot, written as a path "…N.PrivatePoolOptions.Id"), noted. Only scalar
// fields are taken so.
func (b *treeBuilder) dottedKeys(s *opspec.Schema, ex *page.JSONValue, path string, f field) {
	var out []*opspec.Property
	for _, p := range s.Properties {
		kids := p.Schema.Properties
		flat := f.implied[p.Schema] && p.Schema.Type == "object" && len(kids) > 0 && ex.GetFold(p.Name) == nil
		for _, c := range kids {
			flat = flat && !isContainer(c.Schema) && ex.Get(p.Name+"."+c.Name) != nil
		}
		if !flat {
			out = append(out, p)
			continue
		}
		var names []string
		for _, c := range kids {
			out = append(out, &opspec.Property{Name: p.Name + "." + c.Name, Required: c.Required, Schema: c.Schema})
			names = append(names, strconv.Quote(p.Name+"."+c.Name))
		}
		b.x.warn(f.line, "%s %q has no row of its own and the example no such key, but keys %s: read as those fields, the dots in their names",
			b.what, path+"."+p.Name, strings.Join(names, ", "))
	}
	s.Properties = out
}

// unshownImplied warns, naming them, the response's parents under s (at path) that only
// dotted paths imply (f.implied) and no example shows: they stay objects, as a dotted path
// reads, but nothing tells whether one stands for a list, as legacy responses wrap one
// ("Tags.Tag.Key" for {"Tags": {"Tag": [...]}}). Where a parent is named as one of the
// parent above it (Tag in Tags) that reading is likely, and the object is a guess; else a
// note. (A request's dotted names are the flattened wire names: their objects are known.)
func (b *treeBuilder) unshownImplied(s *opspec.Schema, path string, f field) {
	if b.what != responseField {
		return
	}
	var paths []string
	kind := page.Info
	var walk func(s *opspec.Schema, path string, depth int)
	walk = func(s *opspec.Schema, path string, depth int) {
		if s == nil || depth > opspec.MaxDepth {
			return
		}
		if f.implied[s] && s.Type == "object" {
			paths = append(paths, strconv.Quote(path))
			if i := strings.LastIndexByte(path, '.'); i > 0 && page.IsSingularOf(path[i+1:], lastSegment(path[:i])) {
				kind = page.Guess
			}
		}
		if s.Items != nil {
			walk(s.Items, path+"[]", depth+1)
		}
		for _, p := range s.Properties {
			walk(p.Schema, path+"."+p.Name, depth+1)
		}
	}
	walk(s, path, 0)
	switch len(paths) {
	case 0:
	case 1:
		b.x.warnKind(kind, f.line, "%s %s has no row of its own and no example shows it; read as an object, as its fields' dotted paths say, though it may be a list (no list mark tells)",
			b.what, paths[0])
	default:
		b.x.warnKind(kind, f.line, "%ss %s have no row of their own and no example shows them; read as objects, as their fields' dotted paths say, though one may be a list (no list mark tells)",
			b.what, strings.Join(paths, ", "))
	}
}

// lastSegment is the last segment of a dotted path, less a list's "[]".
func lastSegment(path string) string {
	return strings.TrimSuffix(path[strings.LastIndexByte(path, '.')+1:], "[]")
}

// keep records where property p came from, when the builder keeps that.
func (b *treeBuilder) keep(p *opspec.Property, f field) {
	if !b.keepProps {
		return
	}
	b.props[p] = f
}

// placedKey is a name placed in an object.
type placedKey struct {
	obj  *opspec.Schema
	name string
}

// inferMissing adds the fields the JSON example shows and the table does not, warning for
// each, so a page whose table is empty still gets a response schema.
func (x *extractor) inferMissing(s *opspec.Schema, ex *page.JSONValue, path string, line int) {
	if s == nil || ex == nil {
		return
	}
	switch {
	case ex.Kind == 'o' && s.Type == "object" && s.AdditionalProperties == nil:
		// the properties by name (the last of a name) and by case-folded name, built once
		// and kept up to date: a scan per key took minutes for 100,000 keys
		byName := make(map[string]*opspec.Property, len(s.Properties))
		byFold := make(map[string][]*opspec.Property, len(s.Properties))
		index := func(q *opspec.Property) {
			byName[q.Name] = q
			k := foldCase(q.Name)
			byFold[k] = append(byFold[k], q)
		}
		for _, q := range s.Properties {
			index(q)
		}
		renamed, renamedTo := renamedKey(s, ex, byName, byFold)
		var missing []string
		for i, k := range ex.Keys {
			p := byName[k]
			if i == renamed {
				p = renamedTo
				x.guess(line, "response field %s%s is the one field of its object that the JSON example lacks, and %q the one key there that the table lacks: read as the same field spelt otherwise, the table's name kept",
					path, renamedTo.Name, k)
			}
			if p == nil {
				// the table's name for a key the example writes in other letter case
				// ("ZoneInfos", "zoneInfos"): the same field, the table's name kept
				for _, q := range byFold[foldCase(k)] {
					if strings.EqualFold(q.Name, k) && ex.FoldKey(q.Name) == i {
						p = q
						x.guess(line, "response field %s%s: the JSON example writes it %q; the table's name kept", path, q.Name, k)
					}
				}
			}
			if p == nil {
				if head, rest, ok := strings.Cut(k, "."); ok && byName[head] != nil && flattenedIn(byName[head].Schema, rest) {
					continue // the example's flattened form of a field the table nests (SystemDisk.Size)
				}
				missing = append(missing, path+k)
				q := &opspec.Property{Name: k, Schema: schemaFromJSON(ex.Vals[i])}
				s.Properties = append(s.Properties, q)
				index(q)
				continue
			}
			x.inferMissing(p.Schema, ex.Vals[i], path+k+".", line)
		}
		switch {
		case len(missing) == 1:
			x.guess(line, "response field %s is in the JSON example but not in the table; type inferred from the example", missing[0])
		case len(missing) > 1:
			// every one named, however many: a field the reader adds is never silent
			x.guess(line, "response fields %s are in the JSON example but not in the table; types inferred from the example",
				strings.Join(missing, ", "))
		}
	case ex.Kind == 'a' && s.Type == "array":
		if s.Items == nil {
			if el := ex.Elem(); el != nil {
				s.Items = schemaFromJSON(el)
			}
			return
		}
		x.inferMissing(s.Items, ex.Elem(), strings.TrimSuffix(path, ".")+"[].", line)
	}
}

// renamedKey finds the one key of example object ex that no field of s has and the one
// field of s that ex does not show, when there is exactly one of each and the one is the
// other spelt with words added or left out (the table's TaskId, the example's ExportTaskId;
// TotalCount and Total; MaintenanceAttributes and InstanceMaintenanceAttributes), both lists
// or objects or both not: the example was written for another spelling of the same field,
// which an added field would double. byName and byFold index the fields of s by name and
// by case-folded name. It returns the key's index and the field, or -1.
func renamedKey(s *opspec.Schema, ex *page.JSONValue, byName map[string]*opspec.Property, byFold map[string][]*opspec.Property) (int, *opspec.Property) {
	key := -1
	for i, k := range ex.Keys {
		if byName[k] == nil && len(byFold[foldCase(k)]) == 0 && !strings.Contains(k, ".") {
			if key >= 0 {
				return -1, nil
			}
			key = i
		}
	}
	if key < 0 {
		return -1, nil
	}
	shown := make(map[string]bool, len(ex.Keys)) // (a map: a scan per field is quadratic)
	for _, k := range ex.Keys {
		shown[foldCase(k)] = true
	}
	var field *opspec.Property
	for _, q := range s.Properties {
		if !shown[foldCase(q.Name)] {
			if field != nil {
				return -1, nil
			}
			field = q
		}
	}
	if field == nil || field.Schema == nil || strings.Contains(field.Name, ".") || !wordsAddedOrLeftOut(ex.Keys[key], field.Name) {
		return -1, nil
	}
	if v := ex.Vals[key]; isContainer(field.Schema) != (v.Kind == 'o' || v.Kind == 'a') {
		return -1, nil
	}
	return key, field
}

// wordsAddedOrLeftOut tells whether two different names are one another with whole words
// added: the camel-case words of the shorter, in order, are words of the longer
// (TaskId in ExportTaskId, Order in OrderId, DedicatedHostRenewAttributes in
// DedicatedHostIdRenewAttributes), letter case aside.
func wordsAddedOrLeftOut(a, b string) bool {
	wa, wb := camelHumps(a), camelHumps(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 || len(wa) == len(wb) {
		return false
	}
	j := 0
	for _, w := range wb {
		if j < len(wa) && strings.EqualFold(wa[j], w) {
			j++
		}
	}
	return j == len(wa)
}

// flattenedIn tells whether the rest of a dotted example key (SystemDisk.Size) names a field
// that the schema of the field named by its head (SystemDisk) has nested (Size).
func flattenedIn(next *opspec.Schema, rest string) bool {
	for {
		if next != nil && next.Type == "array" {
			next = next.Items
		}
		if next == nil {
			return false
		}
		for _, q := range next.Properties {
			if q.Name == rest {
				return true
			}
		}
		head, tail, ok := strings.Cut(rest, ".")
		if !ok {
			return false
		}
		var sub *opspec.Schema
		for _, q := range next.Properties {
			if q.Name == head {
				sub = q.Schema
			}
		}
		next, rest = sub, tail
	}
}

// schemaFromJSON infers a schema from an example value.
func schemaFromJSON(v *page.JSONValue) *opspec.Schema {
	switch v.Kind {
	case 'o':
		if settingsKeys(v.Keys) {
			// keys like "thread_pool.bulk.queue_size": a map of settings, not fields
			return &opspec.Schema{Type: "object", AdditionalProperties: &opspec.Schema{}}
		}
		s := &opspec.Schema{Type: "object"}
		for i, k := range v.Keys {
			s.Properties = append(s.Properties, &opspec.Property{Name: k, Schema: schemaFromJSON(v.Vals[i])})
		}
		return s
	case 'a':
		s := &opspec.Schema{Type: "array", Items: &opspec.Schema{}}
		if el := v.Elem(); el != nil {
			s.Items = schemaFromJSON(el)
		}
		return s
	case 's':
		return &opspec.Schema{Type: "string", Example: v.Text}
	case 'n':
		if strings.ContainsAny(v.Text, ".eE") {
			return &opspec.Schema{Type: "number", Example: v.Text}
		}
		return &opspec.Schema{Type: "integer", Format: "int64", Example: v.Text}
	case 'b':
		return &opspec.Schema{Type: "boolean", Example: v.Text}
	case 't':
		s, _ := docSchema(v.Text)
		return s
	}
	return &opspec.Schema{}
}

// settingsKeys tells whether an example object's keys are those of a map of settings
// rather than field names: some key holds a dot or a character no field name has.
func settingsKeys(keys []string) bool {
	for _, k := range keys {
		for _, c := range k {
			if !(c == '_' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				return true
			}
		}
	}
	return false
}

// wrappedArray recognises an array row whose JSON example is an object holding one list
// ({"User": [...]}), the form legacy RPC responses take. It turns s into that wrapper
// object in place and returns the inner array schema and its key; nil when s is not such
// a row.
func wrappedArray(s *opspec.Schema, ex *page.JSONValue) (*opspec.Schema, string) {
	if s.Type != "array" || ex == nil || ex.Kind != 'o' || len(ex.Keys) != 1 {
		return nil, ""
	}
	key, val := ex.Keys[0], ex.Vals[0]
	// The list may show as its one element: {"Group": {...}} for "Array of Group", or, for a
	// list of scalars, as a string holding it: {"AddAccount": "[\"1234\"]"}.
	oneElem := val.Kind == 'o' && strings.EqualFold(s.DocType, "array of "+key)
	listText := val.Kind == 's' && strings.HasPrefix(strings.TrimSpace(val.Text), "[") && s.Items != nil && !isContainer(s.Items)
	// or, for a list of scalars, as its one scalar: {"InstanceId": "i-1"} for "List".
	oneScalar := (val.Kind == 's' || val.Kind == 'n' || val.Kind == 'b') && s.Items != nil && !isContainer(s.Items)
	if (val.Kind != 'a' && !oneElem && !listText && !oneScalar) || key == "" {
		return nil, ""
	}
	inner := &opspec.Schema{Type: "array", DocType: s.DocType, Items: s.Items}
	if el := val.Elem(); el != nil && inner.Items == nil {
		if el.Kind == 'o' {
			inner.Items = &opspec.Schema{Type: "object"}
		} else {
			inner.Items = schemaFromJSON(el)
			inner.Items.Example = ""
		}
	}
	s.Type, s.Items, s.DocType = "object", nil, ""
	s.Properties = append(s.Properties, &opspec.Property{Name: key, Schema: inner})
	return inner, key
}

// markerOf returns the stack index of the open array whose items marker row f names
// ("User" after "Users | Array of User"), or 0.
func (b *treeBuilder) markerOf(f field) int {
	for i := len(b.stack) - 1; i >= 1 && i >= len(b.stack)-2; i-- {
		n := b.stack[i]
		if n.s.Type == "array" && (n.name == f.name || strings.EqualFold(page.ListItem(n.s.DocType), f.name) || page.IsSingularOf(f.name, n.name)) {
			return i
		}
	}
	return 0
}

// wrapByMarker handles marker row f of the array open at stack index i. Where the JSON
// example shows the array, it has already decided the form (a wrapped list was unwrapped
// by place); where no example shows it, the marker row follows the convention of the
// legacy RPC pages it comes from: it names the key of the object that wraps the list
// ("Users": {"User": [...]}), which is warned.
func (b *treeBuilder) wrapByMarker(i int, f field) {
	b.stack = b.stack[:i+1]
	n := b.stack[i]
	if n.name == f.name || f.name == "" {
		return
	}
	if n.ex != nil {
		// The example shows a plain list whose elements do not have the marker's name: the
		// table shows the legacy wrapper the example leaves out (as for an untyped row).
		if el := n.ex.Elem(); el != nil && el.Kind == 'o' && len(el.Keys) > 0 && el.GetFold(f.name) == nil &&
			(n.s.Items == nil || len(n.s.Items.Properties) == 0) && b.stack[len(b.stack)-1] == n {
			b.wrapList(n, f)
		}
		return
	}
	b.wrapNamedItem(i, f)
}

// wrapNamedItem makes the array open at stack index i, which no JSON example shows, the
// object legacy RPC responses wrap a list in, and opens that list. The key is the one the
// XML example wraps the list in where it shows the list (noted, and warned where the item
// row names another), else the item row f's name ("Users": {"User": [...]}; warned). An
// item row typed object gives the items its description.
func (b *treeBuilder) wrapNamedItem(i int, f field) {
	b.stack = b.stack[:i+1]
	n := b.stack[i]
	items := n.s.Items
	if f.schema != nil && f.schema.Type == "object" && items != nil && items.Description == "" {
		items.Description = f.schema.Description
	}
	inner := &opspec.Schema{Type: "array", DocType: n.s.DocType, Items: items}
	n.s.Type, n.s.Items, n.s.DocType = "object", nil, ""
	n.wrapper = true
	key := f.name
	switch k, ok := xmlListKey(b.xmlEx, n.name); {
	case ok && k == f.name:
		b.x.warn(f.line, "%s %q: no JSON example shows it; the XML example wraps the list in its item row %q (%q: {%q: [...]})",
			b.what, n.name, f.name, n.name, f.name)
	case ok:
		key = k
		b.x.guess(f.line, "%s %q: no JSON example shows it; the XML example wraps the list in %q, not in its item row %q; keyed as the XML example shows it (%q: {%q: [...]})",
			b.what, n.name, k, f.name, n.name, k)
	default:
		b.x.guess(f.line, "%s %q: no JSON example shows it; its item row %q taken as the key that wraps the list (%q: {%q: [...]}), as legacy RPC responses have it",
			b.what, n.name, f.name, n.name, f.name)
	}
	n.s.Properties = append(n.s.Properties, &opspec.Property{Name: key, Schema: inner})
	b.placed[placedKey{n.s, key}] = f.line
	b.stack = append(b.stack, &node{name: key, s: inner, line: f.line})
}

// xmlListKey returns the key the XML example v wraps the list of objects named name in:
// the one child element, itself holding elements, that every element of that name holds
// (<Users><User>...</User><User>...</User></Users>), where there is at least one and no
// two disagree. An element with text, with children of different names or with one child
// holding text is no wrapper: no key then.
func xmlListKey(v *page.JSONValue, name string) (string, bool) {
	key, ok := "", true
	var walk func(v *page.JSONValue, depth int)
	walk = func(v *page.JSONValue, depth int) {
		if v == nil || depth > maxJSONDepth || !ok {
			return
		}
		if v.Kind == 'a' {
			for _, e := range v.Vals {
				walk(e, depth+1)
			}
			return
		}
		for i, k := range v.Keys {
			if k == name {
				els := []*page.JSONValue{v.Vals[i]}
				if v.Vals[i].Kind == 'a' {
					els = v.Vals[i].Vals // the parent, holding only these, read as their wrapper
				}
				for _, el := range els {
					switch {
					case el.Kind == 'z':
						// an empty element shows nothing
					case el.Kind != 'o' || len(el.Keys) != 1 || key != "" && key != el.Keys[0] ||
						el.Vals[0].Kind != 'o' && el.Vals[0].Kind != 'a' && el.Vals[0].Kind != 'z':
						ok = false
					default:
						key = el.Keys[0]
					}
				}
			}
			walk(v.Vals[i], depth+1)
		}
	}
	walk(v, 0)
	return key, ok && key != ""
}

// placeFromExample places a response row that no open container's example has, at the one
// place the whole JSON example shows it, creating the containers on the way (the older
// Markdown pages list nested fields flat). A container on that path that is not open but
// is a row of the table has its own children after its row, so the row is not moved there
// (sibling objects often share field names). It reports whether the row was placed.
func (b *treeBuilder) placeFromExample(f field) bool {
	root := b.stack[0]
	if root.ex == nil || f.name == "" {
		return false
	}
	if b.exKeys == nil || b.exKeysOf != root.ex {
		b.exKeys, b.exKeysOf = keyIndex(root.ex), root.ex
	}
	hit := b.exKeys[f.name]
	path, n := hit.path, hit.count
	if path == nil || len(path) < 2 {
		return false
	}
	stack := []*node{root}
	cur := root
	names := []string{}
	created := false
	for _, k := range path[:len(path)-1] {
		obj, ex := cur.target()
		if obj == nil || obj.Type != "object" || ex == nil {
			return false
		}
		v := ex.GetFold(k)
		if v == nil {
			return false
		}
		var p *opspec.Property
		for _, q := range obj.Properties {
			if q.Name == k {
				p = q
			}
		}
		if (p == nil || !b.isOpen(p.Schema)) && b.rowNames[k] > 0 {
			return false
		}
		names = append(names, k)
		if v.Kind == 'a' {
			names[len(names)-1] += "[]"
		}
		if p == nil && cur != root && b.isOpen(cur.s) {
			// The example shows the row in an object the table never lists, inside a
			// container that the table lists as a row and that is open: such a table
			// lists its containers as rows, so the row is the open container's field
			// (content, not contentCollection.content, after "Result | Array of Result").
			return false
		}
		if p == nil {
			var s *opspec.Schema
			switch {
			case v.Kind == 'o':
				s = &opspec.Schema{Type: "object"}
			case v.Kind == 'a' && v.Elem() != nil && v.Elem().Kind == 'o':
				s = &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object"}}
			default:
				return false
			}
			p = &opspec.Property{Name: k, Schema: s}
			obj.Properties = append(obj.Properties, p)
			b.placed[placedKey{obj, k}] = f.line
			created = true
		} else if !isContainer(p.Schema) {
			return false
		}
		cur = &node{name: k, s: p.Schema, ex: v, exKnown: true, line: f.line}
		stack = append(stack, cur)
	}
	if created {
		b.x.warn(f.line, "%s %q is listed flat in the table; placed under %s as the JSON example shows", b.what, f.name, strings.Join(names, "."))
	}
	if n > 1 {
		b.x.guess(f.line, "%s %q appears %d times in the JSON example; placed at the shallowest, %s", b.what, f.name, n, strings.Join(names, "."))
	}
	obj, ex := cur.target()
	if obj == nil || obj.Type != "object" {
		return false
	}
	b.stack = stack
	b.place(cur, obj, ex.GetFold(f.name), true, f)
	return true
}

// keyHit is where a JSON example shows a key: the path of keys to its shallowest
// occurrence (the first met breadth first) and how many occurrences share that depth.
type keyHit struct {
	path  []string
	count int
	depth int
}

// keyIndex finds every key of a JSON example breadth first (through the first element of
// arrays, to maxJSONDepth levels) and returns where each is shown. One walk serves every
// row: searched row by row, a table of 20,000 rows that the example does not show scanned
// the whole example for each, and took 76 s.
func keyIndex(v *page.JSONValue) map[string]keyHit {
	type item struct {
		v    *page.JSONValue
		path []string
	}
	hits := map[string]keyHit{}
	level := []item{{v: v}}
	for depth := 0; depth < maxJSONDepth && len(level) > 0; depth++ {
		var next []item
		for _, it := range level {
			o := it.v
			for o != nil && o.Kind == 'a' {
				o = o.Elem()
			}
			if o == nil || o.Kind != 'o' {
				continue
			}
			for i, key := range o.Keys {
				p := append(append([]string(nil), it.path...), key)
				switch h, ok := hits[key]; {
				case !ok:
					hits[key] = keyHit{path: p, count: 1, depth: depth}
				case h.depth == depth:
					h.count++
					hits[key] = h
				}
				next = append(next, item{v: o.Vals[i], path: p})
			}
		}
		level = next
	}
	return hits
}

// propNamed is obj's property named name, or nil.
func propNamed(obj *opspec.Schema, name string) *opspec.Property {
	for _, p := range obj.Properties {
		if p.Name == name {
			return p
		}
	}
	return nil
}
