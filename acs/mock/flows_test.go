package mock

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
)

// The official SDKs' flows of issue 14 (ECS key pairs and security groups, KMS keys and
// secrets, VPC, RAM users), run at the mock level with raw RPC requests, on specs scraped
// from the real 2021 pages and from the official metadata in ../shared (skipped where
// absent), and on the small hand-made specs in testdata/ (always).

// client calls one product version of a mock the way the official SDKs do (RPC, POST /,
// parameters in the query).
type client struct {
	t       *testing.T
	s       *Server
	version string
	host    string
}

func (c client) call(action string, params map[string]string) answer {
	c.t.Helper()
	q := url.Values{"RegionId": {"cn-hangzhou"}}
	for k, v := range params {
		q.Set(k, v)
	}
	r := httptest.NewRequest("POST", "/?"+q.Encode(), nil)
	r.Host = c.host
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", c.version)
	return do(c.t, c.s, r)
}

// ok calls and fails the test unless the answer is 200.
func (c client) ok(action string, params map[string]string) answer {
	c.t.Helper()
	a := c.call(action, params)
	if a.status != 200 {
		c.t.Fatalf("%s %v: %d %s", action, params, a.status, a.raw)
	}
	return a
}

// fails calls and fails the test unless the answer is an error with the given status.
func (c client) fails(action string, params map[string]string, status int) answer {
	c.t.Helper()
	a := c.call(action, params)
	if a.status != status {
		c.t.Fatalf("%s %v: %d %s, want status %d", action, params, a.status, a.raw, status)
	}
	return a
}

var (
	sharedSpecsMu sync.Mutex
	sharedSpecs   = map[string]*opspec.Spec{}
)

// sharedSpec scrapes pages or metadata of ../shared once per test binary; skips when absent.
func sharedSpec(t *testing.T, product, version string, elem ...string) *opspec.Spec {
	t.Helper()
	p := goldentest.Shared(t, elem...)
	if _, err := os.Stat(p); err != nil {
		t.Skip(err)
	}
	sharedSpecsMu.Lock()
	defer sharedSpecsMu.Unlock()
	if s := sharedSpecs[p]; s != nil {
		return s
	}
	sc := scrape.New(scrape.Options{Product: product, Version: version}, nil)
	if err := sc.AddPath(p); err != nil {
		t.Fatal(err)
	}
	specs, err := sc.Specs()
	if err != nil || len(specs) != 1 {
		t.Fatalf("%s: %v (%d specs)", p, err, len(specs))
	}
	sharedSpecs[p] = specs[0]
	return specs[0]
}

