package extract

import (
	"regexp"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// stamp is a row typed "Timestamp", a type word that says a time but not whether it
// travels as a number (Unix seconds or milliseconds, KMS ImportKeyMaterial's
// KeyMaterialExpireUnix) or as a date text (KMS DescribeKeyVersion's CreationDate,
// "2019-08-06T10:17:04Z"): its example value decides (decideStamps).
type stamp struct {
	schema *opspec.Schema
	name   string
	line   int
}

// isTimestampWord reports whether a Type cell is the word Timestamp.
func isTimestampWord(typ string) bool {
	return strings.EqualFold(strings.TrimSpace(typ), "timestamp")
}

// isoDateTimeRe matches an ISO 8601 date, with or without a time ("2019-08-06T10:17:04Z").
var isoDateTimeRe = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$`)

// decideStamps types the Timestamp rows read since the last call by their example value:
// the row's Example cell, else value(schema, name), what the page's example shows for the
// row. Digits make an int64 integer, an ISO date text a date-time string (as the type
// word Date does); without either the row stays a string, with a guess warning naming it.
func (x *extractor) decideStamps(value func(s *opspec.Schema, name string) string) {
	for _, st := range x.stamps {
		v := strings.Trim(strings.TrimSpace(st.schema.Example), `"'`)
		if v == "" && value != nil {
			v = value(st.schema, st.name)
		}
		switch {
		case v != "" && strings.Trim(v, "0123456789") == "":
			st.schema.Type, st.schema.Format = "integer", "int64"
		case isoDateTimeRe.MatchString(v):
			st.schema.Type, st.schema.Format = "string", "date-time"
		case v == "":
			x.guess(st.line, "row %q has type %q and the page shows no example value that tells a number from a date text; read as string", st.name, st.schema.DocType)
		default:
			x.guess(st.line, "row %q has type %q and its example %q is neither digits nor an ISO date; read as string", st.name, st.schema.DocType, v)
		}
	}
	x.stamps = x.stamps[:0]
}

// exampleValueOf returns the scalar value example ex shows for schema target somewhere
// under s (which ex shows), or "".
func exampleValueOf(s *opspec.Schema, ex *page.JSONValue, target *opspec.Schema, depth int) string {
	if s == nil || ex == nil || depth > maxJSONDepth {
		return ""
	}
	if s == target {
		if ex.Kind == 's' || ex.Kind == 'n' {
			return ex.Text
		}
		return ""
	}
	switch {
	case ex.Kind == 'o':
		for _, p := range s.Properties {
			if v := exampleValueOf(p.Schema, ex.GetFold(p.Name), target, depth+1); v != "" {
				return v
			}
		}
	case ex.Kind == 'a' && s.Items != nil:
		return exampleValueOf(s.Items, ex.Elem(), target, depth+1)
	}
	return ""
}
