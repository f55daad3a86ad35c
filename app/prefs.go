package app

// Preference keys. Read them with the …WithFallback getters of
// fyne.Preferences so that a missing key falls back to the default beside it.
const (
	// prefLastProject is the path of the project open when the app last ran.
	prefLastProject = "project.last"
	// prefRecent lists recently opened project paths, newest first.
	prefRecent = "project.recent"
	// prefLanguage is the UI language: "zh", "en" or "" (follow the system).
	prefLanguage = "ui.language"
	// prefAnnotator is the annotator's name recorded in the project.
	prefAnnotator = "annotator.name"
	// prefCharPrecision makes selections snap to characters, not words, by default.
	prefCharPrecision = "labeling.charPrecision"
	// prefHintDismissed hides the key hint bar once the user closed it.
	prefHintDismissed = "ui.hintDismissed"
	// prefSplitNav, prefSplitMap and prefSplitArticle are the offsets of the
	// three split dividers: navigator | page map | article | palette.
	prefSplitNav     = "layout.split.navigator"
	prefSplitMap     = "layout.split.pagemap"
	prefSplitArticle = "layout.split.article"
	// prefExportFormat and prefExportDir remember the last export choices.
	prefExportFormat = "export.format"
	prefExportDir    = "export.dir"
	// prefImportDir remembers the folder pages were last imported from.
	prefImportDir = "import.dir"
	// prefDoubtLine is the confidence under which a join or an article's
	// end is doubtful: noted in the navigator and reached with Ctrl+D
	// (default corpus.Doubtful).
	prefDoubtLine = "review.doubtLine"
)

// Defaults for the preferences above.
const (
	defaultSplitNav     = 0.18
	defaultSplitMap     = 0.12
	defaultSplitArticle = 0.78
	maxRecent           = 8
)

// pushRecent returns list with path moved to the front, without duplicates,
// at most maxRecent long.
func pushRecent(list []string, path string) []string {
	out := []string{path}
	for _, p := range list {
		if p != path && p != "" && len(out) < maxRecent {
			out = append(out, p)
		}
	}
	return out
}
