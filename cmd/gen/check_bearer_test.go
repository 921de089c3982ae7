package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/crosscheck"
	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

// createGroupMetadata is the official metadata's form of the committed page
// specs/eiam-developerapi/pages/CreateGroup.txt: the bearer token is an Authorization
// header parameter of an Anonymous operation.
const createGroupMetadata = `{
  "info": {"style": "ROA", "product": "Eiam-developerapi", "version": "2022-02-25"},
  "apis": {
    "CreateGroup": {
      "summary": "Creates a group.",
      "path": "/v2/{instanceId}/{applicationId}/groups",
      "methods": ["post"],
      "security": [{"Anonymous": []}],
      "parameters": [
        {"name": "Authorization", "in": "header", "schema": {"type": "string", "required": true, "example": "Bearer AT8csE2seYxxxxxij"}},
        {"name": "instanceId", "in": "path", "schema": {"type": "string", "required": true}},
        {"name": "applicationId", "in": "path", "schema": {"type": "string", "required": true}},
        {"name": "body", "in": "body", "style": "json", "schema": {"type": "object", "properties": {
          "groupName": {"type": "string", "required": true},
          "groupExternalId": {"type": "string"}
        }}}
      ],
      "responses": {"200": {"schema": {"type": "object", "properties": {"groupId": {"type": "string"}}}}}
    }
  },
  "endpoints": []
}`

// TestCheckBearerHeaderAgrees: the page reader and the metadata reader give a bearer
// operation's Authorization header the same form (a required header parameter of a bearer
// operation), so gen check --against finds no difference between the committed page and
// its metadata form, where it used to report the header as "only on the page".
func TestCheckBearerHeaderAgrees(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	tmp := t.TempDir()
	page := filepath.Join(root, "specs", "eiam-developerapi", "pages", "CreateGroup.txt")
	meta := filepath.Join(tmp, "api-docs.json")
	if err := os.WriteFile(meta, []byte(createGroupMetadata), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{page, meta} {
		out := filepath.Join(tmp, filepath.Base(src)+".yaml")
		if code, _, stderr := runGen("scrape", "--product", "Eiam-developerapi", "--version", "2022-02-25", "-o", out, src); code != 0 {
			t.Fatalf("scrape %s: exit %d\n%s", src, code, stderr)
		}
		spec, err := opspec.LoadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		op := spec.Operation("CreateGroup")
		if op == nil {
			t.Fatalf("%s: no CreateGroup", src)
		}
		var auth []string
		for _, p := range op.Params {
			if strings.EqualFold(p.Name, "Authorization") {
				auth = append(auth, string(p.In)+" required="+strconv.FormatBool(p.Required))
			}
		}
		if spec.EffectiveAuth(op) != opspec.AuthBearer || strings.Join(auth, ",") != "header required=true" {
			t.Errorf("%s: auth %s, Authorization params %v; want bearer and one required header", filepath.Base(src), spec.EffectiveAuth(op), auth)
		}
	}
	code, stdout, stderr := runGen("check", "--format", "json", "--against", meta, page)
	var rep crosscheck.Report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s%s", code, err, stdout, stderr)
	}
	if code != 0 || rep.Compared != 1 || len(rep.Findings) != 0 {
		t.Errorf("exit %d, %d compared, findings %+v", code, rep.Compared, rep.Findings)
	}
}

// gen check prints the scraping warnings that drop or guess something (they explain
// differences: a dropped row is "missing on the page") and leaves info warnings counted only.
func TestCheckPrintsDropWarnings(t *testing.T) {
	tmp := t.TempDir()
	pg := "# CreateGroup\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|groupName|String|Yes|g|Xxxx.|\n|groupName|Integer|No|1|Xxxx.|\n\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|groupId|String|g-1|Xxxx.|\n\n## Examples\n\n```\n{\"groupId\": \"g-1\"}\n```\n"
	page := filepath.Join(tmp, "CreateGroup.md")
	meta := filepath.Join(tmp, "api-docs.json")
	if err := os.WriteFile(page, []byte(pg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(meta, []byte(createGroupMetadata), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := runGen("check", "--against", meta, page)
	if !strings.Contains(stderr, page+":8: drop: duplicate request parameter \"groupName\"") {
		t.Errorf("stderr lacks the drop warning:\n%s", stderr)
	}
}
