package textpage

import (
	"strconv"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// manPage is a page converted to roff (pandoc -s -t man, its tables tbl's) and rendered as
// a manual page (groff -t -man -Tutf8 -P-cbou): a running header and footer; each table's
// header over a rule; names, types and descriptions wrapped in narrow columns, broken
// across lines with groff's hyphen (U+2010: "PlanWindow‐" over "Name", "Array  of Ob‐"
// over "ject"), a wrapped line justified ("└   Resource‐"); a description opening on the
// line below its row; blank lines inside a table.
const manPage = `GetWindow - ECS - AlibabGetWindowo-uECSt-tAlibabatCloud Documentation Center()



ECS:GetWindow
       Calls GetWindow.

   Request parameters
       Parameter       Type            Required   Example       Description
       ────────────────────────────────────────────────────────────────────────
       PlanWindow‐     String          Yes        sample
       Name                                                            The
                                                                       Plan‐
                                                                       Win‐
                                                                       dow‐
                                                                       Name
                                                                       value.
       TargetRe‐       Object          Yes
       source                                                          The
                                                                       Targe‐
                                                                       tRe‐
                                                                       source
                                                                       value.
       └   Resource‐   String          No         sample
       GroupId                                                         The
                                                                       Re‐
                                                                       source‐
                                                                       GroupId
                                                                       value.
       └ Tags          Array  of Ob‐   No
                       ject                                            The
                                                                       Tags
                                                                       value.
       └└              Object          No
                                                                       An
                                                                       item.
       └└└ Key         String          No         sample
                                                                       The Key
                                                                       value.
       RegionId        String          Yes        cn-hangzhou
                                                                       The re‐
                                                                       gion of
                                                                       the in‐
                                                                       stance,
                                                                       which
                                                                       is val‐
                                                                       idated
                                                                       by  the
                                                                       ser‐
                                                                       vice.

   Response parameters
       Parameter          Type     Example   Description
       ────────────────────────────────────────────────────────
       Data               Object
                                                    The  Data
                                                    value.
       └         Avail‐   String   sample
       ableAmount                                   The
                                                    Avail‐
                                                    ableAmount
                                                    value.




       └ CreditAmount     String   sample
                                                    The Credi‐
                                                    tAmount
                                                    value.



                        GetWindow - ECS - Alibaba Cloud Documentation Center()
`

// TestManPage: a rendered manual page (manPage) reads as the page it renders: its running
// header is no title, each table's rule no paragraph parting its header from its rows (the
// rows read as a spaced table's, not in the header's columns: none read), a name or type
// broken with a hyphen is one word without it, a description re-joins with the hyphens
// dropped, the justified blanks after a tree's glyphs are no deeper level, and an unnamed
// item row ("└└") is a level below its list. The same with the hyphens "-" (groff
// -Tascii, or a groff that writes "-"), which only a rendered manual page's frame says
// are groff's (lineHyphen), its header's long name overprinted too.
func TestManPage(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"utf8", manPage},
		{"ascii hyphens", strings.NewReplacer("‐", "-", "─", "-").Replace(manPage)},
		// a header whose long name the middle text overprinted, no name at its end
		{"ascii overprinted", strings.NewReplacer("‐", "-", "─", "-", "GetWindow - ECS - AlibabGetWindowo-uECSt-tAlibabatCloud Documentation Center()",
			"GetWindoww--ECSS--AlibabaaClouddDocumentationnCenter())").Replace(manPage)},
		{"overprinted header", strings.Replace(manPage, "Center()\n", "Center())\n", 1)}, // man -l: the name's bracket doubled
		// groff -Tascii: the name overprinted, the brackets twice, the page's name opening it
		{"ascii brackets twice", strings.NewReplacer("‐", "-", "─", "-", "GetWindow - ECS - AlibabGetWindowo-uECSt-tAlibabatCloud Documentation Center()",
			"GetWindoww- ECSA- AlibabaCloudDocumentationCenter()()").Replace(manPage)},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := readText(t, c.text)
			if p.Title != "ECS:GetWindow" {
				t.Errorf("title %q; want ECS:GetWindow", p.Title)
			}
			req := table(t, p, page.RequestParams)
			equal(t, "names", column(req, page.ColName), []string{"PlanWindowName", "TargetResource", "ResourceGroupId", "Tags", "", "Key", "RegionId"})
			equal(t, "types", column(req, page.ColType), []string{"String", "Object", "String", "Array of Object", "Object", "String", "String"})
			equal(t, "depths", depths(req), []string{"0", "0", "1", "1", "2", "3", "0"})
			equal(t, "descriptions", column(req, page.ColDescription), []string{"The PlanWindowName value.", "The TargetResource value.",
				"The ResourceGroupId value.", "The Tags value.", "An item.", "The Key value.",
				"The region of the instance, which is validated by the service."})
			equal(t, "examples", column(req, page.ColExample), []string{"sample", "", "sample", "", "", "sample", "cn-hangzhou"})
			resp := table(t, p, page.ResponseParams)
			equal(t, "response names", column(resp, page.ColName), []string{"Data", "AvailableAmount", "CreditAmount"})
			equal(t, "response depths", depths(resp), []string{"0", "1", "1"})
			if w := warningsOfKind(p, page.Guess); len(w) > 0 {
				t.Errorf("guesses %q", w)
			}
		})
	}
}

