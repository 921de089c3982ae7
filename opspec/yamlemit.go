package opspec

import (
	"fmt"
	"strings"
)

// yamlEmitter writes compact JSON (kin-openapi's MarshalJSON output) as YAML in one pass,
// reproducing byte for byte what gopkg.in/yaml.v3 v3.0.1 writes, with SetIndent(2), for the
// node tree the previous converter built (mappings and sequences in block style, empty ones
// as {} and [], strings styled by strNodeStyle, numbers tagged !!int or !!float, JSON key
// order kept). It is a port of the parts of yaml.v3's emitter (emitterc.go) that such a
// tree reaches: the indentation rules, the scalar analysis, style selection and the plain,
// single-quoted, double-quoted and literal writers. yaml.v3 never wraps lines (its default
// width is unlimited), so the folding branches are gone. emit_test.go checks it against
// yaml.v3 over committed specs, fixtures, random specs and fuzzed strings.
type yamlEmitter struct {
	in  []byte
	pos int
	out []byte

	// yaml.v3 emitter state that decides where breaks and spaces go.
	column     int
	whitespace bool
	indention  bool
	openEnded  bool

	str []byte // scratch for decoded JSON strings
}

// jsonToYAMLFast converts kin's compact JSON document (an object) to YAML.
func jsonToYAMLFast(raw []byte) ([]byte, error) {
	e := &yamlEmitter{in: raw, out: make([]byte, 0, len(raw)), whitespace: true, indention: true}
	e.skipSpace()
	if e.pos >= len(e.in) || e.in[e.pos] != '{' {
		return nil, fmt.Errorf("json to yaml: the document is not a JSON object")
	}
	if err := e.value(-1); err != nil {
		return nil, fmt.Errorf("json to yaml: %w", err)
	}
	e.skipSpace()
	if e.pos != len(e.in) {
		return nil, fmt.Errorf("json to yaml: offset %d: data after the document", e.pos)
	}
	// Document end, then stream end.
	e.writeIndent(0)
	if e.openEnded {
		e.indicator("...", true, false, false)
		e.writeIndent(0)
	}
	return e.out, nil
}

// value emits the JSON value at e.pos as the value of a node whose parent collection is
// at indentation indent (-1 for the document root).
func (e *yamlEmitter) value(indent int) error {
	e.skipSpace()
	if e.pos >= len(e.in) {
		return e.errorf("unexpected end of JSON")
	}
	child := indent + 2
	if indent < 0 {
		child = 0
	}
	switch c := e.in[e.pos]; c {
	case '{':
		e.pos++
		if e.peekClose('}') {
			e.indicator("{", true, true, false)
			e.indicator("}", false, false, false)
			return nil
		}
		return e.mapping(child)
	case '[':
		e.pos++
		if e.peekClose(']') {
			e.indicator("[", true, true, false)
			e.indicator("]", false, false, false)
			return nil
		}
		return e.sequence(child)
	case '"':
		s, err := e.readString()
		if err != nil {
			return err
		}
		e.stringScalar(s, indent+2, false)
		return nil
	case 't', 'f', 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(string(e.in[e.pos:min(len(e.in), e.pos+5)]), lit) {
				e.pos += len(lit)
				e.plain([]byte(lit))
				return nil
			}
		}
		return e.errorf("invalid literal")
	default:
		if c == '-' || c >= '0' && c <= '9' {
			start := e.pos
			for e.pos < len(e.in) && strings.IndexByte("+-.eE0123456789", e.in[e.pos]) >= 0 {
				e.pos++
			}
			e.number(string(e.in[start:e.pos]))
			return nil
		}
		return e.errorf("unexpected %q", c)
	}
}

