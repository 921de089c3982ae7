package page

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parameters listed as items ("Name (String, required): text") rather than table rows,
// and required marks on a name ("Name *"), read alike in every reader that meets them.

// entryName is the parameter name an item starts with.
var entryName = regexp.MustCompile(`^[A-Za-z_$@][\w.$@\[\]-]*`)

// entrySeps separate the facts that follow an item's name ("Name (String, required): text",
// "Name — String — Required — text", "Name: String, optional. text"), in full-width
// punctuation too ("Name（String，必填）：text", "Name：String，可选。text").
const entrySeps = "()（）,;:：，。|—–·"

// Entry is a parameter item: its name, the facts after it (a type word, a required word,
// a location word, as written) and its text; Line and Depth place it on the page.
type Entry struct {
	Name, Type, Required, In, Desc string
	Line, Depth                    int
}

// EntryTable is the parameter table that items list: a row for each, at its depth, with
// Type, and Required and Position columns when an item says so.
func EntryTable(line int, entries []Entry) *Table {
	header := []string{"Parameter", "Type"}
	var hasReq, hasIn bool
	for _, e := range entries {
		hasReq = hasReq || e.Required != ""
		hasIn = hasIn || e.In != ""
	}
	if hasReq {
		header = append(header, "Required")
	}
	if hasIn {
		header = append(header, "Position")
	}
	header = append(header, "Description")
	t := &Table{Line: line, Header: header, Columns: ClassifyColumns(header)}
	for _, e := range entries {
		cells := []string{e.Name, e.Type}
		if hasReq {
			cells = append(cells, e.Required)
		}
		if hasIn {
			cells = append(cells, e.In)
		}
		t.Rows = append(t.Rows, Row{Line: e.Line, Cells: append(cells, e.Desc), Depth: e.Depth})
	}
	return t
}

// ParseEntry reads an item's head: a name, then facts (a type word, which must be there,
// and words that say whether the parameter is required and where it goes) between
// separators or spaces, then the text. "Name (Type, required): text", "Name — Type —
// Required — text", "Name: Type, optional. text" all read alike.
func ParseEntry(head string) (Entry, bool) {
	head = uncodedName(head)
	name := entryName.FindString(head)
	if name == "" {
		name = bracketedName(head)
	}
	if name == "" {
		return Entry{}, false
	}
	e := Entry{Name: name}
	rest := head[len(name):]
	if rest != "" && !strings.ContainsAny(rest[:1], " \t") && !strings.ContainsRune(entrySeps, []rune(rest)[0]) {
		return Entry{}, false // the name runs on: not a name
	}
	for stop := false; !stop; {
		trimmed := trimSeps(rest)
		if e.Type != "" && strings.ContainsAny(rest[:len(rest)-len(trimmed)], ")）:：") {
			break // the facts end at a closing parenthesis or a colon
		}
		rest = trimmed
		words := leadingWords(rest, 4)
		n := 0
		for k := len(words); k > 0 && n == 0; k-- {
			phrase := strings.TrimSuffix(strings.Join(words[:k], " "), ".")
			stop = phrase != strings.Join(words[:k], " ") // and at a period
			// a type may be set in code: `array<object>`
			switch typ := WholeCode(phrase); {
			case e.Type == "" && IsType(typ):
				e.Type, n = typ, k
			case e.In == "" && location(phrase) != "":
				e.In, n = location(phrase), k
			case e.Required == "" && k == 1 && isRequiredWord(phrase):
				e.Required, n = phrase, k
			}
		}
		if n == 0 {
			rest = trimmed
			break
		}
		for _, w := range words[:n] {
			rest = strings.TrimLeft(rest, " \t")[len(w):]
		}
	}
	e.Desc = strings.TrimSpace(strings.TrimLeft(trimSeps(rest), ".-"))
	return e, e.Type != ""
}

