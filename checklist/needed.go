package checklist

import "time"

// NotNeeded reports whether what happened to the job by now has made the
// open items of section s pointless, so that nothing calls them due or
// late:
//
//   - a withdrawn application, or a round called off, leaves nothing to do;
//   - a round that has begun is past preparing for;
//   - an answer, yes or no, ends the chase: of the after tasks only that
//     answer's list is left (a "no word yet" follow-up is moot once word
//     came, and so is the list of the other answer), and no round is
//     still prepared for; after any other final status no round is either.
//
// s must be one of j's sections.
func (j *Job) NotNeeded(s *Section, now time.Time) bool {
	return j.needless(j.RoundOf(s), s, now)
}

// needless is NotNeeded for a section of round r, nil for the job's own.
func (j *Job) needless(r *Round, s *Section, now time.Time) bool {
	return j.settled(r, s) || s.Phase == Before && r != nil && !r.Ahead(now)
}

// settled is the part of needless the clock has no say in: what the job's
// status and the round's state decide. The index keeps the tasks of the
// sections it leaves, and the clock decides the rest when asked.
func (j *Job) settled(r *Round, s *Section) bool {
	switch {
	case j.Status == Withdrawn, r != nil && r.State == Cancelled:
		return true
	case s.Phase == Before && j.Status.Final():
		return true
	case j.Status == Offer || j.Status == Rejected:
		return s.When != j.Status
	}
	return false
}

// ItemDueState is where item it of section s stands at now, as the
// checklist shows it: as Item.DueState, and NotNeeded for an open item
// with a due time that the job no longer needs (see Job.NotNeeded).
func (j *Job) ItemDueState(s *Section, it Item, now time.Time) DueState {
	st := it.DueState(now)
	if st >= DueLater && st <= DueLate && j.NotNeeded(s, now) {
		return NotNeeded
	}
	return st
}

// ItemDueLabel is DueLabel for item it of section s: "not needed" for an
// open item the job no longer needs.
func (j *Job) ItemDueLabel(s *Section, it Item, now time.Time) string {
	if j.ItemDueState(s, it, now) == NotNeeded {
		return "not needed"
	}
	return DueLabel(it, now)
}
