package taxonomy

// DefaultRegions returns the shipped region tree, a fresh slice on every
// call. Decisions:
//   - US regions follow the Census: West is US-West; Midwest and West South
//     Central are US-Central; Northeast, South Atlantic and East South
//     Central are US-East.
//   - Two-letter codes are read only in Key: Value fields; where a state
//     code and a country code clash the state wins ("CA" is California, "IN"
//     Indiana, "DE" Delaware), so Canada, India and Germany have no code.
//     "Washington" is the state; write "Washington DC" for the capital.
//   - DACH is Germany (Austria and Switzerland have no node; they are Europe),
//     EMEA is Europe, ANZ is Australia, New Zealand is APAC.
func DefaultRegions() []Region {
	return withMoreAliases([]Region{
		{Name: "North America", Aliases: []string{
			"Nordamerika", "Amérique du Nord", "América del Norte", "América do Norte", "NAM",
			"NORAM", "North American",
		}},
		{Name: "US", Parent: "North America", Aliases: []string{
			"U.S.", "USA", "U.S.A.", "United States", "United States of America", "Estados Unidos",
			"États-Unis", "Vereinigte Staaten", "EE.UU.", "EEUU", "EUA", "Stati Uniti", "アメリカ",
			"米国", "US-wide",
		}},
		{Name: "US-West", Parent: "US", Aliases: []string{
			"US West", "West US", "Western US", "West Coast", "Pacific Northwest", "PNW",
			"Mountain West", "Washington", "WA", "Oregon", "OR", "California", "CA", "Nevada", "NV",
			"Idaho", "ID", "Montana", "MT", "Wyoming", "WY", "Utah", "UT", "Colorado", "CO",
			"Arizona", "AZ", "New Mexico", "NM", "Alaska", "AK", "Hawaii", "HI", "Seattle",
			"Redmond", "Bellevue", "Tacoma", "Spokane", "Portland", "San Francisco", "SF",
			"Bay Area", "Silicon Valley", "San Jose", "Oakland", "Palo Alto", "Los Angeles",
			"San Diego", "Sacramento", "Irvine", "Las Vegas", "Reno", "Boise", "Salt Lake City",
			"Denver", "Boulder", "Phoenix", "Scottsdale", "Tucson", "Albuquerque", "Anchorage",
			"Honolulu",
		}},
		{Name: "US-Central", Parent: "US", Aliases: []string{
			"US Central", "Central US", "Midwest", "Mid-West", "North Dakota", "ND", "South Dakota",
			"SD", "Nebraska", "NE", "Kansas", "KS", "Minnesota", "MN", "Iowa", "IA", "Missouri",
			"MO", "Wisconsin", "WI", "Illinois", "IL", "Indiana", "IN", "Michigan", "MI", "Ohio",
			"OH", "Texas", "TX", "Oklahoma", "OK", "Arkansas", "AR", "Louisiana", "LA", "Chicago",
			"Dallas", "Fort Worth", "DFW", "Houston", "Austin", "San Antonio", "Oklahoma City",
			"Tulsa", "Kansas City", "St. Louis", "Saint Louis", "Minneapolis", "St. Paul",
			"Twin Cities", "Milwaukee", "Detroit", "Indianapolis", "Columbus", "Cleveland",
			"Cincinnati", "Omaha", "Des Moines", "New Orleans", "Little Rock",
		}},
		{Name: "US-East", Parent: "US", Aliases: []string{
			"US East", "East US", "Eastern US", "East Coast", "New England", "Northeast",
			"Southeast", "Tri-State Area", "Maine", "ME", "New Hampshire", "NH", "Vermont", "VT",
			"Massachusetts", "MA", "Rhode Island", "RI", "Connecticut", "CT", "New York", "NY",
			"New Jersey", "NJ", "Pennsylvania", "PA", "Delaware", "DE", "Maryland", "MD",
			"District of Columbia", "D.C.", "DC", "Washington DC", "Washington D.C.", "Virginia",
			"VA", "West Virginia", "WV", "North Carolina", "NC", "South Carolina", "SC", "Georgia",
			"GA", "Florida", "FL", "Kentucky", "KY", "Tennessee", "TN", "Alabama", "AL",
			"Mississippi", "MS", "New York City", "NYC", "Manhattan", "Brooklyn", "Boston",
			"Philadelphia", "Pittsburgh", "Baltimore", "Atlanta", "Miami", "Orlando", "Tampa",
			"Jacksonville", "Raleigh", "Nashville", "Memphis", "Louisville", "Hartford",
			"Providence", "Newark",
		}},
		{Name: "Canada", Parent: "North America", Aliases: []string{
			"Kanada", "Canadá", "Toronto", "Vancouver", "Montreal", "Ottawa", "Calgary", "Edmonton",
			"Winnipeg", "Quebec", "Quebec City", "Halifax", "Ontario", "British Columbia", "Alberta",
			"Manitoba", "Saskatchewan", "Nova Scotia", "カナダ",
			"Québec", "Ottawa-Gatineau", "Gatineau", "Laval", "Longueuil", "Sherbrooke", "Trois-Rivières",
			"Kitchener", "Waterloo, Ontario", "Hamilton, Ontario", "London, Ontario",
		}},
		{Name: "Europe", Aliases: []string{
			"Europa", "European", "pan-European", "EU", "European Union", "Union européenne",
			"Europäische Union", "Unión Europea", "União Europeia", "EMEA", "Western Europe",
			"Central Europe", "Eastern Europe", "Southern Europe", "Northern Europe", "Ireland",
			"Irland", "Irlande", "Irlanda", "Dublin", "Austria", "Österreich", "Autriche", "Vienna",
			"Wien", "Switzerland", "Schweiz", "Suisse", "Suiza", "Suíça", "Zurich", "Geneva",
			"Genève", "Genf", "Basel", "Spain", "España", "Espagne", "Spanien", "Espanha", "Madrid",
			"Barcelona", "Italy", "Italia", "Italie", "Italien", "Itália", "Milan", "Milano", "Rome",
			"Portugal", "Lisbon", "Lisboa", "Porto", "Poland", "Polska", "Pologne", "Polen",
			"Polonia", "Warsaw", "Czech Republic", "Czechia", "Prague", "ヨーロッパ", "欧州",
			"Europa Occidentale", "Bologna", "Emilia-Romagna", "Lombardia", "Lombardy", "Torino", "Turin",
			"Napoli", "Naples", "Firenze", "Florence", "Roma", "Kraków", "Krakow", "Wrocław", "Gdańsk",
			"Poznań", "Łódź", "Warszawa", "Coimbra", "Braga", "Faro", "Athens", "Greece", "Hungary",
			"Budapest", "Romania", "Bucharest", "Europe-wide", "歐洲", "欧洲", "유럽", "אירופה", "أوروبا",
		}},
		{Name: "UK", Parent: "Europe", Aliases: []string{
			"U.K.", "GB", "United Kingdom", "Great Britain", "Britain", "England", "Scotland",
			"Wales", "Northern Ireland", "London", "Manchester", "Birmingham", "Leeds", "Liverpool",
			"Bristol", "Edinburgh", "Glasgow", "Cardiff", "Belfast", "Cambridge", "Oxford",
			"Royaume-Uni", "Reino Unido", "Vereinigtes Königreich", "Großbritannien",
			"Grande-Bretagne", "Inglaterra", "Angleterre", "イギリス", "英国",
		}},
		{Name: "Germany", Parent: "Europe", Aliases: []string{
			"Deutschland", "Allemagne", "Alemania", "Alemanha", "Germania", "Duitsland",
			"Tyskland", "DACH", "Berlin", "Munich", "München", "Muenchen", "Hamburg", "Frankfurt",
			"Cologne", "Köln", "Koeln", "Stuttgart", "Düsseldorf", "Duesseldorf", "Dortmund",
			"Leipzig", "Dresden", "Hannover", "Hanover", "Nuremberg", "Nürnberg", "Bremen",
			"Bavaria", "Bayern", "Nordrhein-Westfalen", "NRW", "Baden-Württemberg", "Hessen",
			"ドイツ",
		}},
		{Name: "France", Parent: "Europe", Aliases: []string{
			"FR", "Frankreich", "Francia", "França", "Frankrijk", "Frankrike", "Paris", "Lyon",
			"Marseille", "Toulouse", "Lille", "Nantes", "Bordeaux", "Strasbourg", "Montpellier",
			"Rennes", "Île-de-France", "フランス",
		}},
		{Name: "Nordics", Parent: "Europe", Aliases: []string{
			"Nordic", "Nordic countries", "Scandinavia", "Skandinavien", "Scandinavie",
			"Escandinavia", "Sweden", "Sverige", "Suède", "Schweden", "Suecia", "Suécia", "Zweden",
			"SE", "Norway", "Norge", "Norvège", "Norwegen", "Noruega", "Noorwegen", "NO", "Denmark",
			"Danmark", "Danemark", "Dänemark", "Dinamarca", "Denemarken", "DK", "Finland", "Suomi",
			"Finlande", "Finnland", "Finlandia", "Finlândia", "FI", "Iceland", "Islande",
			"Stockholm", "Gothenburg", "Göteborg", "Malmö", "Oslo", "Bergen", "Copenhagen",
			"København", "Kopenhagen", "Copenhague", "Aarhus", "Helsinki", "Espoo", "Tampere",
			"Reykjavik",
			"Norden", "Pohjoismaat", "Odense", "Aalborg", "Trondheim", "Stavanger", "Turku", "Oulu",
			"Uppsala", "Tampereen", "Helsingin",
		}},
		{Name: "Benelux", Parent: "Europe", Aliases: []string{
			"Netherlands", "The Netherlands", "Nederland", "Niederlande", "Pays-Bas",
			"Países Bajos", "Países Baixos", "Holland", "Holanda", "Hollande", "NL", "Belgium",
			"België", "Belgique", "Belgien", "Bélgica", "BE", "Luxembourg", "Luxemburg",
			"Luxemburgo", "LU", "Amsterdam", "Rotterdam", "The Hague", "Den Haag", "Utrecht",
			"Eindhoven", "Brussels", "Bruxelles", "Brussel", "Brüssel", "Antwerp", "Antwerpen",
			"Anvers", "Ghent", "Gent", "Liège",
			"Nederlandse", "Groningen", "Maastricht", "Leuven", "Namur",
		}},
		{Name: "APAC", Aliases: []string{
			"Asia Pacific", "Asia", "Asien", "Asie", "Ásia", "Asia Pacífico", "Ásia-Pacífico",
			"Asie-Pacifique", "New Zealand", "NZ", "Auckland", "Wellington", "China", "Chine",
			"Hong Kong", "HK", "Taiwan", "Korea", "South Korea", "Seoul", "Indonesia", "Jakarta",
			"Malaysia", "Kuala Lumpur", "Thailand", "Bangkok", "Vietnam", "Philippines", "Manila",
			"アジア",
			"中国", "中國", "上海", "北京", "深圳", "广州", "杭州", "香港", "台湾", "台灣", "Shanghai", "Beijing", "Shenzhen",
			"Guangzhou", "Hangzhou", "大韩民国", "韩国", "대한민국", "한국", "서울", "부산", "Busan", "Incheon", "亚太",
			"아시아", "Asia-Pacific", "APJ",
		}},
		{Name: "Australia", Parent: "APAC", Aliases: []string{
			"AU", "ANZ", "Australien", "Australie", "Austrália", "Sydney", "Melbourne", "Brisbane",
			"Perth", "Adelaide", "Canberra", "Gold Coast", "Hobart", "New South Wales", "NSW",
			"Queensland", "Western Australia", "オーストラリア",
			"QLD", "Victoria, Australia", "Tasmania", "Darwin", "Newcastle NSW",
		}},
		{Name: "India", Parent: "APAC", Aliases: []string{
			"Indien", "Inde", "Índia", "Bangalore", "Bengaluru", "Mumbai", "Bombay", "Delhi",
			"New Delhi", "Hyderabad", "Pune", "Chennai", "Kolkata", "Noida", "Gurgaon", "Gurugram",
			"Ahmedabad", "インド",
			"भारत", "पुणे", "मुंबई", "दिल्ली", "बेंगलुरु", "Chandigarh", "Kochi", "Cochin", "Jaipur",
			"Coimbatore", "Thiruvananthapuram", "Trivandrum",
		}},
		{Name: "Japan", Parent: "APAC", Aliases: []string{
			"JP", "Japon", "Japão", "Giappone", "日本", "Tokyo", "Tokio", "東京", "Osaka", "大阪",
			"Yokohama", "Nagoya", "Kyoto", "Fukuoka",
		}},
		{Name: "Singapore", Parent: "APAC", Aliases: []string{
			"SG", "Singapur", "Singapour", "Cingapura", "Singapura", "シンガポール",
		}},
		{Name: "LATAM", Aliases: []string{
			"Latin America", "América Latina", "Lateinamerika", "Amérique latine", "Latinoamérica",
			"South America", "Sudamérica", "América do Sul", "América del Sur", "Central America",
			"Centroamérica", "Caribbean", "Argentina", "Buenos Aires", "Chile", "Santiago",
			"Colombia", "Bogotá", "Peru", "Lima", "Uruguay", "Montevideo", "Costa Rica",
		}},
		{Name: "Brazil", Parent: "LATAM", Aliases: []string{
			"BR", "Brasil", "Brésil", "Brasilien", "São Paulo", "Rio de Janeiro", "Brasília",
			"Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Fortaleza", "Campinas",
			"ブラジル",
		}},
		{Name: "Mexico", Parent: "LATAM", Aliases: []string{
			"MX", "Mexique", "Mexiko", "Messico", "Mexico City", "Ciudad de México", "CDMX",
			"Guadalajara", "Monterrey", "Puebla", "Tijuana", "Querétaro", "Cancún", "メキシコ",
			"México", "Saltillo", "León", "Mérida", "Toluca", "Nuevo León", "Jalisco",
		}},
		{Name: Remote, Aliases: []string{
			"fully remote", "100% remote", "remote-first", "remote work", "remote working",
			"work from home", "working from home", "WFH", "home office", "anywhere",
			"location independent", "remoto", "remota", "trabajo remoto", "teletrabajo",
			"télétravail", "Fernarbeit", "mobiles Arbeiten", "ortsunabhängig", "trabalho remoto",
			"リモート",
		}},
	})
}
