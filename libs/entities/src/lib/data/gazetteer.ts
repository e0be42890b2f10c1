/**
 * Curated gazetteers and word lists for the rule-based extractor. Written by hand for generality
 * (countries, capitals, major cities, US states, regions, landmarks, well-known organisations);
 * the larger, noisier lists (first names, more cities) come from the `compromise` lexicon at run
 * time (see lexicon.ts). Entries are display forms; matching folds case and accents.
 *
 * Format of the compact lists: `'Canonical|alias|alias'`.
 */

export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'Bahamas|The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus',
  'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina|Bosnia', 'Botswana', 'Brazil|Brasil',
  'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic',
  'Chad', 'Chile', 'China|PRC', 'Colombia', 'Comoros', 'Republic of the Congo|Congo-Brazzaville', 'DR Congo|Democratic Republic of the Congo|DRC|Congo',
  'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic|Czechia', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'East Timor|Timor-Leste', 'Ecuador', 'Egypt|Égypte', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini|Swaziland', 'Ethiopia', 'Fiji', 'Finland', 'France|Francia', 'Gabon', 'Gambia|The Gambia', 'Georgia',
  'Germany|Alemania|Allemagne', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti',
  'Honduras', 'Hungary', 'Iceland', 'India|Inde', 'Indonesia', 'Iran', 'Iraq', 'Ireland|Republic of Ireland', 'Israel', 'Italy|Italia|Italie',
  'Ivory Coast|Côte d’Ivoire|Côte d\'Ivoire', 'Jamaica', 'Japan|Japón|Japon', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo',
  'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon|Liban', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania',
  'Mauritius', 'Mexico|México|Mexique', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco|Marruecos|Maroc', 'Mozambique',
  'Myanmar|Burma', 'Namibia', 'Nauru', 'Nepal', 'Netherlands|Holland|The Netherlands|Países Bajos|Pays-Bas', 'New Zealand', 'Nicaragua', 'Niger',
  'Nigeria', 'North Korea|DPRK|Corea del Norte', 'North Macedonia|Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine|Palestinian Territories',
  'Panama|Panamá', 'Papua New Guinea', 'Paraguay', 'Peru|Perú|Pérou', 'Philippines', 'Poland|Polonia|Pologne', 'Portugal', 'Qatar', 'Romania',
  'Russia|Russian Federation|Rusia|Russie', 'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia', 'Samoa', 'San Marino', 'Saudi Arabia|Arabia Saudita|Arabie saoudite',
  'Senegal|Sénégal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia',
  'South Africa|Sudáfrica|Afrique du Sud', 'South Korea|Republic of Korea|Korea|Corea del Sur', 'South Sudan', 'Spain|España|Espagne', 'Sri Lanka', 'Sudan|Soudan', 'Suriname', 'Sweden|Suecia|Suède',
  'Switzerland|Suiza|Suisse', 'Syria|Siria|Syrie', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad and Tobago',
  'Tunisia|Tunisie|Túnez', 'Turkey|Türkiye|Turkiye|Turquía|Turquie', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine|Ucrania', 'United Arab Emirates|UAE|U.A.E.|Emiratos Árabes Unidos',
  'United Kingdom|UK|U.K.|Britain|Great Britain|Reino Unido|Royaume-Uni',
  'United States|US|U.S.|USA|U.S.A.|America|United States of America|Estados Unidos|EE.UU.|EEUU|EE. UU.|États-Unis',
  'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican City|Vatican|Holy See', 'Venezuela', 'Vietnam|Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Territories, constituent countries and historical states that news treats like countries.
  'Hong Kong', 'Macau|Macao', 'Puerto Rico', 'Greenland', 'Scotland|Escocia|Écosse', 'England|Inglaterra|Angleterre', 'Wales', 'Northern Ireland',
  'Gaza|Gaza Strip', 'West Bank', 'Crimea', 'Soviet Union|USSR|U.S.S.R.', 'Yugoslavia', 'Tibet', 'Kashmir', 'Catalonia|Cataluña',
  'Western Sahara', 'Somaliland', 'Transnistria', 'Abkhazia', 'Chechnya', 'Kurdistan', 'Donbas|Donbass', 'Xinjiang', 'Bermuda',
];

export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State',
  'West Virginia', 'Wisconsin', 'Wyoming',
  // Canadian provinces and Australian states.
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador|Newfoundland', 'Nova Scotia', 'Ontario',
  'Prince Edward Island', 'Quebec|Québec', 'Saskatchewan', 'Yukon', 'Nunavut', 'Northwest Territories',
  'New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'Western Australia', 'South Australia',
];

