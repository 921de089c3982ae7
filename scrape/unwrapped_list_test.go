package scrape

import (
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A response List row that no example shows, beside a List row that the JSON example shows
// in the legacy wrapper ({"AvailableDiskCategories": {"DiskCategories": [...]}}), is read
// as a plain list, and the guess is warned by name: the page's own convention says it may be
// wrapped, but no row or example names its wrapper key (ECS DescribeZones, DescribeInstances
// RdmaIpAddress). A list the example shows plain, or an object without wrapped siblings,
// gets no such warning. Hand-made page of that shape.
func TestUnwrappedSiblingListWarned(t *testing.T) {
	const pg = "# DescribeThings\n\nDescribes things.\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n|RegionId|String|Yes|cn-hangzhou|The region. |\n\n" +
		"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|RequestId|String|r-1|The request. |\n|Zones|Array of Zone| |The zones. |\n|Zone| | | |\n" +
		"|AvailableDiskCategories|List|cloud|The disk categories. |\n" +
		"|AvailableHostTypes|List|c|The host types. |\n" +
		"|Labels|List|a|The labels. |\n" +
		"|ZoneId|String|z-1|The zone. |\n\n" +
		"## Examples\n\nSample success responses\n\n`JSON` format\n\n```\n" +
		`{"RequestId": "r-1", "Zones": {"Zone": [{"AvailableDiskCategories": {"DiskCategories": ["cloud"]}, "Labels": ["a"], "ZoneId": "z-1"}]}}` +
		"\n```\n"
	got := plainListGuesses(t, mdpage.Reader{}, "DescribeThings.md", pg)
	want := `DescribeThings.md:19: response field "AvailableHostTypes" (List) is read as a plain list: no example shows it, while the JSON example shows its sibling list "AvailableDiskCategories" wrapped ({"AvailableDiskCategories": {"DiskCategories": [...]}}) and no row names a wrapper key for it`
	if len(got) != 1 || got[0] != want {
		t.Errorf("warnings %q, want only %q", got, want)
	}
}

// The same convention reaches a struct that no example shows at all (ECS DescribeZones:
// AvailableResources, an Array of ResourcesInfo whose DataDiskCategories, InstanceTypes ...
// are Lists, while the example shows only AvailableDiskCategories, wrapped): its List rows
// are read as plain lists, and the guess names each (the SDK wraps all six). Before, only
// their placement by row order was warned. The wrapper's own list (a List row whose example
// shows the wrapper) and a struct the example shows without the list get no such warning.
func TestUnwrappedListInUnshownStructWarned(t *testing.T) {
	const pg = "# DescribeThings\n\nDescribes things.\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n|RegionId|String|Yes|cn-hangzhou|The region. |\n\n" +
		"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n" +
		"|RequestId|String|r-1|The request. |\n|Zones|Array of Zone| |The zones. |\n|Zone| | | |\n" +
		"|AvailableDiskCategories|List|cloud|The disk categories. |\n" +
		"|AvailableResources|Array of ResourcesInfo| |The resources. |\n|ResourcesInfo| | | |\n" +
		"|DataDiskCategories|List|cloud_ssd|The data disk categories. |\n" +
		"|IoOptimized|Boolean|true|Whether I/O optimized. |\n" +
		"|ZoneId|String|z-1|The zone. |\n\n" +
		"## Examples\n\nSample success responses\n\n`JSON` format\n\n```\n" +
		`{"RequestId": "r-1", "Zones": {"Zone": [{"AvailableDiskCategories": {"DiskCategories": ["cloud"]}, "ZoneId": "z-1"}]}}` +
		"\n```\n"
	got := plainListGuesses(t, mdpage.Reader{}, "DescribeThings.md", pg)
	want := `DescribeThings.md:21: response field "DataDiskCategories" (List) is read as a plain list: no example shows it or its object, while the JSON example shows the list "AvailableDiskCategories" wrapped ({"AvailableDiskCategories": {"DiskCategories": [...]}}) and no row names a wrapper key for it`
	if len(got) != 1 || got[0] != want {
		t.Errorf("warnings %q, want only %q", got, want)
	}
}

// plainListGuesses reads page pg (its file name file) with reader r and returns its "is
// read as a plain list" guess warnings.
func plainListGuesses(t *testing.T, r page.Reader, file, pg string) []string {
	t.Helper()
	res, err := readExtract(r, file, []byte(pg), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "is read as a plain list") && w.Kind == page.Guess {
			got = append(got, w.String())
		}
	}
	return got
}

