package docs

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/acsgen/acsgen/opspec"
)

// goExample writes a short runnable program that calls the operation with the generated
// client: required scalar parameters are filled with the page's examples; the others are
// named in a comment pointing at the parameter table.
func goExample(pkg, importPath string, d OperationData) string {
	method := GoName(d.Op.Name)
	var b strings.Builder
	fmt.Fprintf(&b, "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"log\"\n\n\t%s\n)\n\n", strconv.Quote(importPath))
	b.WriteString("func main() {\n")
	switch d.Auth {
	case opspec.AuthBearer:
		b.WriteString("\t// The client sends the bearer token from ALIBABA_CLOUD_BEARER_TOKEN.\n")
	case opspec.AuthAnonymous:
		b.WriteString("\t// This operation needs no credentials.\n")
	default:
		b.WriteString("\t// The client reads credentials from the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...).\n")
	}
	fmt.Fprintf(&b, "\tclient, err := %s.NewClient()\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n", pkg)
	fmt.Fprintf(&b, "\tresp, err := client.%s(context.Background(), &%s.%sRequest{", method, pkg, method)
	var lines []string
	for _, p := range d.Op.Params {
		if p == nil || !p.Required {
			continue
		}
		if v, ok := goLiteral(p.Schema); ok {
			lines = append(lines, fmt.Sprintf("\t\t%s: %s,", GoName(p.Name), v))
		} else {
			lines = append(lines, fmt.Sprintf("\t\t// %s: required, see Request parameters.", GoName(p.Name)))
		}
	}
	if len(lines) > 0 {
		b.WriteString("\n" + strings.Join(lines, "\n") + "\n\t")
	}
	b.WriteString("})\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Printf(\"%+v\\n\", resp)\n}\n")
	return b.String()
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
	case "string":
		if ex == "" {
			ex = "..."
		}
		return strconv.Quote(ex), true
	case "integer":
		if _, err := strconv.ParseInt(ex, 10, 64); err == nil {
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

// GoName is the exported Go identifier of a documented name: words split at
// non-alphanumerics, each capitalized; a leading digit gets an X.
func GoName(name string) string {
	var b strings.Builder
	up := true
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
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
	if s == "" || unicode.IsDigit([]rune(s)[0]) {
		s = "X" + s
	}
	return s
}
