package docs

import (
	"fmt"
	"go/format"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/gen/naming"
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
	fields := naming.StructFields()
	for _, p := range d.Op.Params {
		if p == nil {
			continue
		}
		name := fields.Take(naming.ParamField(p.Name))
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
// operations in name order, each taking naming.Method(name) or, on a case-insensitive clash
// with an earlier one or with the Client's own methods, the first free numbered variant.
// (gen/client also skips a base whose Request/Response type name is taken by a type it
// named earlier; TestExamplesCompile catches a spec where that matters.)
func methodNames(spec *opspec.Spec) map[string]string {
	ops := make([]string, 0, len(spec.Operations))
	for _, op := range spec.Operations {
		if op != nil && !op.OverviewOnly {
			ops = append(ops, op.Name)
		}
	}
	sort.Strings(ops)
	methods := naming.ClientMethods()
	out := map[string]string{}
	for _, n := range ops {
		out[n] = methods.Take(naming.Method(n))
	}
	return out
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