// testdataSpec loads a hand-made spec of testdata/.
func testdataSpec(t *testing.T, name string) *opspec.Spec {
	t.Helper()
	s, err := opspec.LoadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newClient(t *testing.T, spec *opspec.Spec, host string, opts ...Option) client {
	t.Helper()
	s, err := New([]*opspec.Spec{spec}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return client{t: t, s: s, version: spec.Version, host: host}
}

// noWarnings fails t for each journaled request of s the mock read with a warning: a flow
// that sends only what the operations document leaves the mock nothing to guess.
func noWarnings(t *testing.T, s *Server) {
	t.Helper()
	for _, r := range s.Requests() {
		if len(r.Warnings) > 0 {
			t.Errorf("%s %s (%s): warnings %q", r.Method, r.Path, r.Operation, r.Warnings)
		}
	}
}

type specSource struct {
	name string
	spec func(t *testing.T) *opspec.Spec
}

func ecsSources() []specSource {
	return []specSource{
		{"testdata", func(t *testing.T) *opspec.Spec { return testdataSpec(t, "ecs.yaml") }},
		{"pages", func(t *testing.T) *opspec.Spec {
			return sharedSpec(t, "Ecs", "2014-05-26", "corpus", "products", "ecs", "en")
		}},
		{"metadata", func(t *testing.T) *opspec.Spec {
			return sharedSpec(t, "", "", "corpus", "metadata", "ecs", "2014-05-26", "api-docs.json")
		}},
	}
}

func kmsSources() []specSource {
	return []specSource{
		{"testdata", func(t *testing.T) *opspec.Spec { return testdataSpec(t, "kms.yaml") }},
		{"pages", func(t *testing.T) *opspec.Spec {
			return sharedSpec(t, "Kms", "2016-01-20", "corpus", "products", "kms", "en")
		}},
		{"metadata", func(t *testing.T) *opspec.Spec {
			return sharedSpec(t, "", "", "corpus", "metadata", "kms", "2016-01-20", "api-docs.json")
		}},
	}
}

// list returns the objects of the array at a dotted path ("KeyPairs.KeyPair").
func (a answer) list(path string) []map[string]any {
	var cur any = a.body
	for _, p := range strings.Split(path, ".") {
		m, _ := cur.(map[string]any)
		cur = m[p]
	}
	arr, _ := cur.([]any)
	var out []map[string]any
	for _, e := range arr {
		if m, ok := e.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func names(items []map[string]any, field string) []string {
	var out []string
	for _, it := range items {
		out = append(out, jsonString(it[field]))
	}
	return out
}

func jsonString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func TestFlowECSKeyPairs(t *testing.T) {
	for _, src := range ecsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "ecs.cn-hangzhou.aliyuncs.com")
			created := c.ok("CreateKeyPair", map[string]string{"KeyPairName": "alpha"})
			if got := created.str("KeyPairName"); got != "alpha" {
				t.Errorf("CreateKeyPair KeyPairName = %q", got)
			}
			c.fails("CreateKeyPair", map[string]string{"KeyPairName": "alpha"}, 400) // KeyPair.AlreadyExist
			c.ok("ImportKeyPair", map[string]string{"KeyPairName": "beta", "PublicKeyBody": "ssh-rsa AAAA"})
			c.ok("CreateKeyPair", map[string]string{"KeyPairName": "gamma"})
			all := c.ok("DescribeKeyPairs", nil)
			if got := names(all.list("KeyPairs.KeyPair"), "KeyPairName"); strings.Join(got, ",") != "alpha,beta,gamma" {
				t.Errorf("DescribeKeyPairs: %v", got)
			}
			if got := all.str("TotalCount"); got != "3" {
				t.Errorf("TotalCount = %s", got)
			}
			one := c.ok("DescribeKeyPairs", map[string]string{"KeyPairName": "beta"})
			if got := names(one.list("KeyPairs.KeyPair"), "KeyPairName"); strings.Join(got, ",") != "beta" {
				t.Errorf("DescribeKeyPairs KeyPairName=beta: %v", got)
			}
			glob := c.ok("DescribeKeyPairs", map[string]string{"KeyPairName": "*a*"})
			if got := len(glob.list("KeyPairs.KeyPair")); got != 3 {
				t.Errorf("DescribeKeyPairs KeyPairName=*a*: %d pairs", got)
			}
			page := c.ok("DescribeKeyPairs", map[string]string{"PageSize": "2", "PageNumber": "2"})
			if got := names(page.list("KeyPairs.KeyPair"), "KeyPairName"); strings.Join(got, ",") != "gamma" || page.str("PageNumber") != "2" || page.str("TotalCount") != "3" {
				t.Errorf("page 2 of 2: %v %s", got, page.raw)
			}
			c.ok("DeleteKeyPairs", map[string]string{"KeyPairNames": `["alpha", "beta"]`})
			after := c.ok("DescribeKeyPairs", nil)
			if got := names(after.list("KeyPairs.KeyPair"), "KeyPairName"); strings.Join(got, ",") != "gamma" {
				t.Errorf("after DeleteKeyPairs: %v", got)
			}
			gone := c.ok("DescribeKeyPairs", map[string]string{"KeyPairName": "alpha"})
			if n := len(gone.list("KeyPairs.KeyPair")); n != 0 || gone.str("TotalCount") != "0" {
				t.Errorf("deleted pair listed: %s", gone.raw)
			}
		})
	}
}

