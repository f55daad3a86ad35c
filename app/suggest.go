package app

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/annotate"
	"github.com/stitchmark/stitchmark/corpus"
)

// suggester holds the pre-annotator and what it found in the article text
// shown. Every call to the annotate package is in this file. Its fields
// are only touched on the UI goroutine; the analysis itself runs on a
// goroutine.
type suggester struct {
	ann *annotate.Annotator
	// text is the text the results below belong to.
	text   string
	breaks []int
	all    []annotate.Suggestion
	// pending is the text being analysed, "" when none.
	pending string
	// stale is set when the annotator learnt something since the analysis.
	stale bool
	// busy counts the analyses running; each is done once its result is
	// applied (tests wait on it).
	busy sync.WaitGroup
	// spawn runs an analysis: on its own goroutine (tests may run it in
	// place, as the test driver runs fyne.Do on the calling goroutine).
	spawn func(func())
}

// newSuggester returns a suggester using ann, or a new annotator when ann
// is nil; the gse dictionary starts loading at once, in the background.
func newSuggester(ann *annotate.Annotator) *suggester {
	if ann == nil {
		ann = annotate.New()
	}
	ann.Warm()
	return &suggester{ann: ann, spawn: func(f func()) { go f() }}
}

// analyse finds the word breaks and the suggestions of text on a goroutine
// (the first call waits for the dictionary) and then calls apply on the UI
// goroutine; a result for a text no longer wanted is dropped.
func (s *suggester) analyse(text string, apply func()) {
	s.pending, s.stale = text, false
	ann := s.ann
	s.busy.Add(1)
	s.spawn(func() {
		defer s.busy.Done()
		breaks := annotate.WordBreaks(text)
		sugs := ann.Suggest(text)
		fyne.DoAndWait(func() {
			if s.pending != text {
				return
			}
			s.pending, s.text, s.breaks, s.all = "", text, breaks, sugs
			apply()
		})
	})
}

// learnFrom gives the suggester a fresh annotator that learns, on a
// goroutine, every span stored in project p: the annotator's memory lives
// in the project itself, so it survives closing the project and does not
// leak from one project into another.
func (s *suggester) learnFrom(p *corpus.Project) {
	ann := annotate.New()
	ann.Warm()
	s.ann, s.stale = ann, true
	s.busy.Add(1)
	s.spawn(func() {
		defer s.busy.Done()
		err := p.Records(corpus.Statuses, func(r corpus.ArticleRecord) error {
			return ann.Learn(r.Text, r.Entities)
		})
		if err != nil && !errors.Is(err, corpus.ErrClosed) {
			fyne.LogError("stitchmark: learning the project's spans", err)
		}
	})
}

// learn teaches the annotator a span the person confirmed in text.
func (s *suggester) learn(text string, sp corpus.Span) {
	if err := s.ann.Learn(text, []corpus.Span{sp}); err != nil {
		fyne.LogError("stitchmark: learning a span", err)
	}
	s.stale = true
}

