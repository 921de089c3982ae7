package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// trait is a property of a line's trimmed text that several parsers test, often more than
// once for the same line while rows and table ends are looked for. Each is worked out once
// per line and kept in the line's memo.
type trait uint8

const (
	trType     trait = 1 << iota // isType: a type cell ("string", "Array of String")
	trBadge                      // isBadge: a deprecated badge on its own line
	trRequired                   // page.ParseRequired knows it: a Required cell ("Yes", "否")
	trBullet                     // isBullet: a list item
	trWord                       // one column word alone: a cell of a cell-per-line header
)

// is reports whether line i has trait tr.
func (d *doc) is(i int, tr trait) bool {
	m := &d.lines[i].m
	if m.known&tr == 0 {
		m.known |= tr
		if testTrait(d.t(i), tr) {
			m.traits |= tr
		}
	}
	return m.traits&tr != 0
}

func testTrait(t string, tr trait) bool {
	switch tr {
	case trType:
		return isType(t)
	case trBadge:
		return isBadge(t)
	case trRequired:
		_, ok := page.ParseRequired(t)
		return ok
	case trBullet:
		return isBullet(t)
	case trWord:
		n, ok := headerWords(t)
		return oneColumnWord(t, n, ok)
	}
	return false
}

// learn records that line i has trait tr or not (has), as a caller worked it out on the
// way to its own question: findHeader splits each line it is asked into column words, and
// the fewest words of that split tell trWord (oneColumnWord).
func (d *doc) learn(i int, tr trait, has bool) {
	m := &d.lines[i].m
	if m.known&tr == 0 {
		m.known |= tr
		if has {
			m.traits |= tr
		}
	}
}

// oneColumnWord is trWord's test of t, whose split into the fewest column words has n words
// (headerWords; ok false for none).
func oneColumnWord(t string, n int, ok bool) bool {
	if !ok && strings.IndexByte(t, ' ') >= 0 {
		// a word of Chinese or Japanese split by a space ("エラー コード", "錯誤 碼"),
		// read as the lexicon reads it (page.JoinIdeographs); a line it leaves as it
		// is (every ASCII line) has been split already
		if joined := page.JoinIdeographs(t); joined != t {
			n, ok = headerWords(joined)
		}
	}
	return ok && n == 1
}
