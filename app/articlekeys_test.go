package app

import (
	"os"
	"regexp"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/stitchmark/stitchmark/corpus"
)

// articleFiles are the files of the article panel whose texts live in
// translations/article.*.json.
var articleFiles = []string{"article.go", "articlekeys.go", "attach.go", "fragmentactions.go", "fragmentrow.go",
	"joinmarker.go", "labeleditor.go", "labeling.go", "merge.go", "palette.go", "suggest.go"}

// quoted finds the string literals passed to T, to desk.act, to the button
// and menu helpers and in the key table.
var quoted = regexp.MustCompile(`(?:T\(|act\(|b\(|item\(|accept\([^,]+, )"([^"]+)"|\{"([^"]+)", shortcut\(`)

func TestArticleTranslations(t *testing.T) {
	keys := map[string]bool{}
	for _, name := range articleFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]+m[2]] = true
		}
	}
	for _, k := range corpus.Kinds {
		keys[string(k)] = true
	}
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			texts := translations[lang]
			for k := range keys {
				if _, ok := texts[k]; !ok {
					t.Errorf("%s: no translation of %q", lang, k)
				}
			}
		})
	}
}

func TestArticleKeysAreDistinct(t *testing.T) {
	p := &articlePanel{}
	seen := map[string]string{}
	for _, k := range p.keys() {
		if k == nil {
			continue
		}
		name := k.shortcut.ShortcutName()
		if other, ok := seen[name]; ok {
			t.Errorf("%s and %s share the shortcut %s", k.label, other, name)
		}
		seen[name] = k.label
		for _, taken := range []fyne.Shortcut{undoShortcut, redoShortcut, quitShortcut, openShortcut,
			importShortcut, exportShortcut, nextShortcut} {
			if taken.ShortcutName() == name {
				t.Errorf("%s takes the desk's shortcut %s", k.label, name)
			}
		}
	}
	if len(seen) < 10 {
		t.Errorf("only %d shortcuts", len(seen))
	}
}

func TestArticleMenu(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	m := p.menu()
	byLabel := map[string]*fyne.MenuItem{}
	for _, it := range m.Items {
		if it.IsSeparator {
			continue
		}
		if it.Shortcut == nil || it.Action == nil {
			t.Errorf("menu item %q has no shortcut or action", it.Label)
		}
		byLabel[it.Label] = it
	}
	confirm := byLabel[T("Confirm all joins")]
	if confirm == nil {
		t.Fatalf("no Confirm all joins item in %v", byLabel)
	}
	confirm.Action()
	v, err := d.proj.Article(p.id)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != corpus.StatusJoinsChecked {
		t.Errorf("status after the menu action = %s, want joins-checked", v.Status)
	}
}

func TestGoldShortcutFromTheText(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	first := p.id
	d.win.Canvas().Focus(p.text)
	p.text.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	v, err := d.proj.Article(first)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != corpus.StatusGold {
		t.Errorf("status after Ctrl+Enter = %s, want gold", v.Status)
	}
	if p.id == first || p.view == nil || p.view.Status == corpus.StatusGold {
		t.Errorf("Ctrl+Enter did not move on to an article needing work (showing %d)", p.id)
	}
}