// visibleSuggestions drops the suggestions that overlap a stored span or
// were rejected in this article (same offsets and label).
func visibleSuggestions(all []annotate.Suggestion, spans []corpus.SpanView, rejected []corpus.Span) []annotate.Suggestion {
	type key struct {
		start, end int
		label      string
	}
	no := map[key]bool{}
	for _, r := range rejected {
		no[key{r.Start, r.End, r.Label}] = true
	}
	var out []annotate.Suggestion
	for _, s := range all {
		if no[key{s.Start, s.End, s.Label}] || overlapsSpan(spans, s.Start, s.End) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// overlapsSpan reports whether [start, end) overlaps a span of spans.
func overlapsSpan(spans []corpus.SpanView, start, end int) bool {
	for _, sp := range spans {
		if sp.Start < end && start < sp.End {
			return true
		}
	}
	return false
}

// suggestionAt returns the index of the suggestion of sugs under the
// cursor at pos (inside it, or right after its end), or -1.
func suggestionAt(sugs []annotate.Suggestion, pos int) int {
	for i, s := range sugs {
		if s.Start <= pos && pos < s.End {
			return i
		}
	}
	for i, s := range sugs {
		if pos == s.End {
			return i
		}
	}
	return -1
}

// suggestions returns the suggestions shown for the open article (none
// once the project is closed).
func (p *articlePanel) suggestions() []annotate.Suggestion {
	if p.view == nil || p.d.proj == nil || p.sugg.text != p.view.Text {
		return nil
	}
	rejected, err := p.d.proj.Rejected(p.id)
	if err != nil {
		p.d.showError(err)
		return nil
	}
	return knownLabels(visibleSuggestions(p.sugg.all, p.view.Spans, rejected), p.labels)
}

// knownLabels keeps the suggestions whose label the project defines (the
// annotator knows PER, LOC, ORG, DATE and MONEY; a person may have renamed
// or deleted them).
func knownLabels(sugs []annotate.Suggestion, labels []corpus.Label) []annotate.Suggestion {
	names := map[string]bool{}
	for _, l := range labels {
		names[l.Name] = true
	}
	var out []annotate.Suggestion
	for _, s := range sugs {
		if names[s.Label] {
			out = append(out, s)
		}
	}
	return out
}

// analysed applies a finished analysis of the article text; one that
// ends after the window closed (and the project with it) is dropped.
func (p *articlePanel) analysed() {
	if p.view == nil || p.d.proj == nil || p.sugg.text != p.view.Text {
		return
	}
	p.text.SetWordBreaks(p.sugg.breaks)
	p.showSpans()
}

// acceptAt accepts the suggestion under the cursor at pos.
func (p *articlePanel) acceptAt(pos int) {
	sugs := p.suggestions()
	i := suggestionAt(sugs, pos)
	if i < 0 {
		return
	}
	p.accept([]annotate.Suggestion{sugs[i]}, "Accept suggestion")
}

// rejectAt rejects the suggestion under the cursor at pos.
func (p *articlePanel) rejectAt(pos int) {
	sugs := p.suggestions()
	i := suggestionAt(sugs, pos)
	if i < 0 {
		return
	}
	s := sugs[i]
	// Only the store records the rejection (not the annotator's memory), so
	// that undoing it brings the suggestion back.
	p.d.act("Reject suggestion", func() error { return p.d.proj.RejectSuggestion(p.id, s.Start, s.End, s.Label) })
}

// acceptAll accepts every suggestion shown.
func (p *articlePanel) acceptAll() {
	sugs := p.suggestions()
	if len(sugs) == 0 {
		p.d.say(T("No suggestions to accept."))
		return
	}
	p.accept(sugs, "Accept all suggestions")
}

// accept stores sugs as spans with origin "suggestion", in one store
// action (one undo step), and teaches the annotator.
func (p *articlePanel) accept(sugs []annotate.Suggestion, name string) {
	text := p.view.Text
	spans := make([]corpus.Span, len(sugs))
	for i, s := range sugs {
		spans[i] = spanOf(text, s.Start, s.End, s.Label)
	}
	p.store(name, text, spans, corpus.OriginSuggestion)
}

// store adds spans to the article in one action and teaches the annotator.
func (p *articlePanel) store(name, text string, spans []corpus.Span, origin string) {
	p.d.act(name, func() error {
		if _, err := p.d.proj.AddSpans(p.id, spans, origin); err != nil {
			return err
		}
		for _, sp := range spans {
			p.sugg.learn(text, sp)
		}
		return nil
	})
}

// spanOf is the span [start, end) of text with label.
func spanOf(text string, start, end int, label string) corpus.Span {
	r := []rune(text)
	return corpus.Span{Start: start, End: end, Label: label, Text: string(r[start:end])}
}

// occurrences returns every place of needle in text (code points,
// non-overlapping, left to right) that overlaps no span of spans.
func occurrences(text, needle string, spans []corpus.SpanView) [][2]int {
	if needle == "" {
		return nil
	}
	var out [][2]int
	n := runeLen(needle)
	pos, rest := 0, text
	for {
		i := strings.Index(rest, needle)
		if i < 0 {
			return out
		}
		start := pos + runeLen(rest[:i])
		if !overlapsSpan(spans, start, start+n) {
			out = append(out, [2]int{start, start + n})
		}
		pos = start + n
		rest = rest[i+len(needle):]
	}
}

// labelAllDialog asks for a label and applies it to every unlabeled
// occurrence of the selected string in the article.
func (p *articlePanel) labelAllDialog() {
	if p.view == nil {
		return
	}
	start, end := p.text.Selection()
	if start >= end {
		p.d.say(T("Select a string first."))
		return
	}
	needle := string([]rune(p.view.Text)[start:end])
	names := make([]string, len(p.labels))
	for i, l := range p.labels {
		names[i] = l.Name
	}
	pick := widget.NewSelect(names, nil)
	if len(names) > 0 {
		pick.SetSelected(names[0])
	}
	found := len(occurrences(p.view.Text, needle, p.view.Spans))
	msg := widget.NewLabel(fmt.Sprintf(T("%d unlabeled occurrences of “%s” in this article."), found, needle))
	dialog.ShowForm(T("Label all occurrences"), T("Label"), T("Cancel"),
		[]*widget.FormItem{widget.NewFormItem("", msg), widget.NewFormItem(T("Label"), pick)},
		func(ok bool) {
			if ok && pick.Selected != "" {
				p.labelAll(needle, pick.Selected)
			}
		}, p.d.win)
}

// labelAll labels every unlabeled occurrence of needle with label in one
// store action (one undo step).
func (p *articlePanel) labelAll(needle, label string) {
	text := p.view.Text
	var spans []corpus.Span
	for _, o := range occurrences(text, needle, p.view.Spans) {
		spans = append(spans, spanOf(text, o[0], o[1], label))
	}
	p.store("Label all occurrences", text, spans, corpus.OriginHuman)
}
