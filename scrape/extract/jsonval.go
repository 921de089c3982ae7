package extract

import (
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// maxJSONDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxJSONDepth = 64

// jsonTypeName names a value's JSON type for messages.
func jsonTypeName(v *page.JSONValue) string {
	switch v.Kind {
	case 'o':
		return "object"
	case 'a':
		return "array"
	case 's':
		return "string"
	case 'n':
		return "number"
	case 'b':
		return "boolean"
	case 't':
		return v.Text
	}
	return "null"
}

// agrees reports whether a JSON value fits a schema type. Null fits anything.
func agrees(v *page.JSONValue, schemaType string) bool {
	switch v.Kind {
	case 'z':
		return true
	case 'o':
		return schemaType == "object" || schemaType == ""
	case 'a':
		return schemaType == "array" || schemaType == ""
	case 's':
		return schemaType == "string" || schemaType == ""
	case 'n':
		return schemaType == "integer" || schemaType == "number" || schemaType == ""
	case 'b':
		return schemaType == "boolean" || schemaType == ""
	case 't':
		s, _ := docSchema(v.Text)
		return schemaType == s.Type || schemaType == "" || s.Type == "number" && schemaType == "integer"
	}
	return true
}

// trimKeys removes the white space around the object keys of v (" Bandwidths", a typo of
// some pages) where the trimmed key is not empty and not a sibling's, and appends each
// key changed, quoted, to out.
func trimKeys(v *page.JSONValue, out []string) []string {
	if v == nil {
		return out
	}
	if v.Kind == 'o' {
		for i, k := range v.Keys {
			if t := strings.TrimSpace(k); t != k && t != "" && v.GetFold(t) == nil {
				out = append(out, strconv.Quote(k))
				v.Keys[i] = t
			}
		}
	}
	for _, c := range v.Vals {
		out = trimKeys(c, out)
	}
	return out
}
