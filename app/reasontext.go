package app

import (
	"fmt"
	"strings"
)

// reasonForms are the English forms of the parts of a join's reason as the
// stitcher writes them (parts joined by "; ", see corpus.Join), as a
// join made by hand records it, and of an article end's (corpus.End), with %s where a part quotes the page or
// gives a number. Their translations live in translations/reason.*.json.
var reasonForms = []string{
	"next block",
	"jump of %s blocks",
	"a paragraph's first words at a column foot",
	"headline → lead",
	"headline → text",
	"caption → credit",
	"sentence continues (…%s…)",
	"word %s across the join",
	"%s often follow each other",
	"head cannot open a sentence",
	"fits the headline %s",
	"a templated twin report goes on alike",
	"shares %s",
	"joined by hand",
	"could go on (…%s…)",
	"no block could follow",
}

// reasonSeparator joins the parts of a reason.
const reasonSeparator = "; "

// reasonText returns a join's reason in the chosen language. A part that
// matches none of reasonForms (a reason from an older stitcher) is kept as
// written; what a part quotes from the page is never translated.
func reasonText(reason string) string {
	if reason == "" {
		return ""
	}
	parts := strings.Split(reason, reasonSeparator)
	for i, p := range parts {
		parts[i] = reasonPart(p)
	}
	return strings.Join(parts, T(reasonSeparator))
}

// reasonPart translates one part of a reason.
func reasonPart(p string) string {
	for _, form := range reasonForms {
		pre, suf, quotes := strings.Cut(form, "%s")
		switch {
		case !quotes && p == form:
			return T(form)
		case quotes && len(p) > len(pre)+len(suf) && strings.HasPrefix(p, pre) && strings.HasSuffix(p, suf):
			return fmt.Sprintf(T(form), p[len(pre):len(p)-len(suf)])
		}
	}
	return p
}
