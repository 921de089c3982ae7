package mock

import (
	"context"
	"slices"
	"testing"
)

// TestBehaviourPrecedence: WithHandler wins over WithBehaviour, which wins over the
// built-in behaviours; behaviours for operations a spec lacks are skipped; Behaviours names
// those in use.
func TestBehaviourPrecedence(t *testing.T) {
	spec := testdataSpec(t, "kms.yaml")
	answer := func(text string) Handler {
		return func(ctx context.Context, c *Call) (any, error) { return map[string]any{"KeyId": text}, nil }
	}
	mine := Behaviour{Name: "mine", Product: "KMS", Handlers: map[string]Handler{
		"Encrypt": answer("behaviour"), "Decrypt": answer("behaviour"), "NoSuchOperation": answer("x"),
	}}
	c := newClient(t, spec, "kms.cn-hangzhou.aliyuncs.com",
		WithBehaviour(mine), WithHandler("Kms", "2016-01-20", "Decrypt", answer("handler")))
	if got := c.ok("Encrypt", map[string]string{"KeyId": "k", "Plaintext": "p"}).str("KeyId"); got != "behaviour" {
		t.Errorf("Encrypt answered by %q, want the behaviour", got)
	}
	if got := c.ok("Decrypt", map[string]string{"CiphertextBlob": "b"}).str("KeyId"); got != "handler" {
		t.Errorf("Decrypt answered by %q, want the handler", got)
	}
	if got := c.s.Behaviours(); !slices.Equal(got, []string{"mine"}) { // kms-crypto answers nothing here
		t.Errorf("Behaviours = %v", got)
	}
	if got := newClient(t, spec, "kms").s.Behaviours(); !slices.Equal(got, []string{"kms-crypto"}) {
		t.Errorf("Behaviours by default = %v", got)
	}
	ecs := newClient(t, testdataSpec(t, "ecs.yaml"), "ecs.cn-hangzhou.aliyuncs.com")
	if got := ecs.s.Behaviours(); len(got) != 0 {
		t.Errorf("ECS behaviours = %v", got)
	}
}

// TestCallResourceAPI: a handler reads and changes stored resources and answers the
// product's not-found error.
func TestCallResourceAPI(t *testing.T) {
	var seen map[string]any
	h := func(ctx context.Context, c *Call) (any, error) {
		cc, ok := CallFromContext(ctx)
		if !ok || cc != c {
			t.Error("CallFromContext does not give the call")
		}
		id := c.String("keyid")
		key, ok := c.Resource("Key", id)
		if !ok {
			return nil, c.NotFound("Key", id)
		}
		seen = key
		key["description"] = "changed" // a copy: the store keeps its own
		out, err := c.Default()        // enables the key
		if !c.UpdateResource("key", id, map[string]any{"KeyState": "PendingDeletion"}) {
			t.Error("UpdateResource failed")
		}
		return out, err
	}
	c := newClient(t, testdataSpec(t, "kms.yaml"), "kms.cn-hangzhou.aliyuncs.com", WithHandler("Kms", "2016-01-20", "EnableKey", h))
	id := c.ok("CreateKey", map[string]string{"Description": "d"}).str("KeyMetadata.KeyId")
	c.ok("EnableKey", map[string]string{"KeyId": id})
	if seen["description"] != "changed" || seen["keyid"] != id {
		t.Errorf("Resource gave %v", seen)
	}
	d := c.ok("DescribeKey", map[string]string{"KeyId": id})
	if d.str("KeyMetadata.Description") != "d" || d.str("KeyMetadata.KeyState") != "PendingDeletion" {
		t.Errorf("DescribeKey after the handler: %s", d.raw)
	}
	if e := c.fails("EnableKey", map[string]string{"KeyId": "nope"}, 404); e.code() != "Forbidden.KeyNotFound" {
		t.Errorf("NotFound: %s", e.raw)
	}
	if e := c.fails("Encrypt", map[string]string{"KeyId": id, "Plaintext": "p"}, 409); e.code() != "Rejected.PendingDeletion" {
		t.Errorf("Encrypt with a key pending deletion: %s", e.raw)
	}
}