func TestFlowECSSecurityGroup(t *testing.T) {
	for _, src := range ecsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "ecs.cn-hangzhou.aliyuncs.com")
			sg := c.ok("CreateSecurityGroup", map[string]string{"SecurityGroupName": "web"}).str("SecurityGroupId")
			if sg == "" {
				t.Fatal("no SecurityGroupId")
			}
			attr := c.ok("DescribeSecurityGroupAttribute", map[string]string{"SecurityGroupId": sg})
			if got := attr.str("SecurityGroupName"); got != "web" {
				t.Errorf("SecurityGroupName = %q", got)
			}
			if got := attr.list("Permissions.Permission"); len(got) != 0 {
				t.Errorf("a new group has rules: %v", got)
			}
			if d, ok := attr.body["Description"]; ok {
				t.Errorf("Description %v shown though never set", d)
			}
			rule := map[string]string{"SecurityGroupId": sg, "IpProtocol": "tcp", "PortRange": "22/22", "SourceCidrIp": "10.0.0.0/8"}
			c.ok("AuthorizeSecurityGroup", rule)
			attr = c.ok("DescribeSecurityGroupAttribute", map[string]string{"SecurityGroupId": sg})
			perms := attr.list("Permissions.Permission")
			if len(perms) != 1 || perms[0]["PortRange"] != "22/22" || perms[0]["SourceCidrIp"] != "10.0.0.0/8" || !strings.EqualFold(jsonString(perms[0]["IpProtocol"]), "tcp") {
				t.Errorf("after AuthorizeSecurityGroup: %v", perms)
			}
			c.ok("RevokeSecurityGroup", rule)
			if got := c.ok("DescribeSecurityGroupAttribute", map[string]string{"SecurityGroupId": sg}).list("Permissions.Permission"); len(got) != 0 {
				t.Errorf("after RevokeSecurityGroup: %v", got)
			}
			c.ok("DeleteSecurityGroup", map[string]string{"SecurityGroupId": sg})
			e := c.fails("DescribeSecurityGroupAttribute", map[string]string{"SecurityGroupId": sg}, 404)
			if e.code() != "InvalidSecurityGroupId.NotFound" {
				t.Errorf("after delete: %s", e.raw)
			}
			c.fails("DeleteSecurityGroup", map[string]string{"SecurityGroupId": sg}, 404)
			regions := c.ok("DescribeRegions", nil)
			if len(regions.list("Regions.Region")) == 0 {
				t.Errorf("DescribeRegions: %s", regions.raw)
			}
		})
	}
}

func TestFlowKMSKeys(t *testing.T) {
	for _, src := range kmsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "kms.cn-hangzhou.aliyuncs.com")
			created := c.ok("CreateKey", map[string]string{"Description": "k1"})
			id := created.str("KeyMetadata.KeyId")
			if id == "" || strings.Contains(id, "*") {
				t.Fatalf("CreateKey KeyId %q", id)
			}
			d := c.ok("DescribeKey", map[string]string{"KeyId": id})
			if d.str("KeyMetadata.KeyId") != id || d.str("KeyMetadata.Description") != "k1" || d.str("KeyMetadata.KeyState") != "Enabled" {
				t.Errorf("DescribeKey: %s", d.raw)
			}
			if d.str("KeyMetadata.Arn") != created.str("KeyMetadata.Arn") {
				t.Errorf("Arn %s, created %s", d.str("KeyMetadata.Arn"), created.str("KeyMetadata.Arn"))
			}
			id2 := c.ok("CreateKey", nil).str("KeyMetadata.KeyId")
			if _, ok := c.ok("DescribeKey", map[string]string{"KeyId": id2}).body["KeyMetadata"].(map[string]any)["Description"]; ok {
				t.Error("a key created without a description shows one")
			}
			if got := names(c.ok("ListKeys", nil).list("Keys.Key"), "KeyId"); strings.Join(got, ",") != id+","+id2 {
				t.Errorf("ListKeys: %v", got)
			}
			c.ok("DisableKey", map[string]string{"KeyId": id})
			if got := c.ok("DescribeKey", map[string]string{"KeyId": id}).str("KeyMetadata.KeyState"); got != "Disabled" {
				t.Errorf("after DisableKey: KeyState %s", got)
			}
			c.ok("EnableKey", map[string]string{"KeyId": id})
			if got := c.ok("DescribeKey", map[string]string{"KeyId": id}).str("KeyMetadata.KeyState"); got != "Enabled" {
				t.Errorf("after EnableKey: KeyState %s", got)
			}
			c.fails("DescribeKey", map[string]string{"KeyId": "no-such-key"}, 404)
			c.fails("DisableKey", map[string]string{"KeyId": "no-such-key"}, 404)
		})
	}
}

