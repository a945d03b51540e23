// Package directory reads the operator's partner directory (CSV) into
// validated partners, reporting each bad row by line number.
package directory

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"rcp2p"
	"rcp2p/taxonomy"
)

// Header is the partner CSV header of DESIGN.md.
var Header = []string{"id", "company", "emails", "competencies", "regions", "industries", "min_budget", "cadence", "timezone"}

// Row is one data row: a partner, or why the row was rejected.
type Row struct {
	Line    int
	Partner *rcp2p.Partner
	Err     error
}

// Read parses a partner CSV. A broken row never stops the good ones: it
// comes back with Err set. The error return is for an unreadable file or
// header only.
func Read(r io.Reader, tax *taxonomy.Taxonomy) ([]Row, error) {
	cr := csv.NewReader(stripBOM(r))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	cols, err := columns(head)
	if err != nil {
		return nil, err
	}
	var rows []Row
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				rows = append(rows, Row{Line: pe.StartLine, Err: pe.Err})
				continue
			}
			return rows, fmt.Errorf("read csv: %w", err)
		}
		if isBlank(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		row := Row{Line: line}
		row.Partner, row.Err = parseRow(rec, cols, tax)
		if row.Err == nil {
			if first, dup := seen[strings.ToLower(row.Partner.ID)]; dup {
				row.Partner, row.Err = nil, fmt.Errorf("duplicate id %q (first on line %d)", rec[cols["id"]], first)
			} else {
				seen[strings.ToLower(row.Partner.ID)] = line
			}
		}
		rows = append(rows, row)
	}
}

func columns(head []string) (map[string]int, error) {
	cols := map[string]int{}
	for i, h := range head {
		cols[strings.ToLower(strings.TrimSpace(h))] = i
	}
	var missing []string
	for _, h := range Header {
		if _, ok := cols[h]; !ok {
			missing = append(missing, h)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("header lacks %s (want %s)", strings.Join(missing, ", "), strings.Join(Header, ","))
	}
	return cols, nil
}

func parseRow(rec []string, cols map[string]int, tax *taxonomy.Taxonomy) (*rcp2p.Partner, error) {
	if len(rec) != len(cols) {
		return nil, fmt.Errorf("has %d fields, want %d", len(rec), len(cols))
	}
	get := func(k string) string { return strings.TrimSpace(rec[cols[k]]) }
	p := &rcp2p.Partner{ID: get("id"), Company: get("company"), Timezone: get("timezone"),
		Cadence: rcp2p.Cadence(strings.ToLower(get("cadence"))), Status: rcp2p.Active}
	var errs []error
	for _, e := range list(get("emails")) {
		a, err := mail.ParseAddress(e)
		if err != nil {
			errs = append(errs, fmt.Errorf("email %q is not an address", e))
			continue
		}
		p.Emails = append(p.Emails, strings.ToLower(a.Address))
	}
	for _, c := range list(get("competencies")) {
		name, level, _ := strings.Cut(c, ":")
		canon, ok := tax.Competency(strings.TrimSpace(name))
		if !ok {
			errs = append(errs, fmt.Errorf("unknown competency %q", strings.TrimSpace(name)))
			continue
		}
		lvl := rcp2p.Level(strings.ToLower(strings.TrimSpace(level)))
		if lvl == "" {
			lvl = rcp2p.Silver
		}
		p.Competencies = append(p.Competencies, rcp2p.Competency{Name: canon, Level: lvl})
	}
	p.Regions, errs = canonical(list(get("regions")), tax.Region, "region", errs)
	p.Industries, errs = canonical(list(get("industries")), tax.Industry, "industry", errs)
	if s := strings.ReplaceAll(get("min_budget"), ",", ""); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("min_budget %q is not a number", get("min_budget")))
		}
		p.MinBudget = f
	}
	if p.Cadence == "" {
		p.Cadence = rcp2p.Weekly
	}
	if p.Timezone == "" {
		p.Timezone = "UTC"
	} else if _, err := time.LoadLocation(p.Timezone); err != nil {
		errs = append(errs, fmt.Errorf("timezone %q is not an IANA timezone", p.Timezone))
		p.Timezone = "UTC" // reported above; keeps Validate from repeating it
	}
	if len(errs) == 0 {
		if err := p.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return p, nil
}

func canonical(names []string, lookup func(string) (string, bool), what string, errs []error) ([]string, []error) {
	var out []string
	for _, n := range names {
		c, ok := lookup(n)
		if !ok {
			errs = append(errs, fmt.Errorf("unknown %s %q", what, n))
			continue
		}
		out = append(out, c)
	}
	return out, errs
}

func list(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ";") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func isBlank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func stripBOM(r io.Reader) io.Reader {
	buf := make([]byte, 3)
	n, _ := io.ReadFull(r, buf)
	if n == 3 && string(buf) == "\ufeff" {
		return r
	}
	return io.MultiReader(strings.NewReader(string(buf[:n])), r)
}