/** Capitals and major cities (curated; compromise adds ~480 more). */
export const CITIES: readonly string[] = [
  'New York City|New York|NYC|Nueva York', 'Washington, D.C.|Washington|Washington D.C.|D.C.|Washington DC', 'Los Angeles|L.A.', 'Chicago', 'Houston',
  'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Miami', 'Atlanta',
  'Detroit', 'Denver', 'Las Vegas', 'New Orleans', 'Baltimore', 'Minneapolis', 'Pittsburgh', 'Portland', 'Austin', 'Nashville',
  'Charlotte', 'Sacramento', 'Cleveland', 'Cincinnati', 'St. Louis', 'Kansas City', 'Salt Lake City', 'Honolulu', 'Anchorage', 'Uvalde',
  'Manhattan', 'Brooklyn', 'Queens', 'the Bronx|Bronx', 'Staten Island', 'Harlem',
  'Notre-Dame de Paris|Notre-Dame|Notre-Dame Cathedral',
  // Towns whose names are also words or given names, which no other list types ("in Oxford", "from Hull").
  'Oxford', 'Hull', 'Bradford', 'Wigan', 'Devon',
  'Toronto', 'Montreal|Montréal', 'Vancouver', 'Ottawa', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax',
  'Mexico City|Ciudad de México', 'Guadalajara', 'Monterrey', 'Tijuana', 'Ciudad Juárez|Juárez', 'Cancún|Cancun', 'Havana|La Habana',
  'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua', 'San José', 'Panama City', 'Bogotá|Bogota', 'Caracas', 'Quito',
  'Lima', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo', 'Asunción', 'Brasília|Brasilia', 'São Paulo|Sao Paulo', 'Porto Alegre', 'Belo Horizonte', 'Rio Grande do Sul', 'Minas Gerais', 'Santa Catarina', 'Rio de Janeiro|Rio',
  'London|Londres', 'Manchester', 'Birmingham', 'Liverpool', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Dublin', 'Westminster',
  'Paris', 'Marseille', 'Lyon', 'Nice', 'Toulouse', 'Bordeaux', 'Strasbourg', 'Berlin', 'Munich|München', 'Hamburg', 'Frankfurt',
  'Cologne|Köln', 'Bonn', 'Madrid', 'Barcelona', 'Valencia', 'Seville|Sevilla', 'Lisbon|Lisboa', 'Porto', 'Rome|Roma', 'Milan|Milano',
  'Naples|Napoli', 'Venice', 'Florence', 'Turin', 'Amsterdam', 'Rotterdam', 'The Hague', 'Brussels|Bruselas|Bruxelles', 'Antwerp',
  'Geneva|Genève|Ginebra', 'Zurich|Zürich', 'Bern', 'Davos', 'Vienna|Viena', 'Prague', 'Warsaw', 'Krakow|Kraków', 'Budapest',
  'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Sarajevo', 'Athens', 'Istanbul|Estambul', 'Ankara', 'Izmir', 'Gaziantep',
  'Antakya', 'Adana', 'Diyarbakır|Diyarbakir', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Reykjavik', 'Tallinn',
  'Riga', 'Vilnius', 'Minsk', 'Kyiv|Kiev', 'Kharkiv', 'Odesa|Odessa', 'Lviv', 'Mariupol', 'Bakhmut', 'Kherson', 'Zaporizhzhia',
  'Donetsk', 'Luhansk', 'Moscow|Moscú|Moscou', 'St. Petersburg|Saint Petersburg', 'Chisinau', 'Tbilisi', 'Yerevan', 'Baku',
  'Damascus', 'Aleppo', 'Idlib', 'Homs', 'Beirut', 'Jerusalem', 'Tel Aviv', 'Rafah', 'Khan Younis', 'Amman', 'Baghdad', 'Mosul',
  'Tehran|Teherán', 'Riyadh', 'Jeddah', 'Mecca', 'Doha', 'Dubai', 'Abu Dhabi', 'Muscat', 'Sanaa', 'Kuwait City', 'Manama',
  'Cairo|El Cairo', 'Alexandria', 'Khartoum', 'Tripoli', 'Tunis', 'Algiers', 'Rabat', 'Casablanca', 'Lagos', 'Abuja', 'Accra',
  'Dakar', 'Nairobi', 'Addis Ababa', 'Mogadishu', 'Kampala', 'Kigali', 'Kinshasa', 'Luanda', 'Johannesburg', 'Cape Town',
  'Pretoria', 'Durban', 'Harare', 'Lusaka', 'Maputo', 'Kabul', 'Kandahar', 'Islamabad', 'Karachi', 'Lahore', 'New Delhi|Delhi',
  'Mumbai|Bombay', 'Kolkata|Calcutta', 'Chennai', 'Bengaluru|Bangalore', 'Hyderabad', 'Dhaka', 'Kathmandu', 'Colombo',
  'Beijing|Pekín|Pékin', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Chengdu', 'Taipei', 'Tokyo|Tokio', 'Osaka', 'Kyoto',
  'Hiroshima', 'Seoul|Seúl', 'Pyongyang', 'Bangkok', 'Hanoi', 'Ho Chi Minh City|Saigon', 'Phnom Penh', 'Yangon', 'Naypyidaw',
  'Kuala Lumpur', 'Singapore City', 'Jakarta', 'Manila', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Canberra', 'Auckland',
  'Wellington', 'Windsor', 'Vatican',
  // Cities in the news beyond the largest: state capitals, front lines, regional centres.
  'Boise', 'Spokane', 'Tallahassee', 'Chattanooga', 'Tucson', 'Omaha', 'Louisville', 'Charleston', 'Jacksonville', 'Tampa',
  'Shreveport', 'Lubbock', 'Laredo', 'Galveston', 'Provo', 'Fargo', 'Topeka', 'Springfield', 'Harrisburg', 'Albany', 'Rochester',
  'Syracuse', 'Hartford', 'Newark', 'Annapolis', 'Parkland', 'Avdiivka', 'Kramatorsk', 'Sloviansk', 'Pokrovsk', 'Vuhledar',
  'Kupiansk', 'Sumy', 'Chernihiv', 'Zhytomyr', 'Vinnytsia', 'Poltava', 'Bucha', 'Irpin', 'Melitopol', 'Berdiansk', 'Sevastopol',
  'Simferopol', 'Belgorod', 'Kursk', 'Bryansk', 'Kazan', 'Jenin', 'Nablus', 'Ramallah', 'Hebron', 'Bethlehem', 'Jabalia',
  'Beit Lahia', 'Nuseirat', 'Sidon', 'Baalbek', 'Eilat', 'Ashkelon', 'Sderot', 'Erbil', 'Sulaymaniyah', 'Fallujah', 'Ramadi',
  'Tikrit', 'Raqqa', 'Deir ez-Zor', 'Latakia', 'Daraa', 'Hama', 'Qamishli', 'Shiraz', 'Qom', 'Peshawar', 'Quetta', 'Multan',
  'Herat', 'Jalalabad', 'Davao', 'Zamboanga', 'Marawi', 'Lhasa', 'Ulaanbaatar', 'Brno', 'Ljubljana', 'Pristina', 'Podgorica',
  'Lille', 'Bilbao', 'Malaga', 'Zaragoza', 'Bologna', 'Bamako', 'Niamey', 'Ouagadougou', 'Nouakchott', 'N\'Djamena', 'Omdurman',
  'Nyala', 'Juba', 'Goma', 'Bukavu', 'Lubumbashi', 'Kisangani', 'Bangui', 'Gaborone', 'Lilongwe', 'Dar es Salaam', 'Dodoma',
  'Mombasa', 'Kisumu', 'Asmara', 'Hargeisa', 'Kismayo', 'Maiduguri', 'Abeokuta', 'Kumasi', 'Freetown', 'Monrovia', 'Lomé',
  'Cotonou', 'Yaoundé', 'Douala', 'Antananarivo', 'Misrata', 'Sfax', 'Fez', 'Basra', 'Najaf', 'Karbala', 'Aden', 'Hodeidah',
  'Marib', 'Taiz', 'Pune', 'Srinagar', 'Kochi', 'Thiruvananthapuram', 'Guwahati', 'Amritsar', 'Chandigarh', 'Varanasi',
  'Ayodhya', 'Noida', 'Gurugram', 'Coimbatore', 'Madurai', 'Visakhapatnam', 'Bhubaneswar', 'Pokhara', 'Jaffna', 'Phuket',
  'Pattaya', 'Da Nang', 'Haiphong', 'Vientiane', 'Bali', 'Yogyakarta', 'Paramaribo', 'Cartagena', 'Cusco', 'Arequipa',
  'Valparaíso', 'Cochabamba', 'Belém', 'Acapulco', 'Culiacán', 'Hermosillo', 'Mazatlán', 'Mérida', 'Quetzaltenango', 'Hobart',
  'Cairns', 'Queenstown', 'Suva', 'Nouméa', 'Saskatoon', 'Kelowna', 'Kitchener', 'St. John\'s', 'Whitehorse', 'Yellowknife',
  'Iqaluit', 'Lodz', 'Katowice', 'Szczecin', 'Debrecen', 'Cluj-Napoca', 'Iasi', 'Plovdiv', 'Antalya', 'Kahramanmaras', 'Hatay',
  'Malatya', 'Nicosia', 'Valletta', 'Nottingham', 'Southampton', 'Brighton', 'Plymouth', 'Aberdeen', 'Dundee', 'Southport',
  'Limerick', 'Baton Rouge', 'Des Moines', 'Little Rock', 'Corpus Christi', 'Deir al-Balah', 'Mazar-i-Sharif', 'El Fasher',
  'Port Sudan', 'Port-au-Prince', 'Cap-Haïtien', 'Port of Spain', 'San Pedro Sula', 'Rostov-on-Don',
];

