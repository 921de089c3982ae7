package extract

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// xmlElem is one element of an XML example.
type xmlElem struct {
	name string
	text string
	kids []*xmlElem
}

// parseXMLExample reads an XML sample response into the value its JSON form has, so that
// the XML example can stand in for a missing or broken JSON example. The response element
// (<DescribeThingsResponse>) is the root object; samples that list the fields without one
// are read as if they had it. Repeated child elements are a list; so is the only kind of
// child of an element when it has children of its own (<Disks><Disk>...</Disk></Disks> is
// {"Disks": {"Disk": [...]}}, the form legacy RPC JSON has). Leaf text is a number or a
// boolean when it reads as one, else a string; an empty leaf is null.
func parseXMLExample(text string) (*page.JSONValue, error) {
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, "<?xml") {
		if i := strings.Index(text, "?>"); i >= 0 {
			text = text[i+2:]
		}
	}
	d := xml.NewDecoder(strings.NewReader("<xmlExampleRoot>" + text + "</xmlExampleRoot>"))
	d.Strict = false
	var stack []*xmlElem
	var root *xmlElem
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxJSONDepth {
				return nil, errors.New("XML nested too deep")
			}
			e := &xmlElem{name: t.Name.Local}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, e)
			} else {
				root = e
			}
			stack = append(stack, e)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(t)
			}
		}
	}
	if root == nil || len(root.kids) == 0 {
		return nil, errors.New("no XML elements")
	}
	if len(root.kids) == 1 && len(root.kids[0].kids) > 0 {
		root = root.kids[0] // the response element
	}
	return xmlObject(root), nil
}

// xmlObject is the object value of an element with children.
func xmlObject(e *xmlElem) *page.JSONValue {
	out := &page.JSONValue{Kind: 'o'}
	idx := map[string]int{}
	var groups [][]*xmlElem
	for _, k := range e.kids {
		i, ok := idx[k.name]
		if !ok {
			i = len(out.Keys)
			idx[k.name] = i
			out.Keys = append(out.Keys, k.name)
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], k)
	}
	for _, g := range groups {
		if len(g) > 1 || (len(groups) == 1 && len(g[0].kids) > 0) {
			arr := &page.JSONValue{Kind: 'a'}
			for _, k := range g {
				arr.Vals = append(arr.Vals, xmlValue(k))
			}
			out.Vals = append(out.Vals, arr)
			continue
		}
		out.Vals = append(out.Vals, xmlValue(g[0]))
	}
	return out
}

// xmlValue is the value of one element.
func xmlValue(e *xmlElem) *page.JSONValue {
	if len(e.kids) > 0 {
		return xmlObject(e)
	}
	t := strings.TrimSpace(e.text)
	switch {
	case t == "":
		return &page.JSONValue{Kind: 'z'}
	case t == "true" || t == "false":
		return &page.JSONValue{Kind: 'b', Text: t}
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil && (t[0] == '-' || t[0] >= '0' && t[0] <= '9') &&
		(len(t) == 1 || t[0] != '0' || strings.HasPrefix(t, "0.")) {
		return &page.JSONValue{Kind: 'n', Text: t}
	}
	return &page.JSONValue{Kind: 's', Text: t}
}
