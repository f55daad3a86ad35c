package annotate

import (
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/stitchmark/stitchmark/corpus"
)

func TestSuggest(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{name: "dateline", text: "本报讯 9月14日，菏泽市生态环境局在吕陵镇召开会议。", want: []string{"DATE 9月14日", "ORG 菏泽市生态环境局", "LOC 吕陵镇"}},
		{name: "speech", text: "12月31日,中共中央总书记、国家主席江泽民发表1998年新年讲话。", want: []string{"DATE 12月31日", "ORG 中共中央", "PER 江泽民", "DATE 1998年新年"}},
		{name: "money and place", text: "费县投资1290余万元建设学校", want: []string{"LOC 费县", "MONEY 1290余万元"}},
		{name: "traditional dateline", text: "本報訊 9月14日，菏澤市生態環境局在呂陵鎮召開會議。", want: []string{"DATE 9月14日", "ORG 菏澤市生態環境局", "LOC 呂陵鎮"}},
		{name: "traditional money and place", text: "費縣投資1290餘萬元建設學校", want: []string{"LOC 費縣", "MONEY 1290餘萬元"}},
		{name: "nothing", text: "同胞们、朋友们、女士们、先生们:", want: []string{}},
		{name: "empty", text: "", want: []string{}},
	}
	a := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := a.Suggest(tc.text)
			checkWellFormed(t, tc.text, got)
			if r := render(tc.text, got); !reflect.DeepEqual(r, tc.want) {
				t.Errorf("Suggest(%q) = %q, want %q", tc.text, r, tc.want)
			}
		})
	}
}

func TestLearnThenSuggest(t *testing.T) {
	a := New()
	other := "记者走访了精进电动的生产车间。"
	if r := render(other, a.Suggest(other)); len(r) != 0 {
		t.Fatalf("cold Suggest(%q) = %q, want nothing before learning", other, r)
	}
	learned := "精进电动科技股份有限公司落户菏泽"
	if err := a.Learn(learned, []corpus.Span{{Start: 0, End: 4, Label: "ORG", Text: "精进电动"}}); err != nil {
		t.Fatal(err)
	}
	want := []string{"ORG 精进电动"}
	if r := render(other, a.Suggest(other)); !reflect.DeepEqual(r, want) {
		t.Errorf("after Learn, Suggest(%q) = %q, want %q", other, r, want)
	}
	var rule string
	for _, s := range a.Suggest(other) {
		rule = s.Rule
	}
	if rule != "memory" {
		t.Errorf("rule = %q, want memory", rule)
	}
}

// TestLearnAcrossScripts checks that a string confirmed in traditional
// characters is suggested in simplified ones, and the other way round.
func TestLearnAcrossScripts(t *testing.T) {
	tests := map[string]struct {
		learned, span, other, want string
	}{
		"traditional to simplified": {"精進電動科技股份有限公司落戶菏澤", "精進電動", "记者走访了精进电动的生产车间。", "ORG 精进电动"},
		"simplified to traditional": {"精进电动科技股份有限公司落户菏泽", "精进电动", "記者走訪了精進電動的生產車間。", "ORG 精進電動"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a := New()
			if err := a.Learn(tc.learned, []corpus.Span{{Start: 0, End: 4, Label: "ORG", Text: tc.span}}); err != nil {
				t.Fatal(err)
			}
			got := a.Suggest(tc.other)
			checkWellFormed(t, tc.other, got)
			if r := render(tc.other, got); !reflect.DeepEqual(r, []string{tc.want}) {
				t.Errorf("Suggest(%q) = %q, want [%s]", tc.other, r, tc.want)
			}
		})
	}
}

func TestMemoryOutranksRules(t *testing.T) {
	a := New()
	text := "2020年新年晚会"
	if err := a.Learn(text, []corpus.Span{{Start: 0, End: 5, Label: "DATE"}, {Start: 5, End: 9, Label: "EVENT"}}); err != nil {
		t.Fatal(err)
	}
	want := []string{"DATE 2020年", "EVENT 新年晚会"}
	if r := render(text, a.Suggest(text)); !reflect.DeepEqual(r, want) {
		t.Errorf("Suggest(%q) = %q, want %q", text, r, want)
	}
}

