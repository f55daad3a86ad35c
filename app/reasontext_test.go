package app

import (
	"strings"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestReasonText(t *testing.T) {
	t.Cleanup(func() { setLanguage("") })
	tests := map[string]struct {
		lang, reason, want string
	}{
		"下一块与标题": {"zh", "next block; headline → lead", "紧接的下一块；标题 → 导语"},
		"跨接缝成词": {"zh", "jump of 20 blocks; sentence continues (…使他们真正了|解、明白。…); word 了解 across the join",
			"向后跳 20 块；句子未完（…使他们真正了|解、明白。…）；“了解”跨接缝成词"},
		"字对与共有词语": {"zh", "jump of 18 blocks; 了|解 often follow each other; shares 民政局、巡察",
			"向后跳 18 块；“了|解”两字常相连；共有词语 民政局、巡察"},
		"切合标题":   {"zh", "fits the headline 市委第二、第三联动巡察组…", "切合标题“市委第二、第三联动巡察组…”"},
		"栏底段首":   {"zh", "jump of 15 blocks; a paragraph's first words at a column foot", "向后跳 15 块；栏底留下的段首几个字"},
		"孪生报道同步": {"zh", "jump of 18 blocks; a templated twin report goes on alike", "向后跳 18 块；套写的孪生报道也这样接续"},
		"手动衔接":   {"zh", "joined by hand", "手动衔接"},
		"不认识的部分": {"zh", "next block; 旧版本的理由", "紧接的下一块；旧版本的理由"},
		"空理由":    {"zh", "", ""},
		"英文原样":   {"en", "jump of 20 blocks; word 了解 across the join", "jump of 20 blocks; word 了解 across the join"},
		"引文不译":   {"zh", "word next block across the join", "“next block”跨接缝成词"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			setLanguage(tt.lang)
			if got := reasonText(tt.reason); got != tt.want {
				t.Errorf("reasonText(%q) = %q, want %q", tt.reason, got, tt.want)
			}
		})
	}
}

// TestReasonFormsCoverTheStitcher translates every part of every reason
// the stitcher gives on the sample page (its headlines, leads, words
// across and shared words): a part the stitcher learns to write must get
// its form and translation here.
func TestReasonFormsCoverTheStitcher(t *testing.T) {
	t.Cleanup(func() { setLanguage("") })
	setLanguage("zh")
	s, err := corpus.DefaultStitcher()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range s.Stitch(corpus.SamplePage()).Articles {
		for _, j := range a.Joins {
			for _, p := range strings.Split(j.Reason, reasonSeparator) {
				if reasonPart(p) == p {
					t.Errorf("join %d → %d: part %q has no form", j.From, j.To, p)
				}
				form, _, _ := strings.Cut(p, " ")
				seen[form] = true
			}
		}
	}
	if len(seen) < 4 {
		t.Errorf("only %d kinds of reason parts on the sample page: %v", len(seen), seen)
	}
}

func TestReasonFormsTranslated(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for _, f := range append(reasonForms, reasonSeparator) {
			text, ok := translations[lang][f]
			if !ok {
				t.Errorf("%s: no translation of %q", lang, f)
			}
			if strings.Count(text, "%s") != strings.Count(f, "%s") {
				t.Errorf("%s: %q → %q changes the placeholders", lang, f, text)
			}
		}
	}
}
