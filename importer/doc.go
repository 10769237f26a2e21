// Package importer turns a calendar invitation into a job or a round of
// one, and a later version of it into a change of that round.
//
// Decide looks at the invitation (read by package invite) and at the jobs
// there are, and makes a Plan: a job of its own, a new round of a job at
// the same company, an update or a cancellation of the round the
// invitation made before, or nothing, for a version older than the one
// kept. A Plan is shown before it is saved; Save writes it through the
// store as one change of one job. The command line (prep import) and the
// app both go this way.
package importer
