package flatname

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

func typed(t, format string) *opspec.Schema { return &opspec.Schema{Type: t, Format: format} }

// shape prints an entry's schema: name:type{fields} or name:array[item].
func shape(name string, s *opspec.Schema) string {
	switch {
	case s == nil:
		return name + ":nil"
	case s.Type == "array":
		return name + ":array[" + shape("", s.Items) + "]"
	case s.Type == "object":
		var kids []string
		for _, p := range s.Properties {
			k := shape(p.Name, p.Schema)
			if p.Required {
				k += "!"
			}
			kids = append(kids, k)
		}
		return name + ":{" + strings.Join(kids, ",") + "}"
	}
	return name + ":" + s.TypeWord()
}

func nest(rows []Row) (got string, warnings []string) {
	for i := range rows {
		rows[i].At = fmt.Sprintf("row %d", i)
	}
	var out []string
	for _, e := range Nest(rows, func(i int, kind page.WarnKind, msg string) {
		warnings = append(warnings, fmt.Sprintf("%d %s: %s", i, kind, msg))
	}) {
		s := shape(e.Name, e.Schema)
		if e.Required {
			s += "!"
		}
		s += fmt.Sprintf(" (row %d first %d in %s parent %v)", e.Row, e.First, e.In, e.Parent)
		out = append(out, s)
	}
	return strings.Join(out, "\n"), warnings
}

