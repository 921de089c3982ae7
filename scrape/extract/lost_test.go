package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// Parameter rows swallowed by a RAM table are named when they are dropped.
func TestRAMRowsNamed(t *testing.T) {
	ramHeader := []string{"Action", "Access level", "Resource type", "Condition key", "Dependent action"}
	p := &page.Page{File: "f.txt", Title: "CreateUser", TitleLine: 1, Sections: []*page.Section{
		sec(page.RAMAuth, "RAM authorization", 3, tbl(4, ramHeader,
			[]string{"eiam:CreateUser", "create", "*User", "None", "None"},
			[]string{"InstanceId", "string", "Yes", "Xxxx.", "idaas_ue2jvisn35ea5lmthk267xxxxx"})),
	}}
	_, res := mustOp(t, p)
	var drops []string
	for _, w := range res.Warnings {
		if w.Kind == page.Drop {
			drops = append(drops, w.String())
		}
	}
	want := "f.txt:6: parameters InstanceId dropped: RAM row has no action of the form service:Operation; row skipped"
	if len(drops) != 1 || drops[0] != want {
		t.Errorf("drops %q, want %q", drops, want)
	}
}

// A row whose name the site hid is dropped with what it still shows.
func TestUnnamedRowDescribed(t *testing.T) {
	p := &page.Page{File: "f.txt", Title: "CreateUser", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"InstanceId", "string", "Yes", "Xxxx.", "idaas_1"},
			[]string{"", "string", "No", "Xxxx.", "a****@example.com"})),
	}}
	_, res := mustOp(t, p)
	want := `f.txt:6: request parameter row has no name (the site hides e-mail-like names); row skipped (string, example "a****@example.com")`
	for _, w := range res.Warnings {
		if w.Kind == page.Drop && w.String() == want {
			return
		}
	}
	t.Errorf("no warning %q in %v", want, res.Warnings)
}

// The safety net: a row that the tree did not place, under its name or as the items of the
// array row before it, is named in a drop warning.
func TestAccountRows(t *testing.T) {
	x := &extractor{p: &page.Page{File: "f.md"}, res: &Result{}}
	str := func() *opspec.Schema { return &opspec.Schema{Type: "string"} }
	addrs := &opspec.Schema{Type: "array", Items: str()}
	swallowed := str()
	tags := &opspec.Schema{Type: "array", Items: swallowed}
	root := &opspec.Schema{Type: "object", Properties: []*opspec.Property{
		{Name: "RequestId", Schema: str()}, {Name: "EgressAddresses", Schema: addrs}, {Name: "Tags", Schema: tags},
	}}
	fields := []field{
		{name: "RequestId", line: 10, schema: root.Properties[0].Schema},
		{name: "EgressAddresses", line: 11, schema: addrs},
		{name: "EgressAddress", line: 12, schema: addrs.Items}, // its item row
		{name: "Tags", line: 13, schema: tags},
		{name: "ResourceGroupId", line: 14, schema: swallowed}, // taken for Tags' items
		{name: "Gone", line: 15, schema: str()},                // nowhere
		{name: "Hidden", line: 16, schema: str()},              // already warned
	}
	x.drop(16, "request parameter %q ...; row skipped", "Hidden")
	x.accountRows(fields, root, "response field")
	want := "f.md:14: response fields ResourceGroupId, Gone dropped: the tree could not place their rows"
	if got := x.res.Warnings[len(x.res.Warnings)-1]; got.Kind != page.Drop || got.String() != want {
		t.Errorf("got %s %q\nwant %q", got.Kind, got, want)
	}
}

// An unnamed scalar row right after a list of scalars is the list's item row, as the newer
// pages write it ("Ids | array<string>", then "| string | The ID."), not a row whose name
// the site hid: nothing is dropped, and the items take its description. A list of lists
// shows one such row per level ("Grid | array<array<string>>", "| array<string>", "|
// string"): the innermost is the inner list's item row.
func TestScalarItemRowAfterTypedList(t *testing.T) {
	for _, c := range []struct {
		list  []string
		items []string // the descriptions of the item rows, outermost first
	}{
		{[]string{"Ids", "array<string>"}, []string{"The ID."}},
		{[]string{"Grid", "array<array<string>>"}, []string{"A row.", "A cell."}},
	} {
		rows := [][]string{{"InstanceId", "string", "Yes", "Xxxx.", "idaas_1"}, {c.list[0], c.list[1], "No", "The list.", ""}}
		for k, d := range c.items {
			typ := "string"
			if k < len(c.items)-1 {
				typ = "array<string>"
			}
			rows = append(rows, []string{"", typ, "No", d, ""})
		}
		rows = append(rows, []string{"Name", "string", "No", "Xxxx.", "a"})
		p := &page.Page{File: "f.txt", Title: "CreateUser", TitleLine: 1, Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader, rows...)),
		}}
		op, res := mustOp(t, p)
		for _, w := range res.Warnings {
			if w.Kind == page.Drop {
				t.Errorf("%s: drop warning: %s", c.list[0], w)
			}
		}
		var got []string
		for _, prm := range op.Params {
			got = append(got, prm.Name)
			if prm.Name != c.list[0] {
				continue
			}
			items := prm.Schema.Items
			for _, d := range c.items {
				if items == nil || items.Description != d {
					t.Errorf("%s: items = %+v, want description %q", c.list[0], items, d)
					break
				}
				items = items.Items
			}
		}
		if want := "InstanceId," + c.list[0] + ",Name"; strings.Join(got, ",") != want {
			t.Errorf("params %v, want %s", got, want)
		}
	}
}
