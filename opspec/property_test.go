package opspec

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoundTripRandom checks Load(Marshal(s)) == s for randomly generated valid specs, in
// both formats. The generator is seeded, so a failure names a reproducible seed.
func TestRoundTripRandom(t *testing.T) {
	n := *seeds
	if testing.Short() {
		n = 20
	}
	for seed := range uint64(n) {
		g := &gen{r: rand.New(rand.NewPCG(seed, 42))}
		want := g.spec()
		format := []string{"yaml", "json"}[seed%2]
		data, err := Marshal(want, format)
		if err != nil {
			t.Fatalf("seed %d: Marshal: %v", seed, err)
		}
		got, err := Load(data, fmt.Sprintf("seed-%d.%s", seed, format))
		if err != nil {
			t.Fatalf("seed %d: Load: %v\n%s", seed, err, data)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("seed %d (%s): round trip differs (-want +got):\n%s", seed, format, d)
		}
	}
}

var seeds = flag.Int("seeds", 150, "number of random specs TestRoundTripRandom checks")

type gen struct{ r *rand.Rand }

// Strings that trip YAML, JSON or OpenAPI tooling.
var nasty = []string{
	"", " ", "on", "off", "yes", "No", "null", "~", "true", "False", "0", "007", "1e3", "-0", "0x1F", "1.50",
	"- item", ": colon", "#hash", "a: b", "{x}", "[y]", "*/", "`tick`", "\"quoted\"", "'single'", "\\back",
	"line1\nline2", "trailing\n", "\n\nlead", "tab\there", "cr\r\nlf", " lead space", "trail space ",
	"nel\u0085x", "bom\ufeff", "中文说明", "ação", "emoji 🚀", "<b>&amp;</b>", "%41", "@at", "!tag", "&anchor", "|pipe", ">fold",
	"9007199254740993", "-12", "3.14", "{\"a\":1}",
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) text() string {
	if g.r.IntN(3) == 0 {
		return g.pick(nasty)
	}
	var b strings.Builder
	alphabet := []rune("aZ9 _-.:/{}\n\t\"'中ü🚀#&*")
	for range g.r.IntN(12) {
		b.WriteRune(alphabet[g.r.IntN(len(alphabet))])
	}
	return b.String()
}

func (g *gen) ident() string {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	b := []byte{letters[g.r.IntN(len(letters))]}
	for range g.r.IntN(8) {
		b = append(b, (letters + "0123456789_")[g.r.IntN(len(letters)+11)])
	}
	return string(b)
}

// name is usually an identifier, sometimes anything non-empty.
func (g *gen) name() string {
	if g.r.IntN(5) == 0 {
		if s := g.text(); s != "" {
			return s
		}
	}
	return g.ident()
}

func (g *gen) strs(max int) []string {
	var out []string
	for range g.r.IntN(max + 1) {
		out = append(out, g.text())
	}
	return out
}

func (g *gen) spec() *Spec {
	s := &Spec{
		Product: g.pick([]string{"Eiam", "RocketMQ", "Eiam-developerapi", "x"}),
		Version: g.pick([]string{"2021-12-01", "2022-08-01", "1.0"}),
		Style:   []Style{RPC, ROA}[g.r.IntN(2)],
		Auth:    []Auth{"", AuthAK, AuthBearer, AuthAnonymous}[g.r.IntN(4)],
		Title:   g.text(),
	}
	names := map[string]bool{}
	for range g.r.IntN(6) {
		n := g.name()
		if names[n] {
			continue
		}
		names[n] = true
		s.Operations = append(s.Operations, g.operation(n, s.Style))
	}
	SortOperations(s.Operations)
	for range g.r.IntN(3) {
		grp := Group{Name: g.text()}
		for n := range names {
			if g.r.IntN(2) == 0 {
				grp.Operations = append(grp.Operations, n)
			}
		}
		slices.Sort(grp.Operations)
		if g.r.IntN(4) == 0 {
			grp.Operations = append(grp.Operations, "NotAnOperation")
		}
		s.Groups = append(s.Groups, grp)
	}
	for i := range g.r.IntN(3) {
		s.Endpoints = append(s.Endpoints, Endpoint{Region: fmt.Sprintf("cn-r%d", i), Host: g.name() + ".aliyuncs.com"})
	}
	return s
}