// mapping emits a non-empty block mapping whose keys sit at column indent; e.pos is just
// past '{'.
func (e *yamlEmitter) mapping(indent int) error {
	for {
		e.skipSpace()
		if e.pos >= len(e.in) || e.in[e.pos] != '"' {
			return e.errorf("expected an object key")
		}
		key, err := e.readString()
		if err != nil {
			return err
		}
		e.skipSpace()
		if e.pos >= len(e.in) || e.in[e.pos] != ':' {
			return e.errorf("expected ':' after an object key")
		}
		e.pos++
		e.writeIndent(indent)
		a := analyzeScalar(key)
		if !a.multiline && len(key) <= 128 { // yaml_emitter_check_simple_key
			e.stringScalarAnalyzed(key, a, indent+2, true)
			e.indicator(":", false, false, false)
		} else {
			e.indicator("?", true, false, true)
			e.stringScalarAnalyzed(key, a, indent+2, false)
			e.writeIndent(indent)
			e.indicator(":", true, false, true)
		}
		if err := e.value(indent); err != nil {
			return err
		}
		e.skipSpace()
		if e.pos >= len(e.in) {
			return e.errorf("unexpected end of JSON in an object")
		}
		switch e.in[e.pos] {
		case ',':
			e.pos++
		case '}':
			e.pos++
			return nil
		default:
			return e.errorf("expected ',' or '}' in an object")
		}
	}
}

// sequence emits a non-empty block sequence whose "- " indicators sit at column indent;
// e.pos is just past '['.
func (e *yamlEmitter) sequence(indent int) error {
	for {
		e.writeIndent(indent)
		e.indicator("-", true, false, true)
		if err := e.value(indent); err != nil {
			return err
		}
		e.skipSpace()
		if e.pos >= len(e.in) {
			return e.errorf("unexpected end of JSON in an array")
		}
		switch e.in[e.pos] {
		case ',':
			e.pos++
		case ']':
			e.pos++
			return nil
		default:
			return e.errorf("expected ',' or ']' in an array")
		}
	}
}

func (e *yamlEmitter) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", e.pos, fmt.Sprintf(format, args...))
}

func (e *yamlEmitter) skipSpace() {
	for e.pos < len(e.in) {
		switch e.in[e.pos] {
		case ' ', '\t', '\n', '\r':
			e.pos++
		default:
			return
		}
	}
}

// peekClose consumes close if it is the next non-space byte (an empty object or array).
func (e *yamlEmitter) peekClose(close byte) bool {
	e.skipSpace()
	if e.pos < len(e.in) && e.in[e.pos] == close {
		e.pos++
		return true
	}
	return false
}

// readString decodes the JSON string at e.pos; the result is valid until the next call.
func (e *yamlEmitter) readString() ([]byte, error) {
	s, n, scratch, err := decodeJSONString(e.in[e.pos:], e.str[:0])
	if err != nil {
		return nil, e.errorf("%v", err)
	}
	e.pos += n
	if scratch {
		e.str = s
	}
	return s, nil
}

// number emits a JSON number as the !!int or !!float node the converter made of it; the
// tag is written when YAML would read the text as something else (huge or out-of-range
// numbers), as yaml.v3 does.
func (e *yamlEmitter) number(text string) {
	tag := "int"
	if strings.ContainsAny(text, ".eE") {
		tag = "float"
	}
	if resolveTag(text) != tag {
		// yaml_emitter_process_tag: the "!!" handle, then the suffix.
		if !e.whitespace {
			e.put(' ')
		}
		e.out = append(e.out, "!!"...)
		e.out = append(e.out, tag...)
		e.column += 2 + len(tag)
		e.whitespace = false
		e.indention = false
	}
	e.plain([]byte(text))
}

// Scalar styles, as yaml.v3 names them.
type scalarStyle int

const (
	plainStyle scalarStyle = iota
	singleQuotedStyle
	doubleQuotedStyle
	literalStyle
)

// strNodeStyle is the style the converter's strNode asked for, combined with what yaml.v3's
// encoder (encoder.node) derives from it: double quotes for YAML 1.1 booleans, for
// multi-line strings a literal block cannot hold, and for strings YAML would read as
// another type; a literal block for other multi-line strings; plain otherwise.
func strNodeStyle(s []byte) scalarStyle {
	if len(s) <= 12 { // the longest spelling of a 3-letter word in 4-byte runes
		switch strings.ToLower(string(s)) {
		case "y", "n", "yes", "no", "on", "off":
			return doubleQuotedStyle
		}
	}
	if hasNewline(s) {
		if !literalSafe(string(s)) {
			return doubleQuotedStyle
		}
		return literalStyle
	}
	if resolveTag(string(s)) != "str" {
		return doubleQuotedStyle
	}
	return plainStyle
}

