package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGoTypeRows: a page that writes the SDK's Go types ("*string", "[]*string",
// "map[string]*string", "[]*CreateUserRequestTag", "interface{}") splits its rows as one
// with the page's type words does, in the glued, spaced and cell-per-line layouts, with no
// warning; the SDK's nested struct names run to 178 bytes (ECS DescribeResourcesModification's
// conditions), which a bound of 128 dropped.
func TestGoTypeRows(t *testing.T) {
	const longType = "[]*DescribeResourcesModificationResponseBodyAvailableZonesAvailableZoneAvailableResourcesAvailableResourceConditionSupportedResourcesConditionSupportedResourceConditionsCondition"
	names := []string{"InstanceId", "Size", "Ids", "Labels", "Condition", "Extra"}
	types := []string{"*string", "*int64", "[]*string", "map[string]*string", longType, "interface{}"}
	pages := map[string]string{
		"glued": "Request parameters\n\nParameterTypeRequiredDescriptionExample\n" +
			"InstanceId*stringYes\n\nThe instance ID.\n\ni-1\n" +
			"Size*int64No\n\nThe size.\n\n10\n" +
			"Ids[]*stringNo\n\nThe IDs.\n\n[\"a\"]\n" +
			"Labelsmap[string]*stringNo\n\nThe labels.\n\n" +
			"Condition" + longType + "No\n\nThe conditions.\n\n" +
			"Extrainterface{}No\n\nMore.\n\n",
		"glued example": "Request parameters\n\nParameterTypeRequiredExampleDescription\n" +
			"InstanceId*stringYesi-1\n\nThe instance ID.\n\n" +
			"Size*int64No10\n\nThe size.\n\n" +
			"Ids[]*stringNo[\"a\"]\n\nThe IDs.\n\n" +
			"Labelsmap[string]*stringNo\n\nThe labels.\n\n" +
			"Condition" + longType + "No\n\nThe conditions.\n\n" +
			"Extrainterface{}No\n\nMore.\n\n",
		"spaced": "Request parameters\n\nParameter Type Required Example Description\n" +
			"InstanceId *string Yes i-1\n\nThe instance ID.\n\n" +
			"Size *int64 No 10\n\nThe size.\n\n" +
			"Ids []*string No [\"a\"]\n\nThe IDs.\n\n" +
			"Labels map[string]*string No\n\nThe labels.\n\n" +
			"Condition " + longType + " No\n\nThe conditions.\n\n" +
			"Extra interface{} No\n\nMore.\n\n",
		"cells": "Request parameters\n\nParameter\n\nType\n\nRequired\n\nDescription\n\nExample\n\n" +
			"InstanceId\n\n*string\n\nYes\n\nThe instance ID.\n\ni-1\n\n" +
			"Size\n\n*int64\n\nNo\n\nThe size.\n\n10\n\n" +
			"Ids\n\n[]*string\n\nNo\n\nThe IDs.\n\n[\"a\"]\n\n" +
			"Labels\n\nmap[string]*string\n\nNo\n\nThe labels.\n\n" +
			"Condition\n\n" + longType + "\n\nNo\n\nThe conditions.\n\n" +
			"Extra\n\ninterface{}\n\nNo\n\nMore.\n\n",
	}
	for layout, text := range pages {
		p, err := Reader{}.Read("GoTypes.txt", []byte("GoTypes\n\n"+text+"Response parameters\n\nParameterTypeDescriptionExample\nRequestIdstring\n\nThe request ID.\n\nabc\n"))
		if err != nil {
			t.Fatalf("%s: %v", layout, err)
		}
		req := table(t, p, page.RequestParams)
		equal(t, layout+" names", column(req, page.ColName), names)
		equal(t, layout+" types", column(req, page.ColType), types)
		equal(t, layout+" required", column(req, page.ColRequired), []string{"Yes", "No", "No", "No", "No", "No"})
		for _, w := range p.Warnings { // a Go type's "*" or "[" is a plain boundary: no guess
			t.Errorf("%s: warning %s", layout, w.Msg)
		}
	}
}

// TestUnknownTypeRowWarned: a row whose type the vocabulary lacks (a Go pointer to a struct
// glued to its name and Required word, whose name does not end with the row's so that where
// the type ends cannot be told, or an unknown word on its own line between a name and a
// Required line) cannot be read as a row; it stays text of the row before, and a drop
// warning names it, so the user knows the parameter may be missing.
func TestUnknownTypeRowWarned(t *testing.T) {
	for layout, text := range map[string]string{
		"glued": "Request parameters\n\nParameterTypeRequiredExampleDescription\nRegionIdstringYescn-hangzhou\n\nXxx.\n\n" +
			"networkConfig*CreateLogstashRequestNetConfYes\n\nXxx.\n\nPageSizeintegerNo10\n\nXxx.\n",
		"cells": "Request parameters\n\nParameter\n\nType\n\nRequired\n\nDescription\n\nRegionId\n\nString\n\nYes\n\nXxx.\n\n" +
			"networkConfig\n\nNetConf\n\nYes\n\nXxx.\n\nPageSize\n\nInteger\n\nNo\n\nXxx.\n",
	} {
		p, err := Reader{}.Read("ListThings.txt", []byte("ListThings\n\n"+text))
		if err != nil {
			t.Fatalf("%s: %v", layout, err)
		}
		equal(t, layout+" names", column(table(t, p, page.RequestParams), page.ColName), []string{"RegionId", "PageSize"})
		warned := false
		for _, w := range p.Warnings {
			warned = warned || w.Kind == page.Drop && strings.Contains(w.Msg, "rows networkConfig dropped") && strings.Contains(w.Msg, "no type word")
		}
		if !warned {
			t.Errorf("%s: no drop warning naming networkConfig: %v", layout, p.Warnings)
		}
	}
}

