// hclcheck parses Terraform/OpenTofu files without providers and prints what the tests need as
// JSON: syntax errors, whether `terraform fmt` would change the file, the blocks declared, the
// references made (var.x, local.x, aws_thing.name, data.x.y) and the keys of object-valued
// outputs. The TypeScript tests in test/cloud decide what counts as a broken reference.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

type block struct {
	Type   string   `json:"type"`
	Labels []string `json:"labels"`
	Line   int      `json:"line"`
}

type ref struct {
	Root string `json:"root"`
	Name string `json:"name"`
	// Next is the attribute after Name (the data source's name in data.<type>.<name>).
	Next string `json:"next"`
	Line int    `json:"line"`
}

type report struct {
	File        string              `json:"file"`
	Diagnostics []string            `json:"diagnostics"`
	Formatted   bool                `json:"formatted"`
	Blocks      []block             `json:"blocks"`
	Refs        []ref               `json:"refs"`
	Locals      []string            `json:"locals"`
	Iterators   []string            `json:"iterators"`
	OutputKeys  map[string][]string `json:"outputKeys"`
	// RequiredProviders lists the local names in terraform { required_providers { ... } }.
	RequiredProviders []string `json:"requiredProviders"`
}

func main() {
	reports := []report{}
	for _, name := range os.Args[1:] {
		reports = append(reports, check(name))
	}
	out, _ := json.MarshalIndent(reports, "", "  ")
	fmt.Println(string(out))
}

func check(name string) report {
	r := report{File: name, Diagnostics: []string{}, Blocks: []block{}, Refs: []ref{}, Locals: []string{}, Iterators: []string{}, OutputKeys: map[string][]string{}, RequiredProviders: []string{}}
	src, err := os.ReadFile(name)
	if err != nil {
		r.Diagnostics = append(r.Diagnostics, err.Error())
		return r
	}
	r.Formatted = bytes.Equal(hclwrite.Format(src), src)
	file, diags := hclsyntax.ParseConfig(src, name, hcl.Pos{Line: 1, Column: 1, Byte: 0})
	for _, d := range diags {
		r.Diagnostics = append(r.Diagnostics, d.Error())
	}
	if diags.HasErrors() {
		return r
	}
	body := file.Body.(*hclsyntax.Body)
	for _, b := range body.Blocks {
		labels := b.Labels
		if labels == nil {
			labels = []string{}
		}
		r.Blocks = append(r.Blocks, block{Type: b.Type, Labels: labels, Line: b.TypeRange.Start.Line})
		switch b.Type {
		case "terraform":
			for _, inner := range b.Body.Blocks {
				if inner.Type == "required_providers" {
					for name := range inner.Body.Attributes {
						r.RequiredProviders = append(r.RequiredProviders, name)
					}
				}
			}
			sort.Strings(r.RequiredProviders)
		case "locals":
			for attr := range b.Body.Attributes {
				r.Locals = append(r.Locals, attr)
			}
		case "output":
			if value, ok := b.Body.Attributes["value"]; ok && len(b.Labels) == 1 {
				if obj, ok := value.Expr.(*hclsyntax.ObjectConsExpr); ok {
					keys := []string{}
					for _, item := range obj.Items {
						if v, d := item.KeyExpr.Value(nil); !d.HasErrors() && v.Type().FriendlyName() == "string" {
							keys = append(keys, v.AsString())
						}
					}
					sort.Strings(keys)
					r.OutputKeys[b.Labels[0]] = keys
				}
			}
		}
		walk(b.Body, &r, b.Type)
	}
	sort.Strings(r.Locals)
	return r
}

// walk records every traversal in the body's expressions. Two attributes hold no references:
// a lifecycle's ignore_changes (attribute paths of the resource itself) and a variable's type.
func walk(body *hclsyntax.Body, r *report, blockType string) {
	for name, attr := range body.Attributes {
		if (blockType == "lifecycle" && name == "ignore_changes") || (blockType == "variable" && name == "type") {
			continue
		}
		for _, t := range attr.Expr.Variables() {
			entry := ref{Root: t.RootName(), Line: t.SourceRange().Start.Line}
			if len(t) > 1 {
				if a, ok := t[1].(hcl.TraverseAttr); ok {
					entry.Name = a.Name
				}
			}
			if len(t) > 2 {
				if a, ok := t[2].(hcl.TraverseAttr); ok {
					entry.Next = a.Name
				}
			}
			r.Refs = append(r.Refs, entry)
		}
	}
	for _, b := range body.Blocks {
		if b.Type == "dynamic" && len(b.Labels) == 1 {
			r.Iterators = append(r.Iterators, b.Labels[0])
		}
		walk(b.Body, r, b.Type)
	}
}
