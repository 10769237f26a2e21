// Command schema writes every mutant gremlins names for one package into a
// single copy of it, each switched on by MUTANT_ID, so the tests are built
// once and run once per mutant.
//
// usage: schema PKGDIR LISTFILE OUTDIR
//
// It writes OUTDIR/overlay.json, OUTDIR/ids.txt ("ID TYPE at file:L:C") and
// OUTDIR/fallback.txt (mutants it could not place, for the overlay runner).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

var swap = map[string]map[string]string{
	"CONDITIONALS_BOUNDARY": {">=": ">", ">": ">=", "<=": "<", "<": "<="},
	"CONDITIONALS_NEGATION": {"==": "!=", "!=": "==", ">=": "<", ">": "<=", "<=": ">", "<": ">="},
	"ARITHMETIC_BASE":       {"+": "-", "-": "+", "*": "/", "/": "*", "%": "*"},
	"INCREMENT_DECREMENT":   {"++": "--", "--": "++"},
	"INVERT_NEGATIVES":      {"-": "+"},
	"INVERT_LOGICAL":        {"&&": "||", "||": "&&"},
}

type mutant struct {
	id    int
	line  string
	kind  string
	file  string
	ln    int
	col   int
	newOp string
}

type site struct {
	node    ast.Node
	start   int
	end     int
	mutants []*mutant
}

type fileState struct {
	path    string
	src     []byte
	file    *ast.File
	sites   []*site
	imports map[string]string // path -> name used
	added   map[string]string
}

var (
	notViable bytes.Buffer
	pkg       *packages.Package
	fset      *token.FileSet
	cur       *fileState
)

func main() {
	pkgDir, listFile, outDir := os.Args[1], os.Args[2], os.Args[3]
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports, Dir: pkgDir}
	pkgs, err := packages.Load(cfg, ".")
	must(err)
	pkg = pkgs[0]
	if len(pkg.Errors) > 0 {
		must(fmt.Errorf("%v", pkg.Errors))
	}
	fset = pkg.Fset
	files := map[string]*fileState{}
	for i, f := range pkg.Syntax {
		p := pkg.CompiledGoFiles[i]
		src, err := os.ReadFile(p)
		must(err)
		fs := &fileState{path: p, src: src, file: f, imports: map[string]string{}, added: map[string]string{}}
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			name := ""
			if im.Name != nil {
				name = im.Name.Name
			} else if ipkg := pkg.Imports[ip]; ipkg != nil {
				name = ipkg.Name
			}
			if name != "_" && name != "." {
				fs.imports[ip] = name
			}
		}
		files[filepath.Base(p)] = fs
	}

	pat := regexp.MustCompile(`([A-Z_]+) at ([\w./]+\.go):(\d+):(\d+)`)
	lf, err := os.Open(listFile)
	must(err)
	var ids, fallback bytes.Buffer
	n := 0
	sc := bufio.NewScanner(lf)
	for sc.Scan() {
		m := pat.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		ln, _ := strconv.Atoi(m[3])
		col, _ := strconv.Atoi(m[4])
		mu := &mutant{line: m[0], kind: m[1], file: m[2], ln: ln, col: col}
		fs := files[mu.file]
		if fs == nil {
			fmt.Fprintf(&fallback, "%s\n", mu.line)
			continue
		}
		if !place(fs, mu) {
			fmt.Fprintf(&fallback, "%s\n", mu.line)
			continue
		}
		if mu.newOp == "" || mu.id < 0 {
			continue
		}
		n++
		mu.id = n
		fmt.Fprintf(&ids, "%d %s\n", mu.id, mu.line)
	}
	must(os.MkdirAll(outDir, 0o755))
	ov := map[string]map[string]string{"Replace": {}}
	for _, fs := range files {
		if len(fs.sites) == 0 {
			continue
		}
		cur = fs
		sort.Slice(fs.sites, func(i, j int) bool {
			if fs.sites[i].start != fs.sites[j].start {
				return fs.sites[i].start < fs.sites[j].start
			}
			return fs.sites[i].end > fs.sites[j].end
		})
		body := render(0, len(fs.src), fs.sites)
		body = addImports(fs, body)
		out := filepath.Join(outDir, filepath.Base(fs.path))
		must(os.WriteFile(out, []byte(body), 0o644))
		ov["Replace"][fs.path] = out
	}
	extra := filepath.Join(outDir, "zz_mutant_schema.go")
	must(os.WriteFile(extra, []byte(fmt.Sprintf(`package %s

import (
	"os"
	"strconv"
)

var mutantID = func() int { n, _ := strconv.Atoi(os.Getenv("MUTANT_ID")); return n }()
`, pkg.Name)), 0o644))
	ov["Replace"][filepath.Join(filepath.Dir(pkg.CompiledGoFiles[0]), "zz_mutant_schema.go")] = extra
	b, _ := json.MarshalIndent(ov, "", " ")
	must(os.WriteFile(filepath.Join(outDir, "overlay.json"), b, 0o644))
	must(os.WriteFile(filepath.Join(outDir, "ids.txt"), ids.Bytes(), 0o644))
	must(os.WriteFile(filepath.Join(outDir, "fallback.txt"), fallback.Bytes(), 0o644))
	must(os.WriteFile(filepath.Join(outDir, "notviable.txt"), notViable.Bytes(), 0o644))
	fmt.Printf("%d mutants placed, fallback %d lines\n", n, bytes.Count(fallback.Bytes(), []byte("\n")))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func offset(p token.Pos) int { return fset.Position(p).Offset }

