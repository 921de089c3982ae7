package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestRAMActionEndingInLevelWord: an operation may end in a level word after a lower-case
// letter ("PutBucketWhitelist"). A row whose access level has a cell of its own keeps its
// action whole whatever the title; a glued cell keeps it whole when the title names it and
// splits off the level when the title names the rest.
func TestRAMActionEndingInLevelWord(t *testing.T) {
	for _, c := range []struct {
		title  string
		header []string
		row    []string
		action string
		level  string
	}{
		{"Other", []string{"Action", "Access level", "Resource type"}, []string{"oss:PutBucketWhitelist", "write", "*All"}, "oss:PutBucketWhitelist", "write"},
		{"Other", []string{"Action", "Access level", "Resource type"}, []string{"vod:GetPlaylist", "", "get\n*All"}, "vod:GetPlaylist", "get"},
		{"GetPlaylist", []string{"Action", "Resource type"}, []string{"vod:GetPlaylist", "*All"}, "vod:GetPlaylist", ""},
		{"GetPlaylist", []string{"Action", "Resource type"}, []string{"vod:GetPlaylistget", "*All"}, "vod:GetPlaylist", "get"},
		{"CreateInstanceAccount", []string{"Action", "Access level", "Resource type"}, []string{"rocketmq:CreateInstanceAccountcreate", "", "*All"}, "rocketmq:CreateInstanceAccount", "create"},
	} {
		p := &page.Page{File: "f.md", Title: c.title, TitleLine: 1, Sections: []*page.Section{
			sec(page.RAMAuth, "RAM authorization", 2, tbl(3, c.header, c.row)),
			sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader, []string{"Name", "String", "Yes", "The name.", "a"})),
		}}
		op, _ := mustOp(t, p)
		if op.RAM == nil || len(op.RAM.Actions) != 1 {
			t.Errorf("%q: RAM %+v", c.row, op.RAM)
			continue
		}
		if a := op.RAM.Actions[0]; a.Action != c.action || a.AccessLevel != c.level {
			t.Errorf("%q under %q: action %q level %q, want %q %q", c.row, c.title, a.Action, a.AccessLevel, c.action, c.level)
		}
	}
}

// TestRAMActionAsCode: a RAM row's action written as code as a whole, as a wiki user marks
// it (textile's "@ecs:CloneDisks@", Markdown's backquotes, org's "=…=", Jira's "{{…}}"), is
// the action. Before, the marks made it no action: the row was skipped and the section
// read as having no action rows.
func TestRAMActionAsCode(t *testing.T) {
	for _, cell := range []string{"@ecs:CloneDisks@", "`ecs:CloneDisks`", "=ecs:CloneDisks=", "{{ecs:CloneDisks}}"} {
		p := &page.Page{File: "f.txt", Format: page.Text, Title: "CloneDisks", TitleLine: 1, Sections: []*page.Section{
			sec(page.RAMAuth, "RAM authorization", 2, tbl(3, []string{"Action", "Access level", "Resource type"}, []string{cell, "get", "*All Resource"})),
			sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader, []string{"Name", "String", "Yes", "The name.", "a"})),
		}}
		op, _ := mustOp(t, p)
		if op.RAM == nil || len(op.RAM.Actions) != 1 || op.RAM.Actions[0].Action != "ecs:CloneDisks" || op.RAM.Actions[0].AccessLevel != "get" {
			t.Errorf("%q: RAM %+v", cell, op.RAM)
		}
	}
}