// TestNest covers the one rule both readers follow: what flattened names make, where the
// parent goes, and which declaration wins when a parent row declares fields too.
func TestNest(t *testing.T) {
	q, f := opspec.InQuery, opspec.InForm
	for _, c := range []struct {
		name     string
		rows     []Row
		want     string
		warnings []string
	}{{
		name: "object from dotted names; a required child is required when its parent is sent",
		rows: []Row{
			{Name: "RegionId", Schema: typed("string", ""), In: q},
			{Name: "Pool.MatchCriteria", Schema: typed("string", ""), In: q},
			{Name: "Pool.Id", Schema: typed("string", ""), Required: true, In: q},
			{Name: "Entry.N.Cidr", Schema: typed("string", ""), Required: true, In: q},
			{Name: "InstanceId.N", Schema: &opspec.Schema{Type: "array", Items: typed("string", "")}, Required: true, In: q},
		},
		want: "RegionId:string (row 0 first 0 in query parent false)\n" +
			"Pool:{MatchCriteria:string,Id:string!} (row -1 first 1 in query parent true)\n" +
			"Entry:array[:{Cidr:string!}] (row -1 first 3 in query parent true)\n" +
			"InstanceId:array[:string]! (row -1 first 4 in query parent true)",
	}, {
		name: "indexed names: N and numbers are items; the second element repeats the first",
		rows: []Row{
			{Name: "Filter.1.Key", Schema: typed("string", "")},
			{Name: "Filter.2.Key", Schema: typed("string", "")},
			{Name: "Filter.1.Value", Schema: typed("string", "")},
			{Name: "InstanceId.N", Schema: &opspec.Schema{Type: "array", DocType: "RepeatList"}},
			{Name: "Tag.N.Key", Schema: typed("string", "")},
			{Name: "Tag.N.Key", Schema: typed("string", "")},
		},
		want: "Filter:array[:{Key:string,Value:string}] (row -1 first 0 in  parent true)\n" +
			"InstanceId:array[:string] (row -1 first 3 in  parent true)\n" +
			"Tag:array[:{Key:string}] (row -1 first 4 in  parent true)",
		warnings: []string{
			`3 guess: flattened row "InstanceId.N" is typed RepeatList with no item type; items taken as string`,
			`5 drop: duplicate flattened row "Tag.N.Key" (first at row 4); keeping the first`,
		},
	}, {
		name: "a parent declared first keeps its fields; flattened rows add the others",
		rows: []Row{
			{Name: "Disk", Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "Size", Schema: typed("integer", "int64")}}}, In: q},
			{Name: "Disk.Size", Schema: typed("integer", "int32"), In: q},
			{Name: "Disk.Category", Schema: typed("string", ""), In: f},
		},
		want: "Disk:{Size:long,Category:string} (row 0 first 0 in query parent true)",
		warnings: []string{
			`1 info: flattened row "Disk.Size" is typed integer, but Disk.Size is long already; keeping long`,
			`2 info: flattened row "Disk.Category" is in form, but "Disk" is in query; sent with it in query`,
		},
	}, {
		name: "a parent declared after: the same, it takes the place of its first flattened row",
		rows: []Row{
			{Name: "Disk.Size", Schema: typed("integer", "int32")},
			{Name: "Disk.Category", Schema: typed("string", "")},
			{Name: "Name", Schema: typed("string", "")},
			{Name: "Disk", Required: true, Schema: &opspec.Schema{Type: "object", Description: "The disk.", Properties: []*opspec.Property{
				{Name: "Size", Schema: typed("integer", "int64")}, {Name: "Encrypted", Required: true, Schema: typed("boolean", "")}}}},
			{Name: "Data.N.Size", Schema: typed("integer", "int32")},
			{Name: "Data", Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "Size", Schema: typed("integer", "int64")}, {Name: "Kind", Schema: typed("string", "")}}}}},
		},
		want: "Disk:{Size:long,Category:string,Encrypted:boolean!}! (row -1 first 0 in  parent true)\n" +
			"Name:string (row 2 first 2 in  parent false)\n" +
			"Data:array[:{Size:long,Kind:string}] (row -1 first 4 in  parent true)",
		warnings: []string{
			`3 info: flattened rows type Disk.Size integer, but "Disk" declares it long; keeping long`,
			`5 info: flattened rows type Data[].Size integer, but "Data" declares it long; keeping long`,
		},
	}, {
		name: "a parent typed otherwise keeps what its flattened rows make",
		rows: []Row{
			{Name: "Tag.N.Key", Schema: typed("string", "")},
			{Name: "Tag", Schema: &opspec.Schema{Type: "string", Description: "Tags."}},
			{Name: "Id", Schema: typed("string", "")},
			{Name: "Id.Kind", Schema: typed("string", "")},
		},
		want: "Tag:array[:{Key:string}] (row -1 first 0 in  parent true)\n" +
			"Id:{Kind:string} (row 2 first 2 in  parent true)",
		warnings: []string{
			`1 info: row "Tag" is typed string but its flattened rows Tag.N.Key make it array; keeping array`,
			`3 info: flattened row "Id.Kind" names a field of "Id", which is typed string; using object`,
		},
	}, {
		name: "a path through a list without an index names a field of its items",
		rows: []Row{
			{Name: "Data", Schema: typed("object", "")},
			{Name: "Data.Instances", Schema: &opspec.Schema{Type: "array", Items: typed("object", "")}},
			{Name: "Data.Instances.InstanceId", Schema: typed("string", "")},
			{Name: "Data.Instances.Disks", Schema: &opspec.Schema{Type: "array", DocType: "Array"}},
			{Name: "Data.Instances.Disks.Size", Schema: typed("integer", "int32")},
			{Name: "Ids", Schema: &opspec.Schema{Type: "array", Items: typed("string", "")}},
			{Name: "Ids.Kind", Schema: typed("string", "")},
		},
		want: "Data:{Instances:array[:{InstanceId:string,Disks:array[:{Size:integer}]}]} (row 0 first 0 in  parent true)\n" +
			"Ids:{Kind:string} (row 5 first 5 in  parent true)",
		warnings: []string{
			`6 info: flattened row "Ids.Kind" names a field of "Ids", which is typed array; using object`,
		},
	}, {
		name: "a path through the item struct of an Array of X: the object legacy responses wrap the list in, once (a field named as the item struct is a field)",
		rows: []Row{
			{Name: "Permissions", Schema: &opspec.Schema{Type: "array", DocType: "Array of Permission", Items: typed("object", "")}},
			{Name: "Permissions.Permission", Schema: &opspec.Schema{Type: "string", Description: "A rule."}},
			{Name: "Permissions.Permission.CreateTime", Schema: typed("string", "")},
			{Name: "Tags", Schema: &opspec.Schema{Type: "array", DocType: "Array of Tag", Items: typed("object", "")}},
			{Name: "Tags.Tag.N.Key", Schema: typed("string", "")},
			{Name: "Zones", Schema: &opspec.Schema{Type: "array", DocType: "array<Zone>", Items: typed("object", "")}},
			{Name: "Zones.Zone.ZoneId", Schema: typed("string", "")},
			{Name: "Ids", Schema: &opspec.Schema{Type: "array", DocType: "Array of VersionId", Items: typed("object", "")}},
			{Name: "Ids.VersionId.CreateTime", Schema: typed("string", "")},
			{Name: "Ids.VersionId.VersionId", Schema: typed("string", "")},
		},
		want: "Permissions:{Permission:array[:{CreateTime:string}]} (row 0 first 0 in  parent true)\n" +
			"Tags:{Tag:array[:{Key:string}]} (row 3 first 3 in  parent true)\n" +
			"Zones:{Zone:array[:{ZoneId:string}]} (row 5 first 5 in  parent true)\n" +
			"Ids:{VersionId:array[:{CreateTime:string,VersionId:string}]} (row 7 first 7 in  parent true)",
		warnings: []string{
			`1 info: flattened row "Permissions.Permission" names the item struct of "Permissions", typed Array of Permission: read as the object that wraps the list ("Permissions": {"Permission": [...]})`,
			`4 info: flattened row "Tags.Tag.N.Key" names the item struct of "Tags", typed Array of Tag: read as the object that wraps the list ("Tags": {"Tag": [...]})`,
			`6 info: flattened row "Zones.Zone.ZoneId" names the item struct of "Zones", typed array<Zone>: read as the object that wraps the list ("Zones": {"Zone": [...]})`,
			`8 info: flattened row "Ids.VersionId.CreateTime" names the item struct of "Ids", typed Array of VersionId: read as the object that wraps the list ("Ids": {"VersionId": [...]})`,
		},
	}, {
		name: "rows kept as written pass through; a name cut at an edge is no flattened name",
		rows: []Row{
			{Name: "x-acs-a.b", Schema: typed("string", ""), Keep: true},
			{Name: "Trail.", Schema: typed("string", "")},
			{Name: ".Lead", Schema: typed("string", "")},
		},
		want: "x-acs-a.b:string (row 0 first 0 in  parent false)\n" +
			"Trail.:string (row 1 first 1 in  parent false)\n" +
			".Lead:string (row 2 first 2 in  parent false)",
	}} {
		t.Run(c.name, func(t *testing.T) {
			got, warnings := nest(c.rows)
			if got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
			if strings.Join(warnings, "\n") != strings.Join(c.warnings, "\n") {
				t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warnings, "\n"), strings.Join(c.warnings, "\n"))
			}
		})
	}
}

