package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// TestListsWithoutItemType: lists whose rows name no item type (X.N | RepeatList, a bare
// List or Array row with no item row and no example element) get string items, with a
// warning naming the field, and the spec stays valid. The warning is a note when the
// flattened row's example is a word only a string can be (EventId.N: e-xhskHun1256****; the
// ECS pages' 128 such top-level rows are all string lists in the SDK), and a guess when it
// is a number (AccountId.N: 1234567890, a string list in some SDKs, an int64 list in others)
// or absent.
func TestListsWithoutItemType(t *testing.T) {
	p := &page.Page{File: "f.md", Title: "RunThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"EventId.N", "RepeatList", "Yes", "The event IDs.", "e-xhskHun1256****"},
			[]string{"AccountId.N", "RepeatList", "No", "The accounts.", "1234567890"},
			[]string{"zones", "List", "No", "The zones.", ""},
		)),
		sec(page.ResponseParams, "Response parameters", 10, tbl(11, respHeader,
			[]string{"RequestId", "String", "The request ID.", "r1"},
			[]string{"Codes", "Array", "The codes.", ""},
		)),
	}}
	op, res := mustOp(t, p)
	for _, p := range op.Params {
		if p.Schema.Type != "array" || p.Schema.Items == nil || p.Schema.Items.Type != "string" {
			t.Errorf("%s: %+v, want an array of strings", p.Name, p.Schema)
		}
	}
	if ev := op.Params[0].Schema; ev.Items.Example != "e-xhskHun1256****" {
		t.Errorf("EventId items %+v", ev.Items)
	}
	codes := op.Response.Properties[1].Schema
	if codes.Type != "array" || codes.Items == nil || codes.Items.Type != "string" {
		t.Errorf("Codes = %+v, want an array of strings", codes)
	}
	spec := &opspec.Spec{Product: "Ecs", Version: "2014-05-26", Style: opspec.RPC, Operations: []*opspec.Operation{op}}
	if err := spec.Validate(); err != nil {
		t.Errorf("invalid operation: %v", err)
	}
	for w, kind := range map[string]page.WarnKind{
		"EventId.N\" is typed RepeatList with no item type; its example \"e-xhskHun1256****\" is a word": page.Info,
		"AccountId.N\" is typed RepeatList with no item type; items taken as string":                     page.Guess,
		"zones is typed List with no item type":                                                          page.Guess,
		"Codes is typed Array with no item type":                                                         page.Guess,
	} {
		if k, ok := warningKind(res, w); !ok || k != kind {
			t.Errorf("no %v %q in %v", kind, w, res.Warnings)
		}
	}
}

