package scrape

import "testing"

// TestSilentMisses checks the truth tests' measure of silence: a field the page shows but
// the spec misses or types wrongly counts as silent unless a drop or guess warning names it
// or its parent. Here Extra, named only in prose, is missed with no warning (silent), and
// Count, listed without a type, is typed string by a guess that names it (not silent).
func TestSilentMisses(t *testing.T) {
	const md = `# GetThing

Gets a thing.

## Request parameters

|Parameter|Type|Required|Description|Example|
|---|---|---|---|---|
|Name|String|Yes|The name; see also Extra. |n|

## Response parameters

|Parameter|Type|Description|Example|
|---|---|---|---|
|RequestId|String|The request ID. |r|
|Count| |The count. | |
`
	r := &accRecord{Product: "svc", Version: "2020-01-01", Operation: "GetThing", Style: "RPC",
		Request:  []accNode{{Name: "Name", DocType: "string", Required: true}, {Name: "Extra", DocType: "string"}},
		Response: []accNode{{Name: "RequestId", DocType: "string"}, {Name: "Count", DocType: "integer"}}}
	p := accPage{File: "GetThing.md", Product: r.Product, Version: r.Version, Operation: r.Operation, Lang: "en"}
	var c accCount
	scorePage(t, p.File, []byte(md), p, r, &c)
	if c.ok != 1 || c.vis != 4 || c.hit != 3 || c.typeOK != 2 {
		t.Fatalf("ok %d visible %d found %d typed right %d, want 1 4 3 2", c.ok, c.vis, c.hit, c.typeOK)
	}
	if c.guess == 0 || c.silent != 1 {
		t.Errorf("guess warnings %d, silent %d; want some guess (Count's type) and 1 silent (Extra)", c.guess, c.silent)
	}
}

// TestSilentMissesGoTypes: a truth type the SDK wrote as a Go type (goDocType) counts wrong
// by score.py's type_ok whatever the spec says, but a field read as what it means (a list of
// free-form objects for []map[string]interface{}) is no silent miss; one read otherwise (a
// string for []interface{}) still is. Before, both were silent, and a shape that read such a
// field right with no warning counted one silent miss more than a convention that misread
// the rows after it under a guess naming it.
func TestSilentMissesGoTypes(t *testing.T) {
	const md = `# GetThing

Gets a thing.

## Response parameters

|Parameter|Type|Description|Example|
|---|---|---|---|
|RequestId|String|The request ID. |r|
|Values|String|The values. |v|
|Configs|Array of Object|The configs. | |
`
	r := &accRecord{Product: "svc", Version: "2020-01-01", Operation: "GetThing", Style: "RPC",
		Response: []accNode{{Name: "RequestId", DocType: "string"}, {Name: "Configs", DocType: "[]map[string]interface{}"},
			{Name: "Values", DocType: "[]interface{}"}}}
	p := accPage{File: "GetThing.md", Product: r.Product, Version: r.Version, Operation: r.Operation, Lang: "en"}
	var c accCount
	scorePage(t, p.File, []byte(md), p, r, &c)
	if c.ok != 1 || c.vis != 3 || c.hit != 3 || c.typeOK != 1 {
		t.Fatalf("ok %d visible %d found %d typed right %d, want 1 3 3 1", c.ok, c.vis, c.hit, c.typeOK)
	}
	if c.silent != 1 {
		t.Errorf("silent %d; want 1 (Values)", c.silent)
	}
}