// place finds the node the mutant changes and records it as a site.
func place(fs *fileState, mu *mutant) bool {
	tf := fset.File(fs.file.Pos())
	lineStart := tf.LineStart(mu.ln)
	pos := lineStart + token.Pos(mu.col-1)
	var found ast.Node
	var op string
	inConst := false
	var stack []ast.Node
	ast.Inspect(fs.file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		stack = append(stack, n)
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.OpPos == pos {
				found, op = x, x.Op.String()
				inConst = constContext(stack)
			}
		case *ast.UnaryExpr:
			if x.OpPos == pos && x.Op == token.SUB {
				found, op = x, "-"
				inConst = constContext(stack)
			}
		case *ast.IncDecStmt:
			if x.TokPos == pos {
				found, op = x, x.Tok.String()
			}
		}
		return true
	})
	if found == nil || inConst {
		return false
	}
	newOp, ok := swap[mu.kind][op]
	if !ok {
		return false
	}
	mu.newOp = newOp
	if b, ok := found.(*ast.BinaryExpr); ok && isArith(b.Op) && isString(pkg.TypesInfo.TypeOf(b)) {
		fmt.Fprintf(&notViable, "%s\n", mu.line)
		mu.id = -1
		return true
	}
	if !typeable(found) {
		return false
	}
	for _, s := range fs.sites {
		if s.node == found {
			s.mutants = append(s.mutants, mu)
			return true
		}
	}
	fs.sites = append(fs.sites, &site{node: found, start: offset(found.Pos()), end: offset(found.End()), mutants: []*mutant{mu}})
	return true
}

func constContext(stack []ast.Node) bool {
	for i, n := range stack {
		switch x := n.(type) {
		case *ast.GenDecl:
			if x.Tok == token.CONST {
				return true
			}
		case *ast.ArrayType:
			if x.Len != nil && i+1 < len(stack) && stack[i+1] == x.Len {
				return true
			}
		}
	}
	return false
}

func isConst(e ast.Expr) bool {
	tv, ok := pkg.TypesInfo.Types[e]
	return ok && (tv.Value != nil || tv.IsNil())
}

func typeOK(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 && b.Kind() != types.UntypedBool {
		return false
	}
	return true
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func typeable(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			return true
		}
		for _, e := range []ast.Expr{x.X, x.Y} {
			if !isConst(e) && !typeOK(pkg.TypesInfo.TypeOf(e)) {
				return false
			}
		}
		if isArith(x.Op) {
			t := pkg.TypesInfo.TypeOf(x)
			if !typeOK(t) || isString(t) {
				return false
			}
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 && x.Op == token.REM {
				return false
			}
		}
		return true
	case *ast.UnaryExpr:
		return typeOK(pkg.TypesInfo.TypeOf(x))
	case *ast.IncDecStmt:
		return typeOK(pkg.TypesInfo.TypeOf(x.X))
	}
	return false
}

func isArith(op token.Token) bool {
	switch op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM:
		return true
	}
	return false
}

func typeName(t types.Type) string {
	if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedBool {
		return "bool"
	}
	return types.TypeString(t, func(p *types.Package) string {
		if p == pkg.Types {
			return ""
		}
		if name, ok := cur.imports[p.Path()]; ok {
			return name
		}
		if name, ok := cur.added[p.Path()]; ok {
			return name
		}
		name := fmt.Sprintf("mutq%d", len(cur.added))
		cur.added[p.Path()] = name
		return name
	})
}

