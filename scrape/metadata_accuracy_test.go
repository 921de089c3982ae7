package scrape

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

// TestMetadataAccuracy imports the official metadata (../shared/corpus/metadata, June 2024)
// of the seven products with SDK truth: ECS, KMS, IMS and Elasticsearch scored against
// ../shared/corpus/products/truth/all.json; EIAM, Eiam-developerapi and RocketMQ against the
// SDK records of ../shared/corpus/text/truth.json (VPC's truth there comes from the metadata
// itself, so it is not scored). The rules are score.py's, without its page-visibility
// filter (the metadata shows every name): field recall (the truth's names at the same path),
// type (score.py's type_ok), required (truth required:true, top-level request fields) and
// location (top-level request fields). Truth names the SDK added after the snapshot
// (sdk_param_added after 2024-06) are counted apart: the metadata cannot have them.
// A truth path that the raw metadata does not have either (projected from the JSON by the
// same rules, without the importer) is drift, not the importer's loss: counted apart too
// (most are ECS's OwnerId,
// OwnerAccount, ResourceOwnerId and ResourceOwnerAccount, which the SDK has on nearly every
// request and the metadata never lists, and response fields added after the snapshot).
// Run with -v for the figures and the first misses (ACSGEN_MISSES=1 for all).
func TestMetadataAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 5 MB of metadata")
	}
	meta := goldentest.Shared(t, "corpus", "metadata")
	truths := map[string][]accRecord{}
	for _, f := range []string{"products/truth/all.json", "text/truth.json"} {
		var recs []accRecord
		if !readJSON(t, filepath.Join(goldentest.Shared(t, "corpus"), filepath.FromSlash(f)), &recs) {
			t.Skipf("no truth %s", f)
		}
		truths[f] = recs
	}
	sources := []struct{ product, dir, truth string }{
		{"ecs", "ecs/2014-05-26", "products/truth/all.json"},
		{"elasticsearch", "elasticsearch/2017-06-13", "products/truth/all.json"},
		{"ims", "ims/2019-08-15", "products/truth/all.json"},
		{"kms", "kms/2016-01-20", "products/truth/all.json"},
		{"eiam", "eiam/2021-12-01", "text/truth.json"},
		{"eiam-developerapi", "eiam-developerapi/2022-02-25", "text/truth.json"},
		{"rocketmq", "rocketmq/2022-08-01", "text/truth.json"},
	}
	var total mdCount
	for _, src := range sources {
		file := filepath.Join(meta, filepath.FromSlash(src.dir), "api-docs.json")
		if _, err := os.Stat(file); err != nil {
			t.Skipf("%s: %v", file, err)
		}
		s := New(Options{}, nil)
		if err := s.AddPath(file); err != nil {
			t.Fatal(err)
		}
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 {
			t.Fatalf("%s: %v (%d specs)", file, err, len(specs))
		}
		raw := mdRawNames(t, file)
		ops := map[string]*opspec.Operation{}
		for _, op := range specs[0].Operations {
			ops[strings.ToLower(op.Name)] = op
		}
		var c mdCount
		for _, r := range truths[src.truth] {
			if r.Product != src.product {
				continue
			}
			op := ops[strings.ToLower(r.Operation)]
			if op == nil {
				if r.Added > snapshot {
					c.opsNewer++
				} else {
					c.opsMissing = append(c.opsMissing, r.Operation)
				}
				continue
			}
			c.ops++
			scoreMetadataOp(&c, r, op, raw[op.Name])
		}
		t.Logf("%-17s %s", src.product, c)
		if len(c.reqDrift)+len(c.locDrift) > 0 && os.Getenv("ACSGEN_MISSES") != "" {
			t.Logf("    metadata/SDK disagree: %s", strings.Join(append(c.reqDrift, c.locDrift...), "; "))
		}
		if len(c.opsMissing) > 0 {
			t.Logf("    undated truth operations not in the metadata: %s", strings.Join(c.opsMissing, ", "))
		}
		for i, m := range c.misses {
			if i == 8 && os.Getenv("ACSGEN_MISSES") == "" {
				break
			}
			t.Logf("    %s", m)
		}
		total.add(c)
	}
	t.Logf("%-17s %s", "ALL", total)
	// Floors at the figures of June 2024 metadata against the current SDKs, a little under.
	if total.recall() < 99.5 || total.pct(total.typeOK, total.hit) < 99.5 ||
		total.pct(total.reqOK, total.reqN) < 99.5 || total.pct(total.locOK, total.locN) < 99.5 {
		t.Errorf("below 99.5%%: %s", total)
	}
	// style json parameters keep their structure (maps and objects sent as JSON text)
	if total.pct(total.typeOK, total.hit) < 99.9 {
		t.Errorf("type accuracy below 99.9%%: %s", total)
	}
}

