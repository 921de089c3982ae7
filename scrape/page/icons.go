package page

import (
	"path"
	"strings"
	"unicode"
)

// A Required cell may show only an icon with no text alternative: an <img> without alt
// (check.svg), an icon font's element (<i class="fa fa-check">), an SVG (<use
// href="#icon-tick">). Its names (file name, classes, symbol) are all it says; IconCell
// reads them as a mark the Required words know, and an icon whose names say neither yes
// nor no as an unknown icon, which RequiredCells reads by the table's other cells.

// iconWords are the words of an icon's names (lower case) that say yes (true) or no.
var iconWords = map[string]bool{
	"check": true, "checked": true, "checkmark": true, "tick": true, "ticked": true, "yes": true,
	"required": true, "require": true, "mandatory": true, "must": true, "true": true, "ok": true,
	"done": true, "success": true, "correct": true,
	"cross": false, "close": false, "times": false, "no": false, "false": false, "x": false,
	"xmark": false, "minus": false, "dash": false, "optional": false, "remove": false,
	"uncheck": false, "unchecked": false, "blank": false, "empty": false, "none": false,
	"wrong": false, "cancel": false, "error": false,
}

// unknownIcon opens the text IconCell gives an icon whose names say neither yes nor no.
const unknownIcon = "[icon "

// IconCell is the text of a cell that shows only an icon, from the icon's names (file
// paths, class lists, symbol references: "/img/check.svg", "fa fa-check", "#icon-tick"):
// a check when a word of them says check, tick, yes or required, a cross when one says
// cross, close, times, no or optional (a "no" word wins: "unchecked", "check-blank"),
// else "[icon NAME]", an unknown icon that RequiredCells reads by the table's other
// cells. "" when names hold no name.
func IconCell(names ...string) string {
	yes, no := false, false
	shown := ""
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if i := strings.IndexAny(n, "?#"); i > 0 && strings.Contains(n, "/") {
			n = n[:i] // a URL's query or fragment
		}
		if strings.Contains(n, "/") {
			n = path.Base(n)
		}
		if shown == "" {
			shown = n
		}
		for _, w := range iconNameWords(n) {
			if v, ok := iconWords[w]; ok {
				yes, no = yes || v, no || !v
			}
		}
	}
	switch {
	case no:
		return "✗"
	case yes:
		return "✓"
	case shown != "":
		return unknownIcon + shown + "]"
	}
	return ""
}

// iconNameWords splits an icon's name into lower-case words: at every character that is
// no letter and where a lower-case letter meets an upper-case one ("icon-check_24px.svg":
// icon, check, px, svg; "iconCheck": icon, check).
func iconNameWords(n string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range n {
		switch {
		case !unicode.IsLetter(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		cur = append(cur, r)
		prevLower = unicode.IsLower(r)
	}
	flush()
	return words
}

// IconWord reports whether a word of an icon's names (a class: "tick", "icon-yes") says
// yes or no (iconWords): an empty element with such a class is an icon.
func IconWord(name string) bool {
	for _, w := range iconNameWords(name) {
		if _, ok := iconWords[w]; ok {
			return true
		}
	}
	return false
}

// isUnknownIcon reports whether a Required cell is an unknown icon (IconCell).
func isUnknownIcon(cell string) bool {
	return strings.HasPrefix(cell, unknownIcon) && strings.HasSuffix(cell, "]")
}

// readIcons reads the unknown icons (IconCell) among t's Required cells (reads, by row):
// where the table shows one kind of unknown icon and no other cell is a check or a yes,
// the icon is the column's check (the others leave the cell blank or say no; under an
// Optional column it marks the optional ones), a guess each read names; with icons of two
// kinds, or beside cells that check, they stay unread (the extraction warns, naming the
// row).
func (t *Table) readIcons(reads []RequiredRead) {
	kinds := map[string]bool{}
	for _, rc := range reads {
		switch {
		case isUnknownIcon(rc.Cell):
			kinds[rc.Cell] = true
		case rc.OK && requiredWords[requiredKey(rc.Cell)]:
			return // a check or a yes of the table's own
		}
	}
	if len(kinds) != 1 {
		return
	}
	for i, rc := range reads {
		if isUnknownIcon(rc.Cell) {
			read := t.requiredRead("✓", t.optionalRequired())
			icon := strings.TrimSuffix(strings.TrimPrefix(rc.Cell, unknownIcon), "]")
			reads[i] = RequiredRead{Cell: rc.Cell, Required: read.Required, OK: read.OK,
				Guess: "the Required cell shows an icon (" + icon + ") whose name says neither yes nor no; read as a check, as the table's other cells are blank or say no"}
		}
	}
}