func hasNewline(s []byte) bool {
	for _, c := range s {
		if c == '\n' {
			return true
		}
	}
	return false
}

// stringScalar emits a string; scalarIndent is the indentation yaml.v3 uses inside it (the
// parent's plus 2), simpleKey whether it is written as a simple mapping key.
func (e *yamlEmitter) stringScalar(s []byte, scalarIndent int, simpleKey bool) {
	e.stringScalarAnalyzed(s, analyzeScalar(s), scalarIndent, simpleKey)
}

func (e *yamlEmitter) stringScalarAnalyzed(s []byte, a scalarAnalysis, scalarIndent int, simpleKey bool) {
	// yaml_emitter_select_scalar_style.
	style := strNodeStyle(s)
	if simpleKey && a.multiline {
		style = doubleQuotedStyle
	}
	if style == plainStyle {
		if !a.blockPlainAllowed || len(s) == 0 && simpleKey {
			style = singleQuotedStyle
		}
	}
	if style == singleQuotedStyle && !a.singleQuotedAllowed {
		style = doubleQuotedStyle
	}
	if style == literalStyle && (!a.blockAllowed || simpleKey) {
		style = doubleQuotedStyle
	}
	switch style {
	case plainStyle:
		e.plain(s)
	case singleQuotedStyle:
		e.singleQuoted(s, scalarIndent)
	case doubleQuotedStyle:
		e.doubleQuoted(s)
	case literalStyle:
		e.literal(s, scalarIndent)
	}
}

// put writes one ASCII byte.
func (e *yamlEmitter) put(c byte) {
	e.out = append(e.out, c)
	e.column++
}

// putBreak writes a line break.
func (e *yamlEmitter) putBreak() {
	e.out = append(e.out, '\n')
	e.column = 0
	e.indention = true
}

// write copies the character at s[i] and returns its width.
func (e *yamlEmitter) write(s []byte, i int) int {
	w := charWidth(s[i])
	e.out = append(e.out, s[i:i+w]...)
	e.column++
	return w
}

// writeBreak copies the line break at s[i] and returns its width.
func (e *yamlEmitter) writeBreak(s []byte, i int) int {
	if s[i] == '\n' {
		e.putBreak()
		return 1
	}
	w := e.write(s, i)
	e.column = 0
	e.indention = true
	return w
}

// writeIndent is yaml_emitter_write_indent.
func (e *yamlEmitter) writeIndent(indent int) {
	if indent < 0 {
		indent = 0
	}
	if !e.indention || e.column > indent || (e.column == indent && !e.whitespace) {
		e.putBreak()
	}
	for e.column < indent {
		e.out = append(e.out, ' ')
		e.column++
	}
	e.whitespace = true
}

// indicator is yaml_emitter_write_indicator (indicators are ASCII).
func (e *yamlEmitter) indicator(s string, needWhitespace, isWhitespace, isIndention bool) {
	if needWhitespace && !e.whitespace {
		e.put(' ')
	}
	e.out = append(e.out, s...)
	e.column += len(s)
	e.whitespace = isWhitespace
	e.indention = e.indention && isIndention
	e.openEnded = false
}

// plain is yaml_emitter_write_plain_scalar for a value without line breaks (the only kind
// the style selection lets through) and no wrapping.
func (e *yamlEmitter) plain(s []byte) {
	if len(s) > 0 && !e.whitespace {
		e.put(' ')
	}
	e.out = append(e.out, s...)
	for _, c := range s {
		if c&0xC0 != 0x80 {
			e.column++
		}
	}
	if len(s) > 0 {
		e.whitespace = false
	}
	e.indention = false
}