func TestFlowKMSSecrets(t *testing.T) {
	for _, src := range kmsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "kms.cn-hangzhou.aliyuncs.com")
			c.ok("CreateSecret", map[string]string{"SecretName": "db", "SecretData": "s3cret", "VersionId": "v1"})
			c.fails("CreateSecret", map[string]string{"SecretName": "db", "SecretData": "x", "VersionId": "v1"}, 409)
			v := c.ok("GetSecretValue", map[string]string{"SecretName": "db"})
			if v.str("SecretData") != "s3cret" || v.str("SecretName") != "db" || v.str("VersionId") != "v1" {
				t.Errorf("GetSecretValue: %s", v.raw)
			}
			c.ok("DeleteSecret", map[string]string{"SecretName": "db"})
			e := c.fails("GetSecretValue", map[string]string{"SecretName": "db"}, 404)
			if e.code() == "" {
				t.Errorf("no code: %s", e.raw)
			}
			// the journal keeps the secret's name (it identifies it) and hides its value
			c.s.VerifyParams(t, "GetSecretValue", map[string]string{"SecretName": "db"})
			c.s.VerifyParams(t, "CreateSecret", map[string]string{"SecretName": "db", "SecretData": Redacted})
		})
	}
}

func TestFlowVPC(t *testing.T) {
	for _, src := range []specSource{
		{"testdata", func(t *testing.T) *opspec.Spec { return testdataSpec(t, "vpc.yaml") }},
		{"metadata", func(t *testing.T) *opspec.Spec {
			return sharedSpec(t, "", "", "corpus", "metadata", "vpc", "2016-04-28", "api-docs.json")
		}},
	} {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "vpc.cn-hangzhou.aliyuncs.com")
			vpc := c.ok("CreateVpc", map[string]string{"CidrBlock": "10.0.0.0/8", "VpcName": "demo"}).str("VpcId")
			other := c.ok("CreateVpc", map[string]string{"CidrBlock": "172.16.0.0/12"}).str("VpcId")
			got := c.ok("DescribeVpcs", map[string]string{"VpcId": vpc})
			if ids := names(got.list("Vpcs.Vpc"), "VpcId"); strings.Join(ids, ",") != vpc {
				t.Errorf("DescribeVpcs VpcId=%s: %v", vpc, ids)
			}
			if ids := names(c.ok("DescribeVpcs", map[string]string{"VpcName": "demo"}).list("Vpcs.Vpc"), "VpcId"); strings.Join(ids, ",") != vpc {
				t.Errorf("DescribeVpcs VpcName=demo: %v", ids)
			}
			vsw := c.ok("CreateVSwitch", map[string]string{"VpcId": vpc, "ZoneId": "cn-hangzhou-b", "CidrBlock": "10.1.0.0/16"}).str("VSwitchId")
			c.ok("CreateVSwitch", map[string]string{"VpcId": other, "ZoneId": "cn-hangzhou-b", "CidrBlock": "172.16.1.0/24"})
			if ids := names(c.ok("DescribeVSwitches", map[string]string{"VpcId": vpc}).list("VSwitches.VSwitch"), "VSwitchId"); strings.Join(ids, ",") != vsw {
				t.Errorf("DescribeVSwitches VpcId=%s: %v", vpc, ids)
			}
			c.ok("DeleteVSwitch", map[string]string{"VSwitchId": vsw})
			c.ok("DeleteVpc", map[string]string{"VpcId": vpc})
			c.fails("DescribeVpcAttribute", map[string]string{"VpcId": vpc}, 404)
			if ids := names(c.ok("DescribeVpcs", map[string]string{"VpcId": vpc}).list("Vpcs.Vpc"), "VpcId"); len(ids) != 0 {
				t.Errorf("deleted VPC listed: %v", ids)
			}
		})
	}
}