// manPageASCII is manPage's roff source rendered by groff -t -man -Tascii: groff has no
// character for the tree's └ and drops it, the blank after it kept, so every nested row's
// name is one blank into its column ("└└└ Key": " Key") and an unnamed item row ("└└") has
// none; where a nested name's line was justified (the name goes on in the line below) that
// blank is spread to fill the column ("└   Resource‐": "    Resource-").
const manPageASCII = `GetWindow - ECS - AlibabGetWindowo-uECSt-tAlibabatCloud Documentation Center()



ECS:GetWindow
       Calls GetWindow.

   Request parameters
       Parameter       Type            Required   Example       Description
       ------------------------------------------------------------------------
       PlanWindow-     String          Yes        sample
       Name                                                            The
                                                                       Plan-
                                                                       Win-
                                                                       dow-
                                                                       Name
                                                                       value.
       TargetRe-       Object          Yes
       source                                                          The
                                                                       Targe-
                                                                       tRe-
                                                                       source
                                                                       value.
           Resource-   String          No         sample
       GroupId                                                         The
                                                                       Re-
                                                                       source-
                                                                       GroupId
                                                                       value.
        Tags           Array  of Ob-   No
                       ject                                            The
                                                                       Tags
                                                                       value.
                       Object          No
                                                                       An
                                                                       item.
        Key            String          No         sample
                                                                       The Key
                                                                       value.
       RegionId        String          Yes        cn-hangzhou
                                                                       The re-
                                                                       gion of
                                                                       the in-
                                                                       stance,
                                                                       which
                                                                       is val-
                                                                       idated
                                                                       by  the
                                                                       ser-
                                                                       vice.

   Response parameters
       Parameter          Type     Example   Description
       --------------------------------------------------------
       Data               Object
                                                    The  Data
                                                    value.
        AvailableAmount   String   sample
                                                    The
                                                    Avail-
                                                    ableAmount
                                                    value.




        CreditAmount      String   sample
                                                    The Credi-
                                                    tAmount
                                                    value.



                        GetWindow - ECS - Alibaba Cloud Documentation Center()
`

