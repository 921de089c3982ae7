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

// TestDrawnTreeInEveryLayout: a tree drawn as `tree` draws it ("├─ ", "└─ ", "│  " over an
// ancestor with siblings below, no-break spaces over one without: a dump of an HTML page)
// or with a mark a level ("» » Name") gives each row its depth in the pipe, cell-per-line
// and spaced layouts. The no-break spaces before the glyph were trimmed with the line
// (Key read a level up, under Data), and the spaced layout split "» » Name" into tokens
// (the row was lost).
func TestDrawnTreeInEveryLayout(t *testing.T) {
	nb := "\u00a0\u00a0\u00a0"
	rows := [][2]string{{"", "Data"}, {"└─ ", "Items"}, {nb + "├─ ", "Name"}, {nb + "└─ ", "Tags"}, {nb + nb + "└─ ", "Key"}}
	marks := [][2]string{{"", "Data"}, {"» ", "Items"}, {"» » ", "Name"}, {"» » ", "Tags"}, {"» » » ", "Key"}}
	types := []string{"Object", "Array of Object", "String", "Array of Object", "String"}
	want := []string{"Data", ">Items", ">>Name", ">>Tags", ">>>Key"}
	for _, c := range []struct {
		name string
		rows [][2]string
	}{{"tree", rows}, {"marks", marks}} {
		var pipe, cells, spaced strings.Builder
		pipe.WriteString("GetData\n\nResponse parameters\n\n| Parameter |\nType |\nDescription |\nExample |\n")
		cells.WriteString("GetData\n\nResponse parameters\n\nParameter\n\nType\n\nDescription\n\n")
		spaced.WriteString("GetData\n\nResponse parameters\n\nParameter Type Description\n\n")
		for i, r := range c.rows {
			pipe.WriteString("| " + r[0] + r[1] + " |\n" + types[i] + " |\nThe " + r[1] + ". |\n|\n")
			cells.WriteString(r[0] + r[1] + "\n\n" + types[i] + "\n\nThe " + r[1] + ".\n\n")
			spaced.WriteString(r[0] + r[1] + " " + types[i] + "\n\nThe " + r[1] + ".\n\n")
		}
		for layout, text := range map[string]string{"pipe": pipe.String(), "cells": cells.String(), "spaced": spaced.String()} {
			tb := table(t, readText(t, text), page.ResponseParams)
			var depths []string
			for _, r := range tb.Rows {
				depths = append(depths, strings.Repeat(">", max(r.Depth, 0))+r.Cell(tb, page.ColName))
			}
			equal(t, c.name+" "+layout, depths, want)
		}
	}
}
