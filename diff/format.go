package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats lists the report formats Write accepts.
func Formats() []string { return []string{"text", "markdown", "json"} }

// Write renders the report in format ("text", "markdown" or "json").
func Write(w io.Writer, r Report, format string) error {
	var buf bytes.Buffer
	switch format {
	case "text":
		writeText(&buf, r)
	case "markdown", "md":
		writeMarkdown(&buf, r)
	case "json":
		if err := writeJSON(&buf, r); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// summary is the count line shared by the text and Markdown forms.
func (r Report) summary() string {
	n := len(r.Changes)
	if n == 0 {
		return "no changes"
	}
	s := "changes"
	if n == 1 {
		s = "change"
	}
	return fmt.Sprintf("%d %s: %d breaking, %d warning, %d info", n, s, r.Count(Breaking), r.Count(Warning), r.Count(Info))
}

func (r Report) title(arrow string) string {
	side := func(s SpecRef) string { return strings.TrimSpace(s.Product + " " + s.Version) }
	return side(r.Base) + arrow + side(r.Revision)
}

// groups splits the sorted changes by operation ("" first: spec-level).
func (r Report) groups() [][]Change {
	var out [][]Change
	for i, c := range r.Changes {
		if i == 0 || c.Operation != r.Changes[i-1].Operation {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], c)
	}
	return out
}

// sources describes both pages of a group's operation.
func sources(g []Change) string {
	var b, r *Source
	for _, c := range g {
		if b == nil {
			b = c.Base
		}
		if r == nil {
			r = c.Revision
		}
	}
	var parts []string
	if b != nil {
		parts = append(parts, "base: "+b.String())
	}
	if r != nil {
		parts = append(parts, "revision: "+r.String())
	}
	return strings.Join(parts, "; ")
}

func writeText(w *bytes.Buffer, r Report) {
	fmt.Fprintf(w, "%s: %s\n", r.title(" -> "), r.summary())
	for _, g := range r.groups() {
		name := g[0].Operation
		if name == "" {
			name = "(spec)"
		}
		fmt.Fprintf(w, "\n%s\n", name)
		if s := sources(g); s != "" {
			fmt.Fprintf(w, "  %s\n", s)
		}
		for _, c := range g {
			breaks := ""
			if s := c.Breaks.String(); s != "" {
				breaks = " [breaks " + s + "]"
			}
			fmt.Fprintf(w, "  %-8s  %s: %s%s\n", c.Level, c.ID, oneLine(c.Text), breaks)
		}
	}
}

func writeMarkdown(w *bytes.Buffer, r Report) {
	fmt.Fprintf(w, "# API changes: %s\n\n", mdText(r.title(" to ")))
	fmt.Fprintf(w, "%s.\n", capitalize(r.summary()))
	for _, g := range r.groups() {
		name := g[0].Operation
		if name == "" {
			name = "Product"
		}
		fmt.Fprintf(w, "\n## %s\n\n", mdText(name))
		if s := sources(g); s != "" {
			fmt.Fprintf(w, "%s\n\n", capitalize(mdText(s)))
		}
		fmt.Fprintln(w, "| Level | Change | Where | Breaks | ID |")
		fmt.Fprintln(w, "|---|---|---|---|---|")
		for _, c := range g {
			where := ""
			if c.Path != "" {
				where = "`" + strings.ReplaceAll(oneLine(c.Path), "`", "'") + "`"
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s | `%s` |\n", c.Level, mdCell(c.Text), mdCell(where), c.Breaks.String(), c.ID)
		}
	}
}

// jsonReport is the JSON form: the report plus counts.
type jsonReport struct {
	Base     SpecRef       `json:"base"`
	Revision SpecRef       `json:"revision"`
	Summary  map[Level]int `json:"summary"`
	Changes  []Change      `json:"changes"`
}

func writeJSON(w *bytes.Buffer, r Report) error {
	changes := r.Changes
	if changes == nil {
		changes = []Change{}
	}
	jr := jsonReport{Base: r.Base, Revision: r.Revision, Changes: changes,
		Summary: map[Level]int{Breaking: r.Count(Breaking), Warning: r.Count(Warning), Info: r.Count(Info)}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(jr); err != nil {
		return fmt.Errorf("diff: encoding the report: %w", err)
	}
	return nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// mdText escapes characters Markdown would read as markup in running text.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "#", `\#`)
	return r.Replace(oneLine(s))
}

// mdCell makes text safe inside a table cell (code spans are kept; pipes escaped).
func mdCell(s string) string {
	if strings.HasPrefix(s, "`") {
		return strings.ReplaceAll(oneLine(s), "|", `\|`)
	}
	return strings.ReplaceAll(mdText(s), "|", `\|`)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
