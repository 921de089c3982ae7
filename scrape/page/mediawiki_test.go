package page

import (
	"strings"
	"testing"
)

// TestMediaWikiTables: a MediaWiki table, a cell a line (pandoc's) or several parted by
// "!!" and "||", its caption left out, a cell's attributes before its "|" dropped, a line
// opened by neither "|" nor "!" going on with its cell, is the pipe table it stands for,
// line for line: the header's rule on the "|-" under it. A table inside a cell is none.
func TestMediaWikiTables(t *testing.T) {
	in := strings.Split(`{| class="wikitable"
|+ Request parameters
! scope="col" | Name !! Type !! Description
|-
| '''RegionId''' || String || The region.
|-
| Size
| Integer
| The size,
in GiB.
|}

{|
! A !! B
|-
| x
{|
| y
|}
|}`, "\n")
	want := []string{"", "", "| Name | Type | Description |", "|---|---|---|", "| **RegionId** | String | The region. |", "",
		"| Size | Integer | The size, in GiB. |", "", "", "", "", "",
		"{|", "! A !! B", "|-", "| x", "{|", "| y", "|}", "|}"}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}

// TestMediaWikiPipeWord: the magic word "{{!}}" that wikitext writes for a "|" of a
// cell's text ("key{{!}}value") is that "|", escaped in the pipe table ("\|"); before, the
// description kept "{{!}}".
func TestMediaWikiPipeWord(t *testing.T) {
	in := strings.Split("{|\n! Name !! Description\n|-\n| Tag || Format: key{{!}}value.\n|}", "\n")
	got, _, _ := PipeGrids(in)
	if want := `| Tag | Format: key\|value. |`; got[3] != want {
		t.Errorf("row %q, want %q", got[3], want)
	}
}
