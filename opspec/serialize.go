package opspec

// Spec files are kin-openapi's JSON of the document, indented by encoding/json or turned
// into YAML by yaml.v3 keeping the JSON key order: library code, no writer of our own.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// reindentJSON indents JSON with two spaces without escaping <, > and & (descriptions are
// prose and stay readable), ending with a newline.
func reindentJSON(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// jsonToYAML converts JSON to YAML keeping the JSON key order (sorted, as encoding/json
// writes maps) and the exact number text.
func jsonToYAML(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	node, err := yamlNode(dec)
	if err != nil {
		return nil, fmt.Errorf("json to yaml: %w", err)
	}
	var buf bytes.Buffer
	if node.Kind != yaml.MappingNode {
		err = encodeYAML(&buf, node, 0)
	} else {
		err = encodeEntries(&buf, node.Content, 0, 1)
	}
	if err != nil {
		return nil, fmt.Errorf("json to yaml: %w", err)
	}
	return buf.Bytes(), nil
}

// encodeEntries writes the entries (key, value, key, value...) of a block mapping at
// indent, as yaml.v3 writes them in one document, but with a new yaml.v3 encoder for each
// entry and, depth levels down, for each entry of a mapping value. yaml.v3's emitter keeps
// every event of an Encode call in one slice that it never shrinks (about 250 bytes an
// event), so one Encode of a whole product's spec grows and copies hundreds of MB; that was
// most of the cost of writing it. An entry of a block mapping reads the same at any
// indentation, shifted: yaml.v3 does not wrap lines (its default width is unlimited) and
// indents by multiples of 2 here. TestYAMLEntriesAsOneDocument compares with one Encode.
func encodeEntries(buf *bytes.Buffer, kv []*yaml.Node, indent, depth int) error {
	for i := 0; i+1 < len(kv); i += 2 {
		k, v := kv[i], kv[i+1]
		if depth == 0 || v.Kind != yaml.MappingNode || len(v.Content) < 4 {
			if err := encodeYAML(buf, mappingNode(k, v), indent); err != nil {
				return err
			}
			continue
		}
		// the key, written by yaml.v3 with the value's first entry, then the other entries
		if err := encodeYAML(buf, mappingNode(k, mappingNode(v.Content[0], v.Content[1])), indent); err != nil {
			return err
		}
		if err := encodeEntries(buf, v.Content[2:], indent+2, depth-1); err != nil {
			return err
		}
	}
	return nil
}

func mappingNode(content ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: content}
}

// encodeYAML writes node as a YAML document with every non-empty line indented by indent
// spaces (yaml.v3 writes empty lines, in literal blocks, without indentation).
func encodeYAML(buf *bytes.Buffer, node *yaml.Node, indent int) error {
	var doc bytes.Buffer
	enc := yaml.NewEncoder(&doc)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if indent == 0 {
		buf.Write(doc.Bytes())
		return nil
	}
	pad := strings.Repeat(" ", indent)
	for line := range bytes.Lines(doc.Bytes()) {
		if line[0] != '\n' {
			buf.WriteString(pad)
		}
		buf.Write(line)
	}
	return nil
}

// yamlNode reads one JSON value from dec as a YAML node.
func yamlNode(dec *json.Decoder) (*yaml.Node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := k.(string)
				if !ok {
					return nil, fmt.Errorf("object key %v is not a string", k)
				}
				val, err := yamlNode(dec)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, strNode(key), val)
			}
			_, err := dec.Token() // '}'
			return n, err
		case '[':
			n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
			for dec.More() {
				val, err := yamlNode(dec)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, val)
			}
			_, err := dec.Token() // ']'
			return n, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case string:
		return strNode(t), nil
	case json.Number:
		tag := "!!int"
		if strings.ContainsAny(t.String(), ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: t.String()}, nil
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(t)}, nil
	case nil:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
	}
	return nil, fmt.Errorf("unexpected token %v", tok)
}

// yaml11Timestamp is the start of YAML 1.1's timestamp form.
var yaml11Timestamp = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \t]|$)`)

// strNode is a string scalar. yaml.v3 quotes whatever YAML 1.2 would read as another type;
// the YAML 1.1 booleans (on, off, yes, no, y, n) are quoted as well, for older readers.
func strNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "on", "off":
		n.Style = yaml.DoubleQuotedStyle
	}
	if yaml11Timestamp.MatchString(s) {
		// YAML 1.1 readers (PyYAML) take any such string for a timestamp and fail on an
		// impossible one ("2014-05-36"); yaml.v3 quotes only the valid dates
		n.Style = yaml.DoubleQuotedStyle
	}
	if strings.Contains(s, "\n") && !literalSafe(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// literalSafe reports whether a multi-line string survives a YAML literal block exactly:
// block scalars drop leading blank lines' indentation cues, trailing spaces and some line
// breaks, so such strings are double-quoted instead.
func literalSafe(s string) bool {
	if s[0] == ' ' || s[0] == '\n' || strings.HasSuffix(s, "\n\n") {
		return false
	}
	for _, line := range strings.Split(s, "\n") {
		if strings.HasSuffix(line, " ") {
			return false
		}
	}
	for _, r := range s {
		if r < ' ' && r != '\n' || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			return false
		}
	}
	return true
}