/** Continents, regions, water bodies, mountains and other natural or political areas. */
export const REGIONS: readonly string[] = [
  'Carolinas|the Carolinas', 'Dakotas|the Dakotas', 'Cornwall', 'Northumberland', 'Andalusia|Andalucía', 'Lombardy', 'Sardinia', 'Provence', 'Flanders', 'Wallonia', 'Silesia', 'Transylvania',
  'Balochistan', 'Sindh', 'Khyber Pakhtunkhwa', 'Gilgit-Baltistan', 'Hokkaido', 'Okinawa', 'Mindanao', 'Sumatra', 'Borneo', 'Papua', 'Darfur', 'Tigray', 'Amhara', 'Oromia',
  'Kordofan', 'Katanga', 'North Kivu', 'South Kivu', 'Puntland', 'Galilee', 'Negev', 'Anbar',
  // Provinces and regions of the news that the broader lexicon lacks.
  'Yunnan', 'Hubei', 'Zhejiang', 'Henan', 'Hebei', 'Shandong', 'Shanxi', 'Shaanxi', 'Jiangsu', 'Anhui', 'Guangxi', 'Hainan',
  'Liaoning', 'Heilongjiang', 'Ningxia', 'West Bengal', 'Borno', 'Luzon', 'Visayas', 'Sulawesi', 'Aceh', 'Kyushu', 'Nineveh',
  'Ituri', 'Cabo Delgado', 'Casamance', 'Helmand', 'Nangarhar', 'Khuzestan', 'Sistan and Baluchestan', 'Hadramout|Hadramawt',
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania', 'Antarctica',
  'Arctic', 'Middle East', 'Near East', 'Far East', 'Caribbean', 'Balkans', 'Caucasus', 'Sahel', 'Horn of Africa', 'Scandinavia',
  'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Eastern Europe', 'Western Europe', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Northern Triangle', 'Persian Gulf|Gulf', 'Indo-Pacific',
  'Silicon Valley', 'Midwest', 'Siberia', 'Patagonia', 'Amazon rainforest', 'Sinai', 'Golan Heights', 'European Economic Area',
  'Schengen Area', 'Eurozone|euro zone|euro area', 'Mediterranean|Mediterranean Sea', 'Black Sea', 'Red Sea', 'Baltic Sea|Baltic',
  'North Sea', 'Caspian Sea', 'South China Sea', 'East China Sea', 'Dead Sea', 'Atlantic|Atlantic Ocean', 'Pacific|Pacific Ocean',
  'Indian Ocean', 'Arctic Ocean', 'Gulf of Mexico|Gulf of America', 'Gulf Coast', 'East Coast', 'West Coast', 'Pacific Northwest',
  'Pacific Palisades', 'Great Lakes', 'New England', 'Bay Area|San Francisco Bay Area', 'Appalachia', 'Wembley Stadium|Wembley', 'Mar-a-Lago', 'Santiago Bernabéu|Bernabéu|Estadio Santiago Bernabéu', 'Stade de France', 'Parc des Princes',
  'Old Trafford', 'Anfield', 'Camp Nou', 'Madison Square Garden', 'Roland Garros|Roland-Garros', 'Strait of Hormuz', 'Taiwan Strait', 'Bosphorus', 'English Channel',
  'Suez Canal', 'Panama Canal', 'Seine', 'Thames', 'Danube', 'Rhine', 'Nile', 'Mississippi River', 'Amazon River', 'Yangtze',
  'Ganges', 'Euphrates', 'Tigris', 'Volga', 'Dnipro|Dnieper', 'Rio Grande', 'Himalayas', 'Alps', 'Andes', 'Rockies|Rocky Mountains',
  'Mount Everest|Everest', 'Kilimanjaro', 'Sahara', 'Gobi', 'Downing Street', '10 Downing Street|Number 10|No. 10|No 10',
  'Wall Street', 'Capitol Hill', 'United States Capitol|U.S. Capitol|US Capitol|Capitol', 'Times Square', 'Red Square', 'Tiananmen Square',
  'Eiffel Tower|Tour Eiffel', 'Empire State Building', 'Statue of Liberty', 'Big Ben', 'Colosseum', 'Acropolis', 'Kremlin Wall',
];

