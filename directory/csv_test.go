package directory

import (
	"strings"
	"testing"

	"rcp2p"
	"rcp2p/taxonomy"
)

func TestRead(t *testing.T) {
	in := "\ufeffid,company,emails,competencies,regions,industries,min_budget,cadence,timezone\n" +
		"acme,Acme,Sales@Acme.example;it@acme.example,Security:gold;Power BI,US-West;Germany,Healthcare,\"50,000\",weekly,America/Los_Angeles\n" + // 2 ok, synonyms
		"short,Short Co,a@short.example\n" + // 3 wrong column count
		"badcomp,Bad,b@bad.example,Underwater Basket Weaving,,,0,weekly,UTC\n" + // 4 unknown competency
		"badtz,Bad TZ,c@tz.example,Security,,,0,weekly,Mars/Olympus\n" + // 5 bad timezone
		"acme,Acme again,d@acme2.example,Security,,,0,weekly,UTC\n" + // 6 duplicate id
		"\n" + // 7 blank: skipped
		"lvl,Level,e@lvl.example,Security:platinum,,,0,weekly,UTC\n" + // 8 bad level
		"cad,Cadence,f@cad.example,Security,,,0,hourly,UTC\n" + // 9 bad cadence
		"mail,Mail,not-an-address,Security,,,0,weekly,UTC\n" + // 10 bad email
		"reg,Region,g@reg.example,Security,Atlantis,,0,weekly,UTC\n" + // 11 unknown region
		"money,Money,h@money.example,Security,,,lots,weekly,UTC\n" + // 12 bad budget
		"defaults,Defaults,i@def.example,Data Analytics,,,,,\n" // 13 ok with defaults
	rows, err := Read(strings.NewReader(in), taxonomy.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{
		2: "", 3: "fields", 4: "unknown competency", 5: "timezone", 6: "duplicate id", 8: "level",
		9: "cadence", 10: "not an address", 11: "unknown region", 12: "min_budget", 13: "",
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for _, r := range rows {
		w, ok := want[r.Line]
		if !ok {
			t.Errorf("unexpected line %d", r.Line)
			continue
		}
		switch {
		case w == "" && r.Err != nil:
			t.Errorf("line %d: unexpected error %v", r.Line, r.Err)
		case w != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), w)):
			t.Errorf("line %d: error %v, want it to mention %q", r.Line, r.Err, w)
		}
	}
	acme := rows[0].Partner
	if acme.Emails[0] != "sales@acme.example" || acme.MinBudget != 50000 || acme.Level("Data Analytics") != rcp2p.Silver ||
		acme.Level("Security") != rcp2p.Gold || len(acme.Regions) != 2 {
		t.Errorf("acme parsed as %+v", acme)
	}
	def := rows[len(rows)-1].Partner
	if def.Cadence != rcp2p.Weekly || def.Timezone != "UTC" || def.Status != rcp2p.Active {
		t.Errorf("defaults parsed as %+v", def)
	}
}

func TestReadBadHeader(t *testing.T) {
	if _, err := Read(strings.NewReader("id,company\nx,y\n"), taxonomy.Default()); err == nil || !strings.Contains(err.Error(), "emails") {
		t.Fatalf("missing columns: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("id,company,emails,competencies,regions,industries,min_budget,cadence,timezone\nacme,Acme,a@acme.example,Security:gold,US,,0,weekly,UTC\n")
	f.Add("id,company,emails,competencies,regions,industries,min_budget,cadence,timezone\n\"unterminated\n")
	tax := taxonomy.Default()
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := Read(strings.NewReader(in), tax)
		if err != nil {
			return
		}
		for _, r := range rows {
			if (r.Partner == nil) == (r.Err == nil) {
				t.Fatalf("row %d: partner %v err %v", r.Line, r.Partner, r.Err)
			}
			if r.Partner != nil {
				if err := r.Partner.Validate(); err != nil {
					t.Fatalf("row %d accepted an invalid partner: %v", r.Line, err)
				}
			}
		}
	})
}
