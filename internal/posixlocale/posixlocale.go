// Package posixlocale keeps Fyne from logging an error at start-up under
// the POSIX locale (LANG=C.UTF-8 in containers and on CI): Fyne's
// translations read the locale while the program initialises and cannot
// parse "C". Under that locale this package sets LANGUAGE to English, the
// language the POSIX locale means, before Fyne reads it. The main package
// imports it for this side effect; it must import nothing outside the
// standard library, so that Go initialises it before Fyne.
package posixlocale

import (
	"os"
	"strings"
)

func init() {
	if lang, ok := Override(os.Getenv); ok {
		_ = os.Setenv("LANGUAGE", lang)
	}
}

// Override returns the LANGUAGE value to set, and whether to set it, for
// the environment getenv reads: "en" when the locale is POSIX and
// LANGUAGE is unset.
func Override(getenv func(string) string) (string, bool) {
	if getenv("LANGUAGE") != "" || !IsPOSIX(getenv) {
		return "", false
	}
	return "en", true
}

// IsPOSIX reports whether the locale getenv gives is the POSIX one ("C",
// "C.UTF-8", "POSIX"): the first of LC_ALL, LC_MESSAGES and LANG that is
// set decides, as in gettext.
func IsPOSIX(getenv func(string) string) bool {
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(env); v != "" {
			return v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.")
		}
	}
	return false
}
