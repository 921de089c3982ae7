package acs

import (
	"strings"
	"testing"
	"time"
)

func TestAddFlat(t *testing.T) {
	type inner struct {
		Channels []string `acs:"UserNotificationChannels" json:"channels"`
		Skip     string   `json:"-"`
		Zero     int      `json:"Zero,omitempty"`
	}
	type cfg struct {
		Type  string `json:"PasswordInitializationType"`
		Inner *inner `json:"Inner,omitempty"`
		Nil   *inner `json:"Nil,omitempty"`
	}
	s := "x"
	var v Values
	v.AddFlat("Config", cfg{Type: "random", Inner: &inner{Channels: []string{"email", "sms"}, Skip: "no"}})
	v.AddFlat("Map", map[string]any{"b": 2, "a": []int{1}, "nil": nil})
	v.AddFlat("Ptr", &s)
	v.AddFlat("NilSlice", []string(nil))
	v.AddFlat("When", time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600)))
	v.AddFlat("F", 1.5)
	v.AddJoined("Codes", []string{"a", "b"}, ",")
	v.AddJoined("None", []string{}, ",")
	if err := v.AddJSON("J", map[string]int{"k": 1}); err != nil {
		t.Fatal(err)
	}
	want := "Config.PasswordInitializationType=random&Config.Inner.UserNotificationChannels.1=email&Config.Inner.UserNotificationChannels.2=sms" +
		"&Map.a.1=1&Map.b=2&Ptr=x&When=2024-01-02T02%3A04%3A05Z&F=1.5&Codes=a%2Cb&J=%7B%22k%22%3A1%7D"
	if got := v.Encode(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if g, ok := v.Get("Ptr"); !ok || g != "x" {
		t.Errorf("Get = %q %v", g, ok)
	}
}

// TestAddFlatJSONText: a nested field tagged acs:",json" goes as one parameter holding its
// JSON text under its flattened name, also inside list items; an absent one adds nothing.
func TestAddFlatJSONText(t *testing.T) {
	type data struct {
		Name string `json:"name"`
	}
	type item struct {
		Key  string         `json:"Key"`
		Data *data          `json:"Data,omitempty" acs:",json"`
		Any  map[string]any `json:"Any,omitempty" acs:",json"`
	}
	type cfg struct {
		CustomData map[string]any `json:"CustomData,omitempty" acs:",json"`
		Items      []item         `json:"Items,omitempty"`
		List       []string       `json:"List,omitempty" acs:",json"`
	}
	var v Values
	v.AddFlat("ExtendedConfig", cfg{
		CustomData: map[string]any{"b": 1, "a": "x"},
		Items:      []item{{Key: "k1", Data: &data{Name: "n"}}, {Key: "k2"}},
		List:       []string{"p", "q"},
	})
	want := `ExtendedConfig.CustomData={"a":"x","b":1}|ExtendedConfig.Items.1.Key=k1|ExtendedConfig.Items.1.Data={"name":"n"}` +
		`|ExtendedConfig.Items.2.Key=k2|ExtendedConfig.List=["p","q"]`
	var got []string
	for _, p := range v {
		got = append(got, p.Key+"="+p.Value)
	}
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got\n%s\nwant\n%s", g, want)
	}
}

func TestExpandPath(t *testing.T) {
	got, err := ExpandPath("/v2/{instanceId}/{applicationId}/users/{userId}", map[string]string{"instanceId": "i 1", "applicationId": "a/b", "userId": "u~中"})
	if err != nil || got != "/v2/i%201/a%2Fb/users/u~%E4%B8%AD" {
		t.Errorf("%s %v", got, err)
	}
	if _, err := ExpandPath("/x/{open", nil); err == nil {
		t.Error("unclosed brace accepted")
	}
}

func TestDecodeJSONDirect(t *testing.T) {
	type out struct {
		N   *int32         `json:"n"`
		U   uint8          `json:"u"`
		M   map[string]int `json:"m"`
		Any any            `json:"any"`
		L   []string       `json:"l"`
	}
	var warns []DecodeWarning
	var o out
	err := DecodeJSON([]byte(`{"n":"7","u":3.0,"m":{"a":"1"},"any":{"x":1},"l":""}`), &o, func(w DecodeWarning) { warns = append(warns, w) })
	if err != nil || *o.N != 7 || o.U != 3 || o.M["a"] != 1 || o.Any.(map[string]any)["x"] != 1.0 || o.L != nil {
		t.Fatalf("%+v %v", o, err)
	}
	if len(warns) != 3 {
		t.Errorf("warnings %v", warns)
	}
	for _, bad := range []string{`{"n":"x"}`, `{"u":300}`, `{"u":"-1"}`, `{"n":1.5}`, `{"m":[1]}`, `[1]`,
		`{"l":{"a":["x"],"b":["y"]}}`, `{"l":{"a":"x"}}`} {
		var o out
		if err := DecodeJSON([]byte(bad), &o, nil); err == nil {
			t.Errorf("%s decoded without error: %+v", bad, o)
		}
	}
}

// TestDecodeWrappedList: a list the page documents as a list ("AvailableInstanceTypes |
// List") that the service sends wrapped in an object of one key, as legacy RPC answers do
// ({"AvailableInstanceTypes": {"InstanceTypes": ["ecs.g5.large"]}}), is read, with a warning.
func TestDecodeWrappedList(t *testing.T) {
	type zone struct {
		AvailableInstanceTypes []string `json:"AvailableInstanceTypes"`
		ZoneID                 string   `json:"ZoneId"`
	}
	var warns []DecodeWarning
	var z zone
	err := DecodeJSON([]byte(`{"AvailableInstanceTypes":{"InstanceTypes":["ecs.g5.large","ecs.c5.large"]},"ZoneId":"cn-hangzhou-d"}`), &z,
		func(w DecodeWarning) { warns = append(warns, w) })
	if err != nil || len(z.AvailableInstanceTypes) != 2 || z.AvailableInstanceTypes[1] != "ecs.c5.large" || z.ZoneID != "cn-hangzhou-d" {
		t.Fatalf("%+v %v", z, err)
	}
	if len(warns) != 1 || warns[0].Field != "AvailableInstanceTypes" || !strings.Contains(warns[0].Message, `"InstanceTypes"`) {
		t.Errorf("warnings %+v", warns)
	}
}
