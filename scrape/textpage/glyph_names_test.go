package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGlyphNamesInEveryLayout: a name with the glyph of a tree ("└diskType", as
// elasticsearch/en/createInstance writes its body fields' children) opens a row in the
// cell-per-line, glued and spaced layouts too, its depth read as pipe tables read it (treeDepths).
// Such a line was no name: the row was read without one, and dropped.
func TestGlyphNamesInEveryLayout(t *testing.T) {
	cells := `createInstance

Request parameters

Field

Type

Required

Example

Description

masterConfiguration

Map

No

{"spec":"elasticsearch.sn2ne.large"}

The configuration of dedicated master nodes.

└spec

String

Yes

elasticsearch.sn2ne.large

The node specifications.

└amount

Integer

Yes

3

The number of nodes.
`
	glued := `createInstance

Request parameters

FieldTypeRequiredExampleDescription
masterConfigurationMapNo{"spec":"elasticsearch.sn2ne.large"}

The configuration of dedicated master nodes.

└specStringYeselasticsearch.sn2ne.large

The node specifications.

└amountIntegerYes3

The number of nodes.
`
	spaced := `createInstance

Request parameters

Field Type Required Example Description
masterConfiguration Map No {"spec":"elasticsearch.sn2ne.large"}

The configuration of dedicated master nodes.

└spec String Yes elasticsearch.sn2ne.large

The node specifications.

└amount Integer Yes 3

The number of nodes.
`
	for name, text := range map[string]string{"cells": cells, "glued": glued, "spaced": spaced} {
		tb := table(t, readText(t, text), page.RequestParams)
		var depths []string
		for _, r := range tb.Rows {
			depths = append(depths, strings.Repeat(">", max(r.Depth, 0))+r.Cell(tb, page.ColName))
		}
		equal(t, name, depths, []string{"masterConfiguration", ">spec", ">amount"})
	}
}