// TestManPageASCII: on a rendered manual page whose tree glyphs the typesetter dropped
// (manPageASCII), a justified nested name's blanks are one blank, as every other nested
// row's: each nested row is one level deep (the tree builder tells the levels apart by
// the item rows and the example). Before, "    Resource-" read a level deeper than " Tags"
// (depth 2), and on a whole page the rows after it were placed in a list's item or
// nowhere.
func TestManPageASCII(t *testing.T) {
	p := readText(t, manPageASCII)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"PlanWindowName", "TargetResource", "ResourceGroupId", "Tags", "", "Key", "RegionId"})
	equal(t, "depths", depths(req), []string{"0", "0", "1", "1", "0", "1", "0"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response names", column(resp, page.ColName), []string{"Data", "AvailableAmount", "CreditAmount"})
	equal(t, "response depths", depths(resp), []string{"0", "1", "1"})
}

// depths is each row's depth.
func depths(tb *page.Table) []string {
	var out []string
	for _, r := range tb.Rows {
		out = append(out, strconv.Itoa(r.Depth))
	}
	return out
}

// TestLineHyphenPage: a "-" ending a cell's line on a page that no typesetter rendered is
// a word's own hyphen, kept, the lines glued ("cn-" over "hangzhou": "cn-hangzhou"; before,
// "cnhangzhou"), but where the page writes the word whole elsewhere ("ResourceOwn-" over
// "erAccount", and ResourceOwnerAccount a row's name): a break, dropped. A word written
// with hyphens wrapped after one of them ("x-acs-" over "request-id", which LineHyphen
// takes for no break) glues too, the hyphen kept; before, "x-acs- request-id".
func TestLineHyphenPage(t *testing.T) {
	p := readText(t, `DescribeZones

Request parameters

Name                  Type      Required   Description
RegionId              String    Yes        The region, such as cn-
                                           hangzhou, of the zones.
ResourceOwnerAccount  String    No         The ResourceOwn-
                                           erAccount value.
Token                 String    No         The x-acs-
                                           request-id header.

Response parameters

Name          Type      Description
RequestId     String    The request ID.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "descriptions", column(req, page.ColDescription), []string{"The region, such as cn-hangzhou, of the zones.",
		"The ResourceOwnerAccount value.", "The x-acs-request-id header."})
}

// TestManPageTabs: a rendered manual page piped through col -b (its gaps tabs to the
// terminal's stops, then blanks) reads as the page with its blanks: its tabs are no cell
// separators. A tab-separated page keeps its tabs.
func TestManPageTabs(t *testing.T) {
	tabbed := pagetest.ColTabs(manPage)
	if !strings.Contains(tabbed, "Type\t Required") && !strings.Contains(tabbed, "\t ") {
		t.Fatalf("ColTabs wrote no tab stops:\n%s", tabbed)
	}
	want := readText(t, manPage)
	p := readText(t, tabbed)
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), rowsOf(table(t, want, page.RequestParams)))
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), rowsOf(table(t, want, page.ResponseParams)))
	if got, ok := expandTabStops("Parameter\tType\tDescription\nRegionId\tString\t The region.\n"); ok {
		t.Errorf("a tab-separated page's tabs expanded: %q", got)
	}
	if got, _ := expandTabStops("a\t b\nabcdefghij\t  c\n"); got != "a        b\nabcdefghij        c\n" {
		t.Errorf("expandTabStops: %q", got)
	}
}

// manGoTypes is a rendered manual page's response table whose types are Go types filled
// into a narrow column: a word broken with groff's hyphen over three lines
// ("*DescribeRegion‐" over "sResponseBodyRe‐" over "gions"), a map's type broken inside
// its brackets' word ("map[string]inter‐" over "face{}"), a name broken over lines beside
// its type ("Performance‐" over "ControlOp‐" beside "*Modify‐" over "DiskSpecRe‐"), a
// nested name's piece opening with a capital ("└  Resource‐" over "ServerScopes").
const manGoTypes = `ECS:DescribeRegions
       Calls DescribeRegions.

   Response parameters
       Parameter          Type               Description        Example
       ─────────────────────────────────────────────────────────────────
       Regions            *DescribeRegion‐
                          sResponseBodyRe‐          The   Re‐
                          gions                     gions
                                                    value.
       └ Region           []*DescribeRe‐
                          gionsResponse‐            The   Re‐
                          BodyRegionsRe‐            gion val‐
                          gion                      ue.
       Tags               map[string]inter‐         The tags.
                          face{}
       Performance‐       *Modify‐
       ControlOp‐         DiskSpecRe‐               The   Per‐
       tions              questPerfor‐              formance.
                          manceCon‐
                          trolOptions
       └  Resource‐       []*ListUsersFor‐
       ServerScopes       ResourceServer‐           The scopes.
                          Scopes
       RequestId          *string                               sample
                                                    The   Re‐
                                                    questId
                                                    value.
`

// TestManGoTypes: a Go type a typesetter broke across lines (manGoTypes) is the row's
// type whole, and the row a row: before, the type's first piece was no type, the row's
// line no row, and the table ended at it.
func TestManGoTypes(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"utf8", manGoTypes},
		// groff -Tascii writes its breaks "-": only a page rendered as a manual page
		// (its running header and footer) says so (lineHyphen)
		{"ascii hyphens", manFramed("DescribeRegions", strings.NewReplacer("‐", "-", "─", "-").Replace(manGoTypes))},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := readText(t, c.text)
			resp := table(t, p, page.ResponseParams)
			equal(t, "names", column(resp, page.ColName), []string{"Regions", "Region", "Tags",
				"PerformanceControlOptions", "ResourceServerScopes", "RequestId"})
			equal(t, "types", column(resp, page.ColType), []string{"*DescribeRegionsResponseBodyRegions",
				"[]*DescribeRegionsResponseBodyRegionsRegion", "map[string]interface{}",
				"*ModifyDiskSpecRequestPerformanceControlOptions", "[]*ListUsersForResourceServerScopes", "*string"})
			equal(t, "depths", depths(resp), []string{"0", "1", "0", "0", "1", "0"})
			if w := warningsOfKind(p, page.Drop); len(w) > 0 {
				t.Errorf("drops %q", w)
			}
		})
	}
}

// manFramed is text as man prints it: a running header over it and a footer under it
// naming the page (name), apart from it by blank lines.
func manFramed(name, text string) string {
	frame := name + " - ECS - Alibaba Cloud Documentation Center()"
	return frame + "\n\n\n\n" + text + "\n\n\n                        " + frame + "\n"
}

// manNameBelow is a rendered manual page's response table where a nested name does not
// fit beside its tree's glyphs: groff sets the glyphs alone on the row's line and the name
// at the column's start on the next ("└" over "MFABindRequired").
const manNameBelow = `ECS:GetLoginProfile
       Calls GetLoginProfile.

   Response parameters
       Parameter          Type       Description    Example
       ───────────────────────────────────────────────────────
       LoginProfile       *Login‐                   sample
                          Profile   The profile.
       └ LastLoginTime    *string                   sample
                                    The   Last‐
                                    LoginTime
                                    value.
       └                  *bool                     true
       MFABindRequired              The
                                    MFABindRequired
                                    value.
       └ Status           *string                   sample
                                    The Status.
`

// TestManNameBelow: a name set under its row's tree glyphs (manNameBelow) is the row's
// name; before, the row had no name (dropped) and the table ended at the name's line,
// its rows after it dropped.
func TestManNameBelow(t *testing.T) {
	p := readText(t, manNameBelow)
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"LoginProfile", "LastLoginTime", "MFABindRequired", "Status"})
	equal(t, "depths", depths(resp), []string{"0", "1", "1", "1"})
	if w := warningsOfKind(p, page.Drop); len(w) > 0 {
		t.Errorf("drops %q", w)
	}
}

// manNameBelowBroken is manNameBelow with the name under the glyphs too long for the
// column as well: groff breaks it with a hyphen, the rest on the line after it.
const manNameBelowBroken = `ECS:GetLoginProfile
       Calls GetLoginProfile.

   Response parameters
       Parameter     Type       Description    Example
       ──────────────────────────────────────────────────
       Profile       *Login‐                   sample
                     Profile   The profile.
       └└            *bool                     true
       MFABindRe‐              The    MFA‐
       quired                  BindRequired
                               value.
       └ Status      *string                   sample
                               The Status.
       └ SourcePor‐  *string                   sample
       tRange                  The    Source‐
                               PortRange.
`

// TestManNameBelowBroken: a name set under its row's tree glyphs and broken with a hyphen
// is the row's name, glued to its rest; before, the row had no name (dropped), its name's
// lines left to the rows after it (on a whole page, a later broken name, "SourcePor‐"
// over "tRange", was then read as a new table's header).
func TestManNameBelowBroken(t *testing.T) {
	p := readText(t, manNameBelowBroken)
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"Profile", "MFABindRequired", "Status", "SourcePortRange"})
	if w := warningsOfKind(p, page.Drop); len(w) > 0 {
		t.Errorf("drops %q", w)
	}
}

// manLongNames is a rendered manual page's response table whose names are each too long
// for their column: groff breaks every one with a hyphen ("Deployment‐" over
// "PolicyCreatio‐" over "nType"), and the lines a name's last pieces share with its
// description hold a word that reads as a type ("CreationType"), off the columns.
const manLongNames = `ECS:GetPolicy
       Calls GetPolicy.

   Response parameters
       Parameter        Type     Example         Description
       ───────────────────────────────────────────────────────────────────────
       Deployment‐      object
       Policy                                           The  DeploymentPolicy
                                                        value.
       └ Deployment‐    string   sample
       PolicyCreatio‐                                   The DeploymentPolicy‐
       nType                                            CreationType value.
       └ Deployment‐    string   sample
       PolicySource‐                                    The DeploymentPolicy‐
       Type                                             SourceType value.
       └ Deployment‐    string   sample
       PolicyTarget‐                                    The DeploymentPolicy‐
       Type                                             TargetType value.
       └ CreateTime     long     1700000000000
                                                        The CreateTime value.
       RequestId        string   sample
                                                        The RequestId value.
`

// TestManLongNames: a table whose rows' names are all broken with a typesetter's hyphen
// (manLongNames) is read in its columns: a row's line is a row's though its name is only
// the name's first piece. Before, those lines were no rows, the name-and-description
// lines that looked like rows outnumbered them, so the table was not read in its columns:
// it ended at its first row and a later description line was read as another table's
// header, its rows placed at the top level (a truth record rendered by the
// spaced+s22mangroff shape lost its object's fields so).
func TestManLongNames(t *testing.T) {
	p := readText(t, manLongNames)
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"DeploymentPolicy", "DeploymentPolicyCreationType",
		"DeploymentPolicySourceType", "DeploymentPolicyTargetType", "CreateTime", "RequestId"})
	equal(t, "depths", depths(resp), []string{"0", "1", "1", "1", "1", "0"})
	equal(t, "types", column(resp, page.ColType), []string{"object", "string", "string", "string", "long", "string"})
}