// TestFlowRAMUsers: users identified by a name, RAM 2015-05-01 style (UserName, testdata)
// and IMS 2019-08-15 style (UserId or UserPrincipalName, pages).
func TestFlowRAMUsers(t *testing.T) {
	for _, src := range []struct {
		specSource
		key string // the name identifying a user
		dn  bool   // DisplayName is required
	}{
		{specSource{"testdata", func(t *testing.T) *opspec.Spec { return testdataSpec(t, "ram.yaml") }}, "UserName", false},
		{specSource{"pages", func(t *testing.T) *opspec.Spec {
			return sharedSpec(t, "Ims", "2019-08-15", "corpus", "products", "ims", "en")
		}}, "UserPrincipalName", true},
	} {
		t.Run(src.name, func(t *testing.T) {
			key := src.key
			c := newClient(t, src.spec(t), "ims.aliyuncs.com")
			c.fails("GetUser", map[string]string{key: "nobody"}, 404)
			c.fails("UpdateUser", map[string]string{key: "nobody", "NewDisplayName": "x"}, 404)
			c.ok("CreateUser", map[string]string{key: "alice", "DisplayName": "Dev alice"})
			c.fails("CreateUser", map[string]string{key: "alice", "DisplayName": "again"}, 409)
			u := c.ok("GetUser", map[string]string{key: "alice"})
			if u.str("User.DisplayName") != "Dev alice" || u.str("User."+key) != "alice" {
				t.Errorf("GetUser: %s", u.raw)
			}
			if _, ok := u.body["User"].(map[string]any)["Comments"]; ok {
				t.Errorf("Comments shown though never set: %s", u.raw)
			}
			c.ok("UpdateUser", map[string]string{key: "alice", "NewDisplayName": "Alice B"})
			if got := c.ok("GetUser", map[string]string{key: "alice"}).str("User.DisplayName"); got != "Alice B" {
				t.Errorf("after UpdateUser: %s", got)
			}
			c.ok("UpdateUser", map[string]string{key: "alice", "New" + key: "alice2"})
			c.fails("GetUser", map[string]string{key: "alice"}, 404)
			if got := c.ok("GetUser", map[string]string{key: "alice2"}).str("User." + key); got != "alice2" {
				t.Errorf("after rename: %s", got)
			}
			bob := map[string]string{key: "bob"}
			if src.dn {
				bob["DisplayName"] = "Bob"
			}
			c.ok("CreateUser", bob)
			l := c.ok("ListUsers", map[string]string{"MaxItems": "1"})
			if got := names(l.list("Users.User"), key); strings.Join(got, ",") != "alice2" || l.str("IsTruncated") != "true" || l.str("Marker") == "" {
				t.Errorf("ListUsers MaxItems=1: %v %s", got, l.raw)
			}
			l2 := c.ok("ListUsers", map[string]string{"MaxItems": "1", "Marker": l.str("Marker")})
			if got := names(l2.list("Users.User"), key); strings.Join(got, ",") != "bob" || l2.str("IsTruncated") != "false" {
				t.Errorf("ListUsers page 2: %v %s", got, l2.raw)
			}
			c.ok("DeleteUser", map[string]string{key: "bob"})
			c.fails("GetUser", map[string]string{key: "bob"}, 404)
		})
	}
}

