package page

import "testing"

// TestParamNameAndRAMAction: one rule each for "a parameter name" and "a RAM action", which
// the text reader and the extraction both ask. Where their old twins disagreed, the answer
// follows the pages: the 3,170 names of the official metadata (../shared/corpus/metadata)
// all match [A-Za-z_][A-Za-z0-9_.-]*, none starts with "@" or ends with a dot; pages write
// list items in the JSON-path spelling ("Tags[].Key"), which extraction unbrackets; every
// RAM action of the corpus pages is a lower-case service code, a colon and an operation,
// and a capitalised word before a colon is an example or prose ("ECSInstanceId:ECS",
// "OSS:OSS" in ECS pages).
func TestParamNameAndRAMAction(t *testing.T) {
	for s, want := range map[string]bool{
		"InstanceId": true, "Tag.N.Key": true, "x-acs-security-token": true, "_meta": true, "$body": true,
		"Tags[].Key": true, "Tags[N].Key": true, "Ids[1]": true, "Ids[]": true, "A[0][1]": true,
		"@timestamp": false, // the text reader took it, the extraction did not: no page names one so
		"Yes.":       false, // the extraction took a trailing dot, the text reader did not: a sentence's end
		"Tag.":       false, "x-": false, "Tags[x]": false, "Tags[]Key": false, "[0]": false, "Ta]g": false,
		"1st": false, "Instance Id": false, "名称": false, "": false,
	} {
		if got := IsParamName(s); got != want {
			t.Errorf("IsParamName(%q) = %v, want %v", s, got, want)
		}
	}
	long := "A"
	for len(long) <= 128 {
		long += "a"
	}
	if IsParamName(long) || !IsParamName(long[:128]) {
		t.Errorf("IsParamName: names are at most 128 bytes")
	}
	for s, want := range map[string]bool{
		"ecs:RunInstances": true, "eiam:CreateInstance": true, "yundun-bastionhost:DescribeInstances": true,
		"ecs:Describe*": true, "oss:*": true, "ecs:Describe*Instances": true, "ram:Get_Policy": true,
		"ECSInstanceId:ECS": false, "OSS:OSS": false, "Note:Xxxx": false, // prose and examples: the text reader took them
		"1ecs:Run": false, "ecs_x:Run": false, // service codes: lower-case letters, digits and dashes
		"ecs:Run.Instances": false, "ecs:Run-Instances": false, // operations: letters, digits, _ and wildcards
		"ecs:": false, ":Run": false, "ecs:Run Instances": false, "acs:ecs:*:*:instance/*": false, "ecs": false,
	} {
		if got := IsRAMAction(s); got != want {
			t.Errorf("IsRAMAction(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStructTypeName: the one rule the text reader and the extraction ask of a type cell
// naming a struct the older way. The extraction's twin allowed "_", the reader's did not;
// both now take an identifier (IsIdent).
func TestStructTypeName(t *testing.T) {
	for s, want := range map[string]bool{
		"ScalingConfigurationSetType": true, "InstanceAttributesType": true, "Scaling_ConfigType": true,
		"Type": false, "AbType": false, "ScalingType": true, "ABCType": false, "scalingConfigType": false, "Scaling-ConfigType": false,
		"ScalingConfigurationSet": false, "SCALINGTYPE": false,
	} {
		if got := IsStructTypeName(s); got != want {
			t.Errorf("IsStructTypeName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSplitRAMAction: a level glued to a RAM action splits off in any case: in lower case
// after a CamelCase operation or a wildcard, in upper case always, capitalised when the
// rest is the operation the title names (an operation may itself end in a level word),
// never when the title names the whole operation ("PutBucketWhitelist").
func TestSplitRAMAction(t *testing.T) {
	for _, c := range []struct{ line, title, action, level string }{
		{"alidns:AddDomainWRITE", "AddDomain", "alidns:AddDomain", "WRITE"},
		{"svc:GetServiceRead", "GetService - Xxx", "svc:GetService", "Read"},
		{"svc:GetServiceRead", "", "svc:GetServiceRead", ""},
		{"svc:ListInstancesList", "ListInstances", "svc:ListInstances", "List"},
		{"svc:BatchGet", "BatchGet", "svc:BatchGet", ""},
		{"svc:CreateInstanceAccountcreate", "", "svc:CreateInstanceAccount", "create"},
		{"eiam:Get*get", "", "eiam:Get*", "get"},
		{"eiam:getcreate", "", "eiam:getcreate", ""},
		{"ECSInstanceId:ECScreate", "", "ECSInstanceId:ECScreate", ""},
		{"oss:PutBucketWhitelist", "PutBucketWhitelist - Xxx", "oss:PutBucketWhitelist", ""},
		{"vod:GetPlaylist", "GetPlaylist", "vod:GetPlaylist", ""},
		{"vod:GetPlaylistget", "GetPlaylist", "vod:GetPlaylist", "get"},
		{"ecs:DescribeBlacklistlist", "DescribeBlacklist", "ecs:DescribeBlacklist", "list"},
	} {
		if a, lv := SplitRAMAction(c.line, c.title); a != c.action || lv != c.level {
			t.Errorf("SplitRAMAction(%q, %q) = %q, %q; want %q, %q", c.line, c.title, a, lv, c.action, c.level)
		}
	}
}

// TestHeadingShaped: a short line not ending as a sentence or label reads as a heading.
func TestHeadingShaped(t *testing.T) {
	for s, want := range map[string]bool{
		"Returned data fields": true, "返回数据": true, "Response (JSON)": true, "Data 2": true,
		"The request ID is returned.": false, "Valid values:": false, "": false, "a\nb": false,
		"one two three four five six seven eight nine": false,
	} {
		if got := HeadingShaped(s); got != want {
			t.Errorf("HeadingShaped(%q) = %v, want %v", s, got, want)
		}
	}
}
