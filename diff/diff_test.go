package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

const goldenDir = "../golden/diff"

func build(f fixture) (*opspec.Spec, *opspec.Spec) {
	mk := rpcSpec
	if f.roa {
		mk = roaSpec
	}
	b, r := mk(), mk()
	f.edit(b, r)
	return b, r
}

func sorted(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := append([]string{}, s...)
	sort.Strings(out)
	return slices.Compact(out)
}

func marshal(t *testing.T, s *opspec.Spec) []byte {
	t.Helper()
	data, err := opspec.Marshal(s, "yaml")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./diff -update)", err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestCheckFixtures runs each golden case twice: on the Go-built specs, and on the spec
// files serialized from them (so the diff is proven on what opspec.LoadFile gives back).
// Both must give exactly the hand-written set of change IDs, and the golden directory must
// hold exactly those serialized specs and IDs.
func TestCheckFixtures(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			b, r := build(f)
			dir := filepath.Join(goldenDir, f.name)
			want := sorted(f.want)
			goldentest.CompareDir(t, dir, map[string][]byte{
				"base.yaml": marshal(t, b),
				"rev.yaml":  marshal(t, r),
				"want.txt":  []byte(strings.Join(want, "\n") + "\n"),
			}, "", *update)
			if diff := cmp.Diff(want, Compare(b, r).IDs()); diff != "" {
				t.Errorf("in-memory specs: change IDs (-want +got):\n%s", diff)
			}
			lb, err := opspec.LoadFile(filepath.Join(dir, "base.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			lr, err := opspec.LoadFile(filepath.Join(dir, "rev.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			wantFile := readLines(t, filepath.Join(dir, "want.txt"))
			if diff := cmp.Diff(wantFile, Compare(lb, lr).IDs()); diff != "" {
				t.Errorf("spec files: change IDs (-want.txt +got):\n%s", diff)
			}
		})
	}
}

// TestEveryCheckHasFixture: a check without a golden case is untested.
func TestEveryCheckHasFixture(t *testing.T) {
	names := map[string]bool{}
	for _, f := range fixtures() {
		names[f.name] = true
	}
	for _, c := range Checks() {
		if !names[c.ID] {
			t.Errorf("check %s has no fixture named after it", c.ID)
		}
	}
}

// TestCheckTable: IDs unique, kebab-case, levels known; every emitted change is registered
// and carries the check's level and section.
func TestCheckTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range checkTable() {
		if seen[c.ID] {
			t.Errorf("duplicate check %s", c.ID)
		}
		seen[c.ID] = true
		if c.ID != strings.ToLower(c.ID) || strings.ContainsAny(c.ID, " _") {
			t.Errorf("check %s is not kebab-case", c.ID)
		}
		if c.Level.rank() == 0 || c.Summary == "" {
			t.Errorf("check %s: level %q, summary %q", c.ID, c.Level, c.Summary)
		}
	}
	idx := checkIndex()
	for _, f := range fixtures() {
		b, r := build(f)
		for _, ch := range Compare(b, r).Changes {
			c, ok := idx[ch.ID]
			if !ok {
				t.Errorf("%s: emitted unregistered ID %s", f.name, ch.ID)
				continue
			}
			if ch.Level != c.Level || ch.Section != c.Section {
				t.Errorf("%s: %s has level %s section %s, registered %s %s", f.name, ch.ID, ch.Level, ch.Section, c.Level, c.Section)
			}
			if ch.Text == "" || ch.Fingerprint == "" {
				t.Errorf("%s: %s has no text or fingerprint", f.name, ch.ID)
			}
		}
	}
}

func fixtureByName(t *testing.T, name string) fixture {
	for _, f := range fixtures() {
		if f.name == name {
			return f
		}
	}
	t.Fatalf("no fixture %s", name)
	return fixture{}
}