// TestTypeWords: every type word of the lexicon maps to a schema, in any case; the forms
// the pages use beside them map as documented; near misses and a row's own struct name
// are read with a warning.
func TestTypeWords(t *testing.T) {
	for _, w := range page.TypeWords() {
		for _, v := range []string{w, strings.ToUpper(w), pagetest.Capital(w)} {
			if _, ok := docSchema(v); !ok {
				t.Errorf("lexicon type word %q: docSchema does not know it", v)
			}
		}
	}
	for in, want := range map[string]string{
		"RepeatList": "array<nil>", "List<String\\>": "array<string>", "list<String\\\\>": "array<string>",
		"Array of Tag": "array<object>", "KeyVersion的数组": "array<object>", "String数组": "array<string>",
		"array<object>": "array<object>", "Json": "string", "Struct": "object", "Map": "map",
		// the metadata's type/format and SDK references' Go spellings
		"integer/int64": "integer", "number/float": "number", "string/date-time": "string",
		"*string": "string", "[]*string": "array<string>", "[]*int64": "array<integer>",
		"map[string]*string": "map", "map[string]interface{}": "map", "interface{}": "nil-type",
		"[]*CreateUserRequestTag": "array<object>", "*CreateUserRequestTag": "object", "float64": "number",
		// a pointer to a type word is that type; to another exported name, a struct (the
		// Elasticsearch SDK's shared models: "*Logstash")
		"*String": "string", "*Struct": "object", "*Logstash": "object", "[]*Logstash": "array<object>",
	} {
		s, ok := docSchema(in)
		if !ok || typeName(s) != want {
			t.Errorf("docSchema(%q) = %s %v, want %s", in, typeName(s), ok, want)
		}
	}
	for in, want := range map[string]string{
		// other languages' and SQL's words, with the width their values need
		"Short": "integer/int32", "Byte": "integer/int32", "int16": "integer/int32", "uint32": "integer/int64",
		"uint64": "integer", "bigint": "integer/int64", "decimal": "number", "BigDecimal": "number",
		"Long/Integer": "integer/int64", "Integer/Long": "integer/int64",
		"byte[]": "string/byte", "Byte[]": "string/byte", "[]byte": "string/byte",
		"JSONObject": "object", "Dict": "object", "Hash": "object", "HashMap": "map",
		// generic lists in any bracket, postfix lists; JSON arrays leave the items to the page
		"Array(String)": "array<string>", "List[String]": "array<string>", "Array[Object]": "array<object>",
		"array[string]": "array<string>", "Set<String>": "array<string>", "Set<Tag>": "array<object>",
		"String Array": "array<string>", "Integer array": "array<integer/int32>", "object array": "array<object>",
		"Json Array": "array<nil>", "JSONArray": "array<nil>", "List of String": "array<string>",
	} {
		s, ok := docSchema(in)
		if got := typeFormat(s); !ok || got != want || s.DocType != in {
			t.Errorf("docSchema(%q) = %s %v (doc type %q), want %s", in, got, ok, s.DocType, want)
		}
		if !page.IsType(in) {
			t.Errorf("docSchema reads %q, page.IsType does not: the readers would not take its row", in)
		}
	}
	for _, in := range []string{"Set", "Tag Array"} {
		// "Set" ends many names ("IpAddressSetType"); "Tag Array" is no type word's list
		if s, ok := docSchema(in); ok || page.IsType(in) {
			t.Errorf("docSchema(%q) = %s %v, IsType %v: want unknown", in, typeName(s), ok, page.IsType(in))
		}
	}
	p := &page.Page{File: "f.md", Title: "Things", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"priority", "Integre", "No", "The priority.", "1"},
			[]string{"Configuration.N", "Configuration", "No", "The configurations.", ""},
			[]string{"mode", "Mode", "No", "The mode.", "a"},
			[]string{"source", "Struts", "No", "The source (an object: rows after it would be its fields).", ""},
		)),
	}}
	op, res := mustOp(t, p)
	got := map[string]string{}
	for _, p := range op.Params {
		got[p.Name] = typeName(p.Schema)
	}
	want := map[string]string{"source": "object", "priority": "integer", "Configuration": "array<object>", "mode": "string"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("types (-want +got):\n%s", d)
	}
	for _, w := range []string{`"Struts"; read as struct,`, `"Integre"; read as integer`, `"Configuration", which names no known type; read as a struct`, `"Mode"; treating it as string`} {
		if !hasWarning(res, w) {
			t.Errorf("no warning %q in %v", w, res.Warnings)
		}
	}
}

// TestTypeVocabularyAgrees: a word is a type to the readers (page.IsType) exactly when the
// extraction maps it to a schema (docSchema), for every word of the vocabulary and the
// forms pages write. Before one reading (page.ReadType) served both, they disagreed on
// "Str", "Text", "Enum", "String数组", "KeyVersion的数组", "Array<Tag>", "*CreateUserRequestTag",
// "*Instance", "List<String\\>" and "Array  of String".
func TestTypeVocabularyAgrees(t *testing.T) {
	for w, want := range pagetest.TypeVocabulary() {
		_, known := docSchema(w)
		if is := page.IsType(w); is != known || is != want {
			t.Errorf("%q: page.IsType %v, docSchema knows it %v; want %v", w, is, known, want)
		}
	}
}

func typeName(s *opspec.Schema) string {
	switch {
	case s == nil:
		return "nil"
	case s.Type == "array":
		return "array<" + typeName(s.Items) + ">"
	case s.Type == "object" && s.AdditionalProperties != nil:
		return "map"
	case s.Type == "":
		return "nil-type"
	}
	return s.Type
}

// typeFormat is typeName with the format of scalars ("integer/int64").
func typeFormat(s *opspec.Schema) string {
	if s != nil && s.Type == "array" {
		return "array<" + typeFormat(s.Items) + ">"
	}
	if n := typeName(s); s != nil && s.Format != "" {
		return n + "/" + s.Format
	}
	return typeName(s)
}

