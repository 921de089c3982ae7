package crosscheck

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// WriteText writes the report for people: a summary line, then each operation's findings.
func (r *Report) WriteText(w io.Writer) error {
	counts := r.Counts()
	var kinds []string
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(w, "%s %s: %d operations compared (%d in the metadata only); %d differences", r.Product, r.Version, r.Compared, r.MetadataOnly, len(r.Findings))
	for i, k := range kinds {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Fprintf(w, "%s%d %s", sep, counts[k], k)
	}
	fmt.Fprintln(w)
	last := ""
	for _, f := range r.Findings {
		if f.Operation != last {
			last = f.Operation
			if f.File != "" {
				fmt.Fprintf(w, "\n%s (%s)\n", f.Operation, f.File)
			} else {
				fmt.Fprintf(w, "\n%s\n", f.Operation)
			}
		}
		switch f.Kind {
		case NotInMetadata:
			fmt.Fprintln(w, "  the metadata has no such operation")
		case MissingOnPage:
			fmt.Fprintf(w, "  %s %s: missing on the page (metadata: %s)\n", f.Side, f.Path, f.Metadata)
		case OnlyOnPage:
			fmt.Fprintf(w, "  %s %s: only on the page (%s)\n", f.Side, f.Path, f.Page)
		case DefaultDiffers:
			fmt.Fprintf(w, "  %s %s: default differs: page %s, metadata %s\n", f.Side, f.Path, orNone(f.Page), orNone(f.Metadata))
		case BodyDiffers:
			fmt.Fprintf(w, "  %s body: its form differs: page %s; metadata %s\n", f.Side, f.Page, f.Metadata)
		default:
			fmt.Fprintf(w, "  %s %s: %s differs: page %s, metadata %s\n", f.Side, f.Path, f.Kind, f.Page, f.Metadata)
		}
	}
	_, err := fmt.Fprint(w)
	return err
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// orNone is a default as the report writes it: "none" when a side states none.
func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
