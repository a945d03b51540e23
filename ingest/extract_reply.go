package ingest

// threadSubject reports a subject that opens with a reply prefix ("Re:",
// "AW:", "SV:"): it names the thread's topic, which a reply-all may have
// left behind ("Re: Teams Phone partner for Aarhus" over a new project). When
// the new text names competencies itself, the subject adds none.
func threadSubject(subject string) bool {
	_, kind := stripSubjectPrefix(subject)
	return kind == 'r'
}
