package opspec

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParamsInAndBody(t *testing.T) {
	op := richSpec().Operation("CreateUser")
	var names []string
	for _, p := range op.ParamsIn(InBody) {
		names = append(names, p.Name)
	}
	if d := cmp.Diff([]string{"username", "phoneNumber", "profile"}, names); d != "" {
		t.Errorf("ParamsIn(InBody) (-want +got):\n%s", d)
	}
	if !op.HasBody() || !op.HasJSONBody() || !op.HasFormBody() {
		t.Errorf("CreateUser has JSON and form bodies")
	}
	list := richSpec().Operation("ListUsers")
	if list.HasBody() || list.HasJSONBody() || list.HasFormBody() {
		t.Errorf("ListUsers has no body")
	}
	if got := list.ParamsIn(InHeader); got != nil {
		t.Errorf("ParamsIn(InHeader) = %v, want nil", got)
	}
}

func TestIdempotencyParam(t *testing.T) {
	s := richSpec()
	if p := s.Operation("CreateUser").IdempotencyParam(); p == nil || p.Name != "ClientToken" || p.In != InForm {
		t.Errorf("CreateUser IdempotencyParam = %+v", p)
	}
	op := &Operation{Params: []*Param{{Name: "clienttoken", In: InQuery}}}
	if op.IdempotencyParam() == nil {
		t.Errorf("case-insensitive ClientToken not found")
	}
	if s.Operation("ListUsers").IdempotencyParam() != nil {
		t.Errorf("ListUsers has no ClientToken")
	}
}

func TestPagination(t *testing.T) {
	arr := func() *Schema { return &Schema{Type: "array", Items: &Schema{Type: "string"}} }
	obj := func(props ...*Property) *Schema { return &Schema{Type: "object", Properties: props} }
	prop := func(n string, s *Schema) *Property { return &Property{Name: n, Schema: s} }
	q := func(names ...string) []*Param {
		var ps []*Param
		for _, n := range names {
			ps = append(ps, &Param{Name: n, In: InQuery, Schema: &Schema{Type: "string"}})
		}
		return ps
	}
	tests := []struct {
		name string
		op   *Operation
		want *Pagination // params compared by name below
	}{
		{"none", &Operation{Params: q("PageSize")}, nil},
		{"token top level", &Operation{
			Params:   q("nextToken", "maxResults"),
			Response: obj(prop("nextToken", &Schema{Type: "string"}), prop("users", arr()), prop("totalCount", &Schema{Type: "integer"})),
		}, &Pagination{Kind: PageByToken, ResponseToken: []string{"nextToken"}, Items: []string{"users"}, Total: []string{"totalCount"}}},
		{"token under Data", &Operation{
			Params:   q("NextToken", "PageSize"),
			Response: obj(prop("RequestId", &Schema{Type: "string"}), prop("Data", obj(prop("NextToken", &Schema{Type: "string"}), prop("Items", arr())))),
		}, &Pagination{Kind: PageByToken, ResponseToken: []string{"Data", "NextToken"}, Items: []string{"Data", "Items"}}},
		{"number, two arrays: no items", &Operation{
			Params:   q("PageNumber", "PageSize"),
			Response: obj(prop("A", arr()), prop("B", arr()), prop("TotalCount", &Schema{Type: "integer"})),
		}, &Pagination{Kind: PageByNumber, Total: []string{"TotalCount"}}},
		{"number, no response", &Operation{Params: q("PageNumber", "PageSize")}, &Pagination{Kind: PageByNumber}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.op.Pagination()
			if tc.want == nil {
				if got != nil {
					t.Fatalf("got %+v, want nil", got)
				}
				return
			}
			if got == nil {
				t.Fatal("got nil")
			}
			name := func(p *Param) string {
				if p == nil {
					return ""
				}
				return p.Name
			}
			type flat struct {
				Kind                   PaginationKind
				Token, Number, Size    string
				RespToken, Total, Item []string
			}
			g := flat{got.Kind, name(got.TokenParam), name(got.NumberParam), name(got.SizeParam), got.ResponseToken, got.Total, got.Items}
			w := flat{tc.want.Kind, "", "", "", tc.want.ResponseToken, tc.want.Total, tc.want.Items}
			switch tc.want.Kind {
			case PageByToken:
				w.Token, w.Size = tc.op.Params[0].Name, tc.op.Params[1].Name
			case PageByNumber:
				w.Number, w.Size = "PageNumber", "PageSize"
			}
			if d := cmp.Diff(w, g); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestSortOperations(t *testing.T) {
	ops := []*Operation{{Name: "b"}, {Name: "B"}, {Name: "a"}}
	SortOperations(ops)
	var got []string
	for _, op := range ops {
		got = append(got, op.Name)
	}
	if d := cmp.Diff([]string{"B", "a", "b"}, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
