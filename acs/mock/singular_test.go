package mock

import "testing"

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"Instances": "Instance", "Policies": "Policy", "Addresses": "Address", "Boxes": "Box",
		"VSwitches": "VSwitch", "Meshes": "Mesh", "Access": "Access", "Vpcs": "Vpc", "Vpc": "Vpc",
	} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}
