package scrape

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
)

// extractBytes reads and extracts one page given as text.
func extractBytes(t *testing.T, file, src string) *extract.Result {
	t.Helper()
	r, err := builtinFormats().readerFor(file, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Read(file, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	res, err := extract.Page(p)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func groupsOf(res *extract.Result) string {
	if res.Overview == nil {
		return "no overview"
	}
	return fmt.Sprint(res.Overview.Groups)
}

// cellsOverview opens a cell-per-line overview dump: title, product line, header.
const cellsOverview = "List of operations by function\n\nThe OpenAPI specification of this product (Demo/2022-02-25) follows the ROA standard.\n\n" +
	"Category\n\nOperation\n\nDescription\n\n"

// Overview page shapes, each cut to a few rows from a real page with the prose masked.
func TestOverviewShapes(t *testing.T) {
	cases := []struct {
		name, file, src string
		ops             []string
		groups          string
		warns           []string // names the warnings must give
	}{{
		// The title is the only list heading; category subheadings; an "Operation" column of
		// links whose targets hold parentheses.
		name: "title heading, category subheadings", file: "overview.md",
		src: "# List of operations by function\n\nXxx xxxxxxxxx xxxxxx.\n\n## Users\n\n|Operation|Description|\n|---------|-----------|\n" +
			"|[CreateUser](/API Reference (IMS)/Users/CreateUser.md)|Xxxxxxx.|\n|[GetUser](/API Reference (IMS)/Users/GetUser.md)|Xxxxxxx.|\n\n" +
			"## Security settings \\(beta\\)\n\n|Operation|Description|\n|---------|-----------|\n|[GetDefaultDomain](/API Reference (IMS)/Security/GetDefaultDomain.md)|Xxxxxxx.|\n",
		ops:    []string{"CreateUser", "GetUser", "GetDefaultDomain"},
		groups: "[{Users [CreateUser GetUser]} {Security settings (beta) [GetDefaultDomain]}]",
	}, {
		// A Category cell spans the rows below it: those rows lack their first cell.
		name: "category column spanning rows", file: "overview.md",
		src: "# List of operations by function\n\n## Clusters\n\n|Category|Operation|Description|\n|--------|---------|-----------|\n" +
			"|Cluster management|[createInstance](/a/createInstance.md)|Xxxxxxx.|\n|[ListInstance](/a/ListInstance.md)|Xxxxxxx xxx.|\n" +
			"|Tag management|[ListTags](/a/ListTags.md)|Xxxxxxx.|\n|[TagResources](/a/TagResources.md)|Xxxxxxx.|\n",
		ops:    []string{"createInstance", "ListInstance", "ListTags", "TagResources"},
		groups: "[{Cluster management [createInstance ListInstance]} {Tag management [ListTags TagResources]}]",
	}, {
		// A Category column after the operation column: the header names it, while a
		// guess by position would take none (the first column holds the operations).
		name: "category column after the operation column", file: "overview.md",
		src: "# List of operations by function\n\n## Clusters\n\n|Operation|Category|Description|\n|---------|--------|-----------|\n" +
			"|[CreateUser](/a/CreateUser.md)|Users|Xxxxxxx.|\n|[ListUsers](/a/ListUsers.md)|Users|Xxxxxxx.|\n" +
			"|[ListTags](/a/ListTags.md)|Tags|Xxxxxxx.|\n",
		ops:    []string{"CreateUser", "ListUsers", "ListTags"},
		groups: "[{Users [CreateUser ListUsers]} {Tags [ListTags]}]",
	}, {
		// A pipe-row text dump: no list heading, category lines before each table, product
		// and version on a line of their own, the style in the next paragraph.
		name: "pipe-row dump without a list heading", file: "overview.txt",
		src: "URL: https://example.com/help/en/api-demo-2022-02-25-overview\n\nThis product(\nDemo/2022-02-25\n) OpenAPI adopts ROA Signature style. Xxx xxxx.\n" +
			"OIDC API\nAPI | Title | Description |\n---|---|---|\nGenerateToken | GenerateToken | Xxxxxxx. |\nRevokeToken | RevokeToken | Xxxxxxx. |\n" +
			"Organization\nAPI | Title | Description |\n---|---|---|\nGetOrganizationalUnit | GetOrganizationalUnit | Xxxxxxx. |\n",
		ops:    []string{"GenerateToken", "RevokeToken", "GetOrganizationalUnit"},
		groups: "[{OIDC API [GenerateToken RevokeToken]} {Organization [GetOrganizationalUnit]}]",
	}, {
		// A pipe dump: a lone "|" opens each header, one row per line.
		name: "pipe dump without a list heading", file: "overview.txt",
		src: "API standard\nThe OpenAPI specification of this product (Demo/2022-02-25) follows the ROA standard. Xxx.\n" +
			"User\n|\nAPI |\nTitle |\nDescription |\n| CreateUser | CreateUser | Xxxxxxx. |\n| PatchUser | PatchUser | Xxxxxxx. |\n",
		ops:    []string{"CreateUser", "PatchUser"},
		groups: "[{User [CreateUser PatchUser]}]",
	}, {
		// HTML: the title heading, category headings, a category cell spanning two rows.
		name: "html", file: "overview.html",
		src: "<!DOCTYPE html><html><head><title>List of operations by function</title></head><body><main>" +
			"<h1>List of operations by function</h1><h2>Instances</h2><table><tr><th>Operation</th><th>Description</th></tr>" +
			"<tr><td><a href=\"/a\">GetInstance</a></td><td>Xxxx.</td></tr></table><h2>Users</h2>" +
			"<table><tr><th>Category</th><th>Operation</th><th>Description</th></tr>" +
			"<tr><td rowspan=\"2\">Basic</td><td><a href=\"/b\">GetUser</a></td><td>Xxxx.</td></tr>" +
			"<tr><td><a href=\"/c\">ListUsers</a></td><td>Xxxx.</td></tr></table></main></body></html>",
		ops:    []string{"GetInstance", "GetUser", "ListUsers"},
		groups: "[{Instances [GetInstance]} {Basic [GetUser ListUsers]}]",
	}, {
		// Operations listed as a bullet list of links under category headings, not a table.
		name: "bullet list of links", file: "overview.md",
		src: "# API overview\n\n## Users\n\n- [CreateUser](/API Reference (IMS)/CreateUser.md): Xxxxxxx.\n- [GetUser](/a/GetUser.md) - Xxxxxxx.\n\n" +
			"## Groups\n\n* `ListGroups`\n* Note that xxxx.\n",
		ops:    []string{"CreateUser", "GetUser", "ListGroups"},
		groups: "[{Users [CreateUser GetUser]} {Groups [ListGroups]}]",
	}, {
		// A pipe-row dump of a table whose category cell spans rows: the short rows run on
		// until a row that starts the next category, and a category line captions the next
		// table.
		name: "pipe-row dump, spanning category", file: "overview.txt",
		src: "This product(\nDemo/2022-02-25\n) OpenAPI adopts ROA Signature style. Xxx xxxx.\nClusters\nCategory | API | Description |\n---|---|---|\n" +
			"Basic | CreateCluster | Xxxxxxx. |\nDeleteCluster | Xxxxxxx. |\nTags | TagResources | Xxxxxxx. |\nUntagResources | Xxxxxxx. |\n" +
			"Nodes\nCategory | API | Description |\n---|---|---|\nBasic | ListNodes | Xxxxxxx. |\n",
		ops:    []string{"CreateCluster", "DeleteCluster", "TagResources", "UntagResources", "ListNodes"},
		groups: "[{Basic [CreateCluster DeleteCluster]} {Tags [TagResources UntagResources]} {Basic [ListNodes]}]",
	}, {
		// A cell-per-line dump of a table whose category cell spans rows: a row under the
		// span has a line fewer; a category spans one row; a row has no description.
		name: "cells dump, spanning category", file: "overview.txt",
		src: cellsOverview + "Basic\n\nCreateCluster\n\nXxxxxxx.\n\nDeleteCluster\n\nXxxxxxx.\n\nTags\n\nTagResources\n\nXxxxxxx.\n\n" +
			"Nodes\n\nListNodes\n\nScaleNodes\n\nXxxxxxx xxx.\n\nXxx xxxx xxxxxx.\n",
		ops:    []string{"CreateCluster", "DeleteCluster", "TagResources", "ListNodes", "ScaleNodes"},
		groups: "[{Basic [CreateCluster DeleteCluster]} {Tags [TagResources]} {Nodes [ListNodes ScaleNodes]}]",
		warns:  []string{"ListNodes"}, // its description is missing
	}, {
		// A cell-per-line dump where the lines between two operations fit no row (a
		// description and a category have room; there are three lines): the table ends there
		// and each operation after it is warned by name.
		name: "cells dump, lines that fit no row", file: "overview.txt",
		src:    cellsOverview + "Basic\n\nCreateCluster\n\nXxxxxxx.\n\nXxx xxxx.\n\nNodes\n\nListNodes\n\nXxxxxxx.\n\nScaleNodes\n\nXxxxxxx.\n",
		ops:    []string{"CreateCluster"},
		groups: "[{Basic [CreateCluster]}]",
		warns:  []string{"ListNodes", "ScaleNodes"},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := extractBytes(t, c.file, c.src)
			if got := overviewNames(res); !slices.Equal(got, c.ops) {
				t.Errorf("operations %v, want %v", got, c.ops)
			}
			if got := groupsOf(res); got != c.groups {
				t.Errorf("groups %s\nwant %s", got, c.groups)
			}
			for _, name := range c.warns {
				if !warnsAbout(res.Warnings, name) {
					t.Errorf("no warning names %s: %v", name, res.Warnings)
				}
				// an operation the overview names but does not list is lost: a drop
				if lost := !slices.Contains(c.ops, name); lost && !warnsAbout(kindOf(res.Warnings, page.Drop), name) {
					t.Errorf("%s is not listed but no drop warning names it: %v", name, res.Warnings)
				}
			}
			if c.file == "overview.txt" && (!strings.EqualFold(res.Product, "Demo") || res.Version != "2022-02-25" || res.Style != "ROA") {
				t.Errorf("product %q version %q style %q", res.Product, res.Version, res.Style)
			}
		})
	}
}
