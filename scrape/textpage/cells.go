package textpage

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// maxGluedCuts bounds the places gluedCells tries cutting a run of glued cells at.
const maxGluedCuts = 10

// gluedCells splits text, the cells of columns cols glued on a row's line with nothing
// between them ("--Up to 64 characters.sample" for Default, Allowed values, Constraints and
// Example; "-1 to 100-10"), where the header order and the cells' contents leave one
// reading: a dash may be a cell of its own ("-", a blank cell), a full stop after a letter
// may end a sentence's cell ("characters." before "sample"). A reading holds as many cells as
// columns (or all but an Example left out, empty, where no reading has them all), no cell but a number opens with a dash or
// ends with one, a cell a full stop ends is a sentence (it has a space), and the Example
// column's cell is "-" or a value of the row's type (typeFits). ok is false when no reading
// or several hold.
func gluedCells(text string, cols []page.Column, typ string) (cells []string, ok bool) {
	type cut struct {
		at, end int  // the cut's bytes: a dash, or the full stop a cell ends with
		dash    bool // a dash that is a cell of its own
	}
	var cuts []cut
	prev := rune(0)
	for k, r := range text {
		size := utf8.RuneLen(r)
		switch {
		case r == '-':
			cuts = append(cuts, cut{k, k + 1, true})
		case (r == '.' || r == '。') && unicode.IsLetter(prev) && k+size < len(text) && !strings.ContainsRune(" .。", rune(text[k+size])):
			cuts = append(cuts, cut{k, k + size, false})
		}
		prev = r
	}
	if len(cuts) > maxGluedCuts {
		return nil, false
	}
	var full, short []string // the readings with every cell, and with an empty Example
	for mask := 0; mask < 1<<len(cuts); mask++ {
		var pieces []string
		start, bad := 0, false
		for b, c := range cuts {
			if mask&(1<<b) == 0 || c.at < start {
				continue
			}
			switch {
			case c.dash:
				if c.at > start {
					pieces = append(pieces, text[start:c.at])
				}
				pieces = append(pieces, "-")
			case strings.Contains(text[start:c.at], " "):
				pieces = append(pieces, text[start:c.end])
			default:
				bad = true // a full stop that ends no sentence ("example.com")
			}
			start = c.end
		}
		if bad {
			continue
		}
		if start < len(text) {
			pieces = append(pieces, text[start:])
		}
		readings := &full
		if ex := slices.Index(cols, page.ColExample); ex >= 0 && len(pieces) == len(cols)-1 {
			pieces, readings = slices.Insert(pieces, ex, ""), &short // an empty Example is left out
		}
		if len(pieces) != len(cols) || !fitsColumns(pieces, cols, typ) {
			continue
		}
		if key := strings.Join(pieces, "\x00"); !slices.Contains(*readings, key) {
			*readings = append(*readings, key)
		}
	}
	if len(full) == 0 {
		full = short
	}
	if len(full) != 1 {
		return nil, false
	}
	return strings.Split(full[0], "\x00"), true
}

// fitsColumns reports whether cells read as cells of cols (gluedCells).
func fitsColumns(cells []string, cols []page.Column, typ string) bool {
	for k, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "-" || c == "" && cols[k] == page.ColExample:
			continue
		case c == "" || strings.HasSuffix(c, "-"):
			return false
		case strings.HasPrefix(c, "-"):
			if _, err := strconv.ParseFloat(c, 64); err != nil {
				return false
			}
		}
		if cols[k] == page.ColExample && !typeFits(typ, c) {
			return false
		}
	}
	return true
}

// typeFits reports whether v can be a value of the type word typ: digits for an integer, a
// number for a fractional type, true or false for a boolean; any text for another type.
func typeFits(typ, v string) bool {
	base, _, _ := strings.Cut(page.CanonicalType(strings.ToLower(typ)), "/")
	switch base {
	case "integer", "int", "int32", "int64", "long":
		_, err := strconv.ParseInt(v, 10, 64)
		return err == nil
	case "number", "float", "double", "float32", "float64":
		_, err := strconv.ParseFloat(v, 64)
		return err == nil
	case "boolean", "bool":
		return strings.EqualFold(v, "true") || strings.EqualFold(v, "false")
	}
	return true
}

// unsplitCells puts text, which stands for the cells of columns cols of a row's line with
// nothing to show where each ends ("1 to 100 5" for Valid values and Example), into the
// Example column among them (or the last), with a guess naming the row where they are
// several.
func (d *doc) unsplitCells(h header, cells []string, cols []int, text, label string, line int) {
	if len(cols) == 0 {
		return
	}
	at := cols[len(cols)-1]
	var names []string
	for _, c := range cols {
		if h.cols[c] == page.ColExample {
			at = c
		}
		names = append(names, h.cells[c])
	}
	cells[at] = text
	if len(cols) > 1 {
		d.p.Guess(line, "row %q: %q stands for the cells %s, and nothing shows where each ends; read as its %s",
			label, text, strings.Join(names, ", "), h.cells[at])
	}
}