/** Well-known organisations, institutions, parties, companies and media (ORGANIZATION). */
export const ORGANIZATIONS: readonly string[] = [
  'United Nations|UN|U.N.|ONU|Naciones Unidas|Nations unies|Nações Unidas|Nazioni Unite', 'NATO|OTAN', 'United Nations Security Council|UN Security Council|U.N. Security Council|UNSC|Consejo de Seguridad de la ONU|Conseil de sécurité de l’ONU|Conseil de sécurité de l\'ONU', 'European Union|EU|E.U.|UE|Unión Europea|Union européenne|União Europeia|Unione europea',
  'European Commission|Comisión Europea|Commission européenne|Comissão Europeia|Commissione europea', 'European Parliament|Parlamento Europeo|Parlement européen|Parlamento Europeu', 'European Central Bank|ECB|BCE|Banco Central Europeo|Banque centrale européenne|Banca centrale europea', 'World Health Organization|WHO|OMS|Organización Mundial de la Salud|Organisation mondiale de la santé|Organização Mundial da Saúde', 'World Bank|Banco Mundial|Banque mondiale|Banca Mondiale',
  'International Monetary Fund|IMF|FMI|Fondo Monetario Internacional|Fonds monétaire international|Fundo Monetário Internacional|Fondo monetario internazionale', 'World Trade Organization|WTO|Organización Mundial del Comercio|Organisation mondiale du commerce', 'OPEC|OPEC+', 'BRICS', 'ASEAN', 'African Union',
  // Airlines named after their country or city, whose place the name would otherwise give.
  'Air Canada', 'Air New Zealand', 'Air China', 'Air India', 'Cathay Pacific', 'IndiGo', 'WestJet',
  'Red Cross|International Committee of the Red Cross|ICRC', 'Red Crescent|Red Crescent Society|Palestine Red Crescent Society|Palestinian Red Crescent', 'Amnesty International', 'Human Rights Watch', 'Greenpeace',
  'Hamas', 'Hezbollah', 'Taliban', 'Islamic State|ISIS|ISIL|Daesh|État islamique|Estado Islámico|Groupe État islamique', 'Al Qaeda|al-Qaeda', 'Houthis', 'Wagner Group|Wagner',
  'Hayat Tahrir al-Sham|HTS', 'al-Shabaab|al-Shabab', 'Boko Haram', 'Muslim Brotherhood', 'Palestinian Islamic Jihad|Islamic Jihad',
  "Kurdistan Workers' Party|PKK", 'Israel Defense Forces|IDF', 'Mossad', 'Shin Bet', 'UNRWA', 'Oxfam', 'Save the Children',
  'Doctors Without Borders|Médecins Sans Frontières|MSF',
  'White House|Casa Blanca|Maison Blanche|Casa Branca', 'Kremlin', 'Pentagon', 'Congress', 'United States Senate|Senate',
  'United States House of Representatives|House of Representatives', 'Supreme Court of the United States|Supreme Court',
  'Parliament of the United Kingdom|Parliament|British Parliament|UK Parliament', 'House of Commons', 'House of Lords', 'Bundestag',
  'Bundeswehr', 'Knesset', 'State Duma|Duma', 'Élysée|Elysee', 'Federal Reserve|Fed|Federal Reserve Board|Reserva Federal|Réserve fédérale',
  'Bank of England', 'Bank of Japan', "People's Bank of China", 'FBI', 'CIA', 'NSA', 'Department of Justice|Justice Department|DOJ',
  'U.S. Department of State|State Department|Departamento de Estado|Département d’État|Département d\'État', 'U.S. Department of Labor|Labor Department|Department of Labor',
  'U.S. Department of Defense|Department of Defense|Defense Department', 'Department of Homeland Security|DHS',
  'U.S. Securities and Exchange Commission|SEC|Securities and Exchange Commission', 'Food and Drug Administration|FDA',
  'Centers for Disease Control and Prevention|CDC', 'NASA', 'European Space Agency|ESA', 'Indian Space Research Organisation|ISRO',
  'International Olympic Committee|IOC', 'FIFA', 'UEFA', 'NFL', 'NBA', 'MLB', 'NHL', 'International Criminal Court|ICC|Corte Penal Internacional|Cour pénale internationale',
  'FC Bayern Munich|Bayern Munich|Bayern München|FC Bayern|Bayern', 'Real Madrid', 'Atlético Madrid|Atletico Madrid', 'FC Barcelona|Barça',
  'Manchester United|Man United|Man Utd', 'Manchester City|Man City', 'Liverpool F.C.|Liverpool FC', 'Chelsea F.C.|Chelsea FC',
  'Arsenal F.C.|Arsenal FC|Arsenal', 'Tottenham Hotspur', 'Juventus', 'AC Milan', 'Inter Milan|Internazionale', 'SSC Napoli|Napoli',
  'Atalanta', 'San Francisco 49ers|49ers', 'Philadelphia 76ers|76ers', 'Inter Miami CF|Inter Miami', 'Club América', 'LA Galaxy', 'Paris Saint-Germain|PSG', 'Borussia Dortmund', 'RB Leipzig', 'Ajax', 'Benfica', 'FC Porto', 'Celtic F.C.|Celtic FC',
  'International Court of Justice|ICJ|Corte Internacional de Justicia|Cour internationale de justice', 'Interpol', 'Europol', 'Frontex', 'UNICEF', 'UNESCO', 'UNHCR', 'World Food Programme|WFP',
  'Google', 'Alphabet', 'Apple', 'Amazon', 'Meta|Meta Platforms', 'Facebook', 'Microsoft', 'Tesla', 'SpaceX', 'X (Twitter)|Twitter', 'Truth Social',
  'OpenAI', 'Nvidia', 'Intel', 'AMD', 'Samsung', 'Sony Group|Sony', 'Toyota', 'Volkswagen', 'BMW', 'Ford', 'General Motors|GM',
  'Boeing', 'Airbus', 'BlackRock', 'Vanguard', 'Fidelity Investments|Fidelity', 'Goldman Sachs',
  'JPMorgan Chase|JPMorgan|JP Morgan', 'Morgan Stanley', 'Citigroup|Citi', 'Bank of America', 'Wells Fargo', 'HSBC', 'Barclays',
  'UBS', 'Credit Suisse', 'Deutsche Bank', 'Shell', 'BP', 'ExxonMobil|Exxon', 'Chevron', 'Saudi Aramco|Aramco', 'Gazprom', 'Rosneft',
  'Abu Dhabi National Oil Company|Adnoc|ADNOC', 'Huawei', 'Alibaba', 'Tencent', 'TikTok', 'ByteDance', 'Netflix', 'Disney', 'Walmart',
  'Pfizer', 'Moderna', 'AstraZeneca', 'BioNTech', 'Johnson & Johnson', 'Procter & Gamble|P&G', 'AT&T', 'H&M', 'Marks & Spencer|M&S',
  'Ernst & Young|EY', 'Simon & Schuster', 'Activision Blizzard', 'Nintendo', 'Uber',
  'Airbnb', 'YouTube', 'Instagram', 'WhatsApp', 'Spotify', 'Starbucks', "McDonald's", 'Coca-Cola', 'PepsiCo', 'Nike', 'Adidas',
  'SNCF', 'Deutsche Bahn', 'Lufthansa', 'Air France', 'Emirates', 'Ryanair',
  'G7|Group of Seven', 'G20|Group of 20', 'World Economic Forum|WEF|Foro Económico Mundial|Forum économique mondial|Fórum Econômico Mundial', 'Anthropic', 'Blue Origin', 'Google DeepMind|DeepMind', 'Foxconn', 'Tata Group|Tata', 'Nestlé|Nestle',
  'Novo Nordisk', 'Eli Lilly', 'UnitedHealth Group|UnitedHealth', 'CrowdStrike', 'Lockheed Martin', 'RTX|Raytheon', 'Northrop Grumman',
  'General Dynamics', 'Yonhap', 'Xinhua', 'Bundesliga', 'Serie A', 'Formula One|Formula 1|F1', 'McLaren', 'Harvard University|Harvard',
  'Stanford University|Stanford', 'Yale University|Yale', 'Princeton University|Princeton', 'Fidesz', 'Sinn Féin|Sinn Fein',
  // Makers whose products carry their name and a model number ("Porsche 911", "Nikon Z6"): the
  // maker is named, the model is not.
  'Porsche', 'Renault', 'Ferrari', 'Lamborghini', 'Chevrolet|Chevy', 'Mercedes-Benz', 'Stellantis', 'Nikon', 'Fujifilm', 'OnePlus',
  'Qualcomm', 'Oppo', 'Asus', 'Garmin', 'GoPro', 'DJI', 'Logitech',
  // Chains named in the possessive, some after a given name ("at Wendy's", "Macy's sales").
  "Wendy's", "Denny's", "Macy's", "Arby's", "Applebee's", "Chili's", "Kohl's", "Lowe's", "Dillard's", "Sainsbury's",
  "Domino's|Domino's Pizza", "Hardee's", "Trader Joe's", "Papa John's", "Kellogg's", "Moody's", "Sotheby's", "Nando's",
  'Reuters', 'Associated Press|AP', 'Agence France-Presse|AFP', 'BBC', 'CNN', 'CNBC', 'Fox News', 'MSNBC', 'NBC News|NBC', 'ABC News|ABC',
  'CBS News|CBS', 'NPR', 'PBS', 'PBS NewsHour', 'Al Jazeera', 'Bloomberg', 'DW|Deutsche Welle', 'France 24', 'Sky News', 'The Guardian|Guardian',
  'The New York Times|New York Times', 'The Washington Post|Washington Post', 'The Wall Street Journal|Wall Street Journal|WSJ',
  'Financial Times|FT', 'The Economist', 'Yahoo Finance', 'Vox', 'WION', 'EL PAÍS|El País', 'Le Monde',
  'Conservative Party (UK)|Conservative Party|Conservatives|Tories|Tory party', 'Labour Party (UK)|Labour|Labour Party',
  'Liberal Democrats (UK)|Liberal Democrats|Lib Dems', 'Reform UK', 'Scottish National Party|SNP', 'Democratic Party|Democratic party',
  'Republican Party|GOP|Republican party', 'Christian Democratic Union|CDU', 'Social Democratic Party of Germany|SPD',
  'Alternative for Germany|AfD', 'Bharatiya Janata Party|BJP', 'Indian National Congress', 'African National Congress|ANC',
  'Likud', 'Fatah', 'Morena', 'Rassemblement National|National Rally', 'Communist Party of China|Chinese Communist Party|CCP',
];

