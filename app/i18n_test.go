package app

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestTranslationsLoad(t *testing.T) {
	if translationsErr != nil {
		t.Fatal(translationsErr)
	}
	for _, code := range []string{"en", "zh"} {
		if len(translations[code]) == 0 {
			t.Errorf("no %s translations", code)
		}
	}
}

// roleFiles groups the translation files by role ("widget", "" for the
// plain en.json/zh.json) and language.
func roleFiles(t *testing.T) map[string]map[string]map[string]string {
	t.Helper()
	names, err := fs.Glob(translationFS, "translations/*.json")
	if err != nil {
		t.Fatal(err)
	}
	roles := map[string]map[string]map[string]string{}
	for _, name := range names {
		base := strings.TrimSuffix(filepath.Base(name), ".json")
		role := ""
		if i := strings.LastIndexByte(base, '.'); i >= 0 {
			role = base[:i]
		}
		texts, err := readTranslation(translationFS, name)
		if err != nil {
			t.Fatal(err)
		}
		if roles[role] == nil {
			roles[role] = map[string]map[string]string{}
		}
		roles[role][languageOf(name)] = texts
	}
	return roles
}

func TestTranslationsComplete(t *testing.T) {
	codes := languages()
	for role, byLang := range roleFiles(t) {
		for _, code := range codes {
			if byLang[code] == nil {
				t.Errorf("translations/%s: no %s file", role, code)
			}
		}
		for from, texts := range byLang {
			for _, to := range codes {
				var missing []string
				for key := range texts {
					if _, ok := byLang[to][key]; !ok {
						missing = append(missing, key)
					}
				}
				sort.Strings(missing)
				if len(missing) > 0 {
					t.Errorf("translations %q: %d keys of %s missing in %s: %q", role, len(missing), from, to, missing)
				}
			}
		}
	}
}

// literalKeys returns every string literal passed to T in the package's
// non-test Go files, with its position.
func literalKeys(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "T" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			if err == nil {
				keys[key] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	return keys
}

func TestEveryTKeyTranslated(t *testing.T) {
	keys := literalKeys(t)
	if len(keys) == 0 {
		t.Fatal("found no T(\"…\") calls")
	}
	for _, code := range languages() {
		var missing []string
		for key, pos := range keys {
			if _, ok := translations[code][key]; !ok {
				missing = append(missing, pos+": "+strconv.Quote(key))
			}
		}
		sort.Strings(missing)
		for _, m := range missing {
			t.Errorf("no %s translation for %s", code, m)
		}
	}
}

func TestTFollowsTheLanguage(t *testing.T) {
	t.Cleanup(func() { setLanguage("") })
	tests := []struct {
		name, code, key, want, lang string
	}{
		{name: "zh translates", code: "zh", key: "Language", want: "语言", lang: "zh"},
		{name: "zh-CN is zh", code: "zh-CN", key: "Follow the system", want: "跟随系统", lang: "zh"},
		{name: "zh_Hans is zh", code: "zh_Hans", key: "Character precision", want: "按字选择", lang: "zh"},
		{name: "en keeps the key", code: "en", key: "Language", want: "Language", lang: "en"},
		{name: "French falls back to English", code: "fr-FR", key: "Language", want: "Language", lang: "en"},
		{name: "an unknown key comes back as it is", code: "zh", key: "未翻译的键 xyz", want: "未翻译的键 xyz", lang: "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setLanguage(tt.code)
			if got := T(tt.key); got != tt.want {
				t.Errorf("T(%q) under %s = %q, want %q", tt.key, tt.code, got, tt.want)
			}
			if got := currentLanguage(); got != tt.lang {
				t.Errorf("currentLanguage() = %q, want %q", got, tt.lang)
			}
		})
	}
}

func TestSystemLanguage(t *testing.T) {
	tests := []struct{ name, lcAll, lang, want string }{
		{name: "C locale is English", lcAll: "C", want: "en"},
		{name: "C.UTF-8 is English", lcAll: "C.UTF-8", want: "en"},
		{name: "zh_CN.UTF-8 is Chinese", lcAll: "zh_CN.UTF-8", want: "zh"},
		{name: "LANG counts without LC_ALL", lang: "zh_CN.UTF-8", want: "zh"},
		{name: "en_GB is English", lang: "en_GB.UTF-8", want: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("LC_ALL", tt.lcAll)
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANGUAGE", "")
			t.Setenv("LANG", tt.lang)
			if got := matchLanguage(systemLanguage()); got != tt.want {
				t.Errorf("system language = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadTranslations(t *testing.T) {
	tests := []struct {
		name    string
		files   fstest.MapFS
		wantErr bool
		want    map[string]int // language → number of keys
	}{
		{name: "roles merge by language", files: fstest.MapFS{
			"tr/en.json":       {Data: []byte(`{"Open": "Open"}`)},
			"tr/shell.en.json": {Data: []byte(`{"Quit": "Quit"}`)},
			"tr/shell.zh.json": {Data: []byte(`{"Quit": "退出", "Open": "打开"}`)},
		}, want: map[string]int{"en": 2, "zh": 2}},
		{name: "bad JSON names the file", files: fstest.MapFS{
			"tr/shell.zh.json": {Data: []byte(`{"Quit": "退出",}`)},
		}, wantErr: true},
		{name: "an empty text is refused", files: fstest.MapFS{
			"tr/zh.json": {Data: []byte(`{"Quit": ""}`)},
		}, wantErr: true},
		{name: "nested objects are refused", files: fstest.MapFS{
			"tr/zh.json": {Data: []byte(`{"Quit": {"other": "退出"}}`)},
		}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := loadTranslations(tt.files, "tr")
			if tt.wantErr {
				if !errors.Is(err, errTranslation) || !strings.Contains(err.Error(), "tr/") {
					t.Fatalf("error = %v, want %v naming the file", err, errTranslation)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for code, n := range tt.want {
				if len(got[code]) != n {
					t.Errorf("%s has %d keys, want %d: %v", code, len(got[code]), n, got[code])
				}
			}
		})
	}
}
