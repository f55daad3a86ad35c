package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/stitchmark/stitchmark/corpus"
)

// Tree node ids of the navigator: "p<page id>" and "a<article id>".
const (
	pageNode    = "p"
	articleNode = "a"
)

// navigator is the left panel: the project's pages, each with its articles
// (status and counts), a filter by status and the share of gold articles.
// Articles of a page are loaded when its branch is first shown.
type navigator struct {
	d *desk

	pages []corpus.PageInfo
	arts  map[corpus.PageID][]corpus.ArticleInfo // loaded pages, filtered
	// doubts holds, for the articles of loaded pages with a join or an
	// end nobody has reviewed, the least confident of them.
	doubts    map[corpus.ArticleID]corpus.Doubt
	filter    corpus.Status // "" = every status
	doubtOnly bool          // only articles with a doubtful join or end

	tree     *widget.Tree
	filterBy *widget.Select
	progress *widget.ProgressBar
	summary  string // the progress bar's text
	root     fyne.CanvasObject
}

// newNavigator builds the navigator of d.
func newNavigator(d *desk) *navigator {
	n := &navigator{d: d, arts: map[corpus.PageID][]corpus.ArticleInfo{}, doubts: map[corpus.ArticleID]corpus.Doubt{}}
	n.tree = widget.NewTree(n.children, n.isBranch, n.create, n.update)
	n.tree.OnSelected = n.selected
	n.progress = widget.NewProgressBar()
	n.progress.TextFormatter = func() string { return n.summary }
	n.filterBy = widget.NewSelect(filterOptions(), nil)
	n.filterBy.SetSelectedIndex(0)
	n.filterBy.OnChanged = n.setFilter
	top := container.NewVBox(n.filterBy)
	n.root = container.NewBorder(top, n.progress, nil, nil, n.tree)
	return n
}

// object is the navigator's canvas object.
func (n *navigator) object() fyne.CanvasObject { return n.root }

// filterOptions are the filter's choices: every status, then each status,
// then the articles with a doubtful join.
func filterOptions() []string {
	opts := []string{T("All articles")}
	for _, s := range corpus.Statuses {
		opts = append(opts, statusText(s))
	}
	return append(opts, T("Doubtful joins or ends"))
}

// statusText is the translated name of a status.
func statusText(s corpus.Status) string {
	switch s {
	case corpus.StatusAuto:
		return T("auto")
	case corpus.StatusJoinsChecked:
		return T("joins checked")
	case corpus.StatusLabeled:
		return T("labeled")
	case corpus.StatusGold:
		return T("gold")
	}
	return string(s)
}

// setFilter shows only articles with the chosen status, or with a
// doubtful join.
func (n *navigator) setFilter(choice string) {
	n.filter, n.doubtOnly = "", choice == T("Doubtful joins or ends")
	for _, s := range corpus.Statuses {
		if statusText(s) == choice {
			n.filter = s
		}
	}
	n.reload()
}

// reload re-reads the pages, the loaded pages' articles and the progress.
func (n *navigator) reload() {
	n.pages, n.arts, n.doubts = nil, map[corpus.PageID][]corpus.ArticleInfo{}, map[corpus.ArticleID]corpus.Doubt{}
	if n.d.proj == nil {
		n.tree.Refresh()
		return
	}
	pages, err := n.d.proj.Pages()
	if err != nil {
		n.d.showError(err)
		return
	}
	n.pages = pages
	n.updateProgress()
	n.tree.Refresh()
}

// updateProgress shows the share of gold articles.
func (n *navigator) updateProgress() {
	st, err := n.d.proj.Stats()
	if err != nil {
		n.d.showError(err)
		return
	}
	gold := st.ByStatus[corpus.StatusGold]
	n.summary = fmt.Sprintf(T("%d of %d articles gold"), gold, st.Articles)
	if st.Articles == 0 {
		n.progress.SetValue(0)
		n.progress.Refresh()
		return
	}
	n.progress.SetValue(float64(gold) / float64(st.Articles))
}

// articlesOf returns the (filtered) articles of page, loading them once.
func (n *navigator) articlesOf(page corpus.PageID) []corpus.ArticleInfo {
	if list, ok := n.arts[page]; ok {
		return list
	}
	all, err := n.d.proj.Articles(page)
	if err != nil {
		n.d.showError(err)
		return nil
	}
	doubts, err := n.d.proj.Doubts(page)
	if err != nil {
		n.d.showError(err)
		return nil
	}
	for id, dt := range doubts {
		n.doubts[id] = dt
	}
	var list []corpus.ArticleInfo
	line := n.d.doubtLine()
	for _, a := range all {
		if (n.filter == "" || a.Status == n.filter) && (!n.doubtOnly || doubtful(n.doubtOf(a.ID), line)) {
			list = append(list, a)
		}
	}
	n.arts[page] = list
	return list
}

// children lists the pages under the root and the articles under a page.
func (n *navigator) children(uid widget.TreeNodeID) []widget.TreeNodeID {
	if uid == "" {
		ids := make([]widget.TreeNodeID, len(n.pages))
		for i, p := range n.pages {
			ids[i] = pageNode + strconv.FormatInt(int64(p.ID), 10)
		}
		return ids
	}
	page, ok := parseNode(uid, pageNode)
	if !ok || n.d.proj == nil {
		return nil
	}
	list := n.articlesOf(corpus.PageID(page))
	ids := make([]widget.TreeNodeID, len(list))
	for i, a := range list {
		ids[i] = articleID(a.ID)
	}
	return ids
}