func (g *gen) operation(name string, specStyle Style) *Operation {
	op := &Operation{
		Name: name, Title: g.text(), Summary: g.text(), Description: g.text(),
		Style:      []Style{"", RPC, ROA}[g.r.IntN(3)],
		Auth:       []Auth{"", AuthAK, AuthBearer, AuthAnonymous}[g.r.IntN(4)],
		Deprecated: g.r.IntN(5) == 0, OverviewOnly: g.r.IntN(8) == 0,
	}
	style := op.Style
	if style == "" {
		style = specStyle
	}
	var pathParams []string
	if style == RPC {
		op.Method, op.Path = g.pick([]string{"POST", "POST", "GET"}), "/"
	} else {
		op.Method = g.pick(httpMethods)
		segs := []string{""}
		for range g.r.IntN(4) {
			if g.r.IntN(2) == 0 {
				p := g.ident()
				if !slices.Contains(pathParams, p) {
					pathParams = append(pathParams, p)
					segs = append(segs, "{"+p+"}")
					continue
				}
			}
			segs = append(segs, g.pick([]string{"v2", "users", "a.b", "x-y", "%20", "中"}))
		}
		op.Path = strings.Join(segs, "/")
		if op.Path == "" {
			op.Path = "/"
		}
	}
	if op.OverviewOnly && g.r.IntN(2) == 0 {
		op.Method, op.Path, pathParams = "", "", nil
	}
	seen := map[string]bool{}
	for _, p := range pathParams {
		seen["path:"+p] = true
		op.Params = append(op.Params, &Param{Name: p, In: InPath, Required: g.r.IntN(4) != 0, Schema: g.schema(0)})
	}
	for range g.r.IntN(7) {
		p := &Param{Name: g.name(), In: []Location{InQuery, InHeader, InBody, InForm}[g.r.IntN(4)], Required: g.r.IntN(2) == 0, Schema: g.schema(0)}
		if seen[string(p.In)+":"+p.Name] {
			continue
		}
		seen[string(p.In)+":"+p.Name] = true
		op.Params = append(op.Params, p)
	}
	if style == ROA && g.r.IntN(4) == 0 {
		// the whole body is one value: no body or form fields beside it
		op.Params = slices.DeleteFunc(op.Params, func(p *Param) bool { return p.In == InBody || p.In == InForm })
		op.Params = append(op.Params, &Param{Name: g.name(), In: InWholeBody, Required: g.r.IntN(2) == 0, Schema: g.schema(0)})
	}
	g.r.Shuffle(len(op.Params), func(i, j int) { op.Params[i], op.Params[j] = op.Params[j], op.Params[i] })
	if g.r.IntN(3) > 0 {
		op.Response = g.object(0)
	}
	switch g.r.IntN(4) {
	case 1:
		op.ResponseExample = `{"RequestId": "x", "Data": {"n": 1}}`
	case 2:
		op.ResponseExample = g.text()
	case 3:
		op.ResponseExample = "{\n  \"a\": [1, 2.50, true, null]\n}"
	}
	switch g.r.IntN(3) {
	case 1:
		op.RAM = &RAM{None: true}
	case 2:
		op.RAM = &RAM{}
		for range g.r.IntN(3) {
			a := RAMAction{Action: g.text(), AccessLevel: g.text(), ConditionKeys: g.strs(2), DependentActions: g.strs(2)}
			for range g.r.IntN(3) {
				a.Resources = append(a.Resources, RAMResource{Type: g.text(), Required: g.r.IntN(2) == 0, ARN: g.text()})
			}
			op.RAM.Actions = append(op.RAM.Actions, a)
		}
	}
	for range g.r.IntN(3) {
		op.Errors = append(op.Errors, ErrorCode{HTTPStatus: g.r.IntN(600), Code: g.text(), Message: g.text(), Description: g.text()})
	}
	for range g.r.IntN(3) {
		op.Changes = append(op.Changes, Change{Date: g.text(), Summary: g.text()})
	}
	if g.r.IntN(2) == 0 {
		op.Source = Source{File: g.text(), URL: g.text(), LastUpdated: g.text(), Lang: g.text()}
	}
	return op
}

func (g *gen) schema(depth int) *Schema {
	if depth < 3 {
		switch g.r.IntN(6) {
		case 0:
			return g.object(depth)
		case 1:
			return &Schema{Type: "array", DocType: g.text(), Description: g.text(), Example: g.text(), Items: g.schema(depth + 1)}
		case 2:
			return &Schema{Type: "object", AdditionalProperties: g.schema(depth + 1), Example: g.text()}
		}
	}
	typ := g.pick([]string{"", "string", "integer", "number", "boolean"})
	s := &Schema{Type: typ, DocType: g.text(), Description: g.text(), Deprecated: g.r.IntN(6) == 0}
	switch typ {
	case "string":
		s.Format = g.pick([]string{"", "", "date-time", "date", "binary", "byte", "uri", "email", "uuid", "ipv4"})
	case "integer":
		s.Format = g.pick([]string{"", "int32", "int64"})
	case "number":
		s.Format = g.pick([]string{"", "float", "double"})
	}
	values := []string{"0", "1", "-5", "2.5", "true", "false", "007", "abc", "9007199254740993", "1e3", "4294967296",
		"2024-01-02T03:04:05Z", "2024-01-02", "not-a-date", "user@example.com", "http://x", "aGVsbG8=", g.text()}
	if g.r.IntN(2) == 0 {
		s.Example = g.pick(values)
	}
	if g.r.IntN(3) == 0 {
		for range 1 + g.r.IntN(4) {
			desc := ""
			if g.r.IntN(2) == 0 {
				desc = g.text()
			}
			s.Enum = append(s.Enum, EnumValue{Value: g.pick(values), Description: desc})
		}
	}
	return s
}

func (g *gen) object(depth int) *Schema {
	s := &Schema{Type: "object", DocType: g.text(), Description: g.text()}
	seen := map[string]bool{}
	for range g.r.IntN(5) {
		n := g.name()
		if seen[n] {
			continue
		}
		seen[n] = true
		s.Properties = append(s.Properties, &Property{Name: n, Required: g.r.IntN(2) == 0, Schema: g.schema(depth + 1)})
	}
	return s
}