/** Well-known people whose short or alternate names no text may define. */
export const PEOPLE: readonly string[] = [
  'Joe Biden|Joseph R. Biden Jr.|Joseph Biden|Joseph R. Biden|Joe Biden Jr.', 'Donald Trump|Donald J. Trump', 'Barack Obama',
  'Kamala Harris', 'Andrés Manuel López Obrador|AMLO', 'Vladimir Putin', 'Volodymyr Zelensky|Volodymyr Zelenskyy|Zelenskyy|Volodymyr Zelenskiy|Zelenskiy', 'Xi Jinping|President Xi|Xi', 'Kim Jong Un|Kim Jong-un|Kim Jong-Un',
  'Emmanuel Macron', 'Olaf Scholz', 'Angela Merkel', 'Rishi Sunak', 'Boris Johnson', 'Keir Starmer', 'Liz Truss', 'Narendra Modi',
  'Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Erdogan', 'Benjamin Netanyahu|Bibi', 'Elon Musk', 'Mark Zuckerberg', 'Jeff Bezos',
  'Bill Gates', 'Martin Luther King Jr.|Martin Luther King|MLK', 'Elizabeth II|Queen Elizabeth', 'Charles III|King Charles', 'Pope Francis', 'Lady Gaga',
  'Greta Thunberg', 'Jair Bolsonaro', 'Luiz Inácio Lula da Silva|Lula', 'Marine Le Pen|Le Pen', 'Warren Buffett', 'Elizabeth Warren', 'Sheikh Hasina', 'Lai Ching-te', 'Tsai Ing-wen', 'Lee Jae-myung', 'Min Aung Hlaing', 'Rodrigo Duterte|Duterte', 'Joko Widodo|Jokowi', 'Prabowo Subianto|Prabowo', 'Fumio Kishida|Kishida', 'Jordan Bardella', 'Giorgia Meloni', 'Pedro Sánchez|Pedro Sanchez', 'Claudia Sheinbaum',
  'Javier Milei', 'Justin Trudeau', 'Antony Blinken', 'Jerome Powell', 'Janet Yellen', 'Nancy Pelosi', 'Mike Pence',
  'Alexandria Ocasio-Cortez|AOC', 'Robert F. Kennedy Jr.|RFK Jr.|RFK Jr|Robert F. Kennedy Jr', 'JD Vance|J.D. Vance',
  'Mohammed bin Salman|MBS', 'Sean Combs|Diddy|P. Diddy|Puff Daddy',
  // Heads of government and state, ministers and officials of the world's news, named by their
  // surnames alone once introduced ("the Albanese government", "Lavrov said").
  'Anthony Albanese', 'Christopher Luxon', 'Mark Carney', 'Friedrich Merz', 'Cyril Ramaphosa', 'William Ruto', 'Gabriel Boric', 'Isaac Herzog',
  'Masoud Pezeshkian', 'Ali Khamenei|Ayatollah Khamenei', 'Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|el-Sisi|al-Sisi|Sisi', 'Paul Kagame',
  'Yoweri Museveni', 'Shigeru Ishiba', 'Yoon Suk Yeol|Yoon Suk-yeol|Yoon', 'Moon Jae-in', 'Alexander Lukashenko|Aleksandr Lukashenko',
  'Viktor Orbán|Viktor Orban|Orban', 'Donald Tusk', 'Andrzej Duda', 'François Bayrou|Francois Bayrou', 'Mark Rutte',
  'António Guterres|Antonio Guterres', 'Christine Lagarde', 'Scott Bessent', 'Michel Barnier', 'Félix Tshisekedi|Felix Tshisekedi',
  'Kassym-Jomart Tokayev', 'Ilham Aliyev', 'Nikol Pashinyan', 'Aleksandar Vučić|Aleksandar Vucic|Vucic', 'Robert Fico', 'Alexander Stubb',
  'Mette Frederiksen', 'Ulf Kristersson', 'Kyriakos Mitsotakis', 'Alice Weidel', 'Jean-Luc Mélenchon|Jean-Luc Melenchon|Melenchon',
  'Gabriel Attal', 'Jim Chalmers', 'Peter Dutton', 'Jacinda Ardern', 'Pierre Poilievre', 'Chrystia Freeland', 'François Legault|Francois Legault',
  'Gustavo Petro', 'Nicolás Maduro|Nicolas Maduro', 'Nayib Bukele', 'Dina Boluarte', 'Mahmoud Abbas', 'Yahya Sinwar', 'Ismail Haniyeh',
  'Hassan Nasrallah', 'Bashar al-Assad|Bashar Assad|al-Assad|Assad', 'Ahmed al-Sharaa|al-Sharaa|Abu Mohammed al-Jolani|al-Jolani|Jolani',
  'Muhammad Yunus', 'Sergei Lavrov|Sergey Lavrov', 'Dmitry Peskov|Dmitri Peskov', 'Yevgeny Prigozhin', 'Alexei Navalny|Alexey Navalny',
  'Sergei Shoigu', 'Ursula von der Leyen|von der Leyen', 'Kaja Kallas', 'Josep Borrell', 'Jens Stoltenberg', 'Tedros Adhanom Ghebreyesus|Tedros',
  'Kristalina Georgieva', 'Ngozi Okonjo-Iweala', 'Rafael Grossi', 'Ferdinand Marcos Jr.|Bongbong Marcos|Ferdinand Marcos', 'Aung San Suu Kyi|Suu Kyi',
  'Chuck Schumer', 'Mitch McConnell', 'Hakeem Jeffries', 'Marco Rubio', 'Pete Hegseth', 'Tulsi Gabbard', 'Ron DeSantis', 'Gavin Newsom',
  'Gretchen Whitmer', 'Tim Walz', 'Mitt Romney', 'Kristi Noem', 'Karoline Leavitt', 'Steve Bannon', 'Rudy Giuliani', 'Matt Gaetz',
  'Adam Schiff', 'Anthony Fauci', 'Jared Kushner', 'Arvind Kejriwal', 'Yogi Adityanath', 'Nirmala Sitharaman',
  'Subrahmanyam Jaishankar|S. Jaishankar|Jaishankar', 'Droupadi Murmu', 'Hillary Clinton', 'Bill Clinton',
  // Business and sport.
  'Sam Altman', 'Sundar Pichai', 'Satya Nadella', 'Jamie Dimon', 'Mukesh Ambani', 'Rupert Murdoch', 'Cristiano Ronaldo', 'Lionel Messi',
  'Kylian Mbappé|Kylian Mbappe|Mbappe', 'Erling Haaland', 'Novak Djokovic', 'Rafael Nadal', 'Roger Federer', 'Carlos Alcaraz', 'Shohei Ohtani',
  'Mohamed Salah', 'Virat Kohli',
  // Figures of history news still names by their surnames alone.
  'Adolf Hitler|Hitler', 'Joseph Stalin|Stalin', 'Benito Mussolini|Mussolini', 'Mao Zedong|Mao Tse-tung|Chairman Mao', 'Winston Churchill',
  // Known by one name: alone, that name is no organisation speaking ("Rihanna said").
  'Rihanna', 'Beyoncé|Beyonce', 'Adele', 'Shakira', 'Madonna', 'Eminem', 'Oprah Winfrey|Oprah', 'Cher', 'Bono', 'Pelé|Pele', 'Neymar',
  'Zendaya', 'Lizzo', 'Banksy', 'Ronaldinho', "Shaquille O'Neal|Shaq",
];

/** Honorifics and job titles that precede a name but are not part of it (longest first at use). */
export const TITLES: readonly string[] = [
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister', 'PM', 'Chancellor',
  'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister', 'Interior Minister', 'Health Minister',
  'Secretary', 'Secretary of State', 'Secretary of Defense', 'Secretary of Defence', 'Secretary of Energy', 'Secretary of Education',
  'Secretary of Commerce', 'Secretary of Labor', 'Secretary of Transportation', 'Secretary of Agriculture', 'Secretary of War', 'Secretary-General', 'Secretary General', 'Defense Secretary', 'Foreign Secretary', 'Home Secretary',
  'Treasury Secretary', 'Press Secretary', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor',
  'Gov.', 'Mayor', 'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'General', 'Gen.', 'Lt.', 'Lieutenant', 'Colonel', 'Col.',
  'Major', 'Maj.', 'Captain', 'Capt.', 'Admiral', 'Adm.', 'Sergeant', 'Sgt.', 'Commander', 'King', 'Queen', 'Prince', 'Princess',
  'Crown Prince', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rev.', 'Reverend', 'Rabbi', 'Imam', 'Sheikh', 'Emir', 'Ayatollah',
  'Supreme Leader', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir', 'Dame', 'Lord', 'CEO', 'Chair', 'Chairman',
  'Chairwoman', 'Chief', 'Director', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Coach', 'Officer', 'Detective', 'Inspector',
  'Professor', 'Prof.', 'Speaker', 'Leader', 'Premier', 'Commissioner', 'Attorney General', 'Attorney', 'Deputy', 'Chief Executive',
  'Founder', 'Co-founder', 'Presidente', 'Presidenta', 'Primer Ministro', 'Primera Ministra', 'Ministro', 'Ministra', 'Président',
  'Présidente', 'Premier ministre', 'M.', 'Mme', 'Sr.', 'Sra.', 'Don', 'Doña', 'Canciller', 'Juez', 'Jueza', 'Reporter', 'Correspondent',
  'MP', 'MEP', 'MSP', 'Assemblyman', 'Assemblywoman', 'Councilman', 'Councilwoman', 'Councillor', 'Councilor',
  'Sheriff', 'Superintendent', 'Prosecutor', 'Treasurer', 'Comptroller', 'Magistrate', 'Administrator',
];

