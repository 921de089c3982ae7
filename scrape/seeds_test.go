package scrape

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// repoRoot is the module root, two levels above this package's directory.
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// scrapeDir scrapes directories with options and returns the only spec and the warnings.
func scrapeDir(t *testing.T, opts Options, dirs ...string) (*opspec.Spec, []page.Warning) {
	t.Helper()
	var warns []page.Warning
	s := New(opts, func(w page.Warning) { warns = append(warns, w) })
	for _, d := range dirs {
		if err := s.AddPath(d); err != nil {
			t.Fatal(err)
		}
	}
	specs, err := s.Specs()
	if err != nil {
		t.Fatal(err)
	}
	if len(specs) != 1 {
		t.Fatalf("got %d specs", len(specs))
	}
	return specs[0], warns
}

// scrapeSource scrapes src as the only page of a directory, written under the file name
// file (its extension picks the reader).
func scrapeSource(t *testing.T, opts Options, file, src string) (*opspec.Spec, []page.Warning) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return scrapeDir(t, opts, dir)
}

func param(t *testing.T, op *opspec.Operation, name string) *opspec.Param {
	t.Helper()
	for _, p := range op.Params {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("%s has no parameter %s", op.Name, name)
	return nil
}

func prop(t *testing.T, s *opspec.Schema, path ...string) *opspec.Schema {
	t.Helper()
	for _, name := range path {
		if name == "[]" {
			if s.Items == nil {
				t.Fatalf("no items at %v", path)
			}
			s = s.Items
			continue
		}
		var next *opspec.Schema
		for _, p := range s.Properties {
			if p.Name == name {
				next = p.Schema
			}
		}
		if next == nil {
			t.Fatalf("no property %s in %v (have %v)", name, path, propNames(s))
		}
		s = next
	}
	return s
}

func propNames(s *opspec.Schema) []string {
	var out []string
	for _, p := range s.Properties {
		out = append(out, p.Name)
	}
	return out
}

// paramSig renders a parameter list as "name in type/format req" lines for exact comparison.
func paramSig(op *opspec.Operation) string {
	var b strings.Builder
	for _, p := range op.Params {
		req := "optional"
		if p.Required {
			req = "required"
		}
		b.WriteString(p.Name + " " + string(p.In) + " " + p.Schema.Type + "/" + p.Schema.Format + " " + req + "\n")
	}
	return b.String()
}

func TestSeedSpecsEiam(t *testing.T) {
	root := repoRoot(t)
	spec, _ := scrapeDir(t, Options{Product: "Eiam", Version: "2021-12-01"}, filepath.Join(root, "specs/eiam/pages"))
	if spec.Style != opspec.RPC || spec.Auth != opspec.AuthAK || spec.Title != "Identity as a Service" {
		t.Errorf("spec %s %s %q", spec.Style, spec.Auth, spec.Title)
	}
	ci := spec.Operation("CreateInstance")
	if got := paramSig(ci); got != "Description query string/ optional\n" {
		t.Errorf("CreateInstance params:\n%s", got)
	}
	if ci.Method != "POST" || ci.Path != "/" || ci.RAM == nil || len(ci.RAM.Actions) != 1 {
		t.Fatalf("CreateInstance %s %s RAM %+v", ci.Method, ci.Path, ci.RAM)
	}
	a := ci.RAM.Actions[0]
	if a.Action != "eiam:CreateInstance" || a.AccessLevel != "create" || len(a.Resources) != 1 ||
		a.Resources[0] != (opspec.RAMResource{Type: "Instance", Required: true, ARN: "acs:eiam:{#regionId}:{#accountId}:instance/*"}) ||
		len(a.ConditionKeys) != 0 || len(a.DependentActions) != 0 {
		t.Errorf("CreateInstance RAM %+v", a)
	}
	if ci.Source.LastUpdated != "2026-02-10" || ci.Source.File != "pages/CreateInstance.txt" {
		t.Errorf("source %+v", ci.Source)
	}

	gi := spec.Operation("GetInstance")
	if got := paramSig(gi); got != "InstanceId query string/ required\n" {
		t.Errorf("GetInstance params:\n%s", got)
	}
	r := gi.Response
	if got := strings.Join(propNames(r), ","); got != "RequestId,Instance" {
		t.Errorf("GetInstance response %s", got)
	}
	inst := prop(t, r, "Instance")
	if got := strings.Join(propNames(inst), ","); got != "InstanceId,CreateTime,Status,Description,DefaultEndpoint,EgressAddresses,DomainConfig" {
		t.Errorf("Instance fields %s", got)
	}
	if s := prop(t, inst, "DefaultEndpoint", "Endpoint"); s.Type != "string" {
		t.Errorf("Endpoint %+v", s)
	}
	if got := strings.Join(propNames(prop(t, inst, "DefaultEndpoint")), ","); got != "Endpoint,Status" {
		t.Errorf("DefaultEndpoint %s", got)
	}
	eg := prop(t, inst, "EgressAddresses")
	if eg.Type != "array" || eg.Items == nil || eg.Items.Type != "string" || len(eg.Items.Properties) != 0 {
		t.Errorf("EgressAddresses %+v", eg)
	}
	if got := strings.Join(propNames(prop(t, inst, "DomainConfig")), ","); got != "InitDomainAutoRedirectStatus,DefaultDomain,InitDomain" {
		t.Errorf("DomainConfig %s", got)
	}
	if ct := prop(t, inst, "CreateTime"); ct.Type != "integer" || ct.Format != "int64" || ct.DocType != "long" {
		t.Errorf("CreateTime %+v", ct)
	}
	if st := prop(t, inst, "Status"); len(st.Enum) != 2 || st.Enum[0].Value != "creating" || st.Enum[1].Value != "running" {
		t.Errorf("Status enum %+v", st.Enum)
	}
	if len(gi.Changes) != 1 || gi.Changes[0].Date != "2023-08-22" {
		t.Errorf("changes %+v", gi.Changes)
	}
	if !strings.Contains(gi.ResponseExample, `"EgressAddresses": [`) {
		t.Error("JSON example not kept verbatim")
	}

	ar := spec.Operation("CreateAuthorizationRule")
	want := "InstanceId query string/ required\nAuthorizationRuleName query string/ required\nProjectId query string/ required\n" +
		"AuthorizationResourceScope query string/ optional\nDescription query string/ optional\nClientToken query string/ required\n"
	if got := paramSig(ar); got != want {
		t.Errorf("CreateAuthorizationRule params:\n%s", got)
	}
	scope := param(t, ar, "AuthorizationResourceScope").Schema
	if len(scope.Enum) != 2 || scope.Enum[0].Value != "global" || scope.Enum[1].Value != "custom" ||
		!strings.HasPrefix(scope.Enum[0].Description, "all resources") {
		t.Errorf("scope enum %+v", scope.Enum)
	}
	if ar.RAM == nil || !ar.RAM.None {
		t.Errorf("RAM %+v", ar.RAM)
	}
}

func TestSeedSpecsRocketMQ(t *testing.T) {
	root := repoRoot(t)
	spec, _ := scrapeDir(t, Options{Product: "RocketMQ", Version: "2022-08-01"}, filepath.Join(root, "specs/rocketmq/pages"))
	op := spec.Operation("CreateInstanceAccount")
	if spec.Style != opspec.ROA || op.Method != "POST" || op.Path != "/instances/{instanceId}/accounts" {
		t.Fatalf("%s %s %s", spec.Style, op.Method, op.Path)
	}
	want := "instanceId path string/ required\npassword body string/ required\nusername body string/ required\n"
	if got := paramSig(op); got != want {
		t.Errorf("params:\n%s", got)
	}
	if got := strings.Join(propNames(op.Response), ","); got != "requestId,success,data,code,message,httpStatusCode,dynamicCode,dynamicMessage,accessDeniedDetail" {
		t.Errorf("response %s", got)
	}
	if a := op.RAM.Actions[0]; a.Action != "rocketmq:CreateInstanceAccount" || a.AccessLevel != "create" {
		t.Errorf("RAM %+v", a)
	}
}

// protocolOps reads the 51 operation names of research/protocol.md §5.1.
func protocolOps(t *testing.T) []string {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "..", "shared", "research", "protocol.md"))
	if err != nil {
		t.Skip("../shared/research/protocol.md not available")
	}
	re := regexp.MustCompile(`(?m)^\| \d+ \| ([A-Za-z]+) \| (GET|POST|PUT|PATCH|DELETE) \|`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		out = append(out, m[1])
	}
	return out
}

