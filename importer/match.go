package importer

import (
	"strings"

	"github.com/prep-cli/prep/checklist"
)

// prepUIDSuffix ends the UIDs of the events prep export writes (see
// export.EventUID): "<job id>@prep" for a first round, "<job id>.<round
// id>@prep" for a later one.
const prepUIDSuffix = "@prep"

func isPrepUID(uid string) bool { return strings.HasSuffix(uid, prepUIDSuffix) }

// findRound is the round an earlier version of the invitation with this
// UID made, or the round a calendar from prep export was written from;
// nil when there is none.
func findRound(jobs []checklist.Job, uid string) (*checklist.Job, *checklist.Round) {
	if uid == "" {
		return nil, nil
	}
	for ji := range jobs {
		j := &jobs[ji]
		for ri := range j.Rounds {
			if inv := j.Rounds[ri].Invite; inv != nil && inv.UID == uid {
				return j, &j.Rounds[ri]
			}
		}
	}
	name, ok := strings.CutSuffix(uid, prepUIDSuffix)
	if !ok {
		return nil, nil
	}
	for ji := range jobs {
		j := &jobs[ji]
		if name == j.ID {
			return j, j.Round("r1")
		}
		if rest, ok := strings.CutPrefix(name, j.ID+"."); ok {
			if r := j.Round(rest); r != nil {
				return j, r
			}
		}
	}
	return nil, nil
}