/** Words that may precede a title ("Former President", "Acting Director"). */
export const TITLE_MODIFIERS: readonly string[] = ['Former', 'Ex', 'Ex-', 'Late', 'Acting', 'Interim', 'Outgoing', 'Incoming', 'Then', 'Then-', 'Deputy', 'Vice', 'Assistant', 'Senior', 'Chief', 'Top', 'Opposition', 'Exiled', 'Ousted'];

/** Last words that make a capitalised sequence an organisation. */
/**
 * US postal codes of the states, by their canonical names above ("Los Angeles, CA 90020"). Not GA:
 * "Georgia" is the country's canonical name here.
 */
export const US_STATE_CODES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York State',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington State', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'Washington, D.C.',
};

/**
 * The states as news agencies abbreviate them after a town ("Bedminster, N.J.", "Naples, Fla."),
 * without their last period (the tokenizer may leave it to the sentence). Not Alaska, Hawaii,
 * Idaho, Iowa, Maine, Ohio, Texas and Utah: they are written out; not Ga.: "Georgia" is the
 * country's canonical name here, as with US_STATE_CODES.
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut', Del: 'Delaware',
  Fla: 'Florida', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Ky: 'Kentucky', La: 'Louisiana',
  Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi', Mo: 'Missouri', Mont: 'Montana',
  Neb: 'Nebraska', Nev: 'Nevada', 'N.H': 'New Hampshire', 'N.J': 'New Jersey', 'N.M': 'New Mexico', 'N.Y': 'New York State',
  'N.C': 'North Carolina', 'N.D': 'North Dakota', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania', 'R.I': 'Rhode Island',
  'S.C': 'South Carolina', 'S.D': 'South Dakota', Tenn: 'Tennessee', Vt: 'Vermont', Va: 'Virginia', Wash: 'Washington State',
  'W.Va': 'West Virginia', Wis: 'Wisconsin', Wyo: 'Wyoming',
};

/** A company's legal form: the last word of its name ("Radaan Mediaworks Pvt Ltd", "Getty Images Inc."). */
export const LEGAL_FORMS: readonly string[] = ['Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'AG', 'S.A.', 'GmbH', 'Pvt', 'Pvt.', 'Pty', 'Pte'];

export const ORG_SUFFIXES: readonly string[] = [
  ...LEGAL_FORMS, 'Corporation', 'Co.', 'Company', 'plc', 'SA',
  'NV', 'Group', 'Holdings', 'Bank', 'Agency', 'Ministry', 'Department', 'Party', 'University', 'College', 'Institute', 'Authority',
  'Commission', 'Committee', 'Subcommittee', 'Panel', 'Council', 'Organization', 'Organisation', 'Association', 'Federation', 'Foundation', 'Fund',
  'Forces', 'Force', 'Army', 'Navy', 'Guard', 'Police', 'Service', 'Services', 'Board', 'Bureau', 'Office', 'Court', 'Tribunal',
  'Parliament', 'Assembly', 'Senate', 'Congress', 'Cabinet', 'Administration', 'Reserve', 'Exchange', 'Network', 'News', 'Times',
  'Post', 'Journal', 'Press', 'Media', 'Television', 'TV', 'Radio', 'Zeitung', 'Gazette', 'Tribune', 'Herald', 'Chronicle', 'Télévisions', 'Télévision', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems',
  'Pharmaceuticals', 'Energy', 'Capital', 'Partners', 'Investments', 'Securities', 'Insurance', 'Club', 'FC', 'SC', 'CF', 'AFC', 'League', 'Alliance',
  'Coalition', 'Campaign', 'Movement', 'Cartel', 'Brigade', 'Brigades', 'Church', 'School', 'Hospital', 'Museum', 'Gallery', 'Galleries', 'Library', 'Zoo', 'Lab', 'Labs', 'Laboratory', 'Laboratories', 'Studios', 'Entertainment',
  'Records', 'Films', 'Pictures', 'Productions', 'Center', 'Centre', 'Channel', 'Foods', 'Oil', 'Petroleum', 'Steel', 'Mining', 'Telecom', 'Communications', 'Solutions', 'Industries', 'Enterprises',
  'Trust', 'Institution', 'Union', 'Protection', 'Patrol', 'Guards', 'Militia', 'Rebels', 'Federal', 'Bancorp', 'Group.',
  'Gobierno', 'Ministerio', 'Partido', 'Banco', 'Universidad', 'Tribunal', 'Congreso', 'Senado', 'Assemblée', 'Conseil', 'Ministère',
];

/** First words that make a capitalised sequence an organisation ("University of …", "Bank of …"). */
export const ORG_PREFIXES: readonly string[] = [
  'University', 'Bank', 'Ministry', 'Department', 'Board', 'Council', 'Court', 'Federation', 'Association', 'Institute', 'Office',
  'Partido', 'Banco', 'Universidad', 'Ministerio', 'Secretaría', 'Secretaria', 'Secretariat', 'Agence', 'Agencia',
  'Federación', 'Asociación', 'Fundación', 'Comisión', 'Consejo', 'Instituto', 'Organización', 'Fédération', 'Commission', 'Conseil', 'Université', 'Ministère', 'Parti', 'Front', 'Movimiento', 'Mouvement',
  'Corte', 'Cour', 'Tribunal', 'Organisation', 'Organização', 'Organizzazione', 'Fondo', 'Fonds', 'Ministero', 'Ministério',
];

/**
 * Spanish and French heads that make a capitalised sequence an organisation even without "de"
 * ("Banco Central Europeo", "Parti socialiste"); their English counterparts need "of", because
 * "Council Bluffs" or "Front Street" are places.
 */
export const ROMANCE_ORG_HEADS: readonly string[] = [
  'Partido', 'Banco', 'Banque', 'Universidad', 'Université', 'Ministerio', 'Ministère', 'Secretaría', 'Agencia', 'Agence',
  'Federación', 'Fédération', 'Asociación', 'Fundación', 'Comisión', 'Consejo', 'Conseil', 'Instituto', 'Organización', 'Parti',
  'Movimiento', 'Mouvement', 'Tribunal', 'Gobierno', 'Gouvernement', 'Assemblée', 'Asamblea', 'Congreso', 'Corte', 'Cour', 'Fiscalía',
  'Guardia', 'Policía', 'Organisation', 'Organização', 'Organizzazione', 'Fondo', 'Fonds', 'Fundo', 'Ministero', 'Ministério',
  'Comissão', 'Commissione', 'Conselho', 'Consiglio', 'Tribunale', 'Supremo', 'Liga', 'Ligue', 'Lega', 'Procuraduría', 'Contraloría',
  'Defensoría', 'Dirección', 'Direction', 'Foro', 'Forum', 'Departamento', 'Département', 'Reserva', 'Réserve', 'Sécurité', 'Seguridad', 'Segurança', 'Sicurezza',
];

/** Last words that make a capitalised sequence a location (place, landmark, body of water). */
export const LOC_SUFFIXES: readonly string[] = [
  'City', 'Town', 'County', 'Province', 'Region', 'District', 'Valley', 'River', 'Lake', 'Sea', 'Ocean', 'Bay', 'Gulf', 'Strait',
  'Canal', 'Channel', 'Island', 'Islands', 'Peninsula', 'Mountain', 'Mountains', 'Hills', 'Desert', 'Coast', 'Park', 'Square',
  'Street', 'Avenue', 'Road', 'Boulevard', 'Bridge', 'Tower', 'Building', 'Palace', 'Castle', 'Cathedral', 'Temple', 'Mosque',
  'Airport', 'Station', 'Harbour', 'Harbor', 'Stadium', 'Arena', 'Capitol', 'Plaza', 'Forest', 'Falls', 'Beach', 'Crossing',
  'Heights', 'Strip', 'Garden', 'Gardens', 'Abbey', 'Basilica', 'Chapel', 'Shrine', 'Monument', 'Memorial', 'Cemetery', 'Telescope', 'Observatory', 'Dam', 'Reservoir', 'Glacier', 'Volcano', 'Basin', 'Delta', 'Prefecture', 'Oblast', 'State',
];
export const LOC_PREFIXES: readonly string[] = ['Mount', 'Mt.', 'Lake', 'Gulf of', 'Bay of', 'Strait of', 'Isle of', 'Cape', 'Port', 'Fort', 'Saint', 'St.', 'San', 'Santa', 'Río', 'Rio', 'Sierra',
  // Spanish and French: "la Comunidad Valenciana", "las Islas Canarias", "Ciudad Juárez", "l'Île de Ré".
  'Comunidad', 'Región', 'Provincia', 'Isla', 'Islas', 'Ciudad', 'Île', 'Îles', 'Plaza', 'Avenida', 'Calle', 'Parque', 'Paseo', 'Rue', 'Parc', 'Golfo', 'Golfe'];

/** Heads of event names (not one of our types): "Paris Olympic Games" → keep only the place. */
export const EVENT_HEADS: readonly string[] = [
  'Games', 'Olympics', 'Olympic', 'Summit', 'Cup', 'Championship', 'Championships', 'Open', 'Marathon', 'Festival', 'Conference',
  'Agreement', 'Accord', 'Accords', 'Protocol', 'Declaration', 'Treaty', 'Election', 'Elections', 'War', 'Crisis', 'Talks', 'Forum',
  'Grand Prix', 'Bowl', 'Expo', 'Week', 'Day', 'Award', 'Awards', 'Prize', 'Trophy', 'Act', 'Bill', 'Plan', 'Program', 'Programme', 'Initiative', 'Deal',
];

/**
 * Heads of the names of videos, shows and their parts ("Outro Music", "Gameplay Trailer", "Promo
 * Code", "Carpool Karaoke"): a title of a work or a thing, none of our types. No surnames among them.
 */
export const MEDIA_HEADS: readonly string[] = [
  'Music', 'Song', 'Track', 'Remix', 'Video', 'Videos', 'Trailer', 'Teaser', 'Promo', 'Episode', 'Episodes', 'Season', 'Show',
  'Interview', 'Challenge', 'Unboxing', 'Review', 'Tutorial', 'Vlog', 'Gameplay', 'Highlights', 'Code', 'Edition', 'Version',
  'Karaoke', 'Podcast', 'Livestream', 'Lyrics', 'Playlist', 'Compilation', 'Reaction', 'Recap', 'Preview', 'Walkthrough', 'Haul',
  'Soundtrack', 'Album', 'Mixtape', 'Freestyle', 'Prank', 'Tutorials', 'Giveaway',
];

/** Nouns that, just before a capitalised sequence, say it is an organisation ("the Dutch firm Smit Salvage"). */
export const ORG_CUES: readonly string[] = [
  'firm', 'company', 'companies', 'group', 'giant', 'bank', 'agency', 'maker', 'developer', 'retailer', 'carrier', 'airline',
  'insurer', 'startup', 'start-up', 'broadcaster', 'newspaper', 'journal', 'network', 'party', 'club', 'conglomerate', 'lender',
  'automaker', 'carmaker', 'manufacturer', 'supplier', 'provider', 'operator', 'regulator', 'publisher', 'outlet', 'channel',
  'organisation', 'organization', 'charity', 'militia', 'movement', 'coalition', 'union', 'issuers', 'issuer', 'rivals', 'rival',
  'advertisers', 'brands', 'brand', 'chain', 'platform', 'exchange', 'fund', 'empresa', 'partido', 'grupo', 'banco', 'société',
  'entreprise', 'groupe', 'parti',
];

/** Lower-case words that, just before a capitalised sequence, say it is a person. */
export const PERSON_CUES: readonly string[] = [
  'author', 'poet', 'singer', 'actor', 'actress', 'rapper', 'artist', 'writer', 'novelist', 'journalist', 'reporter', 'correspondent',
  'anchor', 'host', 'presenter', 'comedian', 'director', 'producer', 'economist', 'analyst', 'activist', 'lawyer', 'attorney',
  'judge', 'justice', 'senator', 'president', 'minister', 'chancellor', 'governor', 'mayor', 'leader', 'chief', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'founder', 'chair', 'chairman', 'chairwoman', 'coach', 'player', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'star', 'champion', 'scientist', 'professor', 'dr', 'survivor', 'victim', 'suspect',
  'daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'economista', 'presidente', 'ministro', 'ministra',
  'líder', 'candidato', 'candidata', 'periodista', 'écrivain', 'chanteuse', 'chanteur', 'ministre', 'président', 'présidente',
  'whip', 'secretary', 'envoy', 'ambassador', 'officials', 'official', 'aide', 'adviser', 'advisor', 'deputy', 'king', 'queen',
  'drummer', 'guitarist', 'bassist', 'pianist', 'vocalist', 'frontman', 'frontwoman', 'songwriter', 'musician', 'youtuber', 'streamer',
  'member',
  // Spanish and Portuguese, French.
  'presidenta', 'vicepresidente', 'vicepresidenta', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'senador', 'senadora',
  'diputado', 'diputada', 'canciller', 'secretario', 'secretaria', 'actriz', 'cantante', 'escritor', 'escritora', 'empresario',
  'empresaria', 'juez', 'jueza', 'portavoz', 'entrenador', 'jugador', 'futbolista', 'opositor', 'opositora', 'governador', 'prefeito',
  'maire', 'député', 'députée', 'sénateur', 'sénatrice', 'actrice', 'acteur', 'journaliste', 'porte-parole', 'juge', 'avocat',
  'avocate', 'procureur', 'entraîneur', 'joueur', 'footballeur', 'dirigeant', 'dirigeante', 'opposant', 'opposante',
];

/** Prepositions after which an unknown capitalised word is most likely a place. */
/**
 * Nouns for a place, written before its name with "of" or "de" ("the city of Uvalde", "la ciudad de
 * Tapachula", "la ville de Valmorin"): in lower case only ("Secretary of State …" is a title).
 */
export const PLACE_NOUNS: readonly string[] = [
  'city', 'town', 'village', 'county', 'state', 'province', 'region', 'district', 'capital', 'municipality', 'island', 'islands', 'port',
  'ciudad', 'municipio', 'pueblo', 'estado', 'provincia', 'región', 'departamento', 'localidad', 'comuna', 'isla', 'islas', 'puerto',
  'ville', 'commune', 'région', 'département', 'île', 'îles', 'cité', 'città', 'comune', 'cidade', 'município', 'vila',
];

export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'towards', 'toward', 'via', 'en', 'desde', 'à', 'dans', 'depuis', 'près'];

