package ingest

import (
	"strings"
	"unicode"

	"rcp2p/taxonomy"
)

// moreKeys are key spellings in Turkish, Czech, Greek, Russian, Ukrainian,
// Vietnamese, Thai, Indonesian/Malay, Romanian, Hungarian and Japanese,
// written as people write them and folded once (as kvFieldOf folds a key).
var moreKeys = map[kvField]string{
	kvCompetencies: "gerekli yetkinlikler|yetkinlikler|yetkinlik|pozadovane kompetence|požadované kompetence|kompetence|" +
		"απαιτούμενες δεξιότητες|δεξιότητες|ικανότητες|требуемые компетенции|компетенции|навыки|требования|" +
		"необхідні компетенції|компетенції|навички|năng lực cần có|năng lực|kỹ năng|ทักษะที่ต้องการ|ทักษะ|" +
		"kompetensi yang dibutuhkan|kompetensi|keahlian|kemahiran|competențe|competențe necesare|competente|" +
		"szükséges kompetenciák|kompetenciák|必要なスキル|スキル|必要スキル|技術要件|対象製品|" +
		"sgiliau|sgiliau angenrheidiol|competències|competències necessàries|vajalikud oskused|oskused|" +
		"pädevused|prasmes|kompetences|įgūdžiai|kompetencijos|مهارت‌ها|مهارت ها|مهارتها|مهارت‌های مورد نیاز|" +
		"ujuzi|ujuzi unaohitajika|kasanayan|kailangan|scope|requirement|required|thema|" +
		"partner designations|partner designations required|designations|designation|solutions partner",
	kvRegions: "bölge|konum|lokalita|místo|περιοχή|τοποθεσία|регион|местоположение|регіон|місце|khu vực|địa điểm|" +
		"พื้นที่|สถานที่|wilayah|lokasi|regiune|locație|régió|helyszín|地域|場所|勤務地|" +
		"rhanbarth|lleoliad|ardal|regió|ubicació|piirkond|asukoht|reģions|atrašanās vieta|regionas|vieta|" +
		"منطقه|مکان|موقعیت|eneo|mahali|lugar|lokasyon|rehiyon",
	kvIndustry: "sektör|odvětví|obor|κλάδος|τομέας|отрасль|галузь|ngành|lĩnh vực|อุตสาหกรรม|industri|iparág|業種|業界",
	kvBudget: "bütçe|rozpočet|προϋπολογισμός|бюджет|ngân sách|งบประมาณ|anggaran|buget|költségkeret|keret|予算|" +
		"orçamento estimado|presupuesto estimado|rate|day rate|tarif|tagessatz|" +
		"cyllideb|pressupost|eelarve|budžets|biudžetas|بودجه|bajeti|bajet|badyet|" +
		"estimated value excl vat|estimated total value|estimated value excluding vat",
	kvRespondBy: "son başvuru tarihi|son yanıt tarihi|son tarih|termín pro odpověď|termín|uzávěrka|προθεσμία απάντησης|" +
		"προθεσμία|срок ответа|срок|крайний срок|відповісти до|термін відповіді|термін|hạn phản hồi|hạn chót|" +
		"กำหนดตอบกลับ|กำหนดส่ง|batas waktu tanggapan|batas waktu|tenggat|termen limită|termen|határidő|" +
		"válaszadási határidő|締切|締め切り|回答期限|期限|prazo para resposta|prazo para responder|" +
		"dyddiad cau|dyddiad olaf|data límit|data límit de resposta|termini|tähtaeg|vastamise tähtaeg|" +
		"termiņš|atbildes termiņš|terminas|atsakymo terminas|مهلت|مهلت ارسال پاسخ|مهلت پاسخ|آخرین مهلت|" +
		"tarehe ya mwisho|mwisho|tarikh tutup|tarikh akhir|tarikh tutup permohonan|huling araw|" +
		"last date|last date for response|last date of submission|" +
		"time limit for receipt of tenders|time limit for receipt of tenders or requests to participate|" +
		"closing date for tenders|tender closing date|deadline for receipt of tenders",
}

var moreKeyFields = func() map[string]kvField {
	m := map[string]kvField{}
	for f, list := range moreKeys {
		for k := range strings.SplitSeq(list, "|") {
			m[foldKey(k)] = f
		}
	}
	return m
}()

// foldKey folds a key as kvFieldOf compares it: letters only, words joined
// by one space.
func foldKey(key string) string {
	k := taxonomy.Fold(key)
	return strings.Join(strings.FieldsFunc(k, func(r rune) bool { return !unicode.IsLetter(r) }), " ")
}

// moreKeyField looks a folded key up in moreKeys.
func moreKeyField(k string) kvField { return moreKeyFields[k] }