// TestUnknownTypeSpacedRowWarned: the spaced layout's row with an unknown type word is warned
// by name; prose ending a clause ("Default value: No") is not.
func TestUnknownTypeSpacedRowWarned(t *testing.T) {
	text := "ListThings\n\nRequest parameters\n\nName Type Required Example Description\nRegionId String Yes cn-hangzhou\n\nXxx.\n\n" +
		"networkConfig NetConf Yes {}\n\nDefault value: No\n\nPageSize Integer No 10\n\nXxx.\n"
	p, err := Reader{}.Read("ListThings.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "names", column(table(t, p, page.RequestParams), page.ColName), []string{"RegionId", "PageSize"})
	if drops := warningsOfKind(p, page.Drop); len(drops) != 1 || !strings.Contains(drops[0], "rows networkConfig dropped") {
		t.Errorf("drop warnings %q, want one naming networkConfig", drops)
	}
}

// TestSDKStructPointerRows: a Go pointer to one of the SDK's structs, named after the
// operation's request or response, is an object type in the glued, cell-per-line and spaced
// layouts, also past the 40 bytes of a type word. Glued, the struct's name ends with the
// row's name, which tells the type from a Required word glued after it, also where the
// name itself ends in a Required word (optionNo).
func TestSDKStructPointerRows(t *testing.T) {
	names := []string{"networkConfig", "LaunchConfiguration", "optionNo", "optionNo"}
	types := []string{"*CreateThingRequestNetworkConfig", "*CreateAutoProvisioningGroupRequestLaunchConfiguration",
		"*CreateThingRequestOptionNo", "*CreateThingRequestOptionNo"}
	required := []string{"Yes", "No", "Yes", ""}
	pages := map[string]string{
		"glued": "Request parameters\n\nParameterTypeRequiredDescriptionExample\n" +
			"networkConfig*CreateThingRequestNetworkConfigYes\n\nThe network.\n\n" +
			"LaunchConfiguration*CreateAutoProvisioningGroupRequestLaunchConfigurationNo\n\nThe launch.\n\n" +
			"optionNo*CreateThingRequestOptionNoYes\n\nThe option.\n\n" +
			"optionNo*CreateThingRequestOptionNo\n\nAgain.\n\n",
		"cells": "Request parameters\n\nParameter\n\nType\n\nRequired\n\nDescription\n\n" +
			"networkConfig\n\n*CreateThingRequestNetworkConfig\n\nYes\n\nThe network.\n\n" +
			"LaunchConfiguration\n\n*CreateAutoProvisioningGroupRequestLaunchConfiguration\n\nNo\n\nThe launch.\n\n" +
			"optionNo\n\n*CreateThingRequestOptionNo\n\nYes\n\nThe option.\n\n" +
			"optionNo\n\n*CreateThingRequestOptionNo\n\nAgain.\n\n",
		"spaced": "Request parameters\n\nParameter Type Required Description\n" +
			"networkConfig *CreateThingRequestNetworkConfig Yes\n\nThe network.\n\n" +
			"LaunchConfiguration *CreateAutoProvisioningGroupRequestLaunchConfiguration No\n\nThe launch.\n\n" +
			"optionNo *CreateThingRequestOptionNo Yes\n\nThe option.\n\n" +
			"optionNo *CreateThingRequestOptionNo\n\nAgain.\n\n",
	}
	for layout, text := range pages {
		p, err := Reader{}.Read("CreateThing.txt", []byte("CreateThing\n\n"+text+
			"Response parameters\n\nParameterTypeDescriptionExample\ndata*CreateThingResponseBodyData\n\nThe data.\n\nRequestIdstring\n\nThe request ID.\n\nabc\n"))
		if err != nil {
			t.Fatalf("%s: %v", layout, err)
		}
		req := table(t, p, page.RequestParams)
		equal(t, layout+" names", column(req, page.ColName), names)
		equal(t, layout+" types", column(req, page.ColType), types)
		equal(t, layout+" required", column(req, page.ColRequired), required)
		resp := table(t, p, page.ResponseParams)
		equal(t, layout+" response", column(resp, page.ColType), []string{"*CreateThingResponseBodyData", "string"})
		for _, w := range p.Warnings { // the last row lacks its Required cell, and is told so
			if w.Kind == page.Drop || w.Kind == page.Guess && !strings.Contains(w.Msg, "missing Required cell") {
				t.Errorf("%s: warning %s", layout, w.Msg)
			}
		}
	}
}

// TestGoStructRowNextName: in a table with a line a cell that writes the SDK's Go types, a
// row typed as a pointer to a struct or a slice ("*...Ipv4PrefixSets", "[]*...") holds
// children and has no example: the line after its description is the next row's name, also
// one with digits ("Ipv4PrefixSet"), which read as the row's example, the next row losing
// its name (dropped).
func TestGoStructRowNextName(t *testing.T) {
	p := readText(t, "Response parameters\n\nParameter\n\nType\n\nExample\n\nDescription\n\n"+
		"RequestId\n\n*string\n\nabc\n\nThe request ID.\n\n"+
		"Ipv4PrefixSets\n\n*CreateNetworkInterfaceResponseBodyIpv4PrefixSets\n\nThe prefix sets.\n\n"+
		"Ipv4PrefixSet\n\n[]*CreateNetworkInterfaceResponseBodyIpv4PrefixSetsIpv4PrefixSet\n\nThe prefix set.\n\n"+
		"Ipv4Prefix\n\n*string\n\nhide\n\nThe prefix.\n")
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"RequestId", "Ipv4PrefixSets", "Ipv4PrefixSet", "Ipv4Prefix"})
	equal(t, "examples", column(tb, page.ColExample), []string{"abc", "", "", "hide"})
}

