// Package checklist is the domain of prep: jobs, their before- and
// after-interview checklists, progress, due times and statuses, and the
// edits a person makes to them. It knows nothing of terminals or disks.
package checklist
