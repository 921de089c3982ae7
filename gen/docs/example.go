package docs

import (
	"fmt"
	"go/format"
	"path"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/gen/ir"
	"github.com/acsgen/acsgen/opspec"
)

// goExample writes a short runnable program that calls the operation with the generated
// client (gen/client's shape: NewClient(opts...), Client.Op(ctx, *OpRequest)), by the names
// of the Go model o (gen/ir) that the client is generated from: required scalar parameters
// are filled with the page's examples; the other required ones are named in a comment
// pointing at the parameter table. The program is gofmt-formatted.
func goExample(pkg, importPath string, o *ir.Operation, d OperationData) string {
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
	fmt.Fprintf(&b, "\tresp, err := client.%s(context.Background(), &%s.%s{\n", o.Name, pkg, o.Request.Name)
	for _, f := range o.Request.Fields {
		if !f.Required {
			continue
		}
		if v, ok := goLiteral(f.Schema); ok {
			fmt.Fprintf(&b, "\t\t%s: %s,\n", f.Name, v)
		} else {
			fmt.Fprintf(&b, "\t\t// %s: required (%s), see Request parameters.\n", f.Name, TypeName(f.Schema))
		}
	}
	b.WriteString("\t})\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Printf(\"%+v\\n\", resp)\n}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return b.String() // cannot happen for the literals above; keep the text readable
	}
	return string(src)
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
