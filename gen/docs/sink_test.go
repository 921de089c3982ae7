package docs

import (
	"fmt"
	"sort"
)

// memSink captures rendered files in memory, in write order.
type memSink struct {
	files map[string][]byte
	order []string
}

func newMemSink() *memSink { return &memSink{files: map[string][]byte{}} }

func (m *memSink) WriteFile(name string, data []byte) error {
	if _, dup := m.files[name]; dup {
		return fmt.Errorf("%s written twice", name)
	}
	m.files[name] = append([]byte(nil), data...)
	m.order = append(m.order, name)
	return nil
}

func (m *memSink) names() []string {
	out := append([]string(nil), m.order...)
	sort.Strings(out)
	return out
}
