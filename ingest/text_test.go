package ingest

import (
	"strings"
	"testing"
)

func TestCleanSubject(t *testing.T) {
	tests := map[string]string{
		"Power BI partner":                     "Power BI partner",
		"Re: Power BI partner":                 "Power BI partner",
		"RE: RE: Fwd: FW: Power BI":            "Power BI",
		"Re[2]: Power BI":                      "Power BI",
		"RE (3): Power BI":                     "Power BI",
		"AW: WG: Anfrage Pentest":              "Anfrage Pentest",
		"TR : Recherche partenaire":            "Recherche partenaire",
		"SV: VS: Partner sökes":                "Partner sökes",
		"RV: Enc: R: Res: Antw: busco partner": "busco partner",
		"転送: 返信: パートナー募集":                      "パートナー募集",
		"Fwd：全角コロン":                            "全角コロン",
		"[External] Power BI":                  "Power BI",
		"Re: We could not read your opportunity: Projet CRM – réseau": "Projet CRM – réseau",
		"[EXT] FW: Power BI":                       "Power BI",
		"FW: [EXTERNAL] RE: Power BI":              "Power BI",
		"(External) Power BI":                      "Power BI",
		"*EXTERNAL* Power BI":                      "Power BI",
		"**SPAM** Power BI":                        "Power BI",
		"[SPAM?] Power BI":                         "Power BI",
		"[CAUTION: External Email] Power BI":       "Power BI",
		"EXTERNAL: Power BI":                       "Power BI",
		"[Urgent] Power BI":                        "[Urgent] Power BI",
		"  Power \t BI \n partner ":                "Power BI partner",
		"Review: Power BI":                         "Review: Power BI",
		"Requirement: Data platform":               "Requirement: Data platform",
		"RFP - Business Central":                   "RFP - Business Central",
		"Re:":                                      "",
		"":                                         "",
		"Fwd: Azure migration – Coastal Water":     "Azure migration – Coastal Water",
		"Re: Re: Re: Re: Re: Re: Re: Re: Re: deep": "deep",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := CleanSubject(in); got != want {
				t.Errorf("CleanSubject(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestIsForward(t *testing.T) {
	tests := map[string]bool{
		"Fwd: x": true, "FW: x": true, "Fw: x": true, "WG: x": true, "TR: x": true, "RV: x": true,
		"Enc: x": true, "転送: x": true, "[EXT] FW: x": true, "Fw: [External] x": true,
		"Re: x": false, "RE: FW: x": false, "AW: WG: x": false, "x": false, "SV: x": false, "": false,
	}
	for in, want := range tests {
		if got := IsForward(in); got != want {
			t.Errorf("IsForward(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNewText(t *testing.T) {
	tests := []struct {
		name, body string
		forwarded  bool
		want       string
	}{
		{"plain", "Hello\n\nWe need Power BI.", false, "Hello\n\nWe need Power BI."},
		{"CRLF and blank runs", "Hello\r\n\r\n\r\n\r\nWe need Power BI.\r\n", false, "Hello\n\nWe need Power BI."},
		{"quoted lines", "Yes, Security.\n> Which competency?\n> thanks", false, "Yes, Security."},
		{"Gmail attribution", "Need Intune.\n\nOn Mon, Nov 2, 2026 at 10:00 AM Anna <anna@example.com> wrote:\n> We do Power BI.\n> Anna", false, "Need Intune."},
		{"wrapped Gmail attribution", "Need Intune.\n\nOn Mon, Nov 2, 2026 at 10:00 AM Anna Example <\nanna@example.com> wrote:\n> We do Power BI.", false, "Need Intune."},
		{"German attribution", "Wir brauchen Intune.\n\nAm 02.11.2026 um 10:00 schrieb Anna Müller <anna@example.de>:\n> Power BI?", false, "Wir brauchen Intune."},
		{"French attribution", "Besoin d'Intune.\n\nLe 2 nov. 2026 à 10:00, Anna <anna@example.fr> a écrit :\n> Power BI ?", false, "Besoin d'Intune."},
		{"Spanish attribution", "Necesito Intune.\n\nEl lun, 2 nov 2026 a las 10:00, Anna (<anna@example.es>) escribió:\n> Power BI?", false, "Necesito Intune."},
		{"Portuguese attribution", "Preciso de Intune.\n\nEm seg., 2 de nov. de 2026 às 10:00, Anna <anna@example.br> escreveu:\n> Power BI?", false, "Preciso de Intune."},
		{"inline answers kept", "On Mon, Anna <a@b.c> wrote:\n> Which skills?\nIntune.\n> Which region?\nGermany.", false, "Intune.\nGermany."},
		{"attribution without quotes cuts", "Need Intune.\nOn Mon, Anna <a@b.c> wrote:\nWe do Power BI.", false, "Need Intune."},
		{"Outlook header block", "Need Intune.\n\n________________________________\nFrom: Anna <anna@example.com>\nSent: Monday, November 2, 2026 10:00\nTo: Bob <bob@example.com>\nSubject: RE: Power BI\n\nWe do Power BI.", false, "Need Intune."},
		{"German Outlook header block", "Wir brauchen Intune.\n\nVon: Anna <anna@example.de>\nGesendet: Montag, 2. November 2026 10:00\nAn: Bob <bob@example.de>\nBetreff: AW: Power BI\n\nPower BI?", false, "Wir brauchen Intune."},
		{"bold header block from HTML", "Need Intune.\n\n**From:** Anna <anna@example.com>\n**Sent:** Monday\n**To:** Bob\n**Subject:** RE: x\n\nPower BI", false, "Need Intune."},
		{"From line alone is text", "From: the CFO's office we heard\nthat Intune is needed.", false, "From: the CFO's office we heard\nthat Intune is needed."},
		{"Original Message in a reply", "Need Intune.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nTo: Bob\nSubject: x\n\nPower BI", false, "Need Intune."},
		{"Original Message in a forward", "FYI\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nTo: Bob\nSubject: x\n\nWe need Power BI.", true, "FYI\n\nWe need Power BI."},
		{"Outlook block in a forward", "See below.\n\nFrom: Anna <a@b.c>\nSent: Monday\nTo: Bob <b@b.c>\nSubject: Power BI\n\nWe need Power BI.\n\nFrom: Bob <b@b.c>\nSent: Sunday\nTo: Anna <a@b.c>\nSubject: old\n\nOld history.", true, "See below.\n\nWe need Power BI."},
		{"Gmail forward", "FYI\n\n---------- Forwarded message ---------\nFrom: Anna <anna@example.com>\nDate: Mon, Nov 2, 2026 at 10:00 AM\nSubject: Teams Phone\nTo: Bob <bob@example.com>\n\n\nWe need Teams Phone.\n", false, "FYI\n\nWe need Teams Phone."},
		{"Apple forward", "Begin forwarded message:\n\nFrom: Anna <anna@example.com>\nSubject: Azure\nDate: 2 November 2026 at 10:00:00 GMT\nTo: Bob <bob@example.com>\n\nWe need Azure.", false, "We need Azure."},
		{"quoted Apple forward", "Begin forwarded message:\n\n> From: Anna <anna@example.com>\n> Subject: Azure\n> Date: 2 November 2026\n> To: Bob <bob@example.com>\n>\n> We need Azure.\n> Region: Australia", false, "We need Azure.\nRegion: Australia"},
		{"German forward", "-------- Weitergeleitete Nachricht --------\nBetreff: Pentest\nDatum: Mon, 2 Nov 2026\nVon: Anna <a@b.de>\nAn: Bob <b@b.de>\n\nWir brauchen einen Pentest.", false, "Wir brauchen einen Pentest."},
		{"wrapped To list in a forward", "---------- Forwarded message ---------\nFrom: Anna <a@b.c>\nTo: Bob <b@b.c>,\n  Carol <c@b.c>\nSubject: x\n\nWe need Azure.", false, "We need Azure."},
		{"forward keeps its body but cuts its history", "---------- Forwarded message ---------\nFrom: Anna <a@b.c>\nSubject: x\n\nWe need Azure.\n\nOn Sun, Bob <b@b.c> wrote:\n> old Power BI talk", false, "We need Azure."},
		{"signature delimiter", "Need Intune.\n-- \nAnna Example\nSecurity Lead", false, "Need Intune."},
		{"signature delimiter without space", "Need Intune.\n--\nAnna", false, "Need Intune."},
		{"Sent from my iPhone", "Need Intune.\n\nSent from my iPhone", false, "Need Intune."},
		{"Von meinem iPhone gesendet", "Wir brauchen Intune.\n\nVon meinem iPhone gesendet", false, "Wir brauchen Intune."},
		{"Get Outlook for iOS", "Need Intune.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", false, "Need Intune."},
		{"closing and contact block", "Need Intune.\n\nKind regards,\nAnna Example\nHead of Security | Contoso, Seattle WA\n+1 206 555 0100", false, "Need Intune."},
		{"German closing", "Wir brauchen Intune.\n\nMit freundlichen Grüßen\nAnna Müller\nMünchen", false, "Wir brauchen Intune."},
		{"closing then fields is no signature", "Need Intune.\n\nThanks!\n\nBudget: 50k EUR\nAnna", false, "Need Intune.\n\nThanks!\n\nBudget: 50k EUR\nAnna"},
		{"closing word inside prose", "Thanks for reading: we need Intune and Azure.", false, "Thanks for reading: we need Intune and Azure."},
		{"English disclaimer", "Need Intune.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. Contoso is a Gold Partner for Security.", false, "Need Intune."},
		{"German disclaimer", "Wir brauchen Intune.\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.", false, "Wir brauchen Intune."},
		{"French disclaimer", "Besoin d'Intune.\n\nCe message et toutes les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire.", false, "Besoin d'Intune."},
		{"Spanish disclaimer", "Necesito Intune.\n\nEste mensaje es confidencial. Si usted no es el destinatario, bórrelo.", false, "Necesito Intune."},
		{"confidential client stays", "The client is confidential: a hospital in Munich.", false, "The client is confidential: a hospital in Munich."},
		{"empty", "", false, ""},
		{"only history", "> quoted\n> more", false, ""},
		{"rules become blank", "Need Intune.\n________\nAzure too.", false, "Need Intune.\n\nAzure too."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NewTextForwarded(tc.body, tc.forwarded)
			if got != tc.want {
				t.Errorf("NewTextForwarded =\n%q\nwant\n%q", got, tc.want)
			}
			if len(got) > len(tc.body) {
				t.Errorf("output longer than input")
			}
			if !tc.forwarded && NewText(tc.body) != got {
				t.Errorf("NewText differs from NewTextForwarded(false)")
			}
		})
	}
}

func TestNewTextDeepForwards(t *testing.T) {
	body := strings.Repeat("---------- Forwarded message ---------\nFrom: a@b.c\n\nnote\n", 50) + "end"
	if got := NewText(body); !strings.HasSuffix(got, "note") || len(got) > len(body) {
		t.Errorf("deep forwards: %q", got)
	}
}
