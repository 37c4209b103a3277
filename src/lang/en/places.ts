/**
 * English place gazetteer and the demonym → country table used by the English name extractor.
 *
 * Data only: lists are written as `|`-separated strings to keep the file readable and are split
 * once when the module loads (constants, never mutated). Names are in their usual English
 * spelling; alternative spellings are separate entries.
 *
 * @example
 * ```ts
 * PLACE_NAMES.has('Vientiane'); // true
 * DEMONYM_COUNTRY.get('Japanese'); // 'Japan'
 * ```
 */

function list(s: string): string[] {
  return s
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Sovereign states and commonly named territories, with frequent short forms. */
export const COUNTRIES: readonly string[] = list(`
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|
Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of the Congo|Costa Rica|
Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|
Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|
Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|
Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|
Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|
England|Scotland|Wales|Northern Ireland|United States|United States of America|USA|US|America|Uruguay|Uzbekistan|
Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Hong Kong|Macau|Greenland|Puerto Rico|
Gaza|West Bank|Tibet|Kashmir|Soviet Union|USSR|Yugoslavia|Czechoslovakia|Zaire
`);

/** Capitals and major world cities. */
export const CITIES: readonly string[] = list(`
Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|Brussels|Thimphu|
La Paz|Sarajevo|Gaborone|Brasilia|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Santiago|Beijing|Bogota|Kinshasa|
Brazzaville|San Jose|Zagreb|Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|Asmara|Tallinn|Addis Ababa|Suva|Helsinki|
Paris|Libreville|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Georgetown|Port-au-Prince|Tegucigalpa|Budapest|
Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Kingston|Tokyo|Amman|Astana|Nairobi|
Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|
Male|Bamako|Valletta|Nouakchott|Port Louis|Mexico City|Chisinau|Ulaanbaatar|Ulan Bator|Podgorica|Rabat|Maputo|
Naypyidaw|Yangon|Rangoon|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|Managua|Niamey|Abuja|Lagos|Pyongyang|
Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Panama City|Port Moresby|Asuncion|Lima|
Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Jeddah|Mecca|Medina|Dakar|Belgrade|Freetown|Bratislava|
Ljubljana|Mogadishu|Pretoria|Cape Town|Johannesburg|Seoul|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Bern|
Geneva|Zurich|Damascus|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Dili|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|
Kyiv|Kiev|Abu Dhabi|Dubai|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|
New York|Los Angeles|Chicago|San Francisco|Boston|Houston|Miami|Seattle|Toronto|Vancouver|Montreal|Sydney|Melbourne|
Shanghai|Guangzhou|Shenzhen|Wuhan|Osaka|Kyoto|Yokohama|Hiroshima|Nagasaki|Singapore|Frankfurt|Munich|Hamburg|Milan|
Naples|Venice|Florence|Lyon|Marseille|St Petersburg|Saint Petersburg|Manchester|Birmingham|Liverpool|Edinburgh|
Glasgow|Belfast|Brisbane|Perth|Auckland|Rio de Janeiro|Sao Paulo|Bangalore|Kandahar|Herat|Basra|Mosul|Aleppo|
Gaza City|Ramallah|Hebron|Davos|Strasbourg|Luxembourg City|Monaco|Hague|Busan|Macau|Hong Kong|Vladivostok|Almaty|
Samarkand|Chittagong|Lhasa|Mandalay|Bandung|Surabaya|Cebu|Davao|Sapporo|Nagoya|Fukuoka|Kobe|Okinawa|Pokhara|
Jaffna|Kandy|Trincomalee|Muzaffarabad|Gilgit|Skardu|Sialkot|Multan|Faisalabad|Bahawalpur|Hyderabad|Mumbai|Bombay
`);

/** Indian states and union territories, with common alternative forms. */
export const INDIAN_STATES: readonly string[] = list(`
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|
Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|
Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|Uttaranchal|West Bengal|Andaman and Nicobar Islands|
Chandigarh|Dadra and Nagar Haveli and Daman and Diu|Daman and Diu|Delhi|National Capital Territory of Delhi|
Jammu and Kashmir|Jammu & Kashmir|Ladakh|Lakshadweep|Puducherry|Pondicherry
`);

/** Major Indian cities and towns often in the news. */
export const INDIAN_CITIES: readonly string[] = list(`
Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Pune|Surat|Jaipur|Lucknow|
Kanpur|Nagpur|Indore|Thane|Bhopal|Visakhapatnam|Patna|Vadodara|Ghaziabad|Ludhiana|Agra|Nashik|Faridabad|Meerut|
Rajkot|Varanasi|Srinagar|Jammu|Aurangabad|Dhanbad|Amritsar|Allahabad|Prayagraj|Ranchi|Howrah|Coimbatore|Jabalpur|
Gwalior|Vijayawada|Jodhpur|Madurai|Raipur|Kota|Guwahati|Solapur|Mysuru|Mysore|Gurugram|Gurgaon|Noida|Dehradun|
Shimla|Thiruvananthapuram|Trivandrum|Kochi|Cochin|Kozhikode|Mangaluru|Mangalore|Bhubaneswar|Cuttack|Imphal|
Shillong|Aizawl|Kohima|Itanagar|Agartala|Gangtok|Panaji|Gandhinagar|Leh|Kargil|Pahalgam|Anantnag|Baramulla|Kupwara|
Pulwama|Shopian|Uri|Poonch|Rajouri|Kathua|Udhampur|Doda|Kishtwar|Gulmarg|Sopore|Ganderbal|Budgam|Kulgam|Bandipora|
Pathankot|Jalandhar|Ayodhya|Mathura|Haridwar|Rishikesh|Puri|Tirupati|Ujjain|Nainital|Darjeeling|Siliguri|Port Blair|
Kanyakumari|Rameswaram|Pokhran|Balakot|Galwan|Doklam|Tawang|Manipal|Secunderabad|Navi Mumbai|Kolhapur|Bareilly|
Aligarh|Moradabad|Gorakhpur|Jhansi|Dharamsala|Dharamshala
`);

/** Continents, regions, seas, mountain ranges and other named areas. */
export const REGIONS: readonly string[] = list(`
Asia|Europe|Africa|North America|South America|Latin America|Antarctica|Oceania|Australasia|Middle East|Near East|
Far East|South Asia|East Asia|Southeast Asia|South East Asia|Central Asia|West Asia|Eurasia|Indo-Pacific|
Asia-Pacific|Asia Pacific|Pacific|Atlantic|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic|Arctic Ocean|
South China Sea|East China Sea|Arabian Sea|Bay of Bengal|Red Sea|Black Sea|Caspian Sea|Mediterranean|
Mediterranean Sea|Persian Gulf|Gulf|Balkans|Caucasus|Scandinavia|Baltic|Sahara|Sahel|Himalayas|Himalaya|
Hindu Kush|Karakoram|Siachen|Aksai Chin|Line of Control|Line of Actual Control|Kashmir Valley|Punjab|Sindh|
Balochistan|Khyber Pakhtunkhwa|Gilgit-Baltistan|Xinjiang|Crimea|Donbas|Donbass|Siberia|Kurdistan|Darfur|
Northeast India|North East|West Africa|East Africa|Horn of Africa|Western Europe|Eastern Europe|Central Europe|
Strait of Hormuz|Malacca Strait|Strait of Malacca|Taiwan Strait|Korean Peninsula|Deccan|Ganges|Ganga|Yamuna|
Brahmaputra|Indus|Nile|Amazon|Danube|Rhine|Mekong|Euphrates|Tigris|Sinai|Golan Heights|Andes|Alps|Rockies
`);

/** Every gazetteer entry (countries, cities, Indian states and cities, regions). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...COUNTRIES,
  ...CITIES,
  ...INDIAN_STATES,
  ...INDIAN_CITIES,
  ...REGIONS,
]);

/** Country-level entries (used to add a country to a role: `Japan's Defence Minister`). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);

/**
 * Demonyms and country adjectives mapped to the country's usual English name. Used as role
 * modifiers (`Japanese Defence Minister` → `Defence Minister of Japan`); a demonym alone is never a name.
 */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = new Map(
  list(`
Afghan=Afghanistan|Albanian=Albania|Algerian=Algeria|Angolan=Angola|Argentine=Argentina|Argentinian=Argentina|
Armenian=Armenia|Australian=Australia|Austrian=Austria|Azerbaijani=Azerbaijan|Bahraini=Bahrain|
Bangladeshi=Bangladesh|Belarusian=Belarus|Belgian=Belgium|Bhutanese=Bhutan|Bolivian=Bolivia|Bosnian=Bosnia|
Brazilian=Brazil|British=United Kingdom|Bruneian=Brunei|Bulgarian=Bulgaria|Burmese=Myanmar|Cambodian=Cambodia|
Cameroonian=Cameroon|Canadian=Canada|Chadian=Chad|Chilean=Chile|Chinese=China|Colombian=Colombia|
Congolese=Congo|Croatian=Croatia|Cuban=Cuba|Cypriot=Cyprus|Czech=Czech Republic|Danish=Denmark|Dutch=Netherlands|
Ecuadorian=Ecuador|Egyptian=Egypt|Emirati=United Arab Emirates|English=England|Eritrean=Eritrea|Estonian=Estonia|
Ethiopian=Ethiopia|Fijian=Fiji|Filipino=Philippines|Philippine=Philippines|Finnish=Finland|French=France|
Georgian=Georgia|German=Germany|Ghanaian=Ghana|Greek=Greece|Guatemalan=Guatemala|Haitian=Haiti|Hungarian=Hungary|
Icelandic=Iceland|Indian=India|Indonesian=Indonesia|Iranian=Iran|Iraqi=Iraq|Irish=Ireland|Israeli=Israel|
Italian=Italy|Jamaican=Jamaica|Japanese=Japan|Jordanian=Jordan|Kazakh=Kazakhstan|Kenyan=Kenya|Korean=South Korea|
South Korean=South Korea|North Korean=North Korea|Kuwaiti=Kuwait|Kyrgyz=Kyrgyzstan|Lao=Laos|Laotian=Laos|
Latvian=Latvia|Lebanese=Lebanon|Liberian=Liberia|Libyan=Libya|Lithuanian=Lithuania|Malagasy=Madagascar|
Malawian=Malawi|Malaysian=Malaysia|Maldivian=Maldives|Malian=Mali|Maltese=Malta|Mauritian=Mauritius|
Mexican=Mexico|Moldovan=Moldova|Mongolian=Mongolia|Montenegrin=Montenegro|Moroccan=Morocco|
Mozambican=Mozambique|Myanmarese=Myanmar|Namibian=Namibia|Nepali=Nepal|Nepalese=Nepal|New Zealand=New Zealand|
Nicaraguan=Nicaragua|Nigerian=Nigeria|Nigerien=Niger|Norwegian=Norway|Omani=Oman|Pakistani=Pakistan|
Palestinian=Palestine|Panamanian=Panama|Paraguayan=Paraguay|Peruvian=Peru|Polish=Poland|Portuguese=Portugal|
Qatari=Qatar|Romanian=Romania|Russian=Russia|Rwandan=Rwanda|Saudi=Saudi Arabia|Senegalese=Senegal|Serbian=Serbia|
Singaporean=Singapore|Slovak=Slovakia|Slovenian=Slovenia|Somali=Somalia|South African=South Africa|
Spanish=Spain|Sri Lankan=Sri Lanka|Sudanese=Sudan|Swedish=Sweden|Swiss=Switzerland|Syrian=Syria|
Taiwanese=Taiwan|Tajik=Tajikistan|Tanzanian=Tanzania|Thai=Thailand|Tibetan=Tibet|Tunisian=Tunisia|Turkish=Turkey|
Turkmen=Turkmenistan|Ugandan=Uganda|Ukrainian=Ukraine|American=United States|Uruguayan=Uruguay|Uzbek=Uzbekistan|
Venezuelan=Venezuela|Vietnamese=Vietnam|Yemeni=Yemen|Zambian=Zambia|Zimbabwean=Zimbabwe|Scottish=Scotland|
Welsh=Wales|Soviet=Soviet Union|European=Europe|African=Africa|Asian=Asia|Kashmiri=Kashmir|
Punjabi=Punjab|Bengali=Bengal|Emirian=United Arab Emirates
`).map((pair): [string, string] => {
    const [k = '', v = ''] = pair.split('=');
    return [k, v];
  }),
);

/**
 * Short country forms some writers use in roles, mapped to the name the roles use
 * (`US Secretary of State` → `Secretary of State of United States`).
 */
export const COUNTRY_CANONICAL: ReadonlyMap<string, string> = new Map([
  ['US', 'United States'],
  ['USA', 'United States'],
  ['United States of America', 'United States'],
  ['America', 'United States'],
  ['UK', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['Holland', 'Netherlands'],
  ['Burma', 'Myanmar'],
  ['Turkiye', 'Turkey'],
  ['Viet Nam', 'Vietnam'],
  ['Czechia', 'Czech Republic'],
]);
