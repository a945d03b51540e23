"""A deliberately over-eager keyword scan of the text a careful reader reads.

It is not the product's parser. It exists to catch a word that slipped into
a submission's new text and would make a keyword-based reader find a
competency, region or industry that corpus.json does not expect. Every hit
outside the expectation is printed; the known, accepted ones are listed in
ACCEPTED with the reason.
"""

import re

LEX = {
    "Application Development": [r"\.net\b", r"web app", r"mobile app", r"app development",
                                r"software development", r"\bdevelopment\b", r"\bapps?\b"],
    "Application Integration": [r"logic apps", r"biztalk", r"\bapi\b", r"integrat", r"mulesoft", r"\bedi\b"],
    "AI and Machine Learning": [r"machine learning", r"\bai\b", r"copilot", r"openai", r"\bllm", r"\bgpt",
                                r"chatbot", r"\bki\b", r"\bia\b"],
    "Cloud Business Applications": [r"power apps", r"power automate", r"power platform",
                                    r"customer engagement", r"dataverse"],
    "Cloud Customer Relationship Management": [r"dynamics 365 sales", r"salesforce", r"\bcrm\b",
                                               r"customer relationship", r"relation client"],
    "Cloud Platform": [r"azure", r"\baws\b", r"\bgcp\b", r"google cloud", r"cloud migration", r"kubernetes",
                       r"\baks\b", r"landing zone", r"\bcloud\b", r"\biaas\b"],
    "Cloud Productivity": [r"microsoft 365", r"office 365", r"\bm365\b", r"\bo365\b", r"exchange online",
                           r"\boffice\b", r"\bexcel\b", r"\boutlook\b", r"onedrive"],
    "Collaboration and Content": [r"sharepoint", r"\bteams\b", r"intranet", r"collaboration"],
    "Communications": [r"teams phone", r"voip", r"contact cent", r"call cent", r"telephon", r"\bpbx\b",
                       r"operator connect"],
    "Data Analytics": [r"power bi", r"tableau", r"analytic", r"\bbi\b", r"dashboard", r"reporting", r"\breports?\b"],
    "Data Center": [r"hyper-v", r"vmware", r"data ?cent", r"datacent", r"\bservers?\b", r"virtual machine",
                    r"\bvms?\b", r"storage", r"backup"],
    "Data Platform": [r"sql server", r"data ?warehouse", r"synapse", r"databricks", r"\bfabric\b", r"data lake",
                      r"lakehouse", r"\betl\b", r"data ?platform", r"dataplattform"],
    "DevOps": [r"devops", r"ci/cd", r"github actions", r"pipelines?", r"gitops"],
    "Enterprise Mobility Management": [r"intune", r"\bmdm\b", r"endpoint", r"mobile device", r"autopilot"],
    "Enterprise Resource Planning": [r"business central", r"dynamics 365 finance", r"\bsap\b", r"\berp\b",
                                     r"\bnav\b", r"navision", r"business-central"],
    "Learning": [r"training", r"\blms\b", r"learning", r"schulung", r"\bformation\b"],
    "Messaging": [r"exchange", r"e-?mail migration", r"mailbox"],
    "Midmarket Solution Provider": [r"midmarket", r"mid-market"],
    "Project and Portfolio Management": [r"project online", r"\bppm\b", r"portfolio"],
    "Security": [r"sentinel", r"defender", r"\bsoc\b", r"penetration", r"pentest", r"cyber", r"security",
                 r"zero trust", r"siem"],
    "Small and Midmarket Cloud Solutions": [r"\bsmb\b", r"small business"],
    "Software Asset Management": [r"\bsam\b", r"licen[cs]e audit", r"software asset"],
    "Volume Licensing": [r"licens", r"licenc", r"\bea\b", r"\bcsp\b", r"enterprise agreement"],
    "Windows and Devices": [r"windows", r"surface", r"\bdevices?\b", r"laptops?", r"\bpcs?\b", r"tablets?",
                            r"ipads?", r"workstations?"],
}