// The parent's description records the flattened names, once.
func TestNestDescription(t *testing.T) {
	out := Nest([]Row{
		{Name: "Pool", Schema: &opspec.Schema{Type: "object", Description: "The pool."}},
		{Name: "Pool.Id", Schema: typed("string", "")},
		{Name: "Other", Schema: &opspec.Schema{Type: "object", Description: "See Other.Id."}},
		{Name: "Other.Id", Schema: typed("string", "")},
	}, nil)
	if d := out[0].Schema.Description; d != "The pool.\n\nFlattened as Pool.Id." {
		t.Errorf("Pool: %q", d)
	}
	if d := out[1].Schema.Description; d != "See Other.Id." {
		t.Errorf("Other: %q", d)
	}
	if out[0].Schema.DocType != "object" {
		t.Errorf("doc type %q", out[0].Schema.DocType)
	}
}

// TestUnbracket: list-item brackets in a flattened name read as index segments.
func TestUnbracket(t *testing.T) {
	for in, want := range map[string]string{
		"Tags[].Key": "Tags.N.Key", "Tags[N].Key": "Tags.N.Key", "Tags[1].Key": "Tags.1.Key", "Ids[]": "Ids.N",
		"A[].B[].C": "A.N.B.N.C", "Plain": "Plain", "Tag.N.Key": "Tag.N.Key",
		"[].x": "[].x", "a[b].c": "a[b].c", "a[]b": "a[]b", "a[": "a[",
	} {
		if got := Unbracket(in); got != want {
			t.Errorf("Unbracket(%q) = %q, want %q", in, got, want)
		}
	}
}

