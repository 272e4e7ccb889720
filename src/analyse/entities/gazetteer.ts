/**
 * The gazetteer as data: countries with their other names and demonyms, and
 * the organisations news names most, with their short forms. One line per
 * entry: `Canonical name | alias; alias | demonym; demonym`. Cities, regions
 * and the long tail come from compromise's lexicon; this list exists for
 * what that lexicon lacks: aliases ("USA" = "United States"), demonyms tied
 * to their country, and institutions that stand for governments ("the
 * Kremlin" is an organisation, never Russia itself: metonyms stay apart).
 */

/** Countries: `name | aliases | demonyms`. */
const COUNTRIES = `
United States | US; U.S.; USA; U.S.A.; United States of America; America | American; Americans; US; U.S.
Russia | Russian Federation | Russian; Russians
Syria | Syrian Arab Republic | Syrian; Syrians
United Kingdom | UK; U.K.; Britain; Great Britain | British; Briton; Britons
China | People's Republic of China; PRC | Chinese
France | French Republic | French
Germany | Federal Republic of Germany | German; Germans
Iran | Islamic Republic of Iran | Iranian; Iranians
Iraq | Republic of Iraq | Iraqi; Iraqis
Israel | State of Israel | Israeli; Israelis
Turkey | Türkiye; Turkiye | Turkish; Turk; Turks
Saudi Arabia | Kingdom of Saudi Arabia; KSA | Saudi; Saudis
Ukraine | | Ukrainian; Ukrainians
Afghanistan | | Afghan; Afghans
Pakistan | | Pakistani; Pakistanis
India | | Indian; Indians
Japan | | Japanese
North Korea | DPRK; Democratic People's Republic of Korea | North Korean; North Koreans
South Korea | Republic of Korea; ROK | South Korean; South Koreans
Egypt | | Egyptian; Egyptians
Jordan | | Jordanian; Jordanians
Lebanon | | Lebanese
Libya | | Libyan; Libyans
Yemen | | Yemeni; Yemenis
Qatar | | Qatari; Qataris
United Arab Emirates | UAE; U.A.E.; Emirates | Emirati; Emiratis
Kuwait | | Kuwaiti; Kuwaitis
Bahrain | | Bahraini; Bahrainis
Oman | | Omani; Omanis
Palestine | Palestinian territories; State of Palestine | Palestinian; Palestinians
Canada | | Canadian; Canadians
Mexico | | Mexican; Mexicans
Brazil | | Brazilian; Brazilians
Argentina | | Argentine; Argentinian; Argentines
Venezuela | | Venezuelan; Venezuelans
Colombia | | Colombian; Colombians
Cuba | | Cuban; Cubans
Chile | | Chilean; Chileans
Peru | | Peruvian; Peruvians
Italy | | Italian; Italians
Spain | | Spanish; Spaniard; Spaniards
Portugal | | Portuguese
Netherlands | Holland; the Netherlands | Dutch
Belgium | | Belgian; Belgians
Switzerland | | Swiss
Austria | | Austrian; Austrians
Sweden | | Swedish; Swede; Swedes
Norway | | Norwegian; Norwegians
Denmark | | Danish; Dane; Danes
Finland | | Finnish; Finn; Finns
Poland | | Polish; Pole; Poles
Hungary | | Hungarian; Hungarians
Czech Republic | Czechia | Czech; Czechs
Slovakia | | Slovak; Slovaks
Romania | | Romanian; Romanians
Bulgaria | | Bulgarian; Bulgarians
Greece | | Greek; Greeks
Cyprus | | Cypriot; Cypriots
Serbia | | Serbian; Serb; Serbs
Croatia | | Croatian; Croat; Croats
Bosnia and Herzegovina | Bosnia | Bosnian; Bosnians
Kosovo | | Kosovar; Kosovars
Albania | | Albanian; Albanians
Belarus | | Belarusian; Belarusians
Moldova | | Moldovan; Moldovans
Georgia | | Georgian; Georgians
Armenia | | Armenian; Armenians
Azerbaijan | | Azerbaijani; Azeri; Azerbaijanis
Kazakhstan | | Kazakh; Kazakhs
Uzbekistan | | Uzbek; Uzbeks
Estonia | | Estonian; Estonians
Latvia | | Latvian; Latvians
Lithuania | | Lithuanian; Lithuanians
Ireland | Republic of Ireland; Eire | Irish
Iceland | | Icelandic; Icelanders
Australia | | Australian; Australians
New Zealand | | New Zealander; New Zealanders
Indonesia | | Indonesian; Indonesians
Malaysia | | Malaysian; Malaysians
Philippines | the Philippines | Filipino; Filipinos; Philippine
Vietnam | Viet Nam | Vietnamese
Thailand | | Thai; Thais
Myanmar | Burma | Burmese
Bangladesh | | Bangladeshi; Bangladeshis
Sri Lanka | | Sri Lankan; Sri Lankans
Nepal | | Nepalese; Nepali
Singapore | | Singaporean; Singaporeans
Taiwan | Republic of China | Taiwanese
Mongolia | | Mongolian; Mongolians
South Africa | | South African; South Africans
Nigeria | | Nigerian; Nigerians
Kenya | | Kenyan; Kenyans
Ethiopia | | Ethiopian; Ethiopians
Somalia | | Somali; Somalis
Sudan | | Sudanese
South Sudan | | South Sudanese
Algeria | | Algerian; Algerians
Morocco | | Moroccan; Moroccans
Tunisia | | Tunisian; Tunisians
Mali | | Malian; Malians
Niger | | Nigerien; Nigeriens
Chad | | Chadian; Chadians
Congo | Democratic Republic of Congo; Democratic Republic of the Congo; DRC; DR Congo | Congolese
Rwanda | | Rwandan; Rwandans
Uganda | | Ugandan; Ugandans
Tanzania | | Tanzanian; Tanzanians
Zimbabwe | | Zimbabwean; Zimbabweans
Ghana | | Ghanaian; Ghanaians
Haiti | | Haitian; Haitians
Vatican | Holy See; Vatican City |
Soviet Union | USSR; U.S.S.R. | Soviet; Soviets
Middle East | Mideast |
Europe | | European; Europeans
Asia | | Asian; Asians
Africa | | African; Africans
Latin America | | Latin American; Latin Americans
Gulf | Persian Gulf; Arabian Gulf | Gulf Arab
Crimea | Crimean Peninsula | Crimean
Kurdistan | Iraqi Kurdistan | Kurdish; Kurd; Kurds
Gaza | Gaza Strip |
West Bank | |
`;

