package app

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/goccy/go-json"
	"github.com/stitchmark/stitchmark/internal/posixlocale"
)

// Translations live in app/translations as flat JSON objects mapping an
// English key to its text, one file per role and language named
// [role.]lang.json (en.json, shell.zh.json, article.en.json, …). Every file
// is embedded and merged by its language suffix, so each engineer adds keys
// to their own pair of files.
//
// Fyne 2.7's lang package picks its language once from the system locale
// and offers no way to override it at runtime, so T looks keys up in its own
// table for the language chosen with setLanguage, and falls back to English
// and then to lang.L (which returns the key itself when nothing matches).
// Fyne's own built-in strings (dialog buttons and the like) keep following
// the system locale.

//go:embed translations/*.json
var translationFS embed.FS

// errTranslation reports a translation file that cannot be read.
var errTranslation = errors.New("app: bad translation file")

// fallbackLanguage is used when neither the setting nor the system locale
// names a language we have.
const fallbackLanguage = "en"

var (
	// translations maps a language code ("en", "zh") to key → text; loaded
	// once at start-up and never changed afterwards.
	translations, translationsErr = loadTranslations(translationFS, "translations")
	// current is the table of the chosen language.
	current atomic.Pointer[catalog]
)

// catalog is the chosen language and its table.
type catalog struct {
	code  string
	texts map[string]string
}

func init() {
	if translationsErr != nil {
		fyne.LogError("loading translations", translationsErr)
	}
	setLanguage("")
}

// T returns the text for key in the chosen language. Keys are the English
// texts; a key without a translation comes back as the English text or, if
// there is none, as lang.L(key).
func T(key string) string {
	c := current.Load()
	if s, ok := c.texts[key]; ok {
		return s
	}
	if s, ok := translations[fallbackLanguage][key]; ok {
		return s
	}
	return lang.L(key)
}

// setLanguage chooses the language of T: "zh", "en", or "" to follow the
// system locale. An unknown code falls back to English. Widgets made
// before the call keep their texts; rebuild them (or restart) to apply it.
func setLanguage(code string) {
	if code == "" {
		code = systemLanguage()
	}
	code = matchLanguage(code)
	current.Store(&catalog{code: code, texts: translations[code]})
}

// systemLanguage returns the system locale, English for the POSIX "C"
// locale (which lang.SystemLocale would log as an error).
func systemLanguage() string {
	if posixlocale.IsPOSIX(os.Getenv) {
		return fallbackLanguage
	}
	return string(lang.SystemLocale())
}

// currentLanguage returns the code of the language T uses now ("zh", "en").
func currentLanguage() string {
	return current.Load().code
}

// languages returns the codes of every language with translations, sorted.
func languages() []string {
	codes := make([]string, 0, len(translations))
	for code := range translations {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	return codes
}

// matchLanguage maps a locale such as "zh-CN", "zh_Hans" or "en-US" to the
// code of a language we have translations for.
func matchLanguage(locale string) string {
	base := strings.ToLower(locale)
	if i := strings.IndexAny(base, "-_."); i >= 0 {
		base = base[:i]
	}
	if _, ok := translations[base]; ok {
		return base
	}
	return fallbackLanguage
}

// loadTranslations reads every *.json file in dir of fsys and merges them by
// the language suffix of their name.
func loadTranslations(fsys fs.FS, dir string) (map[string]map[string]string, error) {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	all := map[string]map[string]string{}
	for _, name := range names {
		code := languageOf(name)
		texts, err := readTranslation(fsys, name)
		if err != nil {
			return all, err
		}
		if all[code] == nil {
			all[code] = map[string]string{}
		}
		for k, v := range texts {
			all[code][k] = v
		}
	}
	return all, nil
}

// languageOf returns the language code of a translation file name:
// "translations/shell.zh.json" → "zh".
func languageOf(name string) string {
	base := strings.TrimSuffix(path.Base(name), ".json")
	if i := strings.LastIndexByte(base, '.'); i >= 0 {
		base = base[i+1:]
	}
	return strings.ToLower(base)
}

// readTranslation parses one translation file: a flat JSON object of
// strings.
func readTranslation(fsys fs.FS, name string) (map[string]string, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", errTranslation, name, err)
	}
	texts := map[string]string{}
	if err := json.Unmarshal(data, &texts); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", errTranslation, name, err)
	}
	for k, v := range texts {
		if k == "" || v == "" {
			return nil, fmt.Errorf("%w: %s: empty key or text for %q", errTranslation, name, k)
		}
	}
	return texts, nil
}