// A flattened name nesting deeper than a spec may is dropped with a warning that names its
// start and line, and the rows beside it are kept: a row "A0.A1...A19999" made a spec that
// could not be written (encoding/json stops at 10,000 levels), so the whole run wrote
// nothing, and nesting it took seconds.
func TestNestTooDeep(t *testing.T) {
	deep := func(levels int) string { return "Tag" + strings.Repeat(".N.Key", levels/2) }
	str := typed("string", "")
	got, warnings := nest([]Row{
		{Name: deep(opspec.MaxDepth - 2), Schema: str},
		{Name: "Other." + strings.Repeat("X.", 20000) + "Y", Schema: str},
		{Name: "Id", Schema: str},
	})
	if strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "Tag:array[") || !strings.Contains(got, "\nId:string") {
		t.Errorf("rows kept:\n%s", got)
	}
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], "1 drop: ") ||
		!strings.Contains(warnings[0], `flattened row "Other.X.X.`) || !strings.Contains(warnings[0], `…" nests 20001 levels below "Other", more than the 64`) {
		t.Errorf("warnings %q", warnings)
	}
}

// TestIndexedRowExample: the example of an indexed row (Libs.N) that shows the whole list
// (["sample"], ["i-1","i-2"]) is the list's example, and its items' is one element (the
// first, when a scalar; none for an object or a list in another notation); an example of one
// element (i-1) stays the items' and the list has none. Before, the items took the whole
// list's text as their example (a string item whose example is ["sample"]).
func TestIndexedRowExample(t *testing.T) {
	for _, c := range []struct {
		typ, items, example string
		list, item          string
	}{
		{"array", "string", `["sample"]`, `["sample"]`, "sample"},
		{"array", "", `["i-1", "i-2"]`, `["i-1", "i-2"]`, "i-1"},
		{"array", "integer", `[3, 4]`, `[3, 4]`, "3"},
		{"string", "", `["i-1"]`, `["i-1"]`, "i-1"},
		{"array", "object", `[{"Key": "k"}]`, `[{"Key": "k"}]`, ""},
		{"array", "string", `['a', 'b']`, `['a', 'b']`, ""},
		{"array", "", "i-bp67", "", "i-bp67"},
		{"string", "", "i-bp67", "", "i-bp67"},
		{"array", "", "", "", ""},
	} {
		s := &opspec.Schema{Type: c.typ, Example: c.example}
		if c.items != "" {
			s.Items = &opspec.Schema{Type: c.items}
		}
		out := Nest([]Row{{Name: "Libs.N", Schema: s}}, nil)
		if len(out) != 1 || out[0].Schema.Type != "array" || out[0].Schema.Items == nil {
			t.Fatalf("%s %s: %+v", c.typ, c.example, out)
		}
		list := out[0].Schema
		if list.Example != c.list || list.Items.Example != c.item {
			t.Errorf("%s %s: list example %q, item example %q; want %q, %q", c.typ, c.example, list.Example, list.Items.Example, c.list, c.item)
		}
	}
}

// TestWordExample: only a word a string alone can be settles a list's string items; a
// "key": pair shows an object's member (page.ScalarCell), no word.
func TestWordExample(t *testing.T) {
	for ex, want := range map[string]bool{
		"i-bp67acfmxazb4p****": true, "Active": true, "cn-hangzhou-h": true, "2017-05-25": true,
		"1234567890": false, "1.5": false, "true": false, "False": false, "null": false, "-": false, "N/A": false,
		"": false, "172.17. XX.XXX": false, `["a"]`: false, "{}": false, `"Key":"k1"`: false,
	} {
		if got := wordExample(ex); got != want {
			t.Errorf("wordExample(%q) = %v, want %v", ex, got, want)
		}
	}
}
