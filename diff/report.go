package diff

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// Level is how much a change matters to existing callers.
type Level string

const (
	// Info changes break nobody; they belong in a changelog.
	Info Level = "info"
	// Warning changes may break some callers, or the docs lack what is needed to decide.
	Warning Level = "warning"
	// Breaking changes break existing callers: on the wire, in Go code, or in RAM policies.
	Breaking Level = "breaking"
)

func (l Level) rank() int {
	switch l {
	case Info:
		return 1
	case Warning:
		return 2
	case Breaking:
		return 3
	}
	return 0
}

// Breaks says what a change breaks. A change can break the wire and not the generated Go
// code (a query parameter moved to the form body), the reverse (int32 widened to int64 in a
// request), both, or neither. Policy marks changes that break callers' RAM policies.
type Breaks struct {
	Wire   bool `json:"wire"`
	Go     bool `json:"go"`
	Policy bool `json:"policy"`
}

func (b Breaks) String() string {
	var parts []string
	if b.Wire {
		parts = append(parts, "wire")
	}
	if b.Go {
		parts = append(parts, "go")
	}
	if b.Policy {
		parts = append(parts, "policy")
	}
	return strings.Join(parts, "+")
}

// Section is the part of an operation a change is in.
type Section string

const (
	SectionSpec       Section = "spec"
	SectionOperation  Section = "operation"
	SectionRequest    Section = "request"
	SectionResponse   Section = "response"
	SectionPagination Section = "pagination"
	SectionRAM        Section = "ram"
	SectionErrors     Section = "errors"
)

func (s Section) rank() int {
	switch s {
	case SectionSpec:
		return 0
	case SectionOperation:
		return 1
	case SectionRequest:
		return 2
	case SectionPagination:
		return 3
	case SectionResponse:
		return 4
	case SectionRAM:
		return 5
	case SectionErrors:
		return 6
	}
	return 7
}

// Source is where one side of a change was documented.
type Source struct {
	File        string `json:"file,omitempty"`
	URL         string `json:"url,omitempty"`
	LastUpdated string `json:"lastUpdated,omitempty"`
}

func (s *Source) String() string {
	if s == nil {
		return ""
	}
	name := s.File
	if name == "" {
		name = s.URL
	}
	if name == "" {
		name = "(unknown page)"
	}
	if s.LastUpdated != "" {
		return name + ", updated " + s.LastUpdated
	}
	return name
}

// Change is one classified difference, shaped like an oasdiff change record.
type Change struct {
	ID    string `json:"id"`
	Level Level  `json:"level"`
	Text  string `json:"text"`
	// Operation is the operation's name; empty for spec-level changes.
	Operation string  `json:"operation,omitempty"`
	Section   Section `json:"section"`
	// Path locates the change inside the operation: a parameter or dotted field path
	// ("Instance.DefaultEndpoint.Endpoint", "Tags[].Key"), a RAM action or an error code.
	Path   string `json:"path,omitempty"`
	Breaks Breaks `json:"breaks"`
	// Attributes are the facts behind the text: from/to, value, location ...
	Attributes map[string]string `json:"attributes,omitempty"`
	// Base and Revision are the pages the operation came from on each side (nil on the
	// side where it does not exist, and for spec-level changes).
	Base     *Source `json:"baseSource,omitempty"`
	Revision *Source `json:"revisionSource,omitempty"`
	// Fingerprint identifies the change across runs (ID, operation, path, attributes), so
	// that ignore lists can name it.
	Fingerprint string `json:"fingerprint"`
}

// SpecRef names one side of a comparison.
type SpecRef struct {
	Product string `json:"product"`
	Version string `json:"version"`
}

// Report is the result of Compare.
type Report struct {
	Base     SpecRef  `json:"base"`
	Revision SpecRef  `json:"revision"`
	Changes  []Change `json:"changes"`
}

// Count is the number of changes at level l.
func (r Report) Count(l Level) int {
	n := 0
	for _, c := range r.Changes {
		if c.Level == l {
			n++
		}
	}
	return n
}

// Max is the highest level of any change, or "" when there is none.
func (r Report) Max() Level {
	var m Level
	for _, c := range r.Changes {
		if c.Level.rank() > m.rank() {
			m = c.Level
		}
	}
	return m
}

// FailOn is the CI gate: the least level of change that fails a run.
type FailOn string

const (
	FailOnBreaking FailOn = "breaking"
	FailOnWarning  FailOn = "warning"
	FailOnAny      FailOn = "any"
	FailOnNone     FailOn = "none"
)

// ParseFailOn checks a --fail-on value.
func ParseFailOn(s string) (FailOn, error) {
	switch f := FailOn(strings.ToLower(s)); f {
	case FailOnBreaking, FailOnWarning, FailOnAny, FailOnNone:
		return f, nil
	}
	return "", fmt.Errorf("unknown --fail-on %q (want breaking, warning, any or none)", s)
}

// Fails reports whether the report meets the gate.
func (r Report) Fails(f FailOn) bool {
	switch f {
	case FailOnBreaking:
		return r.Max() == Breaking
	case FailOnWarning:
		return r.Max().rank() >= Warning.rank()
	case FailOnAny:
		return len(r.Changes) > 0
	}
	return false
}

// IDs is the sorted set of change IDs in the report.
func (r Report) IDs() []string {
	seen := map[string]bool{}
	var ids []string
	for _, c := range r.Changes {
		if !seen[c.ID] {
			seen[c.ID] = true
			ids = append(ids, c.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

// sortChanges orders changes deterministically: spec-level first, then by operation,
// section, path, ID and text.
func sortChanges(cs []Change) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Operation != b.Operation {
			return a.Operation < b.Operation
		}
		if a.Section.rank() != b.Section.rank() {
			return a.Section.rank() < b.Section.rank()
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Text < b.Text
	})
}

func fingerprint(c *Change) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", c.ID, c.Operation, c.Path)
	keys := make([]string, 0, len(c.Attributes))
	for k := range c.Attributes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(h, "\x00%s=%s", k, c.Attributes[k])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
