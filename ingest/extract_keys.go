package ingest

// Key spellings, folded, letters only, words joined by one space.
const (
	compKeys = "|" +
		"competenze|competenze richieste|competenze necessarie|vaardigheden|expertise gezocht|" +
		"kompetencje|wymagane kompetencje|umiejetnosci|kompetencer|kompetanse|kompetens|osaamisalueet|" +
		"osaaminen|tarvittava osaaminen|所需技能|技能|技能要求|需要的技能|필요 역량|역량|필요 기술|기술|" +
		"כישורים|כישורים נדרשים|דרישות|الكفاءات|الكفاءات المطلوبة|المهارات|المهارات المطلوبة|" +
		"competencies|competency|competences|competence|skills|skill|skills needed|" +
		"skills required|required skills|skillset|skill set|expertise|expertise needed|" +
		"required expertise|technologies|technology|tech|tech stack|stack|products|product|" +
		"solution area|solution areas|capabilities|requirements|needs|looking for|" +
		"competencies needed|competencies required|kompetenzen|kompetenz|fahigkeiten|" +
		"technologien|anforderungen|competences requises|competencias|competencia|habilidades|" +
		"tecnologias|conhecimentos|"
	regionKeys = "|" +
		"area geografica|regione|zona|sede|luogo|regio|locatie|plaats|lokalizacja|miejsce|lokalizacja projektu|" +
		"omrade|sted|alue|sijainti|paikkakunta|地区|地点|区域|지역|위치|אזור|מיקום|المنطقة|الموقع|" +
		"region|regions|location|locations|country|countries|where|geography|geo|" +
		"territory|city|state|place|delivery location|work location|standort|standorte|ort|land|" +
		"lander|einsatzort|lieu|pays|localisation|ville|ubicacion|pais|ciudad|localizacao|local|" +
		"cidade|regiao|"
	industryKeys = "|" +
		"settore|branza|sektor|bransje|toimiala|行业|所属行业|업종|산업|תחום|ענף|القطاع|" +
		"industry|industries|sector|vertical|branche|branchen|secteur|" +
		"secteur d activite|industrie|industria|setor|segmento|client industry|customer industry|" +
		"end customer industry|market|industry sector|industry vertical|client sector|customer sector|"
	budgetKeys = "|" +
		"budget indicativo|importo|importo stimato|begroting|budzet|budjetti|budsjett|预算|项目预算|예산|" +
		"תקציב|الميزانية|" +
		"budget|est budget|estimated budget|budget estimate|budget range|value|" +
		"estimated value|deal size|deal value|volume|project value|contract value|budjet|" +
		"presupuesto|orcamento|price|projektvolumen|projektbudget|auftragswert|volumen|valeur|" +
		"montant|budget estime|valor|valor estimado|approx budget|approximate budget|" +
		"indicative budget|total budget|project budget|budget total|estimated deal size|"
	deadlineKeys = "|" +
		"scadenza|scadenza risposte|rispondere entro|risposta entro|entro il|reageren voor|reactie voor|" +
		"uiterste reactiedatum|termin odpowiedzi|termin skladania ofert|odpowiedz do|svarfrist|svar senest|frist for svar|" +
		"vastaus viimeistaan|vastausaika|viimeinen vastauspaiva|截止日期|截止|回复截止|回复期限|회신 기한|" +
		"마감|마감일|회신 마감|מועד אחרון|מועד אחרון לתגובה|آخر موعد|آخر موعد للرد|eoi deadline|" +
		"eoi due|expressions of interest by|" +
		"respond by|reply by|response by|responses by|respond before|reply before|" +
		"deadline|due|due date|due by|closing date|close date|closes|apply by|submit by|answer by|" +
		"expires|valid until|antwort bis|antworten bis|ruckmeldung bis|frist|abgabefrist|" +
		"repondre avant|repondre d ici|reponse avant|date limite|echeance|fecha limite|" +
		"responder antes de|plazo|prazo|responder ate|data limite|date limite de reponse|svara senast|" +
		"sista svarsdag|" +
		"fecha limite de respuesta|prazo de resposta|data limite de resposta|deadline for responses|" +
		"response deadline|reply deadline|submission deadline|rfp deadline|"
)
