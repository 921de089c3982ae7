package sdktest

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"

	"github.com/acsgen/acsgen/opspec"
)

// TestEveryOperationOfficialRuntime calls every RPC operation of the ECS, KMS and VPC
// metadata through the official runtime (darabonba-openapi CallApi, what every generated
// SDK method calls), signatures checked, with the required parameters filled from their
// documented examples. Whatever the resource model answers (a result, or not found for an
// ID nobody created), the wire must hold: routing, signature, parameter decoding and the
// envelopes. So every answer is a 2xx JSON body or an error the runtime decodes with a
// code, and never a 5xx, a signature failure or a complaint about a parameter the runtime
// sent as documented.
func TestEveryOperationOfficialRuntime(t *testing.T) {
	for _, p := range []product{ecsProduct, kmsProduct, vpcProduct} {
		t.Run(p.dir, func(t *testing.T) {
			spec := p.fromMetadata().load(t)
			endpoint, _ := serve(t, spec, true)
			c, err := openapi.NewClient(sdkConfig(endpoint, testSecret))
			if err != nil {
				t.Fatal(err)
			}
			codes := map[string]int{}
			bad := map[string]bool{} // operations that failed as wireKnown expects
			called, skipped := 0, 0
			for _, op := range spec.Operations {
				if op.Style != opspec.RPC || op.OverviewOnly {
					continue
				}
				query, ok := exampleQuery(op)
				if !ok {
					skipped++
					continue
				}
				called++
				_, err := c.CallApi(&openapiutil.Params{
					Action: dara.String(op.Name), Version: dara.String(spec.Version), Protocol: dara.String("HTTP"),
					Pathname: dara.String("/"), Method: dara.String("POST"), AuthType: dara.String("AK"),
					Style: dara.String("RPC"), ReqBodyType: dara.String("formData"), BodyType: dara.String("json"),
				}, &openapiutil.OpenApiRequest{Query: query}, &dara.RuntimeOptions{})
				if err == nil {
					codes["ok"]++
					continue
				}
				code, status, decoded := errCode(err)
				switch {
				case !decoded || code == "":
					t.Errorf("%s: the official runtime could not decode the error: %v", op.Name, err)
				case status >= 500 || strings.HasPrefix(code, "Signature") || code == "InternalError":
					if reason := wireKnown[p.dir+" "+op.Name]; reason != "" {
						t.Logf("%s: %s (HTTP %d): expected failure: %s", op.Name, code, status, reason)
					} else {
						t.Errorf("%s: %s (HTTP %d)", op.Name, code, status)
					}
				case status == 400 && strings.HasPrefix(code, "Missing"):
					t.Errorf("%s: %s (HTTP %d), but the runtime sent %s", op.Name, code, status, queryText(query))
				default:
					codes[code]++
					continue
				}
				bad[op.Name] = true
				codes[code]++
			}
			for key, reason := range wireKnown {
				dir, name, _ := strings.Cut(key, " ")
				if dir == p.dir && !bad[name] {
					t.Errorf("%s: expected failure (%s) passes now: remove it from wireKnown", name, reason)
				}
			}
			var keys []string
			for k := range codes {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var parts []string
			for _, k := range keys {
				parts = append(parts, fmt.Sprintf("%s %d", k, codes[k]))
			}
			t.Logf("%d operations called (%d skipped: a required list or map, or a parameter without a scalar example): %s", called, skipped, strings.Join(parts, ", "))
		})
	}
}

// wireKnown lists the operations (product folder, name) known to fail this test today,
// with the reason. The test fails when one passes: remove it then.
var wireKnown = map[string]string{}

// exampleQuery fills the required parameters of op from their documented examples (the
// first enum value, or a plain value of the type, where there is none). A required object
// (the metadata's PrivatePoolOptions.Id nested as PrivatePoolOptions) is sent flattened, as
// the official SDKs send it: its required fields under their dotted names. It says false
// when a required parameter is a list or map, or has nothing to send.
func exampleQuery(op *opspec.Operation) (map[string]*string, bool) {
	q := map[string]*string{"RegionId": dara.String(region)}
	for _, p := range op.Params {
		if !p.Required || p.Name == "RegionId" {
			continue
		}
		if !exampleValue(q, p.Name, p.Schema) {
			return nil, false
		}
	}
	return q, true
}

// exampleValue adds the example of a required value named name to q.
func exampleValue(q map[string]*string, name string, s *opspec.Schema) bool {
	if s == nil {
		return false
	}
	v := s.Example
	if len(s.Enum) > 0 {
		v = s.Enum[0].Value
	}
	switch s.Type {
	case "string":
		if v == "" {
			v = "x"
		}
	case "integer", "number":
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			v = "1" // none, or masked in the docs ("1****")
		}
	case "boolean":
		if v != "true" && v != "false" {
			v = "false"
		}
	case "object":
		if s.Style != "" || len(s.Properties) == 0 {
			return false
		}
		for _, p := range s.Properties {
			if p.Required && !exampleValue(q, name+"."+p.Name, p.Schema) {
				return false
			}
		}
		return true
	default:
		return false
	}
	q[name] = dara.String(v)
	return true
}

func queryText(q map[string]*string) string {
	var parts []string
	for k, v := range q {
		parts = append(parts, k+"="+dara.StringValue(v))
	}
	sort.Strings(parts)
	return strings.Join(parts, "&")
}

// notFoundCode says whether an error code names a missing resource
// ("InvalidParameter.KMSKeyId.NotFound"): the resource model's answer, not the wire's.
func notFoundCode(code string) bool {
	low := strings.ToLower(code)
	return strings.Contains(low, "notfound") || strings.Contains(low, "notexist") || strings.Contains(low, "not.exist")
}
