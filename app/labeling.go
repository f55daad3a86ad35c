package app

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"github.com/stitchmark/stitchmark/annotate"
	"github.com/stitchmark/stitchmark/corpus"
)

// The span labeling of the article panel: the SpanText callbacks turned
// into store actions, and the spans and suggestions drawn in it.

// wireText connects the text widget's callbacks.
func (p *articlePanel) wireText() {
	p.text.OnLabelKey = p.labelKey
	p.text.OnDelete = p.deleteAt
	p.text.OnAccept = p.acceptAt
	p.text.OnReject = p.rejectAt
	p.text.OnResize = p.resize
	p.text.OnSelect = func(start, _ int) {
		if p.view != nil {
			p.selectFragment(fragmentAt(p.view.Refs, start), false)
		}
	}
}

// showSpans draws the stored spans and the suggestions not yet decided.
func (p *articlePanel) showSpans() {
	if p.view == nil {
		return
	}
	sugs := p.suggestions()
	spans := make([]TextSpan, 0, len(p.view.Spans)+len(sugs))
	for _, s := range p.view.Spans {
		spans = append(spans, TextSpan{ID: int64(s.ID), Start: s.Start, End: s.End, Label: s.Label,
			Color: p.labelColour(s.Label), Flagged: s.Flag != ""})
	}
	for i, s := range sugs {
		spans = append(spans, TextSpan{ID: suggestionID(i), Start: s.Start, End: s.End, Label: s.Label,
			Color: p.labelColour(s.Label), Suggested: true})
	}
	p.text.SetSpans(spans)
	switch {
	case p.sugg.text != p.view.Text:
		p.sugInfo.SetText(T("looking for suggestions…"))
	default:
		p.sugInfo.SetText(fmt.Sprintf(T("%d suggestions"), len(sugs)))
	}
}

// suggestionID is the TextSpan id of the i-th suggestion shown: negative,
// so that it never equals a stored span's id.
func suggestionID(i int) int64 { return -int64(i) - 1 }

// suggestionIndex reverses suggestionID; ok is false for a stored span.
func suggestionIndex(id int64) (int, bool) {
	if id >= 0 {
		return 0, false
	}
	return int(-id - 1), true
}

// labelKey applies the label with hotkey to [start, end): a new span, or a
// relabel when the range is an existing span or the cursor (start == end)
// is inside one; on a suggestion under the cursor it accepts it with that
// label.
func (p *articlePanel) labelKey(hotkey, start, end int) {
	l, ok := labelByHotkey(p.labels, hotkey)
	if !ok {
		p.d.say(fmt.Sprintf(T("No label has the hotkey %d."), hotkey))
		return
	}
	p.applyLabel(l.Name, start, end)
}

// applyLabel applies label name to [start, end) of the article text as
// labelKey does.
func (p *articlePanel) applyLabel(name string, start, end int) {
	if p.view == nil {
		return
	}
	if start == end {
		if sp, ok := spanAt(p.view.Spans, start); ok {
			p.relabel(sp, name)
			return
		}
		sugs := p.suggestions()
		if i := suggestionAt(sugs, start); i >= 0 {
			s := sugs[i]
			s.Label = name
			p.accept([]annotate.Suggestion{s}, "Accept suggestion")
		}
		return
	}
	for _, sp := range p.view.Spans {
		if sp.Start == start && sp.End == end {
			p.relabel(sp, name)
			return
		}
	}
	p.addSpan(start, end, name)
}

// addSpan labels [start, end) with name and teaches the annotator.
func (p *articlePanel) addSpan(start, end int, name string) {
	text := p.view.Text
	p.d.act("Label span", func() error {
		_, err := p.d.proj.AddSpan(p.id, start, end, name, corpus.OriginHuman)
		if err == nil {
			p.sugg.learn(text, spanOf(text, start, end, name))
		}
		return err
	})
}

// relabel gives span sp the label name.
func (p *articlePanel) relabel(sp corpus.SpanView, name string) {
	if sp.Label == name {
		return
	}
	text := p.view.Text
	p.d.act("Relabel span", func() error {
		err := p.d.proj.Relabel(sp.ID, name)
		if err == nil && sp.Start < sp.End && sp.End <= runeLen(text) {
			p.sugg.learn(text, spanOf(text, sp.Start, sp.End, name))
		}
		return err
	})
}

// deleteAt removes the span under the cursor at pos.
func (p *articlePanel) deleteAt(pos int) {
	if p.view == nil {
		return
	}
	sp, ok := spanAt(p.view.Spans, pos)
	if !ok {
		return
	}
	p.d.act("Remove span", func() error { return p.d.proj.RemoveSpan(sp.ID) })
}

// resize moves the edges of span id to [start, end); a resized suggestion
// is taken as the person's own span.
func (p *articlePanel) resize(id int64, start, end int) {
	if p.view == nil {
		return
	}
	if i, ok := suggestionIndex(id); ok {
		sugs := p.suggestions()
		if i < len(sugs) {
			p.addSpan(start, end, sugs[i].Label)
		}
		return
	}
	p.d.act("Resize span", func() error { return p.d.proj.ResizeSpan(corpus.SpanID(id), start, end) })
}

// spanAt returns the span under the cursor at pos: the shortest one that
// holds pos, or else the shortest one that ends at pos.
func spanAt(spans []corpus.SpanView, pos int) (corpus.SpanView, bool) {
	if sp, ok := shortestSpan(spans, func(s corpus.SpanView) bool { return s.Start <= pos && pos < s.End }); ok {
		return sp, true
	}
	return shortestSpan(spans, func(s corpus.SpanView) bool { return s.End == pos })
}

// shortestSpan returns the shortest span of spans for which keep is true.
func shortestSpan(spans []corpus.SpanView, keep func(corpus.SpanView) bool) (corpus.SpanView, bool) {
	best, found := corpus.SpanView{}, false
	for _, s := range spans {
		if keep(s) && (!found || s.End-s.Start < best.End-best.Start) {
			best, found = s, true
		}
	}
	return best, found
}

// labelByHotkey returns the label with hotkey k.
func labelByHotkey(labels []corpus.Label, k int) (corpus.Label, bool) {
	for _, l := range labels {
		if l.Hotkey == k && k != 0 {
			return l, true
		}
	}
	return corpus.Label{}, false
}

// labelColour returns the colour of label name, grey when it is unknown.
func (p *articlePanel) labelColour(name string) color.Color {
	for _, l := range p.labels {
		if l.Name == name {
			return parseColour(l.Colour)
		}
	}
	return unknownLabelColour
}

// unknownLabelColour is drawn for a span whose label was deleted.
var unknownLabelColour = color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}

// parseColour reads "#rrggbb"; anything else is unknownLabelColour.
func parseColour(hex string) color.Color {
	h := strings.TrimPrefix(hex, "#")
	if len(h) != 6 {
		return unknownLabelColour
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return unknownLabelColour
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// colourHex writes c as "#rrggbb".
func colourHex(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02x%02x%02x", n.R, n.G, n.B)
}
