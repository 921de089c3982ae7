package extract

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// Older ROA pages show the response as a syntax sketch instead of a sample: JSON whose
// values are the type words ("eip_bandwidth" : Long, "name" : "String", "labels" : [ {
// ... } ]). A dump may also lose the sketch's opening brace (and its closing one with it),
// and an excerpt may stop part way through it. sketchJSON turns such text into JSON the
// parser reads: bare type words are quoted, a missing opening brace is added (and the
// closing one, when the members close all they open), and a sketch cut off is closed after
// its last complete member, or after a string value the cut ends. The result says which
// of these it did.

// sketchFixes are what sketchJSON changed.
type sketchFixes struct {
	placeholders bool // bare type words quoted: every type-word string is a placeholder
	brace        bool // the opening brace was missing
	cut          bool // the text stopped part way; closed after the last complete member
}

func (f sketchFixes) String() string {
	var what []string
	if f.placeholders {
		what = append(what, "type words for values")
	}
	if f.brace {
		what = append(what, "no opening brace")
	}
	if f.cut {
		what = append(what, "cut off")
	}
	return strings.Join(what, ", ")
}

// sketchJSON rewrites a sketch as JSON; ok is false when the text is not JSON-like, ends
// with a closing bracket yet leaves some open (a broken sample: which bracket is missing
// is unknown), or needs none of the fixes (it is plain invalid JSON).
func sketchJSON(text string) (string, sketchFixes, bool) {
	var fx sketchFixes
	s := strings.TrimSpace(text)
	if s == "" {
		return "", fx, false
	}
	if s[0] == '"' {
		// An object's members without its brace: "nodes" : [ {
		k := strings.IndexByte(s[1:], '"')
		if k < 0 || !strings.HasPrefix(strings.TrimLeft(s[k+2:], " \t"), ":") {
			return "", fx, false
		}
		s = "{" + s
		fx.brace = true
	} else if s[0] != '{' && s[0] != '[' {
		return "", fx, false
	}
	var b strings.Builder
	b.Grow(len(s) + 64)
	var stack []byte // open brackets
	// The last place the text could be cut and closed: the output length and the open
	// brackets there (right after an opening bracket, or before a comma).
	safeLen, safeStack := 0, []byte(nil)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' && s[j] != '\n' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) || s[j] != '"' {
				// A string cut off. A member's value cut at the end of the text ("Name":
				// "cu) still shows the member and its type: it ends there.
				if j >= len(s) && strings.HasSuffix(strings.TrimRight(b.String(), " \t"), ":") {
					b.WriteString(strings.TrimRight(s[i:], "\\") + `"`)
					safeLen, safeStack = b.Len(), append(safeStack[:0], stack...)
				}
				i = len(s)
				fx.cut = true
				continue
			}
			b.WriteString(s[i : j+1])
			i = j + 1
		case c == '{' || c == '[':
			stack = append(stack, c)
			b.WriteByte(c)
			i++
			safeLen, safeStack = b.Len(), append(safeStack[:0], stack...)
		case c == '}' || c == ']':
			if len(stack) == 0 || (c == '}') != (stack[len(stack)-1] == '{') {
				return "", fx, false
			}
			stack = stack[:len(stack)-1]
			b.WriteByte(c)
			i++
		case c == ',':
			safeLen, safeStack = b.Len(), append(safeStack[:0], stack...)
			b.WriteByte(c)
			i++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9' || s[j] == '<' || s[j] == '>') {
				j++
			}
			w := s[i:j]
			switch {
			case w == "true" || w == "false" || w == "null":
				b.WriteString(w)
			case page.IsType(w):
				b.WriteString(`"` + w + `"`)
				fx.placeholders = true
			default:
				return "", fx, false
			}
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	out := b.String()
	if fx.brace && len(stack) == 1 && (s[len(s)-1] == '}' || s[len(s)-1] == ']') {
		// the dump lost the closing brace with the opening one: the members are all there
		return out + "}", fx, true
	}
	if len(stack) > 0 && (s[len(s)-1] == '}' || s[len(s)-1] == ']') {
		return "", fx, false // complete but unbalanced: a broken sample, not a cut one
	}
	if len(stack) > 0 || fx.cut {
		fx.cut = true
		out = out[:safeLen]
		for k := len(safeStack) - 1; k >= 0; k-- {
			if safeStack[k] == '{' {
				out += "}"
			} else {
				out += "]"
			}
		}
	}
	if !fx.placeholders && !fx.brace && !fx.cut {
		return "", fx, false
	}
	return out, fx, true
}

// markPlaceholders turns the string values of a sketch that name a type ("String",
// "Long") into type placeholders (kind 't'), so schemas inferred from the sketch take
// that type.
func markPlaceholders(v *page.JSONValue) {
	if v == nil {
		return
	}
	switch v.Kind {
	case 's':
		if page.IsType(v.Text) {
			v.Kind = 't'
		}
	case 'o', 'a':
		for _, e := range v.Vals {
			markPlaceholders(e)
		}
	}
}