// bracketedName is the name in round brackets that head starts with ("(body)：Map。"), as
// pages name the item of a whole request or response body (a table's "(body)" row), ""
// when there is none: a bracketed type or Required word ("(String)", "(required)") names
// no parameter. A location word may ("(body)"): facts follow a name, none comes first.
func bracketedName(head string) string {
	inner, ok := strings.CutPrefix(head, "(")
	if !ok {
		return ""
	}
	n := entryName.FindString(inner)
	if n == "" || !strings.HasPrefix(inner[len(n):], ")") || IsType(n) || isRequiredWord(n) {
		return ""
	}
	return "(" + n + ")"
}

// trimSeps drops leading spaces, entrySeps and " - " dashes.
func trimSeps(s string) string {
	for {
		t := strings.TrimLeft(s, " \t"+entrySeps)
		if d, ok := strings.CutPrefix(t, "- "); ok {
			t = d
		}
		if t == s {
			return s
		}
		s = t
	}
}

// leadingWords are up to max words at the start of s, up to the first separator: words
// end at a space or an entrySeps rune outside <...> ("map<string, any>" is one word) and a
// word may end with a period ("Required.").
func leadingWords(s string, max int) []string {
	var out []string
	angle, start := 0, -1
	for i, r := range s + " " {
		switch {
		case r == '<':
			angle++
		case r == '>':
			angle--
		}
		end := angle == 0 && (r == ' ' || r == '\t' || strings.ContainsRune(entrySeps, r))
		if i == len(s) {
			end = true
		}
		switch {
		case !end && start < 0:
			start = i
		case end && start >= 0:
			out = append(out, s[start:i])
			start = -1
			if len(out) == max || r != ' ' && r != '\t' {
				return out
			}
		case end && r != ' ' && r != '\t':
			return out
		}
	}
	return out
}

func isRequiredWord(w string) bool {
	_, ok := ParseRequired(w)
	return ok
}

// location reads "Query" or "in query" as a location word ("Query"), "" when w is none.
func location(w string) string {
	w = strings.TrimSpace(w)
	if l, ok := strings.CutPrefix(strings.ToLower(w), "in "); ok {
		w = strings.TrimSpace(w[len(w)-len(l):])
	}
	if _, ok := ParseLocation(w); ok {
		return w
	}
	return ""
}

// RequiredMark cuts a required mark from a parameter's name cell, written after the name
// when the table has no Required column: "Name *", "Name (required)", "Name Required" (a
// badge), "Name 必填", or on a line of its own under a name alone ("<p>Name</p><span>*</span>").
// A name has no spaces, so a word after one is no part of it. It returns the cell without
// the mark and whether there was one.
func RequiredMark(cell string) (string, bool) {
	first, more, multi := strings.Cut(cell, "\n")
	name, mark, ok := strings.Cut(uncodedName(strings.TrimSpace(first)), " ")
	if !ok && multi {
		mark, more, multi = strings.Cut(more, "\n")
		ok = true
	}
	if !ok || name == "" || entryName.FindString(name) != name {
		return cell, false
	}
	mark = strings.Trim(strings.TrimSpace(mark), "()（）[]")
	if req, known := ParseRequired(mark); !known || !req { // "*" is a required word too
		return cell, false
	}
	if multi {
		name += "\n" + more
	}
	return name, true
}

// MarkRequired gives table t, whose rows in marked have a required mark on their names,
// a Required column (Yes for those rows, No for the others) when it has none.
func MarkRequired(t *Table, marked map[int]bool) {
	if len(marked) == 0 || t.Col(ColRequired) >= 0 {
		return
	}
	t.Header = append(t.Header, "Required")
	t.Columns = ClassifyColumns(t.Header)
	for i := range t.Rows {
		v := "No"
		if marked[i] {
			v = "Yes"
		}
		t.Rows[i].Cells = append(t.Rows[i].Cells, v)
	}
}

// uncodedName drops the backticks of a code span that holds the name at the start of s
// ("`UserName` (String, required)"): the HTML reader keeps <code> as a code span.
func uncodedName(s string) string {
	if !strings.HasPrefix(s, "`") {
		return s
	}
	end := strings.IndexByte(s[1:], '`')
	if end <= 0 || entryName.FindString(s[1:1+end]) != s[1:1+end] {
		return s
	}
	return s[1:1+end] + s[2+end:]
}