// singleQuoted is yaml_emitter_write_single_quoted_scalar without wrapping.
func (e *yamlEmitter) singleQuoted(s []byte, indent int) {
	e.indicator("'", true, false, false)
	breaks := false
	for i := 0; i < len(s); {
		switch {
		case s[i] == ' ':
			i += e.write(s, i)
		case isBreak(s, i):
			if !breaks && s[i] == '\n' {
				e.putBreak()
			}
			i += e.writeBreak(s, i)
			breaks = true
		default:
			if breaks {
				e.writeIndent(indent)
			}
			if s[i] == '\'' {
				e.put('\'')
			}
			i += e.write(s, i)
			e.indention = false
			breaks = false
		}
	}
	e.indicator("'", false, false, false)
	e.whitespace = false
	e.indention = false
}

// doubleQuoted is yaml_emitter_write_double_quoted_scalar without wrapping.
func (e *yamlEmitter) doubleQuoted(s []byte) {
	e.indicator(`"`, true, false, false)
	// is_bom in yaml.v3 looks at the start of the value, not at i: a value starting with a
	// BOM has every character escaped.
	bom := len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF
	start := 0 // pending run of characters copied unchanged
	flush := func(i int) {
		e.out = append(e.out, s[start:i]...)
		start = i
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' && !bom {
			i++
			e.column++
			continue
		}
		if !isPrintable(s, i) || bom || isBreak(s, i) || c == '"' || c == '\\' {
			flush(i)
			w := charWidth(c)
			var v rune
			switch w {
			case 1:
				v = rune(c & 0x7F)
			case 2:
				v = rune(c & 0x1F)
			case 3:
				v = rune(c & 0x0F)
			case 4:
				v = rune(c & 0x07)
			}
			for k := 1; k < w; k++ {
				v = v<<6 + rune(s[i+k])&0x3F
			}
			i += w
			start = i
			e.put('\\')
			switch v {
			case 0x00:
				e.put('0')
			case 0x07:
				e.put('a')
			case 0x08:
				e.put('b')
			case 0x09:
				e.put('t')
			case 0x0A:
				e.put('n')
			case 0x0b:
				e.put('v')
			case 0x0c:
				e.put('f')
			case 0x0d:
				e.put('r')
			case 0x1b:
				e.put('e')
			case 0x22:
				e.put('"')
			case 0x5c:
				e.put('\\')
			case 0x85:
				e.put('N')
			case 0xA0:
				e.put('_')
			case 0x2028:
				e.put('L')
			case 0x2029:
				e.put('P')
			default:
				const hex = "0123456789ABCDEF"
				var n int
				switch {
				case v <= 0xFF:
					e.put('x')
					n = 2
				case v <= 0xFFFF:
					e.put('u')
					n = 4
				default:
					e.put('U')
					n = 8
				}
				for k := (n - 1) * 4; k >= 0; k -= 4 {
					e.put(hex[(v>>uint(k))&0x0F])
				}
			}
			continue
		}
		// A printable character (a space included) copied as is.
		i += charWidth(c)
		e.column++
	}
	flush(len(s))
	e.indicator(`"`, false, false, false)
	e.whitespace = false
	e.indention = false
}

// literal is yaml_emitter_write_literal_scalar with its block scalar hints.
func (e *yamlEmitter) literal(s []byte, indent int) {
	e.indicator("|", true, false, false)
	if s[0] == ' ' || isBreak(s, 0) {
		e.indicator("2", false, false, false) // the indentation indicator: best_indent
	}
	e.openEnded = false
	var chomp string
	i := len(s) - 1
	for s[i]&0xC0 == 0x80 {
		i--
	}
	if !isBreak(s, i) {
		chomp = "-"
	} else if i == 0 {
		chomp = "+"
		e.openEnded = true
	} else {
		i--
		for s[i]&0xC0 == 0x80 {
			i--
		}
		if isBreak(s, i) {
			chomp = "+"
			e.openEnded = true
		}
	}
	if chomp != "" {
		e.indicator(chomp, false, false, false)
	}
	e.whitespace = true
	breaks := true
	for i := 0; i < len(s); {
		if isBreak(s, i) {
			i += e.writeBreak(s, i)
			breaks = true
			continue
		}
		if breaks {
			e.writeIndent(indent)
		}
		i += e.write(s, i)
		e.indention = false
		breaks = false
	}
}