// TestFlowKMSCrypto: the built-in kms-crypto behaviour round-trips Encrypt and Decrypt,
// checks the encryption context, and refuses a disabled or unknown key.
func TestFlowKMSCrypto(t *testing.T) {
	for _, src := range kmsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "kms.cn-hangzhou.aliyuncs.com")
			id := c.ok("CreateKey", nil).str("KeyMetadata.KeyId")
			ctx := `{"purpose":"test"}`
			enc := c.ok("Encrypt", map[string]string{"KeyId": id, "Plaintext": "aGVsbG8=", "EncryptionContext": ctx})
			blob := enc.str("CiphertextBlob")
			if blob == "" || enc.str("KeyId") != id || strings.Contains(blob, "aGVsbG8=") {
				t.Fatalf("Encrypt: %s", enc.raw)
			}
			dec := c.ok("Decrypt", map[string]string{"CiphertextBlob": blob, "EncryptionContext": ctx})
			if dec.str("Plaintext") != "aGVsbG8=" || dec.str("KeyId") != id {
				t.Errorf("Decrypt: %s", dec.raw)
			}
			c.fails("Decrypt", map[string]string{"CiphertextBlob": blob, "EncryptionContext": `{"purpose":"other"}`}, 400)
			c.fails("Decrypt", map[string]string{"CiphertextBlob": "bm90IGEgYmxvYg=="}, 400)
			if e := c.fails("Encrypt", map[string]string{"KeyId": "no-such-key", "Plaintext": "x"}, 404); e.code() != "Forbidden.KeyNotFound" {
				t.Errorf("unknown key: %s", e.raw)
			}
			c.ok("DisableKey", map[string]string{"KeyId": id})
			if e := c.fails("Decrypt", map[string]string{"CiphertextBlob": blob, "EncryptionContext": ctx}, 409); e.code() != "Rejected.Disabled" {
				t.Errorf("disabled key: %s", e.raw)
			}
			c.ok("EnableKey", map[string]string{"KeyId": id})
			if got := c.ok("Decrypt", map[string]string{"CiphertextBlob": blob, "EncryptionContext": ctx}).str("Plaintext"); got != "aGVsbG8=" {
				t.Errorf("after EnableKey: %s", got)
			}
			if spec := src.spec(t); spec.Operation("GenerateDataKey") != nil {
				dk := c.ok("GenerateDataKey", map[string]string{"KeyId": id, "NumberOfBytes": "16"})
				if got := c.ok("Decrypt", map[string]string{"CiphertextBlob": dk.str("CiphertextBlob")}).str("Plaintext"); got != dk.str("Plaintext") || len(got) != 24 {
					t.Errorf("GenerateDataKey then Decrypt: %q, want %q", got, dk.str("Plaintext"))
				}
			}
			// EncryptionContext goes as its JSON text, as the SDKs send it: nothing guessed
			noWarnings(t, c.s)
			off := newClient(t, src.spec(t), "kms.cn-hangzhou.aliyuncs.com", WithoutBuiltinBehaviours())
			if got := off.ok("Encrypt", map[string]string{"KeyId": id, "Plaintext": "aGVsbG8="}).str("CiphertextBlob"); got == blob {
				t.Error("WithoutBuiltinBehaviours: still encrypts")
			}
		})
	}
}

// tagsOf reads an item's Tags.Tag list as "key=value" pairs.
func tagsOf(item map[string]any) []string {
	var out []string
	tags, _ := item["Tags"].(map[string]any)
	list, _ := tags["Tag"].([]any)
	for _, t := range list {
		m, _ := t.(map[string]any)
		out = append(out, jsonString(m["TagKey"])+"="+jsonString(m["TagValue"]))
	}
	return out
}

