package app

import (
	"reflect"
	"testing"

	"github.com/stitchmark/stitchmark/annotate"
	"github.com/stitchmark/stitchmark/corpus"
)

func TestVisibleSuggestions(t *testing.T) {
	// 9月14日，王磊出席会议。王磊要求…
	all := []annotate.Suggestion{
		{Start: 0, End: 5, Label: "DATE", Rule: "date"},
		{Start: 6, End: 8, Label: "PER", Rule: "dict:nr"},
		{Start: 13, End: 15, Label: "PER", Rule: "dict:nr"},
	}
	tests := []struct {
		name     string
		spans    []corpus.SpanView
		rejected []corpus.Span
		want     []int // indices into all
	}{
		{name: "nothing decided", want: []int{0, 1, 2}},
		{name: "already labeled exactly", spans: []corpus.SpanView{{Start: 6, End: 8, Label: "PER"}}, want: []int{0, 2}},
		{name: "overlapping a span", spans: []corpus.SpanView{{Start: 7, End: 10, Label: "ORG"}}, want: []int{0, 2}},
		{name: "touching is not overlapping", spans: []corpus.SpanView{{Start: 5, End: 6, Label: "ORG"}}, want: []int{0, 1, 2}},
		{name: "rejected with that label", rejected: []corpus.Span{{Start: 13, End: 15, Label: "PER", Text: "王磊"}}, want: []int{0, 1}},
		{name: "rejected with another label", rejected: []corpus.Span{{Start: 13, End: 15, Label: "LOC", Text: "王磊"}}, want: []int{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := visibleSuggestions(all, tt.spans, tt.rejected)
			var want []annotate.Suggestion
			for _, i := range tt.want {
				want = append(want, all[i])
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

func TestKnownLabels(t *testing.T) {
	sugs := []annotate.Suggestion{{Start: 0, End: 5, Label: "DATE"}, {Start: 6, End: 8, Label: "PER"}, {Start: 9, End: 12, Label: "ORG"}}
	tests := []struct {
		name   string
		labels []corpus.Label
		want   int
	}{
		{"all defined", []corpus.Label{{Name: "PER"}, {Name: "ORG"}, {Name: "DATE"}}, 3},
		{"PER renamed to 人名", []corpus.Label{{Name: "人名"}, {Name: "ORG"}, {Name: "DATE"}}, 2},
		{"no labels", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := knownLabels(sugs, tt.labels)
			if len(got) != tt.want {
				t.Fatalf("kept %v, want %d", got, tt.want)
			}
			for _, s := range got {
				if s.Label == "PER" && tt.labels[0].Name != "PER" {
					t.Errorf("kept %v with an undefined label", s)
				}
			}
		})
	}
}

func TestSuggestionAt(t *testing.T) {
	sugs := []annotate.Suggestion{{Start: 0, End: 5, Label: "DATE"}, {Start: 6, End: 8, Label: "PER"}}
	tests := []struct {
		name string
		pos  int
		want int
	}{
		{"at the start", 0, 0},
		{"inside", 3, 0},
		{"right after the end", 5, 0},
		{"inside the second", 7, 1},
		{"after the second", 8, 1},
		{"nowhere", 10, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestionAt(sugs, tt.pos); got != tt.want {
				t.Errorf("suggestionAt(%d) = %d, want %d", tt.pos, got, tt.want)
			}
		})
	}
}

func TestOccurrences(t *testing.T) {
	text := "王磊出席会议并讲话。王磊要求，王磊王磊。"
	tests := []struct {
		name   string
		needle string
		spans  []corpus.SpanView
		want   [][2]int
	}{
		{name: "every one", needle: "王磊", want: [][2]int{{0, 2}, {10, 12}, {15, 17}, {17, 19}}},
		{name: "labeled ones skipped", needle: "王磊", spans: []corpus.SpanView{{Start: 10, End: 12}}, want: [][2]int{{0, 2}, {15, 17}, {17, 19}}},
		{name: "overlapped ones skipped", needle: "王磊", spans: []corpus.SpanView{{Start: 16, End: 18}}, want: [][2]int{{0, 2}, {10, 12}}},
		{name: "not there", needle: "张喙", want: nil},
		{name: "empty needle", needle: "", want: nil},
		{name: "non-overlapping repeats", needle: "会议并讲话。王磊", want: [][2]int{{4, 12}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := occurrences(text, tt.needle, tt.spans)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("occurrences(%q) = %v, want %v", tt.needle, got, tt.want)
			}
			r := []rune(text)
			for _, o := range got {
				if string(r[o[0]:o[1]]) != tt.needle {
					t.Errorf("%v covers %q", o, string(r[o[0]:o[1]]))
				}
			}
		})
	}
}

func FuzzOccurrences(f *testing.F) {
	f.Add("王磊出席会议并讲话。王磊要求，王磊王磊。", "王磊")
	f.Add("好好好", "好好")
	f.Fuzz(func(t *testing.T, text, needle string) {
		r := []rune(text)
		last := 0
		for _, o := range occurrences(text, needle, nil) {
			if o[0] < last || o[1] > len(r) || o[0] >= o[1] {
				t.Fatalf("bad or overlapping occurrence %v (after %d, %d runes)", o, last, len(r))
			}
			if string(r[o[0]:o[1]]) != needle {
				t.Fatalf("%v covers %q, not %q", o, string(r[o[0]:o[1]]), needle)
			}
			last = o[1]
		}
	})
}

// pickSuggestion returns the first suggestion shown with label, failing the test when
// there is none.
func pickSuggestion(t *testing.T, p *articlePanel, label string) annotate.Suggestion {
	t.Helper()
	for _, s := range p.suggestions() {
		if s.Label == label {
			return s
		}
	}
	t.Fatalf("no %s suggestion in %q: %v", label, p.view.Text, p.suggestions())
	return annotate.Suggestion{}
}

// suggestionShown reports whether s is among the suggestions drawn in the text.
func suggestionShown(p *articlePanel, s annotate.Suggestion) bool {
	for _, ts := range p.text.Spans() {
		if ts.Suggested && ts.Start == s.Start && ts.End == s.End && ts.Label == s.Label {
			return true
		}
	}
	return false
}

func TestAcceptAndRejectSuggestion(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	date := pickSuggestion(t, p, "DATE") // 9月14日 in the first article's lead
	if !suggestionShown(p, date) {
		t.Fatalf("suggestion %v is not drawn", date)
	}
	p.acceptAt(date.Start)
	settleArticle(p)
	found := false
	for _, s := range p.view.Spans {
		if s.Start == date.Start && s.End == date.End && s.Label == "DATE" {
			found = true
			if s.Origin != corpus.OriginSuggestion {
				t.Errorf("accepted span has origin %q, want suggestion", s.Origin)
			}
		}
	}
	if !found {
		t.Fatalf("accepting %v stored no span: %v", date, p.view.Spans)
	}
	if suggestionShown(p, date) {
		t.Error("the accepted suggestion is still drawn as a suggestion")
	}

	other := p.suggestions()
	if len(other) == 0 {
		t.Fatal("no suggestion left to reject")
	}
	rej := other[0]
	spans := len(p.view.Spans)
	p.rejectAt(rej.Start)
	settleArticle(p)
	if len(p.view.Spans) != spans {
		t.Errorf("rejecting added spans: %v", p.view.Spans)
	}
	rejected, err := d.proj.Rejected(p.id)
	if err != nil {
		t.Fatal(err)
	}
	if len(rejected) != 1 || rejected[0].Start != rej.Start || rejected[0].End != rej.End || rejected[0].Label != rej.Label {
		t.Errorf("rejected = %v, want %v", rejected, rej)
	}
	if suggestionShown(p, rej) {
		t.Error("the rejected suggestion is still drawn")
	}
}

func TestAcceptAllAndLabelAll(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	n := len(p.suggestions())
	if n == 0 {
		t.Fatal("no suggestions in the first article")
	}
	p.acceptAll()
	settleArticle(p)
	if got := len(p.view.Spans); got < n {
		t.Errorf("%d spans after accepting %d suggestions", got, n)
	}
	for _, sp := range p.view.Spans {
		if sp.Origin != corpus.OriginSuggestion {
			t.Errorf("span %v has origin %q", sp, sp.Origin)
		}
	}

	// 危险化学品 occurs several times in the first article.
	needle := "危险化学品"
	want := len(occurrences(p.view.Text, needle, p.view.Spans))
	if want < 2 {
		t.Fatalf("%q occurs %d times unlabeled; the test needs two", needle, want)
	}
	before := len(p.view.Spans)
	p.labelAll(needle, "ORG")
	settleArticle(p)
	if got := len(p.view.Spans) - before; got != want {
		t.Errorf("label all occurrences added %d spans, want %d", got, want)
	}
	if left := occurrences(p.view.Text, needle, p.view.Spans); len(left) != 0 {
		t.Errorf("unlabeled occurrences left: %v", left)
	}
	st, err := d.proj.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.ByLabel["ORG"] < want {
		t.Errorf("the project counts %d ORG spans, want at least %d", st.ByLabel["ORG"], want)
	}

	// Each was one action: one undo takes back all the occurrences, the
	// next all the accepted suggestions.
	for _, left := range []int{before, 0} {
		if _, err := d.proj.Undo(); err != nil {
			t.Fatal(err)
		}
		d.refresh()
		settleArticle(p)
		if got := len(p.view.Spans); got != left {
			t.Errorf("after an undo: %d spans, want %d", got, left)
		}
	}
}

// TestLearnFromProject checks that a fresh annotator learns the spans the
// project holds, so that its memory survives closing the desk.
func TestLearnFromProject(t *testing.T) {
	d, p := articleDesk(t, stitchGold)
	view, err := d.proj.Article(d.art)
	if err != nil {
		t.Fatal(err)
	}
	word := "危险化学品"
	start := runeIndex(view.Text, word)
	if _, err := d.proj.AddSpan(d.art, start, start+5, "ORG", corpus.OriginHuman); err != nil {
		t.Fatal(err)
	}
	probe := "今年全省危险化学品企业全部完成整治。"
	learnt := func() bool {
		for _, s := range p.sugg.ann.Suggest(probe) {
			if s.Label == "ORG" && string([]rune(probe)[s.Start:s.End]) == word {
				return true
			}
		}
		return false
	}
	if learnt() {
		t.Fatalf("%s is suggested as ORG before anything was learnt", word)
	}
	p.sugg.learnFrom(d.proj)
	p.sugg.busy.Wait()
	if !learnt() {
		t.Errorf("after learning the project, %s is not suggested as ORG in %q", word, probe)
	}
}
