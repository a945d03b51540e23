package taxonomy

// moreIndustrySynonyms are industry words in Turkish, Czech, Greek,
// Russian, Ukrainian, Vietnamese, Thai, Indonesian/Malay, Romanian and
// Hungarian, and German utility words ("Stadtwerke").
var moreIndustrySynonyms = map[string][]string{
	"Healthcare": {"sağlık", "hastane", "zdravotnictví", "nemocnice", "νοσοκομείο", "νοσοκομεία", "υγεία",
		"больница", "здравоохранение", "клиника", "лікарня", "охорона здоров'я", "bệnh viện", "y tế",
		"โรงพยาบาล", "rumah sakit", "kesihatan", "kesehatan", "spital", "sănătate", "egészségügy", "kórház",
		"kórházhálózat", "hospital group", "hospital chain"},
	"Financial Services": {"sigorta", "sigortacılık", "bankacılık", "banka", "pojišťovna", "bankovnictví",
		"τράπεζα", "ασφαλιστική", "банк", "страхование", "страховая компания", "фінансові послуги", "фінтех",
		"банківська", "ngân hàng", "bảo hiểm", "ธนาคาร", "ประกันภัย", "perbankan", "asuransi", "bancă",
		"asigurări", "biztosító", "pénzügyi szolgáltatások", "aseguradora", "fintech"},
	"Manufacturing": {"üretim", "imalat", "výroba", "strojírenství", "βιομηχανία", "производство", "завод",
		"виробництво", "sản xuất", "การผลิต", "โรงงาน", "manufaktur", "pabrik", "producție", "gyártás",
		"自動車部品", "製造業"},
	"Retail": {"perakende", "maloobchod", "λιανική", "розничная торговля", "розничная сеть", "роздрібна торгівля",
		"bán lẻ", "ค้าปลีก", "ritel", "runcit", "retail", "comerț cu amănuntul", "kiskereskedelem", "rede varejista"},
	"Energy": {"Stadtwerke", "Energieversorger", "enerji", "energetika", "ενέργεια", "энергетика", "енергетика",
		"năng lượng", "พลังงาน", "energi", "energie", "energia", "distribuitor de energie"},
	"Public Sector": {"belediye", "kamu", "obec", "δήμος", "администрация", "держсектор", "cơ quan nhà nước",
		"หน่วยงานรัฐ", "pemerintah", "primărie", "önkormányzat", "administration communale", "commune"},
	"Education": {"üniversite", "univerzita", "πανεπιστήμιο", "университет", "університет", "trường học",
		"đại học", "มหาวิทยาลัย", "universitas", "universitate", "egyetem"},
}

// extraIndustrySynonyms are industry words in Welsh, Irish, Catalan,
// Estonian, Latvian, Lithuanian, Persian, Swahili, Filipino and Malay, and
// British institution names ("building society").
var extraIndustrySynonyms = map[string][]string{
	"Healthcare": {"ysbyty", "iechyd", "ospidéal", "sláinte", "salut", "haigla", "tervishoid", "slimnīca",
		"ligoninė", "sveikatos priežiūra", "بیمارستان", "بهداشت و درمان", "hospitali", "afya", "ospital"},
	"Financial Services": {"building society", "building societies", "banc", "asseguradora", "pank",
		"pangandus", "kindlustus", "finantsteenused", "bankas", "بانک", "بانکداری", "بیمه", "benki",
		"bima", "huduma za kifedha", "SACCO", "bangko", "insurans", "kewangan"},
	"Manufacturing": {"gweithgynhyrchu", "fabricació", "indústria alimentària", "tootmine", "ražošana",
		"gamyba", "تولید", "کارخانه", "utengenezaji", "kiwanda", "pagmamanupaktura", "pembuatan", "kilang"},
	"Retail": {"manwerthu", "comerç al detall", "jaekaubandus", "mazumtirdzniecība", "mažmeninė prekyba",
		"خرده‌فروشی", "خرده فروشی", "rejareja", "tingian"},
	"Public Sector": {"sector cyhoeddus", "llywodraeth leol", "llywodraeth", "cyngor", "cyngor sir",
		"earnáil phoiblí", "comhairle contae", "sector públic", "ajuntament", "Generalitat", "avalik sektor",
		"omavalitsus", "valsts sektors", "pašvaldība", "viešasis sektorius", "savivaldybė", "بخش دولتی",
		"شهرداری", "سازمان دولتی", "serikali", "kaunti", "gobyerno", "kerajaan", "sektor awam"},
	"Education": {"prifysgol", "ysgol", "ollscoil", "universitat", "ülikool", "universitāte", "universitetas",
		"دانشگاه", "chuo kikuu", "unibersidad"},
}

// moreRegionAliases are place names in the same languages.
var moreRegionAliases = map[string][]string{
	"Europe": {"Česká republika", "Česko", "Czech", "Brno", "Ostrava", "Praha", "Slovensko", "Slovakia",
		"Bratislava", "Ελλάδα", "Αθήνα", "Θεσσαλονίκη", "Magyarország", "România", "Cluj-Napoca", "Cluj",
		"Iași", "Timișoara", "Zürich", "Bern", "Lausanne", "Debrecen", "Kyiv", "Київ", "Україна", "Ukraine",
		"Baltics", "Baltic states", "Baltic", "Estonia", "Eesti", "Tallinn", "Tartu", "Latvia", "Latvija",
		"Riga", "Rīga", "Lithuania", "Lietuva", "Vilnius", "Kaunas", "Catalunya", "Catalonia", "Cataluña",
		"Sabadell", "Girona", "Valencia", "València", "Éire", "Baile Átha Cliath", "Corcaigh", "Cork"},
	"UK":      {"Cymru", "Caerdydd", "Abertawe", "Casnewydd", "Wrecsam", "Swansea", "Newport, Wales", "Wrexham"},
	"Benelux": {"Wallonie", "Wallonia", "Vlaanderen", "Flanders", "Flandre", "Charleroi", "Mons"},
	"Japan":   {"名古屋", "愛知", "愛知県", "横浜", "京都", "福岡", "札幌", "神戸"},
	"APAC": {"ประเทศไทย", "กรุงเทพ", "กรุงเทพฯ", "Việt Nam", "Hà Nội", "Hồ Chí Minh", "Indonesia", "Surabaya",
		"Bandung", "Malaysia", "Phuket", "Makati", "Metro Manila", "Cebu", "Pilipinas", "Taguig",
		"Petaling Jaya", "Penang", "Johor Bahru", "Cyberjaya"},
	"Remote": {"віддалено", "дистанційно", "удаленно", "удалённо", "uzaktan", "na dálku", "távmunka",
		"từ xa", "jarak jauh", "la distanță"},
	"Singapore": {"Singapura"},
}

// withMoreSynonyms adds the synonyms of more to the terms they name.
func withMoreSynonyms(more map[string][]string, terms []Term) []Term {
	for i := range terms {
		terms[i].Synonyms = append(terms[i].Synonyms, more[terms[i].Name]...)
	}
	return terms
}

// withMoreAliases adds moreRegionAliases to the regions they name.
func withMoreAliases(regions []Region) []Region {
	for i := range regions {
		regions[i].Aliases = append(regions[i].Aliases, moreRegionAliases[regions[i].Name]...)
	}
	return regions
}
