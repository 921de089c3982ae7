package acs

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Official V3 worked example, https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature
// ("Fixed parameter values"), protocol.md §1.3.
func officialV3Input() *SigningInput {
	return &SigningInput{
		Method: "POST",
		URI:    "/",
		Query: []Pair{
			{"ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"},
			{"RegionId", "cn-shanghai"},
		},
		Headers: []Pair{
			{"host", "ecs.cn-shanghai.aliyuncs.com"},
			{"x-acs-action", "RunInstances"},
			{"x-acs-version", "2014-05-26"},
			{"x-acs-date", "2023-10-26T10:22:32Z"},
			{"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
			{"x-acs-content-sha256", EmptyPayloadHash},
			{"accept", "application/json"}, // not signed
		},
		PayloadHash: HashPayload(nil),
	}
}

func TestV3OfficialExample(t *testing.T) {
	const wantCanonical = "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n" +
		"host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n" +
		"x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n" +
		"x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n" +
		"host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	const wantSTS = "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
	const wantSig = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
	const wantAuth = "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"

	in := officialV3Input()
	canonical, signed := CanonicalRequestV3(in)
	if canonical != wantCanonical {
		t.Fatalf("canonical request:\n%s\nwant:\n%s", canonical, wantCanonical)
	}
	if signed != "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version" {
		t.Errorf("signed headers %q", signed)
	}
	if sts := StringToSignV3(canonical); sts != wantSTS {
		t.Errorf("string to sign %q, want %q", sts, wantSTS)
	}
	if sig := SignatureV3("YourAccessKeySecret", wantSTS); sig != wantSig {
		t.Errorf("signature %s, want %s", sig, wantSig)
	}
	if auth := SignV3(in, "YourAccessKeyId", "YourAccessKeySecret"); auth != wantAuth {
		t.Errorf("authorization\n%s\nwant\n%s", auth, wantAuth)
	}
}

// openapi-util service_test.go TestGetAuthorization (protocol.md §1.4): empty method, empty
// path, empty query value, duplicate header names merged.
func TestV3SDKUnitVector(t *testing.T) {
	in := &SigningInput{
		Query:       []Pair{{"test", "ok"}, {"empty", ""}},
		Headers:     []Pair{{"x-acs-test", "http"}, {"x-acs-TEST", "https"}},
		PayloadHash: "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23",
	}
	const want = "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3"
	if got := SignV3(in, "acesskey", "secret"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	canonical, _ := CanonicalRequestV3(in)
	if !strings.Contains(canonical, "\nempty=&test=ok\nx-acs-test:http,https\n") {
		t.Errorf("canonical request misses the merged header or empty value:\n%s", canonical)
	}
}

func TestPercentEncodeVectors(t *testing.T) {
	for in, want := range map[string]string{
		" a*b~c/d+e=f&g:h中!'()": "%20a%2Ab~c%2Fd%2Be%3Df%26g%3Ah%E4%B8%AD%21%27%28%29", // §1.7(c)
		"a/b/c/ test":           "a%2Fb%2Fc%2F%20test",                                 // §1.4 GetEncodeParam
		"plain-_.~":             "plain-_.~",
		"":                      "",
	} {
		if got := PercentEncode(in); got != want {
			t.Errorf("PercentEncode(%q) = %q, want %q", in, got, want)
		}
	}
}

// Derived vectors, protocol.md §1.7 (a) EIAM RPC with a flattened list.
func TestV3DerivedRPC(t *testing.T) {
	var q Values
	q.Add("GroupId", "group_abc")
	q.Add("InstanceId", "idaas_abc")
	q.AddFlat("UserIds", []string{"user_1", "user_2"})
	in := &SigningInput{
		Method: "POST", URI: "/", Query: q,
		Headers: []Pair{
			{"host", "eiam.cn-hangzhou.aliyuncs.com"},
			{"x-acs-action", "AddUsersToGroup"},
			{"x-acs-version", "2021-12-01"},
			{"x-acs-date", "2023-10-26T10:22:32Z"},
			{"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
			{"x-acs-content-sha256", EmptyPayloadHash},
		},
		PayloadHash: EmptyPayloadHash,
	}
	canonical, _ := CanonicalRequestV3(in)
	if !strings.HasPrefix(canonical, "POST\n/\nGroupId=group_abc&InstanceId=idaas_abc&UserIds.1=user_1&UserIds.2=user_2\n") {
		t.Errorf("canonical:\n%s", canonical)
	}
	if got := StringToSignV3(canonical); got != "ACS3-HMAC-SHA256\n7f814924e3aa075e5e6ff4d48d19e44916f783785573f84dad1478277d0d94dd" {
		t.Errorf("string to sign %q", got)
	}
	if got := SignV3(in, "YourAccessKeyId", "YourAccessKeySecret"); !strings.HasSuffix(got, ",Signature=b7e9f62ee98957593c5cc9f932337ea488cda18c24429e0664579d857401f55e") {
		t.Errorf("authorization %s", got)
	}
}

// Derived vector §1.7 (b): RocketMQ ROA, JSON body, path parameter with '*'.
func TestV3DerivedROA(t *testing.T) {
	path, err := ExpandPath("/instances/{instanceId}/accounts", map[string]string{"instanceId": "rmq-cn-7e22ody****"})
	if err != nil {
		t.Fatal(err)
	}
	body := []byte(`{"password":"xxx","username":"xxx"}`)
	hash := HashPayload(body)
	if hash != "580d2142e3e747ac295a9a8a29f6c9eeb9768c77e2b435ed5513741193fabd44" {
		t.Fatalf("payload hash %s", hash)
	}
	in := &SigningInput{
		Method: "POST", URI: path,
		Headers: []Pair{
			{"Content-Type", "application/json; charset=utf-8"},
			{"host", "rocketmq.cn-hangzhou.aliyuncs.com"},
			{"x-acs-action", "CreateInstanceAccount"},
			{"x-acs-version", "2022-08-01"},
			{"x-acs-date", "2023-10-26T10:22:32Z"},
			{"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
			{"x-acs-content-sha256", hash},
		},
		PayloadHash: hash,
	}
	canonical, _ := CanonicalRequestV3(in)
	want := "POST\n/instances/rmq-cn-7e22ody%2A%2A%2A%2A/accounts\n\ncontent-type:application/json; charset=utf-8\n"
	if !strings.HasPrefix(canonical, want) {
		t.Errorf("canonical:\n%s", canonical)
	}
	if got := StringToSignV3(canonical); got != "ACS3-HMAC-SHA256\nb4bf271705f25df4349395738dd0891410802839f134387455803c0445214ce1" {
		t.Errorf("string to sign %q", got)
	}
	if got := SignV3(in, "YourAccessKeyId", "YourAccessKeySecret"); !strings.HasSuffix(got, ",Signature=ecbb864324e8cfe2f1055057523d0e15623799e740184597975f381968b4bc05") {
		t.Errorf("authorization %s", got)
	}
}

// Official V2-RPC example, https://www.alibabacloud.com/help/en/sdk/product-overview/rpc-mechanism
// (protocol.md §2.1), the derived POST variant and the openapi-util unit vector.
func TestV2Vectors(t *testing.T) {
	params := []Pair{
		{"AccessKeyId", "testid"}, {"Action", "DescribeDedicatedHosts"}, {"Format", "JSON"},
		{"RegionId", "cn-beijing"}, {"SignatureMethod", "HMAC-SHA1"},
		{"SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"}, {"SignatureVersion", "1.0"},
		{"Timestamp", "2023-03-13T08:34:30Z"}, {"Version", "2014-05-26"},
	}
	const wantSTS = "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26"
	if got := StringToSignV2("GET", params); got != wantSTS {
		t.Errorf("string to sign\n%s\nwant\n%s", got, wantSTS)
	}
	if got := SignV2("GET", params, "testsecret"); got != "9NaGiOspFP5UPcwX8Iwt2YJXXuk=" {
		t.Errorf("GET signature %s", got)
	}
	if got := SignV2("POST", params, "testsecret"); got != "ZvQ9xGiFnquSJRvj+WE6kdSpTwU=" {
		t.Errorf("POST signature %s", got)
	}
	if got := SignV2("", []Pair{{"test", "ok"}}, "accessKeySecret"); got != "jHx/oHoHNrbVfhncHEvPdHXZwHU=" {
		t.Errorf("SDK unit vector %s", got)
	}
}

func TestVerifyV3OfficialRequest(t *testing.T) {
	r := httptest.NewRequest("POST", "/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai", nil)
	r.Host = "ecs.cn-shanghai.aliyuncs.com"
	for _, h := range officialV3Input().Headers[1:] {
		r.Header.Set(h.Key, h.Value)
	}
	r.Header.Set("Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0")
	lookup := func(id string) (string, bool) { return "YourAccessKeySecret", id == "YourAccessKeyId" }
	if err := VerifyV3(r, nil, lookup); err != nil {
		t.Fatalf("official request does not verify: %v", err)
	}
	if err := Verify(r, nil, lookup); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	cases := []struct {
		name, code string
		mutate     func(r *http.Request) []byte
	}{
		{"changed query", "SignatureDoesNotMatch", func(r *http.Request) []byte { r.URL.RawQuery += "&X=1"; return nil }},
		{"changed date", "SignatureDoesNotMatch", func(r *http.Request) []byte { r.Header.Set("x-acs-date", "2023-10-26T10:22:33Z"); return nil }},
		{"body not hashed", "SignatureDoesNotMatch", func(r *http.Request) []byte { return []byte("x") }},
		{"unsigned x-acs header", "IncompleteSignature", func(r *http.Request) []byte { r.Header.Set("x-acs-security-token", "t"); return nil }},
		{"unknown key", "InvalidAccessKeyId.NotFound", func(r *http.Request) []byte {
			r.Header.Set("Authorization", strings.Replace(r.Header.Get("Authorization"), "YourAccessKeyId", "Other", 1))
			return nil
		}},
		{"no authorization", "IncompleteSignature", func(r *http.Request) []byte { r.Header.Del("Authorization"); return nil }},
	}
	for _, c := range cases {
		r2 := r.Clone(r.Context())
		body := c.mutate(r2)
		err := VerifyV3(r2, body, lookup)
		se, ok := err.(*SignatureError)
		if !ok || se.Code != c.code {
			t.Errorf("%s: got %v, want code %s", c.name, err, c.code)
		}
	}
}

func TestVerifyV2(t *testing.T) {
	r := httptest.NewRequest("GET", "https://ecs.cn-beijing.aliyuncs.com/?AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26&RegionId=cn-beijing", nil)
	lookup := func(id string) (string, bool) { return "testsecret", id == "testid" }
	if err := Verify(r, nil, lookup); err != nil {
		t.Fatalf("official V2 URL does not verify: %v", err)
	}
	r.Method = "POST"
	if err := VerifyV2(r, nil, lookup); err == nil || err.(*SignatureError).Code != "SignatureDoesNotMatch" {
		t.Errorf("method change not detected: %v", err)
	}
}