/** Words after which a sequence is a portfolio or office, not an entity ("minister of Economy"). */
export const OFFICE_WORDS: readonly string[] = ['minister', 'ministro', 'ministra', 'ministre', 'secretary', 'secretario', 'secretaria', 'secrétaire', 'department', 'ministry'];

export const DEMONYM_EXTRA: readonly string[] = [
  'Mexican', 'Honduran', 'Guatemalan', 'Salvadoran', 'Salvadorian', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'American',
  'Turkish', 'Syrian', 'Sudanese', 'Emirati', 'Argentine', 'Argentinian', 'Swedish', 'Danish', 'Finnish', 'Polish', 'Spanish',
  'French', 'German', 'Dutch', 'Italian', 'Russian', 'Ukrainian', 'Chinese', 'Japanese', 'Korean', 'Indian', 'Pakistani', 'Afghan',
  'Iranian', 'Iraqi', 'Israeli', 'Palestinian', 'Saudi', 'Egyptian', 'Nigerian', 'Kenyan', 'Brazilian', 'Canadian', 'Australian',
  'European', 'African', 'Asian', 'Arab', 'Western', 'Eastern', 'Northern', 'Southern', 'Latino', 'Latina', 'Democrat', 'Republicans',
  'Hispanic', 'Muslim', 'Christian', 'Jewish', 'Catholic', 'Democratic', 'Republican', 'Conservative', 'Liberal', 'Soviet', 'Kurdish',
  'Venezuelan', 'Colombian', 'Cuban', 'Haitian', 'Belgian', 'Swiss', 'Austrian', 'Greek', 'Hungarian', 'Czech', 'Romanian',
  'Georgian', 'Armenian', 'Lebanese', 'Jordanian', 'Yemeni', 'Libyan', 'Tunisian', 'Moroccan', 'Algerian', 'Ethiopian', 'Somali',
  'Taiwanese', 'Vietnamese', 'Thai', 'Filipino', 'Indonesian', 'Malaysian', 'Bangladeshi', 'Nepali', 'Norwegian', 'Portuguese',
  'Qatari', 'Kuwaiti', 'Bahraini', 'Omani', 'Nordic', 'Baltic', 'Mexicano', 'Mexicana', 'Argentino', 'Español', 'Española',
  'Français', 'Française', 'Allemand', 'Allemande', 'Britannique', 'Américain', 'Américaine', 'Estadounidense',
  'Uruguayan', 'Malian', 'Tanzanian', 'Lankan', 'Moldovan', 'Scandinavian', 'Laotian', 'Fijian', 'Tongan', 'Bhutanese', 'Maldivian',
  'Kyrgyz', 'Mauritanian', 'Eritrean', 'Djiboutian', 'Malawian', 'Mozambican', 'Guinean', 'Beninese', 'Togolese', 'Burkinabe',
  'Gabonese', 'Ivorian', 'Nepalese', 'Scots', 'Chechen', 'Tibetan', 'Kashmiri', 'Sicilian', 'Bavarian', 'Hawaiian', 'Floridian',
  'Québécois', 'Quebecois',
  // Religions and peoples: like a nationality they qualify ("Sikh leader", "Hindu pilgrims", "Rohingya refugees").
  'Hindu', 'Sikh', 'Buddhist', 'Protestant', 'Evangelical', 'Mormon', 'Sunni', 'Shia', 'Shiite', 'Jain', 'Coptic', 'Yazidi', 'Druze',
  'Alawite', 'Rohingya', 'Uyghur', 'Uighur', 'Pashtun', 'Bedouin', 'Maori', 'Aboriginal', 'Inuit', 'Hutu', 'Tutsi',
];

