// Command wasmsize reports the code bytes of a Go wasm binary per
// package, from its name section (build without -s -w). Usage:
//
//	GOOS=js GOARCH=wasm go build -o /tmp/app.wasm ./cmd/wasm
//	go run ./bench/wasmsize /tmp/app.wasm [prefix]
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

func uleb(b []byte) (uint64, int) {
	v, n := binary.Uvarint(b)
	return v, n
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize FILE.wasm [prefix]")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sizes, names, imports, err := parse(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	per := map[string]int{}
	for i, sz := range sizes {
		name := names[imports+i]
		per[pkgOf(name)] += sz
	}
	type row struct {
		pkg string
		n   int
	}
	var rows []row
	total := 0
	for p, n := range per {
		rows = append(rows, row{p, n})
		total += n
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n })
	prefix := ""
	if len(os.Args) > 2 {
		prefix = os.Args[2]
	}
	for _, r := range rows {
		if strings.HasPrefix(r.pkg, prefix) {
			fmt.Printf("%9d  %s\n", r.n, r.pkg)
		}
	}
	fmt.Printf("%9d  total code bytes (%d functions)\n", total, len(sizes))
}

// pkgOf reads the package of a Go symbol name: "lotse/app.(*view).T" is
// "lotse/app".
func pkgOf(name string) string {
	// The wasm name section spells "lotse/app.(*view).T" as
	// "lotse_app.__view_.T": the package ends at the first dot, except
	// for the dots of a domain ("github.com_…", "rsc.io_…").
	for _, dom := range []string{".com_", ".io_", ".org_", ".net_", ".in_"} {
		if i := strings.Index(name, dom); i >= 0 {
			rest := name[i+len(dom):]
			if j := strings.Index(rest, "."); j >= 0 {
				return name[:i+len(dom)+j]
			}
			return name
		}
	}
	if i := strings.Index(name, "."); i >= 0 {
		return name[:i]
	}
	return name
}

func parse(b []byte) (sizes []int, names map[int]string, imports int, err error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, nil, 0, errors.New("not a wasm file")
	}
	names = map[int]string{}
	p := 8
	for p < len(b) {
		id := b[p]
		p++
		n, k := uleb(b[p:])
		p += k
		sec := b[p : p+int(n)]
		p += int(n)
		switch id {
		case 2: // imports: count function imports
			cnt, k := uleb(sec)
			q := k
			for i := 0; i < int(cnt); i++ {
				for j := 0; j < 2; j++ {
					l, k := uleb(sec[q:])
					q += k + int(l)
				}
				kind := sec[q]
				q++
				switch kind {
				case 0:
					_, k := uleb(sec[q:])
					q += k
					imports++
				case 1:
					q++
					flags, k := uleb(sec[q:])
					q += k
					_, k = uleb(sec[q:])
					q += k
					if flags&1 == 1 {
						_, k = uleb(sec[q:])
						q += k
					}
				case 2:
					flags, k := uleb(sec[q:])
					q += k
					_, k = uleb(sec[q:])
					q += k
					if flags&1 == 1 {
						_, k = uleb(sec[q:])
						q += k
					}
				case 3:
					q += 2
				}
			}
		case 10: // code
			cnt, k := uleb(sec)
			q := k
			for i := 0; i < int(cnt); i++ {
				l, k := uleb(sec[q:])
				q += k
				sizes = append(sizes, int(l))
				q += int(l)
			}
		case 0: // custom: the name section
			l, k := uleb(sec)
			if string(sec[k:k+int(l)]) != "name" {
				continue
			}
			q := k + int(l)
			for q < len(sec) {
				sub := sec[q]
				q++
				sl, k := uleb(sec[q:])
				q += k
				body := sec[q : q+int(sl)]
				q += int(sl)
				if sub != 1 {
					continue
				}
				cnt, k := uleb(body)
				r := k
				for i := 0; i < int(cnt); i++ {
					idx, k := uleb(body[r:])
					r += k
					nl, k := uleb(body[r:])
					r += k
					names[int(idx)] = string(body[r : r+int(nl)])
					r += int(nl)
				}
			}
		}
	}
	return sizes, names, imports, nil
}
