// Package editdist measures how far apart two short strings are, for the places that look
// for a near miss: a misspelt type word in a page, an unknown operation or path in a mock
// request, a renamed parameter between two API versions. One implementation for all of them.
package editdist

// maxRunes bounds the work: only the first maxRunes runes of each string are compared, so a
// hostile input (a 1 MB path) costs at most maxRunes² steps.
const maxRunes = 256

// Distance is the optimal string alignment distance of a and b over runes: insertions,
// deletions, substitutions and swaps of neighbouring runes each cost 1 ("Stirng" is 1 from
// "String"). Case matters; callers lower-case when it should not.
func Distance(a, b string) int {
	ra, rb := runes(a), runes(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func runes(s string) []rune {
	r := []rune(s)
	if len(r) > maxRunes {
		r = r[:maxRunes]
	}
	return r
}