/**
 * Languages whose English name is no demonym above: like a demonym they qualify things ("a Tamil
 * serial", "available in Telugu and Kannada") and name no person, place or organisation alone.
 */
export const LANGUAGE_NAMES: readonly string[] = [
  'Tamil', 'Telugu', 'Malayalam', 'Kannada', 'Hindi', 'Urdu', 'Bengali', 'Bangla', 'Punjabi', 'Marathi', 'Gujarati', 'Odia', 'Oriya',
  'Assamese', 'Sinhala', 'Sinhalese', 'Bhojpuri', 'Konkani', 'Haryanvi', 'Tagalog', 'Cebuano', 'Swahili', 'Mandarin', 'Cantonese',
  'Hokkien', 'Farsi', 'Persian', 'Pashto', 'Dari', 'Hebrew', 'Arabic', 'Yoruba', 'Igbo', 'Hausa', 'Amharic', 'Zulu', 'Xhosa',
  'Afrikaans', 'Malay', 'Javanese', 'Khmer', 'Burmese', 'Mongolian', 'Kazakh', 'Uzbek', 'Tajik', 'Azerbaijani', 'Catalan', 'Basque',
  'Galician', 'Gaelic', 'Croatian', 'Serbian', 'Bosnian', 'Slovak', 'Slovenian', 'Bulgarian', 'Macedonian', 'Albanian',
  'Lithuanian', 'Latvian', 'Estonian', 'Icelandic', 'Maltese',
];

/**
 * Abbreviations of ordinary things written in capitals ("in HD", "a DIY kit", "PT sessions",
 * "GRWM"): no organisation on their own. A known name with the same letters still matches first.
 */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  'TV', 'HD', 'UHD', 'HDR', 'AD', 'ADS', 'PT', 'PTS', 'DIY', 'MV', 'VFX', 'CGI', 'AC', 'SIM', 'GRWM', 'OOTD', 'PPV', 'TKO', 'KO', 'YT',
  'DP', 'REB', 'XO', 'ST', 'DIT', 'MWF', 'OMG', 'LOL', 'FYI', 'BTW', 'ASAP', 'DM', 'DMS', 'PS', 'EP', 'LP', 'DJ', 'MC', 'VS',
  'AKA', 'FAQ', 'PDF', 'URL', 'USB', 'GPS', 'PC', 'OK', 'AM', 'PM', 'ETA', 'RIP', 'MVP', 'GOAT', 'POV', 'ASMR', 'FPS', 'RPG',
  'DLC', 'VR', 'AR', 'AI', 'Q&A', 'R&D', 'R&B', 'M&A', 'B&B', 'P&L', 'CEO', 'CFO', 'CTO', 'COO', 'HR', 'TBT', 'IRL', 'IMO', 'ICYMI', 'QA', 'NSFW',
  'GDP', 'CPI', 'PPI', 'IPO', 'EV', 'EVS', 'DNA', 'RNA', 'HIV', 'AIDS', 'LGBT', 'LGBTQ', 'COVID', 'ICU', 'ER', 'PCR', 'PPE', 'VAT',
  'ETF', 'AGM', 'SUV', 'MRI', 'IQ', 'ID', 'PIN', 'ATM', 'SMS', 'API', 'CCTV', 'IVF', 'NFT', 'UFO', 'STEM', 'CO2', 'GMO',
];

/** Function words that may sit inside a name ("Bank of England", "Bab al-Hawa", "Luiz Inácio Lula da Silva"). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'and', '&', 'for', 'the', 'de', 'del', 'la', 'las', 'los', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'ter', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'et', 'e'];

/** Generational suffixes and regnal numbers kept in a person's name but skipped for surname matching. */
export const NAME_SUFFIXES: readonly string[] = ['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