type mdCount struct {
	ops                   int
	opsMissing            []string // truth operations the metadata lacks, not dated after the snapshot
	opsNewer              int      // truth operations the SDK added after the snapshot
	n, hit, newer         int      // truth nodes scored, found; SDK-only names dated after the snapshot
	absent                int      // truth names the operation's metadata names nowhere
	absentNames           []string
	reqDrift, locDrift    []string // required flags and locations where metadata and SDK disagree
	typeOK, reqN, reqOK   int
	locN, locOK, spurious int
	misses                []string
}

func (c *mdCount) add(o mdCount) {
	c.ops += o.ops
	c.opsMissing = append(c.opsMissing, o.opsMissing...)
	c.opsNewer += o.opsNewer
	c.n += o.n
	c.hit += o.hit
	c.newer += o.newer
	c.absent += o.absent
	c.reqDrift = append(c.reqDrift, o.reqDrift...)
	c.locDrift = append(c.locDrift, o.locDrift...)
	c.typeOK += o.typeOK
	c.reqN += o.reqN
	c.reqOK += o.reqOK
	c.locN += o.locN
	c.locOK += o.locOK
	c.spurious += o.spurious
}

func (c mdCount) pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func (c mdCount) recall() float64 { return c.pct(c.hit, c.n) }

func (c mdCount) String() string {
	return strings.TrimSpace(strings.Join([]string{
		sprintf("ops %d (truth ops not in metadata: %d dated after the snapshot, %d undated)", c.ops, c.opsNewer, len(c.opsMissing)),
		sprintf("fields %.2f%% %d/%d", c.recall(), c.hit, c.n),
		sprintf("type %.2f%%", c.pct(c.typeOK, c.hit)),
		sprintf("required %.2f%% %d/%d", c.pct(c.reqOK, c.reqN), c.reqOK, c.reqN),
		sprintf("in %.2f%% %d/%d", c.pct(c.locOK, c.locN), c.locOK, c.locN),
		sprintf("not in metadata: %d dated after the snapshot, %d undated", c.newer, c.absent),
		sprintf("spurious %d", c.spurious),
		sprintf("metadata/SDK disagree: %d required, %d in", len(c.reqDrift), len(c.locDrift)),
	}, " | "))
}

// mdMine is one node of the imported operation: type word, required, location.
type mdMine struct {
	typ      string
	required bool
	in       string
}

// snapshot is when the metadata was collected: truth names the SDK added later are not
// the metadata's to have.
const snapshot = "2024-06-30"

// mdRaw is what the raw metadata says of a field.
type mdRaw struct {
	required bool
	in       string
}