REGIONS = {
    "US-West": [r"seattle", r"california", r"oregon", r"portland", r"\bwa\b", r"san francisco", r"us-west"],
    "US-Central": [r"texas", r"chicago", r"dallas", r", il\b", r"us-central"],
    "US-East": [r"new york", r"boston", r"virginia", r"us-east"],
    "US": [r"\busa\b", r"united states"],
    "North America": [r"north america"],
    "Canada": [r"canada", r"toronto", r"ontario", r"montr[eé]al", r"vancouver"],
    "UK": [r"\buk\b", r"london", r"manchester", r"england", r"united kingdom", r"britain"],
    "Germany": [r"german", r"deutschland", r"m[üu]nchen", r"munich", r"berlin", r"augsburg", r"frankfurt"],
    "France": [r"france", r"paris", r"lyon"],
    "Nordics": [r"stockholm", r"sweden", r"norway", r"denmark", r"finland", r"gothenburg", r"oslo", r"nordic",
                r"sverige"],
    "Benelux": [r"amsterdam", r"belgium", r"netherlands", r"brussels", r"benelux"],
    "Europe": [r"europe", r"spain", r"madrid"],
    "APAC": [r"\bapac\b"],
    "Australia": [r"sydney", r"australia", r"brisbane", r"melbourne"],
    "India": [r"india", r"mumbai", r"bangalore", r"bengaluru"],
    "Japan": [r"japan", r"tokyo", r"東京", r"日本", r"osaka", r"大阪"],
    "Singapore": [r"singapore"],
    "LATAM": [r"latam", r"latin america"],
    "Brazil": [r"brazil", r"brasil", r"s[ãa]o paulo"],
    "Mexico": [r"mexico", r"méxico"],
    "Remote": [r"remote"],
}

INDUSTRIES = {
    "Healthcare": [r"hospital", r"clinic", r"health", r"klinik"],
    "Financial Services": [r"\bbank", r"insur", r"financ", r"credit union", r"seguros", r"nbfc"],
    "Manufacturing": [r"factory", r"plant", r"manufactur", r"製造"],
    "Retail": [r"retail", r"stores?\b", r"supermarket"],
    "Public Sector": [r"city of", r"government", r"municipal", r"public sector", r"council"],
    "Education": [r"school", r"universit", r"education", r"高校"],
    "Energy": [r"utility", r"\boil\b", r"\bgas\b", r"energy", r"energia"],
    "Professional Services": [r"law firm", r"legal", r"professional services"],
    "Nonprofit": [r"\bngo\b", r"charity", r"nonprofit", r"non-profit"],
    "Media": [r"\bmedia\b", r"broadcast", r"publisher"],
}

# Hits outside the expectation that were looked at and kept on purpose.
ACCEPTED = {
    # "SQL Server" is Data Platform; a reader must prefer the longer phrase over "server".
    ("outlook-desktop-submission-keyvalue.eml", "Data Center"),
    # "Dynamics 365 Finance" is a product (ERP), not the finance industry.
    ("thunderbird-submission-flowed-fr-latin9.eml", "Financial Services"),
    # "Teams Phone" is Communications, not Teams collaboration.
    ("hcl-notes-submission-keyvalue.eml", "Collaboration and Content"),
    ("gmail-forward-forwarded-message.eml", "Collaboration and Content"),
    # "Power Apps" is Cloud Business Applications, not app development.
    ("outlook-reply-with-from-sent-history.eml", "Application Development"),
    ("android-gmail-submission-within-days.eml", "Application Development"),
    # The word "Cloud" here is inside the canonical name "Cloud Productivity".
    ("gmail-submission-budget-tbd.eml", "Cloud Platform"),
}

WARNINGS = []


def _scan(table, t):
    t = t.lower()
    found = {}
    for name, pats in table.items():
        for p in pats:
            m = re.search(p, t)
            if m:
                found.setdefault(name, []).append(m.group(0))
    return found


def check(name, lint_text, meta):
    exp = meta.get("expect") or {}
    for label, table, key in (("competency", LEX, "competencies"), ("region", REGIONS, "regions"),
                              ("industry", INDUSTRIES, "industry")):
        found = _scan(table, lint_text)
        want = exp.get(key)
        if want is None:
            want = []
        if isinstance(want, str):
            want = [want]
        for k, words in found.items():
            if k not in want and (name, k) not in ACCEPTED:
                WARNINGS.append(f"{name}: extra {label} {k!r} from {words}")
        if meta.get("kind") == "submission" and key in exp:
            for k in want:
                if k not in found:
                    WARNINGS.append(f"{name}: expected {label} {k!r} has no keyword in the read text")


def report():
    for w in WARNINGS:
        print("lint:", w)