func TestReject(t *testing.T) {
	tests := []struct {
		name, text, rejected, other string
	}{
		{name: "dictionary place", text: "他在费县投资建厂", rejected: "费县", other: "费县的苹果"},
		{name: "rule date", text: "9月14日，开会", rejected: "9月14日", other: "定于9月14日举行"},
		{name: "person", text: "国家主席江泽民发表讲话", rejected: "江泽民", other: "江泽民同志"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := New()
			var target Suggestion
			for _, s := range a.Suggest(tc.text) {
				if string([]rune(tc.text)[s.Start:s.End]) == tc.rejected {
					target = s
				}
			}
			if target.Label == "" {
				t.Fatalf("Suggest(%q) has no %q to reject", tc.text, tc.rejected)
			}
			if err := a.Reject(tc.text, target); err != nil {
				t.Fatal(err)
			}
			for _, s := range a.Suggest(tc.other) {
				if got := string([]rune(tc.other)[s.Start:s.End]); got == tc.rejected && s.Label == target.Label {
					t.Errorf("rejected %s %q still suggested in %q", s.Label, got, tc.other)
				}
			}
		})
	}
}

func TestLearnBadSpans(t *testing.T) {
	text := "精进电动落户菏泽"
	tests := []struct {
		name string
		span corpus.Span
	}{
		{name: "negative start", span: corpus.Span{Start: -1, End: 2, Label: "ORG"}},
		{name: "past the end", span: corpus.Span{Start: 6, End: 9, Label: "LOC"}},
		{name: "empty span", span: corpus.Span{Start: 2, End: 2, Label: "ORG"}},
		{name: "no label", span: corpus.Span{Start: 0, End: 4}},
		{name: "text mismatch", span: corpus.Span{Start: 0, End: 4, Label: "ORG", Text: "精进电机"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := New()
			good := corpus.Span{Start: 6, End: 8, Label: "LOC", Text: "菏泽"}
			err := a.Learn(text, []corpus.Span{tc.span, good})
			if !errors.Is(err, ErrBadSpan) {
				t.Fatalf("Learn with %+v: error %v, want ErrBadSpan", tc.span, err)
			}
			if _, _, ok := a.mem.best("菏泽"); !ok {
				t.Errorf("the good span was not learned next to a bad one")
			}
			if len(a.mem.confirmed) != 1 {
				t.Errorf("memory holds %v, want only 菏泽", a.mem.confirmed)
			}
		})
	}
	if err := New().Reject(text, Suggestion{Start: 3, End: 12, Label: "ORG"}); !errors.Is(err, ErrBadSpan) {
		t.Errorf("Reject out of range: error %v, want ErrBadSpan", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	a := New()
	a.Warm()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				text := "精进电动在菏泽市投资17亿元"
				a.Suggest(text)
				WordBreaks(text)
				if err := a.Learn(text, []corpus.Span{{Start: 0, End: 4, Label: "ORG"}}); err != nil {
					t.Error(err)
				}
				_ = a.Reject(text, Suggestion{Start: 5, End: 8, Label: "LOC", Rule: "dict:ns"})
			}
		}()
	}
	wg.Wait()
	if !a.Ready() {
		t.Errorf("Ready() = false after Suggest returned")
	}
	if n := a.mem.confirmed["精进电动"]["ORG"]; n != 80 {
		t.Errorf("confirmed count = %d, want 80", n)
	}
}

func FuzzSuggest(f *testing.F) {
	for _, tc := range ruleTests {
		f.Add(tc.text)
	}
	for _, tc := range dictTests {
		f.Add(tc.text)
	}
	for _, tc := range cueTests {
		f.Add(tc.text)
	}
	a := New()
	if err := a.Learn("精进电动落户菏泽", []corpus.Span{{Start: 0, End: 4, Label: "ORG"}, {Start: 6, End: 8, Label: "LOC"}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkWellFormed(t, text, a.Suggest(text))
	})
}