// scoreMetadataOp scores one operation. A bearer operation's Authorization header is a
// documented header parameter like any other (the runtime fills it from the client's token).
func scoreMetadataOp(c *mdCount, r accRecord, op *opspec.Operation, raw map[string]mdRaw) {
	req, resp := map[string]mdMine{}, map[string]mdMine{}
	for _, p := range op.Params {
		in := string(p.In)
		switch p.In {
		case opspec.InForm:
			in = "formData"
		case opspec.InWholeBody:
			in = "body" // the truth's whole-body node is a body node
		}
		mdFlatten(p.Name, p.Schema, p.Required, in, "", req, 0)
	}
	if op.Response != nil {
		for _, kid := range mdChildren(op.Response) {
			mdFlatten(kid.Name, kid.Schema, kid.Required, "", "", resp, 0)
		}
	}
	for _, side := range []struct {
		name  string
		tree  []accNode
		mine  map[string]mdMine
		isReq bool
	}{{"req", mdUnwrap(r.Request), req, true}, {"resp", r.Response, resp, false}} {
		names := map[string]bool{}
		var walk func(ns []accNode, prefix string, top bool)
		walk = func(ns []accNode, prefix string, top bool) {
			for _, n := range ns {
				path := prefix + n.Name
				names[n.Name] = true
				typ := n.DocType
				if typ == "" {
					typ = "any"
				}
				m, ok := side.mine[path]
				switch {
				case !ok && n.Added > snapshot:
					c.newer++
				case !ok && !rawHas(raw, side.name+":"+path):
					// the metadata has no field at this path: drift, not the importer's loss
					c.absent++
					c.absentNames = append(c.absentNames, sprintf("%s %s %s", r.Operation, side.name, path))
				case !ok:
					c.n++
					c.misses = append(c.misses, sprintf("%s %s %s: missing (%s)", r.Operation, side.name, path, typ))
				default:
					c.n++
					c.hit++
					if typeOK(typ, m.typ) {
						c.typeOK++
					} else {
						c.misses = append(c.misses, sprintf("%s %s %s: type %s, truth %s", r.Operation, side.name, path, m.typ, typ))
					}
					if side.isReq && top {
						rw := raw[side.name+":"+path]
						if n.Required && !m.required && !rw.required {
							// the metadata says optional too: drift
							c.reqDrift = append(c.reqDrift, sprintf("%s %s", r.Operation, path))
						} else if n.Required {
							c.reqN++
							if m.required {
								c.reqOK++
							} else {
								c.misses = append(c.misses, sprintf("%s %s: optional, truth required", r.Operation, path))
							}
						}
						wantIn := n.In
						if rw.in != "" && rw.in != n.In && m.in == mdIn(rw.in) {
							// the metadata says this location too: drift
							c.locDrift = append(c.locDrift, sprintf("%s %s: metadata %s, SDK %s", r.Operation, path, rw.in, n.In))
							wantIn = m.in
						}
						c.locN++
						if m.in == wantIn {
							c.locOK++
						} else {
							c.misses = append(c.misses, sprintf("%s %s: in %s, truth %s", r.Operation, path, m.in, n.In))
						}
					}
				}
				walk(n.Children, path+".", false)
			}
		}
		walk(side.tree, "", true)
		var paths []string
		for p := range side.mine {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		for _, p := range paths {
			if !names[p[strings.LastIndex(p, ".")+1:]] {
				c.spurious++
			}
		}
	}
}

// mdUnwrap is score.py's unwrap_whole_body, keeping a string body (the importer keeps it as
// the whole-body parameter named "body", which the truth's node matches).
func mdUnwrap(tree []accNode) []accNode {
	var out []accNode
	for _, n := range tree {
		switch {
		case n.WholeBody && len(n.Children) > 0:
			for _, k := range n.Children {
				k.In = "body"
				out = append(out, k)
			}
		case n.Name == "*":
		default:
			out = append(out, n)
		}
	}
	return out
}

// mdChildren are a schema's named children: its properties or its items' (score.py's
// schema_children).
func mdChildren(s *opspec.Schema) []*opspec.Property {
	for d := 0; s != nil && d < 20; d++ {
		if len(s.Properties) > 0 {
			return s.Properties
		}
		s = s.Items
	}
	return nil
}

func mdFlatten(name string, s *opspec.Schema, required bool, in, prefix string, out map[string]mdMine, depth int) {
	path := prefix + name
	out[path] = mdMine{typ: mdType(s), required: required, in: in}
	if depth > 20 {
		return
	}
	for _, kid := range mdChildren(s) {
		mdFlatten(kid.Name, kid.Schema, kid.Required, "", path+".", out, depth+1)
	}
}

// mdType is score.py's stype on the model.
func mdType(s *opspec.Schema) string {
	if s == nil {
		return "any"
	}
	switch s.Type {
	case "string":
		return "string"
	case "integer":
		switch s.Format {
		case "int64":
			return "long"
		case "int32":
			return "integer"
		}
		return "integer?"
	case "number":
		if s.Format == "float" || s.Format == "double" {
			return s.Format
		}
		return "number"
	case "boolean":
		return "boolean"
	case "array":
		return "array<" + mdType(s.Items) + ">"
	case "object":
		if s.AdditionalProperties != nil && len(s.Properties) == 0 {
			return "map"
		}
		return "object"
	}
	return "any"
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// mdRawNames projects, per operation of an api-docs.json, the raw metadata to field paths
// by score.py's rules, independently of the importer: parameters by name with their schema's
// children (properties, or array items' properties), a body parameter's object properties as
// top-level fields, the 200 response's children; $refs into components.schemas followed.
func mdRawNames(t *testing.T, file string) map[string]map[string]mdRaw {
	var doc struct {
		APIs       map[string]map[string]any `json:"apis"`
		Components struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	if !readJSON(t, file, &doc) {
		t.Fatalf("%s missing", file)
	}
	resolve := func(v any) map[string]any {
		m, _ := v.(map[string]any)
		for i := 0; i < 10 && m != nil; i++ {
			ref, ok := m["$ref"].(string)
			if !ok {
				break
			}
			m, _ = doc.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")].(map[string]any)
		}
		return m
	}
	var children func(v any, depth int) map[string]any
	children = func(v any, depth int) map[string]any {
		m := resolve(v)
		if m == nil || depth > 20 {
			return nil
		}
		if props, ok := m["properties"].(map[string]any); ok && len(props) > 0 {
			return props
		}
		if items, ok := m["items"]; ok {
			return children(items, depth+1)
		}
		return nil
	}
	var walk func(prefix string, v any, in string, out map[string]mdRaw, depth int)
	walk = func(prefix string, v any, in string, out map[string]mdRaw, depth int) {
		req, _ := resolve(v)["required"].(bool)
		out[prefix] = mdRaw{required: req, in: in}
		if depth > 20 {
			return
		}
		for k, kid := range children(v, 0) {
			walk(prefix+"."+k, kid, "", out, depth+1)
		}
	}
	out := map[string]map[string]mdRaw{}
	for name, api := range doc.APIs {
		m := map[string]mdRaw{}
		params, _ := api["params"].([]any)
		if params == nil {
			params, _ = api["parameters"].([]any)
		}
		for _, raw := range params {
			p, _ := raw.(map[string]any)
			pname, _ := p["name"].(string)
			if p["in"] == "body" {
				if kids := resolve(p["schema"])["properties"]; kids != nil {
					for k, kid := range kids.(map[string]any) {
						walk("req:"+k, kid, "body", m, 0)
					}
					continue
				}
				for k, kid := range children(p["schema"], 0) {
					walk("req:"+k, kid, "body", m, 0) // a whole array body: its items' fields
				}
			}
			in, _ := p["in"].(string)
			walk("req:"+pname, p["schema"], in, m, 0)
		}
		if resp, ok := api["responses"].(map[string]any); ok {
			if ok200, ok := resp["200"].(map[string]any); ok {
				for k, kid := range children(ok200["schema"], 0) {
					walk("resp:"+k, kid, "", m, 0)
				}
			}
		}
		out[name] = m
	}
	return out
}

func rawHas(raw map[string]mdRaw, path string) bool {
	_, ok := raw[path]
	return ok
}

// mdIn is the truth's word for a metadata location (formData stays formData).
func mdIn(in string) string { return in }