// TestFlowECSTags: tags given at create, added by TagResources and removed by
// UntagResources show in DescribeSecurityGroups, which filters by them.
func TestFlowECSTags(t *testing.T) {
	for _, src := range ecsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "ecs.cn-hangzhou.aliyuncs.com")
			a := c.ok("CreateSecurityGroup", map[string]string{"Tag.1.Key": "env", "Tag.1.Value": "dev"}).str("SecurityGroupId")
			b := c.ok("CreateSecurityGroup", nil).str("SecurityGroupId")
			groups := func(params map[string]string) map[string][]string {
				out := map[string][]string{}
				for _, g := range c.ok("DescribeSecurityGroups", params).list("SecurityGroups.SecurityGroup") {
					out[jsonString(g["SecurityGroupId"])] = tagsOf(g)
				}
				return out
			}
			got := groups(nil)
			if strings.Join(got[a], ",") != "env=dev" || len(got[b]) != 0 || len(got) != 2 {
				t.Errorf("after create: %v", got)
			}
			c.ok("TagResources", map[string]string{"ResourceType": "securitygroup", "ResourceId.1": b, "Tag.1.Key": "env", "Tag.1.Value": "prod", "Tag.2.Key": "team", "Tag.2.Value": "x"})
			if got := groups(map[string]string{"Tag.1.Key": "env", "Tag.1.Value": "prod"}); len(got) != 1 || strings.Join(got[b], ",") != "env=prod,team=x" {
				t.Errorf("filtered by env=prod: %v", got)
			}
			if got := groups(map[string]string{"Tag.1.Key": "env"}); len(got) != 2 {
				t.Errorf("filtered by key env: %v", got)
			}
			c.ok("UntagResources", map[string]string{"ResourceType": "securitygroup", "ResourceId.1": b, "TagKey.1": "env"})
			if got := groups(nil); strings.Join(got[b], ",") != "team=x" {
				t.Errorf("after UntagResources: %v", got)
			}
			c.fails("TagResources", map[string]string{"ResourceType": "securitygroup", "ResourceId.1": "sg-nope", "Tag.1.Key": "k", "Tag.1.Value": "v"}, 404)
		})
	}
}

// TestFlowKMSTags: TagResource and UntagResource on a key, read by ListResourceTags; a
// secret's tags given at create show in DescribeSecret.
func TestFlowKMSTags(t *testing.T) {
	for _, src := range kmsSources() {
		t.Run(src.name, func(t *testing.T) {
			c := newClient(t, src.spec(t), "kms.cn-hangzhou.aliyuncs.com")
			id := c.ok("CreateKey", nil).str("KeyMetadata.KeyId")
			if got := tagsOf(c.ok("ListResourceTags", map[string]string{"KeyId": id}).body); len(got) != 0 {
				t.Errorf("new key has tags %v", got)
			}
			c.ok("TagResource", map[string]string{"KeyId": id, "Tags": `[{"TagKey":"a","TagValue":"1"},{"TagKey":"b","TagValue":"2"}]`})
			c.ok("UntagResource", map[string]string{"KeyId": id, "TagKeys": `["a"]`})
			if got := tagsOf(c.ok("ListResourceTags", map[string]string{"KeyId": id}).body); strings.Join(got, ",") != "b=2" {
				t.Errorf("ListResourceTags: %v", got)
			}
			c.fails("TagResource", map[string]string{"KeyId": "nope", "Tags": `[{"TagKey":"a","TagValue":"1"}]`}, 404)
			c.ok("CreateSecret", map[string]string{"SecretName": "s", "SecretData": "d", "VersionId": "v1", "Tags": `[{"TagKey":"k","TagValue":"v"}]`})
			if got := tagsOf(c.ok("DescribeSecret", map[string]string{"SecretName": "s"}).body); strings.Join(got, ",") != "k=v" {
				t.Errorf("DescribeSecret tags: %v", got)
			}
		})
	}
}

// TestFlowKMSSecretFilters: ListSecrets pages and applies its structured Filters.
func TestFlowKMSSecretFilters(t *testing.T) {
	for _, src := range kmsSources() {
		t.Run(src.name, func(t *testing.T) {
			spec := src.spec(t)
			if spec.Operation("ListSecrets") == nil {
				t.Skip("no ListSecrets")
			}
			c := newClient(t, spec, "kms.cn-hangzhou.aliyuncs.com")
			for _, n := range []string{"db-1", "db-2", "web"} {
				c.ok("CreateSecret", map[string]string{"SecretName": n, "SecretData": "d", "VersionId": "v1"})
			}
			list := func(params map[string]string) string {
				return strings.Join(names(c.ok("ListSecrets", params).list("SecretList.Secret"), "SecretName"), ",")
			}
			if got := list(nil); got != "db-1,db-2,web" {
				t.Errorf("ListSecrets: %s", got)
			}
			if got := list(map[string]string{"Filters": `[{"Key":"SecretName","Values":["db-*"]}]`}); got != "db-1,db-2" {
				t.Errorf("Filters SecretName=db-*: %s", got)
			}
			if got := list(map[string]string{"PageSize": "2", "PageNumber": "2"}); got != "web" {
				t.Errorf("page 2: %s", got)
			}
		})
	}
}