func only(t *testing.T, r Report, id string) Change {
	t.Helper()
	var found []Change
	for _, c := range r.Changes {
		if c.ID == id {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one %s, got %d in %v", id, len(found), r.IDs())
	}
	return found[0]
}

// TestBreaks pins the wire-versus-Go classification of the cases where they differ.
func TestBreaks(t *testing.T) {
	cases := []struct {
		fixture, id string
		want        Breaks
	}{
		// A wider request integer accepts every old value; the Go field type changes.
		{"request-parameter-integer-width-changed", "request-parameter-integer-width-changed", Breaks{Wire: false, Go: true}},
		// A wider response integer can overflow an old client's int32.
		{"response-property-integer-width-changed", "response-property-integer-width-changed", Breaks{Wire: true, Go: true}},
		// query -> form: strict servers reject it; the Go field stays.
		{"request-parameter-location-changed", "request-parameter-location-changed", Breaks{Wire: true, Go: false}},
		// integer -> string in a query string: "5" is still "5"; Go int32 -> string.
		{"request-parameter-type-changed", "request-parameter-type-changed", Breaks{Wire: false, Go: true}},
		// string -> integer in a JSON body: "alice" no longer decodes.
		{"request-parameter-type-changed-body", "request-parameter-type-changed", Breaks{Wire: true, Go: true}},
		// instanceId -> InstanceId: the wire name changes, the Go field name does not.
		{"request-parameter-renamed", "request-parameter-renamed", Breaks{Wire: true, Go: false}},
		{"request-parameter-renamed-similar", "request-parameter-renamed", Breaks{Wire: true, Go: true}},
		// A required string stays a string field when it becomes optional.
		{"request-parameter-became-optional", "request-parameter-became-optional", Breaks{}},
		{"ram-action-changed", "ram-action-changed", Breaks{Policy: true}},
	}
	for _, c := range cases {
		b, r := build(fixtureByName(t, c.fixture))
		got := only(t, Compare(b, r), c.id)
		if got.Breaks != c.want {
			t.Errorf("%s: %s breaks %+v, want %+v", c.fixture, c.id, got.Breaks, c.want)
		}
	}
	// A whole body: a number that becomes a text is the same bytes (a string is sent as it
	// is); a text that becomes a list is not.
	for _, tc := range []struct {
		from, to string
		wire     bool
	}{{"integer", "string", false}, {"string", "array", true}} {
		b, r := roaSpec(), roaSpec()
		whole := func(typ string) *opspec.Param {
			s := &opspec.Schema{Type: typ}
			if typ == "array" {
				s.Items = &opspec.Schema{Type: "string"}
			}
			return &opspec.Param{Name: "body", In: opspec.InWholeBody, Schema: s}
		}
		b.Operations[0].Params = append(b.Operations[0].Params, whole(tc.from))
		r.Operations[0].Params = append(r.Operations[0].Params, whole(tc.to))
		if got := only(t, Compare(b, r), "request-parameter-type-changed"); got.Breaks.Wire != tc.wire {
			t.Errorf("whole body %s -> %s: breaks %+v, want wire %v", tc.from, tc.to, got.Breaks, tc.wire)
		}
	}
	// A boolean that becomes required loses its pointer in Go (gen/client: optional bools
	// are *bool), so the Go code breaks too.
	b, r := rpcSpec(), rpcSpec()
	param(r, "GetInstance", "Verbose").Required = true
	if got := only(t, Compare(b, r), "request-parameter-became-required"); got.Breaks != (Breaks{Wire: true, Go: true}) {
		t.Errorf("bool became required: breaks %+v", got.Breaks)
	}
}

// TestProvenance: a change names its operation, the field path and both pages.
func TestProvenance(t *testing.T) {
	b, r := build(fixtureByName(t, "response-property-removed"))
	r.Operation("GetInstance").Source.LastUpdated = "2024-02-20"
	c := only(t, Compare(b, r), "response-property-removed")
	want := Change{
		ID: "response-property-removed", Level: Breaking, Operation: "GetInstance", Section: SectionResponse,
		Path:     "Instance.DefaultEndpoint.Endpoint",
		Text:     "response field Instance.DefaultEndpoint.Endpoint was removed",
		Breaks:   Breaks{Wire: true, Go: true},
		Base:     &Source{File: "pages/GetInstance.txt", URL: "https://help.example.com/eiam/GetInstance", LastUpdated: "2023-10-11"},
		Revision: &Source{File: "pages/GetInstance.txt", URL: "https://help.example.com/eiam/GetInstance", LastUpdated: "2024-02-20"},
	}
	c.Fingerprint = ""
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestOrderIndependent: the report does not depend on the order of operations,
// parameters, properties, RAM rows or error codes in the specs.
func TestOrderIndependent(t *testing.T) {
	b, r := formatSpecs()
	var want bytes.Buffer
	if err := Write(&want, Compare(b, r), "json"); err != nil {
		t.Fatal(err)
	}
	b2, r2 := formatSpecs()
	for _, s := range []*opspec.Spec{b2, r2} {
		slices.Reverse(s.Operations)
		for _, o := range s.Operations {
			slices.Reverse(o.Params)
			slices.Reverse(o.Errors)
			if o.Response != nil {
				slices.Reverse(o.Response.Properties)
			}
		}
	}
	var got bytes.Buffer
	if err := Write(&got, Compare(b2, r2), "json"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("report depends on input order (-want +got):\n%s", diff)
	}
}

func TestFailOn(t *testing.T) {
	info := Report{Changes: []Change{{Level: Info}}}
	warn := Report{Changes: []Change{{Level: Info}, {Level: Warning}}}
	brk := Report{Changes: []Change{{Level: Breaking}}}
	empty := Report{}
	cases := []struct {
		r    Report
		f    FailOn
		want bool
	}{
		{empty, FailOnAny, false}, {info, FailOnAny, true}, {info, FailOnWarning, false}, {warn, FailOnWarning, true},
		{warn, FailOnBreaking, false}, {brk, FailOnBreaking, true}, {brk, FailOnNone, false},
	}
	for i, c := range cases {
		if got := c.r.Fails(c.f); got != c.want {
			t.Errorf("case %d: Fails(%s) = %v", i, c.f, got)
		}
	}
	if _, err := ParseFailOn("sometimes"); err == nil {
		t.Error("ParseFailOn accepted a bad value")
	}
}

func TestRenameHeuristic(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"InstanceId", "instanceId", true},
		{"InstanceName", "InstanceNme", true},
		{"Verbose", "VerboseMode", true},
		{"Type", "Tag", false},
		{"MaxResults", "PageSize", false},
		{"Id", "Ids", true},
	}
	for _, c := range cases {
		if got := nameDistance(c.a, c.b) < 1<<30; got != c.want {
			t.Errorf("nameDistance(%s, %s) rename=%v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Two equally good candidates: no rename is guessed.
	s := func(n string) *opspec.Param { return &opspec.Param{Name: n, In: opspec.InQuery, Schema: str("")} }
	if got := pairRenames([]*opspec.Param{s("UserName")}, []*opspec.Param{s("UserNameA"), s("UserNameB")}); len(got) != 0 {
		t.Errorf("ambiguous rename paired: %v", got)
	}
	// Two independent renames are both found.
	x, y := s("UserName"), s("GroupName")
	got := pairRenames([]*opspec.Param{x, y}, []*opspec.Param{s("Username"), s("Groupname")})
	if len(got) != 2 || got[x].Name != "Username" || got[y].Name != "Groupname" {
		t.Errorf("independent renames: %v", got)
	}
}

// TestRenameBreaksGo: whether a rename breaks Go code follows gen/client's field names,
// not a case-insensitive comparison: UserName → Username renames the Go field.
func TestRenameBreaksGo(t *testing.T) {
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"instanceId", "InstanceId", false},
		{"instance-id", "InstanceId", false},
		{"Tag.N.Key", "Tag-N-Key", false},
		{"UserName", "Username", true},
		{"user_id", "userid", true},
		{"Verbose", "VerboseMode", true},
	} {
		b, r := rpcSpec(), rpcSpec()
		param(b, "GetInstance", "Verbose").Name = c.from
		param(r, "GetInstance", "Verbose").Name = c.to
		got := only(t, Compare(b, r), "request-parameter-renamed")
		if got.Breaks.Go != c.want {
			t.Errorf("%s → %s: breaks Go = %v, want %v", c.from, c.to, got.Breaks.Go, c.want)
		}
	}
}

// TestPagingFollowsOpspec: pagination is opspec's (Operation.Pagination), so a NextToken
// that moves into the JSON body still pages and only the move is reported.
func TestPagingFollowsOpspec(t *testing.T) {
	b, r := rpcSpec(), rpcSpec()
	param(r, "ListUsers", "NextToken").In = opspec.InBody
	if d := cmp.Diff([]string{"request-parameter-location-changed"}, Compare(b, r).IDs()); d != "" {
		t.Errorf("NextToken moved to the body (-want +got):\n%s", d)
	}
}

func TestNilSpecs(t *testing.T) {
	r := Compare(nil, rpcSpec())
	if len(r.Changes) == 0 {
		t.Fatal("nil base: no changes")
	}
	if got := Compare(nil, nil); len(got.Changes) != 0 {
		t.Errorf("nil vs nil: %v", got.IDs())
	}
}

// TestGoBreaksFromModels pins issue 12's two silent breaks on the diff side: an unrelated
// operation with a Status enum, and the value "0" documented for an optional integer enum.
// Neither may change a Go name or type now, so neither may report a Go break; and a Go
// difference the spec does not explain (a name taken by a new operation) is reported.
func TestGoBreaksFromModels(t *testing.T) {
	noGoBreak := func(t *testing.T, r Report, want ...string) {
		t.Helper()
		if d := cmp.Diff(sorted(want), r.IDs()); d != "" {
			t.Errorf("change IDs (-want +got):\n%s", d)
		}
		for _, c := range r.Changes {
			if c.Breaks.Go {
				t.Errorf("%s at %s breaks Go: %s", c.ID, c.Path, c.Text)
			}
		}
	}
	t.Run("unrelated operation with a Status enum", func(t *testing.T) {
		b, r := rpcSpec(), rpcSpec()
		r.Operations = append(r.Operations, &opspec.Operation{Name: "AddWidget", Method: "POST", Path: "/",
			Params:   []*opspec.Param{{Name: "Status", In: opspec.InQuery, Schema: enum("string", "on", "off")}},
			Response: obj(prop("Status", enum("string", "running", "stopped")))})
		noGoBreak(t, Compare(b, r), "api-added")
	})
	t.Run("value 0 documented", func(t *testing.T) {
		b, r := rpcSpec(), rpcSpec()
		param(b, "GetInstance", "Size").Schema = enum("integer", "1", "2")
		param(r, "GetInstance", "Size").Schema = enum("integer", "0", "1", "2")
		noGoBreak(t, Compare(b, r), "request-parameter-enum-value-added")
	})
	t.Run("a real Go break is reported", func(t *testing.T) {
		b, r := rpcSpec(), rpcSpec()
		param(r, "GetInstance", "Verbose").Required = true // *bool → bool
		c := only(t, Compare(b, r), "request-parameter-became-required")
		if !c.Breaks.Go {
			t.Errorf("optional *bool became required bool: Go break not reported")
		}
	})
	t.Run("a JSON-text string became a style json map", func(t *testing.T) {
		b, r := rpcSpec(), rpcSpec()
		param(b, "GetInstance", "Verbose").Schema = &opspec.Schema{Type: "string"}
		param(r, "GetInstance", "Verbose").Schema = &opspec.Schema{Type: "object", Style: opspec.JSONStyle, AdditionalProperties: &opspec.Schema{}}
		// the same JSON text goes on the wire; the Go field became a map
		c := only(t, Compare(b, r), "request-parameter-type-changed")
		if !c.Breaks.Go || c.Breaks.Wire {
			t.Errorf("string -> JSON text of a map: breaks %+v, want Go only (%s)", c.Breaks, c.Text)
		}
	})
}

// TestDefaultChangeGates: a changed request default fails a warning gate (a caller that
// leaves the value out gets other behaviour) but not a breaking one (code and requests stay
// valid).
func TestDefaultChangeGates(t *testing.T) {
	for _, f := range fixtures() {
		if f.name != "request-parameter-default-value-changed" {
			continue
		}
		b, r := build(f)
		rep := Compare(b, r)
		warn, _ := ParseFailOn("warning")
		brk, _ := ParseFailOn("breaking")
		if !rep.Fails(warn) || rep.Fails(brk) {
			t.Errorf("changed default: fails warning gate %v (want true), breaking gate %v (want false): %v", rep.Fails(warn), rep.Fails(brk), rep.IDs())
		}
		return
	}
	t.Fatal("no request-parameter-default-value-changed fixture")
}