// TestGoStructRowNoteNextName: TestGoStructRowNextName with each type glossed in the page's
// language after it ("*...Result（类型）", "map[string]interface{}（映射）", as a Chinese page
// glosses "String（字符串）"): the row still holds children and has no example. Before, the
// next row's name ("_meta") was read as the struct row's example and the row lost its name
// (cells.tc+fwpunct at UNSEEN_STRIDE=1).
func TestGoStructRowNoteNextName(t *testing.T) {
	p := readText(t, "返回參數\n\n參數\n\n類型\n\n說明\n\n示例值\n\n"+
		"RequestId\n\n*string（字符串）\n\nThe RequestId value.\n\nabc\n\n"+
		"Result\n\n*DescribeComponentIndexResponseBodyResult（类型）\n\nThe Result value.\n\n"+
		"_meta\n\nmap[string]interface{}（映射）\n\nThe _meta value.\n\n"+
		"name\n\n*string（字符串）\n\nThe name value.\n\nhide\n")
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"RequestId", "Result", "_meta", "name"})
	equal(t, "examples", column(tb, page.ColExample), []string{"abc", "", "", "hide"})
}

// TestGluedLongGoTypeBeforeCells: in the concat layout a row whose Go type is longer than a
// type word may be (40 bytes) and is followed by more glued cells than a Required word
// ("policy*CreateConsumerGroupRequestConsumeRetryPolicyYes--": a Default and a Valid
// values cell) is a row: the type was looked for in 40 bytes only, the line read as text
// of the row above, and the parameter and its place in the tree lost without a warning.
func TestGluedLongGoTypeBeforeCells(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameterTypeRequiredDefault valueValue rangeDescriptionExample\nid*stringYes--\n\nThe id.\n\nsample\n"+
		"policy*CreateConsumerGroupRequestConsumeRetryPolicyYes--\n\nThe policy.\n\nname*stringNo-1 to 100\n\nThe name.\n\nsample\n")
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"id", "policy", "name"})
	equal(t, "types", column(tb, page.ColType), []string{"*string", "*CreateConsumerGroupRequestConsumeRetryPolicy", "*string"})
}

// TestGluedSharedStructNoRequired: in a glued table with no Required column (a response's),
// a row typed a pointer to one of the SDK's shared models ("Result*Logstash", the
// Elasticsearch SDK's) ends with the line, so where its type ends needs no struct named
// after the row (namesStruct, which tells it where a Required word is glued after it).
// Unread, the line ran into the row before's description (the glued layout) or, under an
// ASCII tree's rows ("|-- config..."), the example line before it read as a row "sample"
// holding the struct's rows: elasticsearch CreateLogstash in concat+ascii, +chevron and
// +emdashes at UNSEEN_STRIDE=1.
func TestGluedSharedStructNoRequired(t *testing.T) {
	for _, lead := range []string{"", "|-- "} {
		p := readText(t, "CreateThing\n\nResponse parameters\n\nParameterTypeDescriptionExample\nRequestId*string\n\nThe request ID.\n\nsample\n"+
			"Result*Logstash\n\nThe result.\n\n"+lead+"createdAt*string\n\nThe time.\n\nsample\n")
		tb := table(t, p, page.ResponseParams)
		equal(t, "names", column(tb, page.ColName), []string{"RequestId", "Result", "createdAt"})
		equal(t, "types", column(tb, page.ColType), []string{"*string", "*Logstash", "*string"})
		equal(t, "descriptions", column(tb, page.ColDescription), []string{"The request ID.", "The result.", "The time."})
	}
}