// articleID is the tree node id of an article.
func articleID(id corpus.ArticleID) widget.TreeNodeID {
	return articleNode + strconv.FormatInt(int64(id), 10)
}

// parseNode returns the number of a node id with the given prefix.
func parseNode(uid, prefix string) (int64, bool) {
	rest, ok := strings.CutPrefix(uid, prefix)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(rest, 10, 64)
	return v, err == nil
}

// isBranch reports whether uid is the root or a page.
func (n *navigator) isBranch(uid widget.TreeNodeID) bool {
	return uid == "" || strings.HasPrefix(uid, pageNode)
}

// create makes a row: the title, and under it the status and counts in
// small print; an article's row starts with a swatch of its page-map
// colour.
func (n *navigator) create(branch bool) fyne.CanvasObject {
	title := widget.NewLabel("")
	title.Truncation = fyne.TextTruncateEllipsis
	info := widget.NewLabel("")
	info.SizeName = theme.SizeNameCaptionText
	info.Truncation = fyne.TextTruncateEllipsis
	swatch := canvas.NewRectangle(unassignedColour)
	swatch.CornerRadius = 2
	if branch {
		swatch.Hide()
	}
	return container.New(&rowLayout{}, title, info, swatch)
}

// Navigator row geometry.
const swatchWidth = 6

// rowLayout stacks a navigator row's title and info lines tightly, after
// the swatch when it is shown.
type rowLayout struct{}

// Layout places the swatch, the title and the info line right under it.
func (l *rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	th := objs[0].MinSize().Height
	ih := objs[1].MinSize().Height
	pad := theme.Padding()
	x := float32(0)
	if objs[2].Visible() {
		objs[2].Move(fyne.NewPos(0, pad))
		objs[2].Resize(fyne.NewSize(swatchWidth, size.Height-2*pad))
		x = swatchWidth
	}
	objs[0].Move(fyne.NewPos(x, 0))
	objs[0].Resize(fyne.NewSize(size.Width-x, th))
	objs[1].Move(fyne.NewPos(x, th-2*pad))
	objs[1].Resize(fyne.NewSize(size.Width-x, ih))
}

// MinSize is the two lines' height, less the padding between them.
func (l *rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	t, i := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(t.Width, i.Width)+swatchWidth, t.Height+i.Height-3*theme.Padding())
}

// update fills a row for uid.
func (n *navigator) update(uid widget.TreeNodeID, branch bool, obj fyne.CanvasObject) {
	row := obj.(*fyne.Container)
	title, info := row.Objects[0].(*widget.Label), row.Objects[1].(*widget.Label)
	if branch {
		p := n.pageByNode(uid)
		title.SetText(strings.TrimSuffix(p.Source, ".txt"))
		info.SetText(fmt.Sprintf(T("%d articles"), p.Articles))
		return
	}
	a := n.articleByNode(uid)
	swatch := row.Objects[2].(*canvas.Rectangle)
	swatch.FillColor = articleColour(a.Ordinal)
	swatch.Refresh()
	title.SetText(fmt.Sprintf("%d %s", a.Ordinal, a.Title))
	info.SetText(doubtText(n.doubtOf(a.ID), n.d.doubtLine()) + fmt.Sprintf(T("%s · %d fr · %d spans"), statusText(a.Status), a.Fragments, a.Spans))
}

// doubtOf is article id's least confident unreviewed join or end as
// loaded, corpus.NoDoubt when it has none or is not loaded.
func (n *navigator) doubtOf(id corpus.ArticleID) corpus.Doubt {
	if dt, ok := n.doubts[id]; ok {
		return dt
	}
	return corpus.NoDoubt
}

// pageByNode returns the listed page of a page node.
func (n *navigator) pageByNode(uid widget.TreeNodeID) corpus.PageInfo {
	id, _ := parseNode(uid, pageNode)
	for _, p := range n.pages {
		if int64(p.ID) == id {
			return p
		}
	}
	return corpus.PageInfo{}
}

// articleByNode returns the listed article of an article node.
func (n *navigator) articleByNode(uid widget.TreeNodeID) corpus.ArticleInfo {
	id, _ := parseNode(uid, articleNode)
	for _, list := range n.arts {
		for _, a := range list {
			if int64(a.ID) == id {
				return a
			}
		}
	}
	return corpus.ArticleInfo{}
}

// selected opens the article chosen in the tree (and opens a page's
// branch when a page is chosen).
func (n *navigator) selected(uid widget.TreeNodeID) {
	if id, ok := parseNode(uid, articleNode); ok {
		if corpus.ArticleID(id) != n.d.art {
			n.d.openArticle(corpus.ArticleID(id))
		}
		return
	}
	n.tree.OpenBranch(uid)
}

// selectArticle shows a in the tree: opens its page and selects it.
func (n *navigator) selectArticle(a corpus.ArticleInfo) {
	page := pageNode + strconv.FormatInt(int64(a.Page), 10)
	n.tree.OpenBranch(page)
	uid := articleID(a.ID)
	n.tree.Select(uid)
	n.tree.ScrollTo(uid)
}
