package opspec

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// Marshal writes the spec's OpenAPI form as "yaml" or "json". The output is deterministic:
// object keys sorted, paths sorted, parameters and properties in page order (see
// docs/SPEC-FORMAT.md). The document is validated with kin-openapi before it is returned,
// so an invalid spec is never written.
func Marshal(s *Spec, format string) ([]byte, error) {
	out, err := MarshalFormats(s, format)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// MarshalFormats is Marshal into several formats at once, out[i] in formats[i]: the OpenAPI
// form is built, validated and encoded by kin-openapi once for all of them (gen all writes
// the spec file as YAML and embeds the spec in the mock as JSON).
func MarshalFormats(s *Spec, formats ...string) ([][]byte, error) {
	for _, format := range formats {
		if format != "yaml" && format != "json" {
			return nil, fmt.Errorf("opspec: unknown format %q (want yaml or json)", format)
		}
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
	out := make([][]byte, len(formats))
	for i, format := range formats {
		if j := slices.Index(formats, format); j < i {
			out[i] = out[j]
			continue
		}
		if format == "json" {
			out[i], err = reindentJSON(raw)
		} else {
			out[i], err = jsonToYAML(raw)
		}
		if err != nil {
			return nil, fmt.Errorf("spec %s: %w", specName(s), err)
		}
	}
	return out, nil
}

func specName(s *Spec) string {
	if s == nil {
		return "<nil>"
	}
	return s.Product + "/" + s.Version
}

// FormatOf picks the serialization ("yaml" or "json") from a spec file's extension.
func FormatOf(path string) (string, error) {
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
	format, err := FormatOf(path)
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
