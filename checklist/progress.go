package checklist

// Progress counts ticked items out of all items.
type Progress struct {
	Done, Total int
}

// Fraction is the share of items done, from 0 to 1; an empty list counts as 0.
func (p Progress) Fraction() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Done) / float64(p.Total)
}

// Complete reports whether there is something to do and all of it is done.
func (p Progress) Complete() bool { return p.Total > 0 && p.Done == p.Total }

// Add sums two counts.
func (p Progress) Add(q Progress) Progress {
	return Progress{Done: p.Done + q.Done, Total: p.Total + q.Total}
}

// Progress counts the section's items.
func (s Section) Progress() Progress {
	p := Progress{Total: len(s.Items)}
	for _, it := range s.Items {
		if it.Done {
			p.Done++
		}
	}
	return p
}

// Progress counts the visible items of one phase: the job's own and those
// of every round but a cancelled one, which leaves nothing to do.
func (j Job) Progress(phase Phase) Progress {
	p := j.sectionsProgress(phase, j.Sections)
	for _, r := range j.Rounds {
		if r.State != Cancelled {
			p = p.Add(j.sectionsProgress(phase, r.Sections))
		}
	}
	return p
}

func (j Job) sectionsProgress(phase Phase, sections []Section) Progress {
	var p Progress
	for _, s := range sections {
		if s.Phase == phase && s.Visible(j.Status) {
			p = p.Add(s.Progress())
		}
	}
	return p
}

// TotalProgress counts every visible item of the job.
func (j Job) TotalProgress() Progress {
	return j.Progress(Before).Add(j.Progress(After))
}

// RoundProgress counts the visible items of one phase on a round's
// checklist: the job's own and that round's (see VisibleSections).
func (j *Job) RoundProgress(phase Phase, r *Round) Progress {
	var p Progress
	for _, s := range j.VisibleSections(phase, r) {
		p = p.Add(s.Progress())
	}
	return p
}
