package ui

import (
	"fmt"
	"testing"
	"time"
)

// A long list is on screen after its first page; the rest fills in page by
// page, and a page of a loading started again is dropped.
func TestListFillsInPageByPage(t *testing.T) {
	store := newStore(t)
	total := jobsPage + 50
	for i := range total {
		addJob(t, store, fmt.Sprintf("Company %03d", i), "Role", testNow.Add(time.Duration(i)*time.Hour))
	}
	m := loaded(t, store, 80, 24)
	first := loadJobs(store, 0)().(jobsLoadedMsg)
	if len(m.list.jobs) != jobsPage || len(first.rest) != total-jobsPage {
		t.Fatalf("first page: %d jobs shown, %d to come", len(m.list.jobs), len(first.rest))
	}
	rest := first.rest
	for len(rest) > 0 {
		page := loadPage(store, rest, false, 0)
		m = update(m, page)
		rest = page.rest
	}
	if len(m.list.jobs) != total {
		t.Fatalf("after every page: %d jobs", len(m.list.jobs))
	}
	stale := loadPage(store, first.rest, false, 0)
	m.list.reload()
	m = update(m, stale)
	if len(m.list.jobs) != total {
		t.Errorf("a stale page was added: %d jobs", len(m.list.jobs))
	}
}