// TestCorpusResponsesFitSchemas: on whole real products (pages of four products, the
// metadata of ECS, KMS and VPC) every answer of the inferred behaviour, tags and blanked
// fields included, still fits its response schema.
func TestCorpusResponsesFitSchemas(t *testing.T) {
	for _, c := range []struct{ product, version string }{
		{"ecs", "2014-05-26"}, {"kms", "2016-01-20"}, {"ims", "2019-08-15"}, {"elasticsearch", "2017-06-13"},
	} {
		t.Run("pages/"+c.product, func(t *testing.T) {
			name := strings.ToUpper(c.product[:1]) + c.product[1:]
			checkAllResponses(t, []*opspec.Spec{sharedSpec(t, name, c.version, "corpus", "products", c.product, "en")})
		})
	}
	for _, c := range []struct{ product, version string }{{"ecs", "2014-05-26"}, {"kms", "2016-01-20"}, {"vpc", "2016-04-28"}} {
		t.Run("metadata/"+c.product, func(t *testing.T) {
			checkAllResponses(t, []*opspec.Spec{sharedSpec(t, "", "", "corpus", "metadata", c.product, c.version, "api-docs.json")})
		})
	}
}

// TestFlowElasticsearchROA: an ROA product whose create is documented as "createInstance":
// create with a JSON body, read by path, list filtered and paged, delete, read after delete
// answers the documented InstanceNotFound.
func TestFlowElasticsearchROA(t *testing.T) {
	spec := sharedSpec(t, "Elasticsearch", "2017-06-13", "corpus", "products", "elasticsearch", "en")
	s, err := New([]*opspec.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	call := func(method, path string, body any) answer {
		r := roa(method, path, body)
		r.Host = "elasticsearch.cn-hangzhou.aliyuncs.com"
		r.Header.Set("x-acs-version", "2017-06-13")
		return do(t, s, r)
	}
	create := map[string]any{"paymentType": "postpaid", "nodeAmount": 2, "esAdminPassword": "pw", "esVersion": "6.7_with_X-Pack",
		"nodeSpec":      map[string]any{"spec": "elasticsearch.sn2ne.xlarge", "disk": "20", "diskType": "cloud_ssd"},
		"networkConfig": map[string]any{"type": "VPC", "vpcId": "vpc-1", "vsArea": "cn-hangzhou-i", "vswitchId": "vsw-1"}}
	var ids []string
	for range 3 {
		a := call("POST", "/openapi/instances", create)
		if a.status != 200 {
			t.Fatalf("createInstance: %d %s", a.status, a.raw)
		}
		ids = append(ids, a.str("Result.instanceId"))
	}
	if d := call("GET", "/openapi/instances/"+ids[0], nil); d.status != 200 || d.str("Result.instanceId") != ids[0] || d.str("Result.esVersion") != "6.7_with_X-Pack" {
		t.Errorf("DescribeInstance: %d %s", d.status, d.raw)
	}
	if got := names(call("GET", "/openapi/instances?instanceId="+ids[1], nil).list("Result"), "instanceId"); strings.Join(got, ",") != ids[1] {
		t.Errorf("ListInstance instanceId=%s: %v", ids[1], got)
	}
	if got := names(call("GET", "/openapi/instances?page=2&size=2", nil).list("Result"), "instanceId"); strings.Join(got, ",") != ids[2] {
		t.Errorf("ListInstance page 2: %v", got)
	}
	if a := call("DELETE", "/openapi/instances/"+ids[0], nil); a.status != 200 {
		t.Fatalf("DeleteInstance: %d %s", a.status, a.raw)
	}
	if a := call("GET", "/openapi/instances/"+ids[0], nil); a.status == 200 || a.code() != "InstanceNotFound" { // the page documents it with 400
		t.Errorf("DescribeInstance after delete: %d %s", a.status, a.raw)
	}
}