// A list of objects is read the same way: a concat table types it "object []" with no row
// naming a wrapper key, and where the JSON example (cut before it) shows a sibling list in
// the legacy wrapper ({"RegionStatuses": {"RegionStatus": [...]}}), the plain list is a
// guess, named (resourcemanager GetResourceGroup's Tags; the SDK has Tags.Tag). Before,
// only lists of scalars were named, and a wrapped list of objects was no evidence for a
// sibling list of scalars either (ECS DescribeLaunchTemplateVersions' SecurityGroupIds
// beside DataDisks, wrapped in the SDK). Hand-made page of that shape.
func TestUnwrappedSiblingObjectListWarned(t *testing.T) {
	const pg = "DescribeThings\n\nDescribes things.\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\n" +
		"GroupIdstringYes\n\nThe group.\n\ng-1\n\nResponse parameters\n\nParameterTypeDescriptionExample\nobject\n\nThe result.\n\n" +
		"RequestIdstring\n\nThe request.\n\nr-1\nGroupobject\n\nThe group.\n\n" +
		"RegionStatusesobject []\n\nThe statuses.\n\nStatusstring\n\nThe status.\n\nOK\n" +
		"Namestring\n\nThe name.\n\ng\nTagsobject []\n\nThe tags.\n\nTagKeystring\n\nThe key.\n\nk1\n\n" +
		"Examples\n\nJSON format\n\n" +
		`{"RequestId": "r-1", "Group": {"RegionStatuses": {"RegionStatus": [{"Status": "OK"}]}, "Name": "g"}}` + "\n"
	got := plainListGuesses(t, textpage.Reader{}, "DescribeThings.txt", pg)
	want := `DescribeThings.txt:44: response field "Tags" (object []) is read as a plain list: no example shows it, while the JSON example shows its sibling list "RegionStatuses" wrapped ({"RegionStatuses": {"RegionStatus": [...]}}) and no row names a wrapper key for it`
	if len(got) != 1 || got[0] != want {
		t.Errorf("warnings %q, want only %q", got, want)
	}
}

// Where the page shows no wrapped list at all (vod GetVideoInfo's legacy table, cut before
// its example), an RPC response's "Snapshots | List" row, whose type gives no item type and
// which no item row follows, is read as a plain list with a guess naming it: legacy tables
// write so a list the JSON wraps ({"Snapshots": {"Snapshot": [...]}} in the SDK). Before,
// it was silent. A newer page's list with its items typed (an "array" row over an unnamed
// "string" item row, or "array<string>") is read plain without a guess, as is a list an
// example shows. Hand-made pages of that shape.
func TestUnwrappedListWithoutExampleWarned(t *testing.T) {
	const head = "GetThing\n\nGets a thing.\n\nRequest parameters\n\nParameter | Type | Required | Example | Description |\n---|---|---|---|---|\n" +
		"Action | String | Yes | GetThing |\nThe operation. |\nThingId | String | Yes | t-1 |\nThe thing. |\n" +
		"Response parameters\n\nParameter | Type | Example | Description |\n---|---|---|---|\n" +
		"RequestId | String | r-1 |\nThe request. |\nThing | Struct |\nThe thing. |\n|\nName | String | n |\nThe name. |\n"
	for _, c := range []struct {
		name, rows, want string
	}{
		{"legacy", "Snapshots | List | [\"http://a/1.jpg\"] |\nThe snapshots. |\n",
			`GetThing.txt:24: response field "Snapshots" (List) is read as a plain list: no example shows it or its object, and its row gives the items no type, as legacy RPC tables write a list the JSON wraps ({"Snapshots": {...: [...]}}) under a key no row names`},
		{"itemrow", "Snapshots | array | |\nThe snapshots. |\n| string | http://a/1.jpg |\nA snapshot. |\n", ""},
		{"itemword", "Snapshots | array<string> | [\"http://a/1.jpg\"] |\nThe snapshots. |\n", ""},
		{"example", "Snapshots | List | [\"http://a/1.jpg\"] |\nThe snapshots. |\n\nExamples\n\n```json\n" +
			`{"RequestId": "r-1", "Thing": {"Name": "n", "Snapshots": ["http://a/1.jpg"]}}` + "\n```\n", ""},
	} {
		got := plainListGuesses(t, textpage.Reader{}, "GetThing.txt", head+c.rows)
		if want := []string{c.want}; c.want == "" && len(got) != 0 || c.want != "" && !slices.Equal(got, want) {
			t.Errorf("%s: warnings %q, want %q", c.name, got, c.want)
		}
	}
}
