package taxonomy

// DefaultIndustries returns the shipped industries, a fresh slice on every
// call. "consulting" alone is not Professional Services (every partner
// consults; "consulting firm" and "consultancy" are), "media" alone is not
// Media (say "media company"), "foundation" is not Nonprofit.
func DefaultIndustries() []Term {
	return []Term{
		{Name: "Healthcare", Synonyms: []string{
			"healthcare", "health care", "health system", "hospital", "clinic", "medical center",
			"medical centre", "medical practice", "pharma", "pharmaceutical", "pharmaceuticals",
			"life sciences", "biotech", "medical devices", "NHS", "care home", "nursing home",
			"Krankenhaus", "Krankenhäuser", "Klinik", "Kliniken", "Klinikum", "Gesundheitswesen",
			"Pharmaunternehmen", "Arztpraxis", "hôpital", "hôpitaux", "clinique",
			"établissement de santé", "santé", "clínica", "salud", "saúde", "病院", "医療",
		}},
		{Name: "Financial Services", Synonyms: []string{
			"financial services", "financial institution", "bank", "banking", "investment bank",
			"insurance", "insurer", "reinsurance", "fintech", "credit union", "wealth management",
			"asset manager", "capital markets", "stock exchange", "brokerage", "Banken",
			"Versicherung", "Versicherungen", "Versicherer", "Sparkasse", "Sparkassen",
			"Finanzdienstleister", "Finanzdienstleistungen", "banque", "banques", "assurance",
			"assureur", "services financiers", "banco", "bancos", "aseguradora",
			"compañía de seguros", "servicios financieros", "seguradora", "serviços financeiros",
			"銀行", "保険", "金融",
		}},
		{Name: "Manufacturing", Synonyms: []string{
			"manufacturing", "manufacturer", "factory", "factories", "plant", "production plant",
			"automotive", "auto parts", "industrial", "discrete manufacturing",
			"process manufacturing", "shop floor", "MES", "Industry 4.0", "Industrie 4.0", "OEM",
			"Fertigung", "Hersteller", "Fabrik", "Maschinenbau", "Automobilindustrie",
			"Automobilzulieferer", "produzierendes Gewerbe", "fabricant", "usine",
			"industrie manufacturière", "industrie automobile", "fábrica", "fabricante",
			"manufactura", "industria manufacturera", "fabricação", "manufatura", "製造", "工場",
		}},
		{Name: "Retail", Synonyms: []string{
			"retail", "retailer", "store chain", "retail chain", "chain of stores", "e-commerce",
			"online shop", "online store", "webshop", "supermarket", "grocery", "grocery chain",
			"consumer goods", "CPG", "FMCG", "point of sale", "department store", "Einzelhandel",
			"Einzelhändler", "Handelskette", "Onlinehandel", "commerce de détail",
			"grande distribution", "comercio minorista", "minorista", "venta al por menor",
			"varejo", "varejista", "小売",
		}},
		{Name: "Public Sector", Synonyms: []string{
			"public sector", "government", "local government", "federal government",
			"state government", "central government", "municipality", "municipalities", "city",
			"cities", "city council", "council", "ministry", "ministries", "agency", "agencies",
			"government agency", "federal agency", "state agency", "public administration",
			"public authority", "public authorities", "county", "defence", "defense", "military",
			"armed forces", "police", "law enforcement", "civil service", "Behörde", "Behörden",
			"öffentliche Verwaltung", "öffentlicher Sektor", "öffentliche Hand", "Kommune",
			"Kommunen", "Stadtverwaltung", "Ministerium", "Bundesamt", "Landesamt", "Landkreis",
			"Gemeinde", "secteur public", "administration publique", "collectivité",
			"collectivités territoriales", "mairie", "ministère", "fonction publique", "gobierno",
			"ayuntamiento", "municipio", "sector público", "administración pública", "governo",
			"prefeitura", "setor público", "administração pública", "官公庁", "自治体",
		}},
		{Name: "Education", Synonyms: []string{
			"education", "higher education", "school", "school district", "university",
			"universities", "college", "K-12", "campus", "community college", "edtech", "Schule",
			"Schulen", "Universität", "Hochschule", "Hochschulen", "Bildungseinrichtung",
			"Bildungswesen", "école", "écoles", "université", "universités",
			"enseignement supérieur", "éducation", "escuela", "escuelas", "universidad",
			"universidades", "educación", "colegio", "escola", "escolas", "universidade",
			"educação", "faculdade", "大学", "学校", "教育",
		}},
		{Name: "Energy", Synonyms: []string{
			"energy", "energy company", "energy provider", "utility", "utilities", "oil", "gas",
			"oil and gas", "petroleum", "power grid", "power plant", "renewables",
			"renewable energy", "solar", "wind farm", "wind energy", "electricity",
			"electric utility", "water utility", "nuclear", "Stadtwerke", "Energieversorger",
			"Energieversorgung", "Energiewirtschaft", "Netzbetreiber", "énergie", "énergéticien",
			"fournisseur d'énergie", "energía", "eléctrica", "petróleo", "elétrica", "電力", "エネルギー",
		}},
		{Name: "Professional Services", Synonyms: []string{
			"professional services", "law firm", "legal firm", "legal services", "consulting firm",
			"consultancy", "management consultancy", "accounting firm", "accountancy",
			"audit firm", "tax advisory", "architecture firm", "engineering firm", "Kanzlei",
			"Anwaltskanzlei", "Rechtsanwaltskanzlei", "Steuerberater", "Steuerberatung",
			"Wirtschaftsprüfer", "Wirtschaftsprüfung", "Unternehmensberatung",
			"cabinet d'avocats", "cabinet comptable", "cabinet de conseil", "expert-comptable",
			"bufete", "despacho de abogados", "consultora", "asesoría",
			"escritório de advocacia", "escritório de contabilidade", "法律事務所",
		}},
		{Name: "Nonprofit", Synonyms: []string{
			"nonprofit", "not-for-profit", "NGO", "charity", "charities", "charitable organization",
			"charitable organisation", "NPO", "third sector", "voluntary sector", "gemeinnützig",
			"gemeinnützige Organisation", "Hilfsorganisation", "Stiftung", "ONG",
			"association à but non lucratif", "organisme sans but lucratif", "sin ánimo de lucro",
			"sin fines de lucro", "organização sem fins lucrativos", "sem fins lucrativos", "非営利",
		}},
		{Name: "Media", Synonyms: []string{
			"media company", "media companies", "media group", "media house", "broadcaster",
			"broadcasting", "publisher", "publishing", "publishing house", "newspaper", "magazine",
			"TV", "television", "TV station", "TV network", "radio", "radio station",
			"streaming service", "film studio", "entertainment company", "news agency",
			"Medienhaus", "Medienunternehmen", "Verlag", "Verlage", "Rundfunk", "Fernsehsender",
			"Zeitung", "Zeitungen", "groupe de presse", "maison d'édition", "télévision",
			"chaîne de télévision", "médias", "medios de comunicación", "periódico", "televisión",
			"emissora", "editora", "jornal", "mídia", "televisão", "放送", "出版", "新聞",
		}},
	}
}