// RequiredNote reads the Required answer a row of a table with no Required column gives
// elsewhere: set off after its type ("String, required", "Integer (optional)",
// "String（必填）", "Long，选填"), or opening its description ("Required.", "Optional. The
// …", "(Required) The …", "Required: Yes", "是否必填：是", "必填。"). It returns the type
// cell without its note, the answer and whether there was one. Only a word that names its
// meaning ("required", "可选") is a note after a type or a sentence of its own; a bare
// answer ("Yes", "是") answers a Required label only.
func RequiredNote(typ, desc string) (cut string, required, ok bool) {
	if t, note, found := typeNote(typ); found {
		if required, ok = namedRequired(note); ok {
			return t, required, true
		}
	}
	required, ok = descRequired(desc)
	return typ, required, ok
}

// typeNote cuts the note off a type cell (cutNote); found is false when the rest is no
// type.
func typeNote(cell string) (typ, note string, found bool) {
	typ, note, found = cutNote(cell)
	typ = strings.Trim(typ, "`") // "`*string` (required)"
	if !found || !IsType(typ) {
		return "", "", false
	}
	return typ, note, true
}

// namedRequired reads w as a Required word that names its meaning ("Required",
// "optional", "必填"), not an answer ("Yes", "是") or a mark ("*").
func namedRequired(w string) (required, ok bool) {
	k := requiredKey(strings.Trim(strings.TrimSpace(w), "*_`"))
	r, _ := utf8.DecodeRuneInString(k)
	if answerWords[k] || !unicode.IsLetter(r) {
		return false, false
	}
	required, ok = requiredWords[k]
	return required, ok
}

// descRequired reads a Required note opening a description (RequiredNote): a bracketed
// word, a label and its answer, or a first sentence that is only the word.
func descRequired(desc string) (required, ok bool) {
	s := strings.TrimLeft(strings.TrimSpace(desc), "*_")
	if r, n := utf8.DecodeRuneInString(s); strings.ContainsRune("(（[【", r) {
		if end := strings.IndexAny(s[n:], ")）]】"); end > 0 {
			return namedRequired(s[n : n+end])
		}
		return false, false
	}
	first := s
	if end := strings.IndexAny(s, ".。\n;；<"); end >= 0 {
		first = s[:end]
	}
	if label, answer, found := strings.Cut(strings.ReplaceAll(first, "：", ":"), ":"); found {
		if label = strings.Trim(label, "*_ "); ClassifyColumn(label) != ColRequired {
			return false, false
		}
		return ParseRequired(requiredAnswer(optionalColumn(label), strings.Trim(answer, "*_ ,，")))
	}
	return namedRequired(first)
}

// ListEntries reads a list in a parameter section as the parameter table its items list
// (EntryTable): items are the items' text after their bullets, depths their nesting and
// lines their line numbers. ok is false unless every item is an entry (ParseEntry) and
// not every one is a card's key line ("- Type: String", CardKey: ReadCards' keys, not a
// parameter named Type; an item whose facts hold a Required answer or a location is none).
func ListEntries(line int, items []string, depths, lines []int) (t *Table, ok bool) {
	entries := make([]Entry, len(items))
	keys := true
	for k, item := range items {
		e, ok := ParseEntry(item)
		if !ok {
			return nil, false
		}
		_, _, _, key := CardKey(item)
		// a key line's value states no Required answer or location: "Name：string，必填。"
		// is a parameter named Name
		keys = keys && key && e.Required == "" && e.In == ""
		e.Line, e.Depth = lines[k], depths[k]
		entries[k] = e
	}
	if keys || len(entries) == 0 {
		return nil, false
	}
	return EntryTable(line, entries), true
}

// IndentDepths are the nesting depths of list items indented by indents: an item is one
// level below the nearest item before it that is indented less.
func IndentDepths(indents []int) []int {
	depths := make([]int, len(indents))
	var open []int // the open items' indentation, outermost first
	for k, in := range indents {
		for len(open) > 0 && open[len(open)-1] >= in {
			open = open[:len(open)-1]
		}
		depths[k] = len(open)
		open = append(open, in)
	}
	return depths
}