/** Organisations: `name | aliases`. */
const ORGANISATIONS = `
United Nations | UN; U.N.
UN Security Council | Security Council; U.N. Security Council; United Nations Security Council; UNSC
UN General Assembly | General Assembly; U.N. General Assembly; United Nations General Assembly
NATO | North Atlantic Treaty Organization; Nato
European Union | EU; E.U.
State Department | U.S. State Department; US State Department; Department of State
Pentagon | Defense Department; Department of Defense
White House |
Kremlin |
Congress | U.S. Congress; US Congress
Senate | U.S. Senate; US Senate
House of Representatives |
Supreme Court | U.S. Supreme Court
CIA | Central Intelligence Agency
FBI | Federal Bureau of Investigation
Justice Department | Department of Justice; DOJ
Homeland Security | Department of Homeland Security; DHS
Democratic Party | Democrats
Republican Party | GOP; Republicans
Islamic State | ISIS; ISIL; Daesh; IS
al-Qaeda | al Qaeda; Al-Qaeda; Al Qaeda
Hezbollah |
Hamas |
Taliban |
Free Syrian Army | FSA
Syrian Observatory for Human Rights |
OPCW | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons
World Health Organization | WHO; World Health Organisation
International Monetary Fund | IMF
World Bank |
World Trade Organization | WTO
OPEC | Organization of the Petroleum Exporting Countries
Group of Seven | G7; G-7
Group of 20 | G20; G-20
Red Cross | International Committee of the Red Cross; ICRC
Amnesty International |
Human Rights Watch |
Council on Foreign Relations |
Atlantic Council |
Associated Press | AP
Reuters |
Agence France-Presse | AFP
BBC | British Broadcasting Corporation
CNN |
Fox News |
Fox Business Network | Fox Business News; Fox Business
New York Times | The New York Times; NYT
Washington Post | The Washington Post
Wall Street Journal | WSJ
New York Post |
Al Jazeera |
TASS | Tass
RIA Novosti |
Interfax |
Sputnik |
RT | Russia Today
Xinhua |
CGTN |
NPR | National Public Radio
Politico |
Breitbart News | Breitbart
`;

/** One gazetteer entry. */
export interface GazetteerEntry {
  name: string;
  type: 'place' | 'organisation';
  aliases: readonly string[];
  demonyms: readonly string[];
}

function parse(table: string, type: GazetteerEntry['type']): GazetteerEntry[] {
  const list = (field: string | undefined) =>
    (field ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return table
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, aliases, demonyms] = line.split('|');
      return { name: name!.trim(), type, aliases: list(aliases), demonyms: list(demonyms) };
    });
}

/** Every entry of the gazetteer, countries first. */
export const GAZETTEER: readonly GazetteerEntry[] = [
  ...parse(COUNTRIES, 'place'),
  ...parse(ORGANISATIONS, 'organisation'),
];
