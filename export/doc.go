// Package export writes the gold corpus in the formats NER trainers and
// annotation tools read (the gold JSONL, doccano, Label Studio, character
// CoNLL, spaCy), reads the gold JSONL and doccano's JSONL back in bounded
// memory, and scores predictions (Evaluate) and annotator agreement (Agree).
//
// It works on corpus.ArticleRecord values and never touches the database.
// Offsets are Unicode code points, end exclusive, unless the caller asks
// for UTF-16 code units (Options.Offsets), in which case the gold JSONL says
// so in a field "offsets": "utf16" on every line. The package never imports
// Fyne.
package export
