package invite

import (
	"strings"
	"testing"
)

func TestUnwrapLink(t *testing.T) {
	zoom := "https://us02web.zoom.us/j/81234567890?pwd=abc"
	tests := []struct{ name, in, want string }{
		{"Outlook safe link", "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fus02web.zoom.us%2Fj%2F81234567890%3Fpwd%3Dabc&data=05%7C01&sdata=x&reserved=0", zoom},
		{"Google redirect", "https://www.google.com/url?q=https://us02web.zoom.us/j/81234567890?pwd%3Dabc&sa=D&source=calendar&ust=1&usg=AOv", zoom},
		{"Proofpoint, version 2", "https://urldefense.proofpoint.com/v2/url?u=https-3A__us02web.zoom.us_j_81234567890-3Fpwd-3Dabc&d=DwMFaQ&c=x&r=y", zoom},
		{"Proofpoint, version 3", "https://urldefense.com/v3/__https://us02web.zoom.us/j/81234567890?pwd=abc__;!!ABC123!xyz$", zoom},
		{"Proofpoint, version 3 with a character kept aside", "https://urldefense.com/v3/__https://us02web.zoom.us/j/81234567890?pwd*abc__;PQ!!ABC!x$", zoom},
		{"Barracuda", "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fus02web.zoom.us%2fj%2f81234567890%3fpwd%3dabc&c=E,1,x&typo=1", zoom},
		{"a redirect inside a redirect", "https://www.google.com/url?q=https://eur02.safelinks.protection.outlook.com/?url%3Dhttps%253A%252F%252Fus02web.zoom.us%252Fj%252F81234567890%253Fpwd%253Dabc%26data%3D1", zoom},
		{"no redirect", zoom, zoom},
		{"a redirect to no web page", "https://www.google.com/url?q=javascript:alert(1)", "https://www.google.com/url?q=javascript:alert(1)"},
		{"a look-alike host", "https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fevil.example", "https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fevil.example"},
	}
	for _, tt := range tests {
		if got := unwrapLink(tt.in); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestMeetingLink(t *testing.T) {
	yes := []string{
		"https://meet.google.com/abc-defg-hij",
		"https://meet.google.com/lookup/abcdefg",
		"https://zoom.us/j/81234567890?pwd=abc",
		"https://us02web.zoom.us/j/81234567890",
		"https://acme.zoom.us/w/81234567890?tk=abc",
		"https://acme.zoom.us/my/dana.lee",
		"https://acme.zoomgov.com/j/1612345678",
		"https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d",
		"https://teams.microsoft.com/meet/29573618446?p=AbCdEf",
		"https://teams.live.com/meet/9876543210?p=xyz",
		"https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_abc",
		"https://acme.webex.com/meet/dana.lee",
		"https://acme.webex.com/acme/j.php?MTID=m1234abcd",
		"https://acme.webex.com/join/dana.lee",
		"https://chime.aws/1234567890",
		"https://meet.goto.com/123456789",
		"https://whereby.com/acme-interview",
		"https://meet.jit.si/AcmeInterview42",
	}
	no := []string{
		"https://meet.google.com/",
		"https://support.google.com/a/users/answer/9282720",
		"https://tel.meet/abc-defg-hij?pin=123",
		"https://zoom.us/download",
		"https://us02web.zoom.us/u/kbXyZ12ab",
		"https://zoom.us.evil.example/j/123",
		"https://evil.example/zoom.us/j/123",
		"https://aka.ms/JoinTeamsMeeting",
		"https://teams.microsoft.com/meetingOptions/?organizerId=1",
		"https://www.microsoft.com/microsoft-teams/join-a-meeting",
		"https://acme.webex.com/downloads",
		"javascript:alert('https://zoom.us/j/1')",
		"mailto:dana@acme.com",
		"https://zoom.us/j/1 2",
	}
	for _, l := range yes {
		if !meetingLink(l) {
			t.Errorf("%s is a meeting link", l)
		}
	}
	for _, l := range no {
		if meetingLink(l) {
			t.Errorf("%s is not a meeting link", l)
		}
	}
}

// TestFindLinkOrder: the properties made for the link win over the place,
// and the place over the description; a description's other links are
// passed over.
func TestFindLinkOrder(t *testing.T) {
	const (
		conference = "https://acme.webex.com/meet/conference"
		google     = "https://meet.google.com/goo-glec-onf"
		teams      = "https://teams.microsoft.com/l/meetup-join/teams"
		url        = "https://acme.example/interview"
		place      = "https://whereby.com/place"
		described  = "https://zoom.us/j/111"
	)
	all := []string{
		"CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-555-0100",
		"CONFERENCE;VALUE=URI;FEATURE=VIDEO:" + conference,
		"X-GOOGLE-CONFERENCE:" + google,
		"X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams,
		"URL:" + url,
		"LOCATION:Room 4 or " + place,
		`DESCRIPTION:Help: https://support.example/help\, then join: ` + described,
	}
	for i, want := range []string{conference, conference, google, teams, url, place, described, ""} {
		text := "BEGIN:VEVENT\n" + strings.Join(all[i:], "\n") + "\nEND:VEVENT\n"
		c := readComponents(text)[0]
		_, links := readDescription(c)
		if got := findLink(c, unescapeText(c.value("LOCATION")), links); got != want {
			t.Errorf("with %d properties left out: %q, want %q", i, got, want)
		}
	}
}
