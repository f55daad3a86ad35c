package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"

	"github.com/stitchmark/stitchmark/corpus"
)

type lsValue struct {
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   string   `json:"text"`
	Labels []string `json:"labels"`
}

type lsResult struct {
	ID       string  `json:"id"`
	FromName string  `json:"from_name"`
	ToName   string  `json:"to_name"`
	Type     string  `json:"type"`
	Value    lsValue `json:"value"`
}

type lsAnnotation struct {
	Result []lsResult `json:"result"`
}

type lsData struct {
	Text    string `json:"text"`
	Article string `json:"article"`
}

type lsTask struct {
	Data        lsData         `json:"data"`
	Annotations []lsAnnotation `json:"annotations"`
}

// MarshalLabelStudio returns rec as one Label Studio task object (no
// newline): {"data": {"text", "article"}, "annotations": [{"result": [{"id",
// "from_name": "label", "to_name": "text", "type": "labels", "value":
// {"start", "end", "text", "labels": [label]}}]}]}. Offsets are code points,
// as Label Studio counts them for text. The config from LabelStudioConfig
// names the same "label" and "text" tags.
func MarshalLabelStudio(rec corpus.ArticleRecord) ([]byte, error) {
	if err := CheckSpans(rec.ID, rec.Text, rec.Entities); err != nil {
		return nil, err
	}
	results := make([]lsResult, 0, len(rec.Entities))
	for i, s := range sortedSpans(rec.Entities) {
		results = append(results, lsResult{
			ID: fmt.Sprintf("e%d", i+1), FromName: "label", ToName: "text", Type: "labels",
			Value: lsValue{Start: s.Start, End: s.End, Text: s.Text, Labels: []string{s.Label}},
		})
	}
	task := lsTask{Data: lsData{Text: rec.Text, Article: rec.ID}, Annotations: []lsAnnotation{{Result: results}}}
	return marshal(task)
}

// LabelStudioConfig returns the labeling config XML for the labels (sorted,
// repeats dropped): a <Labels name="label" toName="text"> with one <Label>
// each and a <Text name="text" value="$text">.
func LabelStudioConfig(labels []string) []byte {
	var b bytes.Buffer
	b.WriteString("<View>\n  <Labels name=\"label\" toName=\"text\">\n")
	for _, l := range uniqueSorted(labels) {
		b.WriteString("    <Label value=\"")
		_ = xml.EscapeText(&b, []byte(l)) // writing to a bytes.Buffer cannot fail
		b.WriteString("\"/>\n")
	}
	b.WriteString("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n</View>\n")
	return b.Bytes()
}

func uniqueSorted(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	k := 0
	for i, s := range out {
		if i == 0 || s != out[k-1] {
			out[k] = s
			k++
		}
	}
	return out[:k]
}
