package opspec

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"gopkg.in/yaml.v3"
)

// Marshal writes the spec's OpenAPI form as "yaml" or "json". The output is deterministic:
// object keys sorted, paths sorted, parameters and properties in page order (see
// docs/SPEC-FORMAT.md). The document is validated with kin-openapi before it is returned,
// so an invalid spec is never written.
func Marshal(s *Spec, format string) ([]byte, error) {
	if format != "yaml" && format != "json" {
		return nil, fmt.Errorf("opspec: unknown format %q (want yaml or json)", format)
	}
	doc, err := ToOpenAPI(s)
	if err != nil {
		return nil, fmt.Errorf("spec %s: %w", specName(s), err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("spec %s: the OpenAPI form does not validate: %w", specName(s), err)
	}
	raw, err := doc.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("spec %s: %w", specName(s), err)
	}
	if format == "json" {
		return reindentJSON(raw)
	}
	return jsonToYAML(raw)
}

func specName(s *Spec) string {
	if s == nil {
		return "<nil>"
	}
	return s.Product + "/" + s.Version
}

// formatOf picks the serialization from a file extension.
func formatOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml":
		return "yaml", nil
	case ".json":
		return "json", nil
	}
	return "", fmt.Errorf("%s: unknown spec file extension (want .yaml, .yml or .json)", path)
}

// WriteFile writes the spec to path, in YAML or JSON by the extension, creating the
// directories it needs.
func WriteFile(path string, s *Spec) error {
	format, err := formatOf(path)
	if err != nil {
		return err
	}
	data, err := Marshal(s, format)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// LoadFile reads a spec file written by WriteFile (or any OpenAPI 3 document in that form).
func LoadFile(path string) (*Spec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // already names the file
	}
	return Load(data, path)
}

// Load parses, validates and converts a spec document (YAML or JSON); name labels errors.
// External $refs are refused: a spec is one self-contained file.
func Load(data []byte, name string) (*Spec, error) {
	s, err := load(data, name, false)
	if err != nil {
		// Errors are rare: load again recording origins, so that they give line numbers,
		// without paying for origins on every successful load.
		if _, errLines := load(data, name, true); errLines != nil {
			return nil, errLines
		}
		return nil, err
	}
	return s, nil
}

func load(data []byte, name string, origins bool) (*Spec, error) {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	loader.IncludeOrigin = origins
	doc, err := loader.LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("%s: invalid OpenAPI: %w", name, err)
	}
	s, err := FromOpenAPI(doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

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
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return nil, fmt.Errorf("json to yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("json to yaml: %w", err)
	}
	return buf.Bytes(), nil
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

// strNode is a string scalar. yaml.v3 quotes whatever YAML 1.2 would read as another type;
// the YAML 1.1 booleans (on, off, yes, no, y, n) are quoted as well, for older readers.
func strNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "on", "off":
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
