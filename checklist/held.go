package checklist

import "time"

// Held reports whether a round of the job has taken place by now: as
// Round.Held says, except that a round still scheduled for after the job's
// answer never did (see LastHeld).
func (j *Job) Held(r *Round, now time.Time) bool { return j.held(r, now) }