// TestListExampleCells: a List row whose example cell shows the list (or one element) is
// complete: the rows after it are its siblings. A legacy JSON wrapper whose list is a
// string ({"AddAccount": "[\"1\"]"}) still wraps it.
func TestListExampleCells(t *testing.T) {
	p := &page.Page{File: "f.md", Title: "DescribeThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"Tags", "Array", "Yes", "The tags.", `[{"key":"env","value":"IT"}]`},
			[]string{"ResourceType", "String", "Yes", "The resource type.", "INSTANCE"},
		)),
		sec(page.ResponseParams, "Response parameters", 10, tbl(11, respHeader,
			[]string{"InstanceTypes", "List", "The instance types.", `["d1", "d1ne"]`},
			[]string{"ZoneIds", "List", "The zones.", "cn-hangzhou-b"},
			[]string{"AddAccounts", "List", "The accounts.", `["1234"]`},
			[]string{"IoOptimized", "Boolean", "I/O optimized.", "true"},
			[]string{"SupportedValues", "List", "The actions.", `"SupportedValue": ["Stop", "AutoRecover"]`},
			[]string{"HostIdSets", "List", "The hosts.", `"HostIdSets": {"HostId": ["dh-1"]}`},
		)),
		sec(page.Examples, "Examples", 20, code(21, `{"AddAccounts": {"AddAccount": "[\"1234\"]"}, "IoOptimized": true}`)),
	}}
	op, res := mustOp(t, p)
	var got []string
	for _, p := range op.Params {
		got = append(got, p.Name+":"+typeName(p.Schema))
	}
	for _, p := range op.Response.Properties {
		got = append(got, p.Name+":"+typeName(p.Schema))
	}
	want := []string{"Tags:array<object>", "ResourceType:string", "InstanceTypes:array<string>", "ZoneIds:array<string>", "AddAccounts:object", "IoOptimized:boolean", "SupportedValues:object", "HostIdSets:object"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("fields (-want +got):\n%s\nwarnings %v", d, res.Warnings)
	}
	if tags := op.Params[0].Schema.Items; names(tags) != "key,value" {
		t.Errorf("Tags[] = %s, want the example's fields", names(tags))
	}
	for i, key := range map[int]string{4: "SupportedValue", 5: "HostId"} {
		if w := op.Response.Properties[i].Schema; names(w) != key || typeName(w.Properties[0].Schema) != "array<string>" {
			t.Errorf("%s = %+v, want the wrapper the example cell shows", op.Response.Properties[i].Name, w)
		}
	}
	if acc := op.Response.Properties[2].Schema; names(acc) != "AddAccount" || typeName(acc.Properties[0].Schema) != "array<string>" {
		t.Errorf("AddAccounts = %+v", acc)
	}
}

// TestStructDefinitionTable: a request row typed with its own struct name and a later table
// introduced as that struct's definition: the table's rows are the row's fields.
func TestStructDefinitionTable(t *testing.T) {
	p := &page.Page{File: "f.md", Title: "ModifyThings", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3,
			tbl(4, reqHeader,
				[]string{"RegionId", "String", "Yes", "The region.", "cn-hangzhou"},
				[]string{"Configuration.N", "Configuration", "Yes", "The configurations.", ""},
				[]string{"DryRun", "Boolean", "No", "Check only.", "false"},
			),
			para(9, "The following table describes the parameters of the Configuration data type."),
			tbl(10, reqHeader,
				[]string{"InstanceType", "String", "Yes", "The instance type.", "ecs.g5.large"},
				[]string{"Scope", "String", "No", "The scope.", "Region"},
			),
		),
	}}
	op, res := mustOp(t, p)
	var got []string
	for _, p := range op.Params {
		got = append(got, p.Name+":"+typeName(p.Schema))
	}
	if d := cmp.Diff([]string{"RegionId:string", "Configuration:array<object>", "DryRun:boolean"}, got); d != "" {
		t.Fatalf("params (-want +got):\n%s\nwarnings %v", d, res.Warnings)
	}
	if c := op.Params[1].Schema.Items; names(c) != "InstanceType,Scope" || !c.Properties[0].Required {
		t.Errorf("Configuration[] = %+v", c)
	}
}
