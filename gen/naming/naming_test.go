package naming

import "testing"

func TestGoName(t *testing.T) {
	for in, want := range map[string]string{
		"CreateInstance": "CreateInstance",
		"instance-id":    "InstanceId",
		"Tag.N.Key":      "TagNKey",
		"1stValue":       "N1stValue",
		"2fa":            "N2fa",
		"名称":             "X",
		"func":           "Func",
		"with`tick":      "WithTick",
		"Weird|Op`Name":  "WeirdOpName",
		"userÉtat":       "UserTat",
		"":               "X",
	} {
		if got := GoName(in, "X"); got != want {
			t.Errorf("GoName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Method("名称"); got != "Operation" {
		t.Errorf("Method fallback = %q", got)
	}
	if got := ParamField("--"); got != "Param" {
		t.Errorf("ParamField fallback = %q", got)
	}
	if got := PropertyField(""); got != "Field" {
		t.Errorf("PropertyField fallback = %q", got)
	}
}

func TestEnumConst(t *testing.T) {
	for in, want := range map[string]string{
		"ENABLE": "ENABLE", "in-use": "InUse", "1": "1", "2xx": "2xx", "Null": "Null", "N1": "N1", "": "Value", "停止": "Value",
	} {
		if got := EnumConst(in); got != want {
			t.Errorf("EnumConst(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"Users": "User", "Policies": "Policy", "Status": "StatusItem", "Data": "DataItem", "UserList": "User",
		"Addresses": "Address", "Boxes": "Box", "Class": "ClassItem", "Analysis": "AnalysisItem",
	} {
		if got := Singular(in); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTagSafe(t *testing.T) {
	for in, want := range map[string]bool{
		"InstanceId": true, "Tag.N.Key": true, "x-acs-id": true, "a b": true, "名称": true,
		"": false, `a"b`: false, `a\b`: false, "a,b": false, "a`b": false, "a'b": false,
	} {
		if got := TagSafe(in); got != want {
			t.Errorf("TagSafe(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestScope: names are unique by case-folded name, numbered from 2, reserved names taken.
func TestScope(t *testing.T) {
	s := NewScope("Validate")
	var got []string
	for _, n := range []string{"UserId", "userId", "Validate", "UserId", "UserId2"} {
		got = append(got, s.Take(n))
	}
	want := []string{"UserId", "userId2", "Validate2", "UserId3", "UserId22"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Take sequence = %v, want %v", got, want)
		}
	}
	if !s.Used("USERID") || s.Used("Other") {
		t.Error("Used does not fold case")
	}
	if m := ClientMethods(); !m.Used("runtime") || !m.Used("Invoke") || m.Used("Validate") {
		t.Error("ClientMethods reserves the wrong names")
	}
	if f := StructFields(); !f.Used("validate") {
		t.Error("StructFields does not reserve Validate")
	}
}

func TestPackage(t *testing.T) {
	for _, c := range [][3]string{
		{"Eiam-developerapi", "2022-02-25", "eiamdeveloperapi20220225"},
		{"RocketMQ", "2022-08-01", "rocketmq20220801"},
		{"Foo_Bar.Baz", "2020-01-01", "foobarbaz20200101"},
		{"", "2020-01-01", "api20200101"},
		{"名称", "", "api"},
	} {
		if got := Package(c[0], c[1]); got != c[2] {
			t.Errorf("Package(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