// render returns src[start:end] with every site in it (outermost first)
// replaced by its switched form.
func render(start, end int, sites []*site) string {
	var b strings.Builder
	at := start
	for i := 0; i < len(sites); i++ {
		s := sites[i]
		if s.start < at || s.end > end {
			continue
		}
		// the sites inside s
		j := i + 1
		for j < len(sites) && sites[j].start < s.end {
			j++
		}
		b.Write(cur.src[at:s.start])
		b.WriteString(renderSite(s, sites[i+1:j]))
		at = s.end
		i = j - 1
	}
	b.Write(cur.src[at:end])
	return b.String()
}

func sub(e ast.Node, inner []*site) string {
	return render(offset(e.Pos()), offset(e.End()), inner)
}

func renderSite(s *site, inner []*site) string {
	var b strings.Builder
	switch x := s.node.(type) {
	case *ast.BinaryExpr:
		X, Y := sub(x.X, inner), sub(x.Y, inner)
		if x.Op == token.LAND || x.Op == token.LOR {
			fmt.Fprintf(&b, "func(x, y func() bool) bool { switch mutantID {")
			for _, m := range s.mutants {
				fmt.Fprintf(&b, " case %d: return x() %s y();", m.id, m.newOp)
			}
			fmt.Fprintf(&b, " }; return x() %s y() }(func() bool { return %s }, func() bool { return %s })", x.Op, X, Y)
			return b.String()
		}
		var params, args []string
		xs, ys := "("+X+")", "("+Y+")"
		if !isConst(x.X) {
			params = append(params, "mx "+typeName(pkg.TypesInfo.TypeOf(x.X)))
			args = append(args, X)
			xs = "mx"
		}
		if !isConst(x.Y) {
			params = append(params, "my "+typeName(pkg.TypesInfo.TypeOf(x.Y)))
			args = append(args, Y)
			ys = "my"
		}
		rt := typeName(pkg.TypesInfo.TypeOf(x))
		fmt.Fprintf(&b, "func(%s) %s { switch mutantID {", strings.Join(params, ", "), rt)
		for _, m := range s.mutants {
			fmt.Fprintf(&b, " case %d: return %s %s %s;", m.id, xs, m.newOp, ys)
		}
		fmt.Fprintf(&b, " }; return %s %s %s }(%s)", xs, x.Op, ys, strings.Join(args, ", "))
	case *ast.UnaryExpr:
		X := sub(x.X, inner)
		rt := typeName(pkg.TypesInfo.TypeOf(x))
		if isConst(x.X) {
			fmt.Fprintf(&b, "func() %s { switch mutantID {", rt)
			for _, m := range s.mutants {
				fmt.Fprintf(&b, " case %d: return +(%s);", m.id, X)
			}
			fmt.Fprintf(&b, " }; return -(%s) }()", X)
		} else {
			fmt.Fprintf(&b, "func(mx %s) %s { switch mutantID {", typeName(pkg.TypesInfo.TypeOf(x.X)), rt)
			for _, m := range s.mutants {
				fmt.Fprintf(&b, " case %d: return +mx;", m.id)
			}
			fmt.Fprintf(&b, " }; return -mx }(%s)", X)
		}
	case *ast.IncDecStmt:
		X := sub(x.X, inner)
		rt := typeName(pkg.TypesInfo.TypeOf(x.X))
		d := "1"
		if x.Tok == token.DEC {
			d = "-1"
		}
		fmt.Fprintf(&b, "%s += func() %s { switch mutantID {", X, rt)
		for _, m := range s.mutants {
			fmt.Fprintf(&b, " case %d: return -(%s);", m.id, d)
		}
		fmt.Fprintf(&b, " }; return %s }()", d)
	}
	return b.String()
}

func addImports(fs *fileState, body string) string {
	if len(fs.added) == 0 {
		return body
	}
	var imp strings.Builder
	for p, name := range fs.added {
		fmt.Fprintf(&imp, "import %s %q\n", name, p)
	}
	// after the package clause's line
	i := offset(fs.file.Name.End())
	nl := strings.IndexByte(body[i:], '\n')
	return body[:i+nl+1] + imp.String() + body[i+nl+1:]
}