func TestSeedSpecsEiamDeveloperAPI(t *testing.T) {
	root := repoRoot(t)
	dir := filepath.Join(root, "specs/eiam-developerapi/pages")
	spec, _ := scrapeDir(t, Options{}, dir)
	if spec.Product != "Eiam-developerapi" || spec.Version != "2022-02-25" || spec.Style != opspec.ROA || spec.Auth != opspec.AuthBearer {
		t.Fatalf("spec %s %s %s %s", spec.Product, spec.Version, spec.Style, spec.Auth)
	}
	// The overview lists 47 operations; count the rows on the page itself.
	data, err := os.ReadFile(filepath.Join(dir, "overview.txt"))
	if err != nil {
		t.Fatal(err)
	}
	rows := regexp.MustCompile(`(?m)^\| ([A-Z][A-Za-z]+) \| `).FindAllStringSubmatch(string(data), -1)
	listed := map[string]bool{}
	for _, m := range rows {
		listed[m[1]] = true
	}
	if len(spec.Operations) != len(listed) || len(listed) != 47 {
		t.Errorf("spec has %d operations, page lists %d", len(spec.Operations), len(listed))
	}
	callable := 0
	for _, op := range spec.Operations {
		if !listed[op.Name] {
			t.Errorf("operation %s is not on the overview", op.Name)
		}
		if !op.OverviewOnly {
			callable++
		}
		if op.Summary == "" || op.Title == "" {
			t.Errorf("%s lacks title or summary", op.Name)
		}
	}
	if callable != 5 {
		t.Errorf("%d callable operations, want 5", callable)
	}
	// Every overview operation is one of the SDK's 51 (protocol.md §5.1).
	if all := protocolOps(t); len(all) > 0 {
		if len(all) != 51 {
			t.Fatalf("protocol.md lists %d operations", len(all))
		}
		known := map[string]bool{}
		for _, n := range all {
			known[n] = true
		}
		var missing []string
		for n := range listed {
			if !known[n] {
				t.Errorf("overview operation %s is not in protocol.md §5.1", n)
			}
		}
		for _, n := range all {
			if !listed[n] {
				missing = append(missing, n)
			}
		}
		sort.Strings(missing)
		if got := strings.Join(missing, ","); got != "CreateUserExclusiveCredential,GetOAuthAuthorizationSession,ObtainCredential,ObtainJwtAuthenticationToken" {
			t.Errorf("SDK operations missing from the overview: %s", got)
		}
	}
	cg := spec.Operation("CreateGroup")
	want := "Authorization header string/ required\ninstanceId path string/ required\napplicationId path string/ required\ngroupName body string/ required\ngroupExternalId body string/ optional\n"
	if got := paramSig(cg); got != want {
		t.Errorf("CreateGroup params:\n%s", got)
	}
	if cg.Auth != "" || spec.EffectiveAuth(cg) != opspec.AuthBearer {
		t.Errorf("CreateGroup auth %q", cg.Auth)
	}
	if gt := spec.Operation("GenerateToken"); gt.Auth != opspec.AuthAnonymous || param(t, gt, "grant_type").In != opspec.InQuery {
		t.Errorf("GenerateToken auth %q", gt.Auth)
	}
	pu := spec.Operation("PatchUser")
	if pu.Method != "PATCH" || pu.Response != nil {
		t.Errorf("PatchUser %s response %v", pu.Method, pu.Response)
	}
	if cf := param(t, pu, "customFields").Schema; cf.Type != "array" || strings.Join(propNames(cf.Items), ",") != "fieldName,fieldValue" {
		t.Errorf("customFields %+v", cf)
	}
	gu := spec.Operation("GetUser")
	if ou := prop(t, gu.Response, "organizationalUnits", "[]"); strings.Join(propNames(ou), ",") != "organizationalUnitId,organizationalUnitName,primary" {
		t.Errorf("GetUser organizationalUnits %v", propNames(ou))
	}
	lu := spec.Operation("ListUsers")
	if got := paramSig(lu); !strings.Contains(got, "pageNumber query integer/int64 optional") {
		t.Errorf("ListUsers params:\n%s", got)
	}
	if d := prop(t, lu.Response, "data", "[]"); len(d.Properties) != 6 {
		t.Errorf("ListUsers data[] %v", propNames(d))
	}
}
