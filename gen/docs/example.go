package docs

import (
	"fmt"
	"go/format"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/acsgen/acsgen/opspec"
)

// goExample writes a short runnable program that calls the operation with the generated
// client (gen/client's shape: NewClient(opts...), Client.Op(ctx, *OpRequest)): required
// scalar parameters are filled with the page's examples; the other required ones are named
// in a comment pointing at the parameter table. The program is gofmt-formatted.
func goExample(pkg, importPath, method string, d OperationData) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"log\"\n")
	if d.Auth == opspec.AuthBearer {
		b.WriteString("\t\"os\"\n")
	}
	alias := ""
	if path.Base(importPath) != pkg {
		alias = pkg + " " // the package is not named after its directory
	}
	fmt.Fprintf(&b, "\n\t%s%s\n)\n\nfunc main() {\n", alias, strconv.Quote(importPath))
	switch d.Auth {
	case opspec.AuthBearer:
		b.WriteString("\t// Bearer-token operations: the token comes from WithBearerToken.\n")
		fmt.Fprintf(&b, "\tclient, err := %[1]s.NewClient(\n\t\t%[1]s.WithRegion(\"cn-hangzhou\"),\n\t\t%[1]s.WithBearerToken(func(context.Context) (string, error) {\n\t\t\treturn os.Getenv(\"ACCESS_TOKEN\"), nil\n\t\t}),\n\t)\n", pkg)
	case opspec.AuthAnonymous:
		b.WriteString("\t// This operation sends no credentials.\n")
		fmt.Fprintf(&b, "\tclient, err := %[1]s.NewClient(%[1]s.WithRegion(\"cn-hangzhou\"))\n", pkg)
	default:
		b.WriteString("\t// AccessKey credentials come from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID and\n\t// ALIBABA_CLOUD_ACCESS_KEY_SECRET) or the aliyun CLI profile; see WithCredentials.\n")
		fmt.Fprintf(&b, "\tclient, err := %[1]s.NewClient(%[1]s.WithRegion(\"cn-hangzhou\"))\n", pkg)
	}
	b.WriteString("\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n")
	fmt.Fprintf(&b, "\tresp, err := client.%s(context.Background(), &%s.%sRequest{\n", method, pkg, method)
	fields := newScope("Validate")
	for _, p := range d.Op.Params {
		if p == nil {
			continue
		}
		name := fields.take(GoName(p.Name, "Param"))
		if !p.Required {
			continue
		}
		if v, ok := goLiteral(p.Schema); ok {
			fmt.Fprintf(&b, "\t\t%s: %s,\n", name, v)
		} else {
			fmt.Fprintf(&b, "\t\t// %s: required (%s), see Request parameters.\n", name, TypeName(p.Schema))
		}
	}
	b.WriteString("\t})\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Printf(\"%+v\\n\", resp)\n}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return b.String() // cannot happen for the literals above; keep the text readable
	}
	return string(src)
}

// methodNames gives each operation with a page its Go method name as gen/client names it:
// operations in name order, each taking GoName(name) or, on a case-insensitive clash with
// an earlier one or with the Client's own methods, the first free numbered variant.
func methodNames(spec *opspec.Spec) map[string]string {
	ops := make([]string, 0, len(spec.Operations))
	for _, op := range spec.Operations {
		if op != nil && !op.OverviewOnly {
			ops = append(ops, op.Name)
		}
	}
	sort.Strings(ops)
	methods := newScope("Runtime", "invoke")
	out := map[string]string{}
	for _, n := range ops {
		out[n] = methods.take(GoName(n, "Operation"))
	}
	return out
}

// scope hands out identifiers unique by case-folded name, numbering repeats, as the client
// generator does for methods and struct fields.
type scope map[string]bool

func newScope(reserved ...string) scope {
	s := scope{}
	for _, r := range reserved {
		s[strings.ToLower(r)] = true
	}
	return s
}

func (s scope) take(name string) string {
	cand := name
	for i := 2; s[strings.ToLower(cand)]; i++ {
		cand = name + strconv.Itoa(i)
	}
	s[strings.ToLower(cand)] = true
	return cand
}

// goLiteral is a Go literal for a scalar parameter, from its example when it parses.
func goLiteral(s *opspec.Schema) (string, bool) {
	if s == nil {
		return "", false
	}
	ex := strings.TrimSpace(s.Example)
	if ex == "" && len(s.Enum) > 0 {
		ex = s.Enum[0].Value
	}
	switch s.Type {
	case "string", "":
		if ex == "" {
			ex = "..."
		}
		return strconv.Quote(ex), true
	case "integer":
		bits := 64
		if s.Format == "int32" {
			bits = 32
		}
		if _, err := strconv.ParseInt(ex, 10, bits); err == nil {
			return ex, true
		}
		return "0", true
	case "number":
		if _, err := strconv.ParseFloat(ex, 64); err == nil {
			return ex, true
		}
		return "0", true
	case "boolean":
		if b, err := strconv.ParseBool(ex); err == nil {
			return strconv.FormatBool(b), true
		}
		return "true", true
	}
	return "", false
}

// GoName is the exported Go identifier gen/client gives a documented name: only ASCII
// letters and digits survive, every other rune separates words and each word starts upper
// case ("instance-id" → "InstanceId"); a leading digit gets an N; nothing left is fallback.
func GoName(name, fallback string) string {
	var b strings.Builder
	up := true
	for _, r := range name {
		if r >= unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	s := b.String()
	switch {
	case s == "":
		return fallback
	case s[0] >= '0' && s[0] <= '9':
		return "N" + s
	}
	return s
}
