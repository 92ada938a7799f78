import type { SourceType } from "./source-type";

export interface BuiltinSource {
  name: string;
  type: SourceType;
  aliases: string[];
}

const s = (name: string, type: SourceType, ...aliases: string[]): BuiltinSource => ({ name, type, aliases });

/** The common sources of German and English news, with the names both languages use for them. */
const NAMED_SOURCES: BuiltinSource[] = [
  // News agencies
  s(
    "Associated Press",
    "news_agency",
    "AP",
    "AP News",
    "Associated Press",
    "The Associated Press",
    "Nachrichtenagentur AP",
    "US-Nachrichtenagentur AP",
    "AP-Nachrichtenagentur",
  ),
  s("Reuters", "news_agency", "Reuters", "Thomson Reuters", "Nachrichtenagentur Reuters"),
  s(
    "Agence France-Presse",
    "news_agency",
    "AFP",
    "Agence France-Presse",
    "Agence France Presse",
    "Nachrichtenagentur AFP",
    "französische Nachrichtenagentur AFP",
  ),
  s(
    "Deutsche Presse-Agentur",
    "news_agency",
    "dpa",
    "Deutsche Presse-Agentur",
    "Nachrichtenagentur dpa",
    "Deutsche Presse Agentur",
  ),
  s("Bloomberg", "news_agency", "Bloomberg", "Bloomberg News", "Nachrichtenagentur Bloomberg"),
  s(
    "Yonhap",
    "news_agency",
    "Yonhap",
    "Yonhap News Agency",
    "Nachrichtenagentur Yonhap",
    "südkoreanische Nachrichtenagentur Yonhap",
  ),
  s(
    "Korean Central News Agency",
    "news_agency",
    "KCNA",
    "Korean Central News Agency",
    "nordkoreanische Staatsagentur KCNA",
    "Staatsagentur KCNA",
  ),
  s(
    "TASS",
    "news_agency",
    "TASS",
    "Tass",
    "Nachrichtenagentur Tass",
    "Staatsagentur Tass",
    "russische Nachrichtenagentur Tass",
  ),
  s("RIA Novosti", "news_agency", "RIA Novosti", "RIA", "Nachrichtenagentur RIA Nowosti", "RIA Nowosti"),
  s("Interfax", "news_agency", "Interfax", "Nachrichtenagentur Interfax"),
  s("Xinhua", "news_agency", "Xinhua", "Nachrichtenagentur Xinhua", "Staatsagentur Xinhua"),
  s("ANSA", "news_agency", "ANSA"),
  s("Kyodo News", "news_agency", "Kyodo", "Kyodo News"),
  s("Evangelischer Pressedienst", "news_agency", "epd", "Evangelischer Pressedienst"),
  s("Katholische Nachrichten-Agentur", "news_agency", "KNA", "Katholische Nachrichten-Agentur"),
  s("Agence Europe", "news_agency", "Agence Europe"),
  // Newspapers and magazines
  s("The Guardian", "newspaper", "The Guardian", "Guardian", "britische Zeitung The Guardian", "britische Guardian"),
  s("The New York Times", "newspaper", "The New York Times", "New York Times", "NYT", "NY Times"),
  s("The Washington Post", "newspaper", "The Washington Post", "Washington Post"),
  s("The Wall Street Journal", "newspaper", "The Wall Street Journal", "Wall Street Journal", "WSJ"),
  s("Financial Times", "newspaper", "Financial Times", "FT"),
  s("The Times", "newspaper", "The Times", "Times of London"),
  s("The Telegraph", "newspaper", "The Telegraph", "Daily Telegraph"),
  s("The Economist", "newspaper", "The Economist", "Economist"),
  s("Politico", "newspaper", "Politico", "POLITICO", "Politico Europe"),
  s("Axios", "newspaper", "Axios"),
  s("USA Today", "newspaper", "USA Today"),
  s("Los Angeles Times", "newspaper", "Los Angeles Times", "LA Times"),
  s("Der Spiegel", "newspaper", "Der Spiegel", "Spiegel", "Spiegel Online", "SPIEGEL"),
  s("Süddeutsche Zeitung", "newspaper", "Süddeutsche Zeitung", "SZ", "Süddeutsche"),
  s(
    "Frankfurter Allgemeine Zeitung",
    "newspaper",
    "Frankfurter Allgemeine Zeitung",
    "FAZ",
    "F.A.Z.",
    "Frankfurter Allgemeine",
  ),
  s("Die Zeit", "newspaper", "Die Zeit", "Zeit Online", "ZEIT"),
  s("Die Welt", "newspaper", "Die Welt", "Welt", "WELT", "Welt am Sonntag"),
  s("Bild", "newspaper", "Bild", "Bild-Zeitung", "BILD", "Bild am Sonntag"),
  s("Handelsblatt", "newspaper", "Handelsblatt"),
  s("taz", "newspaper", "taz", "die tageszeitung"),
  s("Neue Zürcher Zeitung", "newspaper", "Neue Zürcher Zeitung", "NZZ"),
  s("Der Standard", "newspaper", "Der Standard", "Standard"),
  s("Le Monde", "newspaper", "Le Monde"),
  s("Kyiv Independent", "newspaper", "Kyiv Independent", "The Kyiv Independent"),
  s("Korea Herald", "newspaper", "Korea Herald", "The Korea Herald"),
  s("Kommersant", "newspaper", "Kommersant", "Kommersant"),
  // Broadcasters
  s("BBC", "broadcaster", "BBC", "BBC News", "British Broadcasting Corporation", "britische Sender BBC"),
  s("CNN", "broadcaster", "CNN", "US-Sender CNN"),
  s("NBC News", "broadcaster", "NBC", "NBC News"),
  s("CBS News", "broadcaster", "CBS", "CBS News"),
  s("ABC News", "broadcaster", "ABC", "ABC News"),
  s("Fox News", "broadcaster", "Fox News", "Fox"),
  s("NPR", "broadcaster", "NPR", "National Public Radio"),
  s("Al Jazeera", "broadcaster", "Al Jazeera", "Al-Dschasira", "Al Dschasira", "Sender Al-Dschasira"),
  s("ARD", "broadcaster", "ARD", "Tagesschau", "tagesschau.de", "ARD-Tagesschau"),
  s("ZDF", "broadcaster", "ZDF", "heute journal"),
  s("Deutsche Welle", "broadcaster", "Deutsche Welle", "DW"),
  s("Deutschlandfunk", "broadcaster", "Deutschlandfunk", "DLF"),
  s("NDR", "broadcaster", "NDR"),
  s("WDR", "broadcaster", "WDR"),
  s("BR", "broadcaster", "Bayerischer Rundfunk", "BR"),
  s("ORF", "broadcaster", "ORF"),
  s("SRF", "broadcaster", "SRF"),
  s("Euronews", "broadcaster", "Euronews"),
  s("KBS", "broadcaster", "KBS"),
  s("RT", "broadcaster", "RT", "Russia Today"),
  // Think tanks and research
  s(
    "Center for Strategic & International Studies",
    "think_tank",
    "Center for Strategic & International Studies",
    "Center for Strategic and International Studies",
    "CSIS",
  ),
  s("Brookings Institution", "think_tank", "Brookings Institution", "Brookings"),
  s("RAND Corporation", "think_tank", "RAND", "RAND Corporation"),
  s(
    "Institute for the Study of War",
    "think_tank",
    "Institute for the Study of War",
    "ISW",
    "US-Denkfabrik ISW",
    "Denkfabrik ISW",
  ),
  s("Council on Foreign Relations", "think_tank", "Council on Foreign Relations", "CFR"),
  s("Chatham House", "think_tank", "Chatham House"),
  s(
    "International Institute for Strategic Studies",
    "think_tank",
    "International Institute for Strategic Studies",
    "IISS",
  ),
  s(
    "Stockholm International Peace Research Institute",
    "think_tank",
    "Stockholm International Peace Research Institute",
    "SIPRI",
    "Friedensforschungsinstitut Sipri",
    "Sipri",
  ),
  s("Stiftung Wissenschaft und Politik", "think_tank", "Stiftung Wissenschaft und Politik", "SWP"),
  s(
    "Kiel Institut für Weltwirtschaft",
    "think_tank",
    "Kiel Institut für Weltwirtschaft",
    "IfW Kiel",
    "Kiel Institute for the World Economy",
    "Institut für Weltwirtschaft",
  ),
  s("ifo Institut", "think_tank", "ifo Institut", "Ifo-Institut", "ifo", "Ifo"),
  s("Deutsches Institut für Wirtschaftsforschung", "think_tank", "Deutsches Institut für Wirtschaftsforschung", "DIW"),
  s("Pew Research Center", "think_tank", "Pew Research Center", "Pew"),
  s("Heritage Foundation", "think_tank", "Heritage Foundation"),
  s(
    "Carnegie Endowment for International Peace",
    "think_tank",
    "Carnegie Endowment for International Peace",
    "Carnegie Endowment",
  ),
  s("38 North", "think_tank", "38 North"),
  // Intelligence services
  s(
    "National Intelligence Service (South Korea)",
    "intelligence_service",
    "NIS",
    "National Intelligence Service",
    "South Korea's National Intelligence Service",
    "South Korea's intelligence service",
    "South Korea's spy agency",
    "South Korean intelligence",
    "Geheimdienst Südkoreas",
    "südkoreanischer Geheimdienst",
    "südkoreanische Geheimdienst",
    "Südkoreas Geheimdienst",
    "Nationale Geheimdienst Südkoreas",
    "Nationaler Nachrichtendienst Südkoreas",
  ),
  s(
    "Ukrainian intelligence",
    "intelligence_service",
    "ukrainischer Geheimdienst",
    "ukrainische Geheimdienst",
    "Geheimdienst der Ukraine",
    "ukrainischer Militärgeheimdienst",
    "ukrainische Militärgeheimdienst",
    "HUR",
    "Ukrainian intelligence",
    "Ukraine's intelligence service",
    "Ukrainian military intelligence",
    "Ukraine's military intelligence",
    "SBU",
    "Security Service of Ukraine",
    "ukrainische Inlandsgeheimdienst SBU",
  ),
  s("Central Intelligence Agency", "intelligence_service", "CIA", "Central Intelligence Agency", "US-Geheimdienst CIA"),
  s("Federal Bureau of Investigation", "government", "FBI", "Federal Bureau of Investigation"),
  s(
    "Bundesnachrichtendienst",
    "intelligence_service",
    "BND",
    "Bundesnachrichtendienst",
    "deutscher Auslandsgeheimdienst",
    "deutsche Auslandsgeheimdienst",
  ),
  s(
    "Bundesamt für Verfassungsschutz",
    "intelligence_service",
    "Verfassungsschutz",
    "Bundesamt für Verfassungsschutz",
    "BfV",
  ),
  s("MI6", "intelligence_service", "MI6", "Secret Intelligence Service"),
  s("MI5", "intelligence_service", "MI5"),
  s(
    "Federal Security Service (Russia)",
    "intelligence_service",
    "FSB",
    "russischer Inlandsgeheimdienst FSB",
    "russische Inlandsgeheimdienst FSB",
  ),
  s("Mossad", "intelligence_service", "Mossad"),
  // International bodies
  s("United Nations", "organization", "UN", "UNO", "Vereinte Nationen", "Vereinten Nationen", "United Nations", "U.N."),
  s("NATO", "organization", "NATO", "Nato", "North Atlantic Treaty Organization", "Militärbündnis Nato"),
  s("European Union", "organization", "EU", "Europäische Union", "European Union"),
  s("European Commission", "organization", "European Commission", "EU-Kommission", "Europäische Kommission", "Brüssel"),
  s(
    "International Monetary Fund",
    "organization",
    "IMF",
    "IWF",
    "Internationaler Währungsfonds",
    "International Monetary Fund",
  ),
  s("World Bank", "organization", "World Bank", "Weltbank"),
  s("World Health Organization", "organization", "WHO", "World Health Organization", "Weltgesundheitsorganisation"),
  s(
    "International Atomic Energy Agency",
    "organization",
    "IAEA",
    "IAEO",
    "International Atomic Energy Agency",
    "Internationale Atomenergiebehörde",
  ),
  s(
    "International Criminal Court",
    "organization",
    "ICC",
    "IStGH",
    "International Criminal Court",
    "Internationaler Strafgerichtshof",
  ),
  s("Amnesty International", "organization", "Amnesty International", "Amnesty"),
  s("Human Rights Watch", "organization", "Human Rights Watch", "HRW"),
  s("Red Cross", "organization", "Red Cross", "Rotes Kreuz", "ICRC", "IKRK", "Internationales Komitee vom Roten Kreuz"),
  s("OSCE", "organization", "OSCE", "OSZE"),
  s("European Central Bank", "government", "ECB", "EZB", "European Central Bank", "Europäische Zentralbank"),
  s("Federal Reserve", "government", "Federal Reserve", "Fed", "US-Notenbank", "US-Notenbank Fed"),
  s("Deutsche Bundesbank", "government", "Bundesbank", "Deutsche Bundesbank"),
  s("Statistisches Bundesamt", "government", "Statistisches Bundesamt", "Destatis"),
  s("Robert Koch-Institut", "government", "Robert Koch-Institut", "RKI", "Robert-Koch-Institut"),
  s(
    "Pentagon",
    "government",
    "Pentagon",
    "U.S. Department of Defense",
    "US-Verteidigungsministerium",
    "Department of Defense",
  ),
  s("White House", "government", "White House", "Weißes Haus", "Weiße Haus"),
  s("Kremlin", "government", "Kremlin", "Kreml"),
  s(
    "U.S. State Department",
    "government",
    "State Department",
    "U.S. State Department",
    "US-Außenministerium",
    "Department of State",
  ),
];

/** Countries with the adjective forms newspapers use; each yields its government and main ministries. */
/**
 * Countries with the adjective forms newspapers use; each yields its government (also named by the country, its
 * German name and its capital when they speak: "Seoul: …", "Russia denied …", "Moskau erklärte …") and ministries.
 */
const COUNTRIES: [en: string, enAdj: string, deGenitive: string, deAdjStem: string, metonyms: string[]][] = [
  ["South Korea", "South Korean", "Südkoreas", "südkoreanisch", ["South Korea", "Südkorea", "Seoul"]],
  [
    "North Korea",
    "North Korean",
    "Nordkoreas",
    "nordkoreanisch",
    ["North Korea", "Nordkorea", "Pyongyang", "Pjöngjang"],
  ],
  ["Russia", "Russian", "Russlands", "russisch", ["Russia", "Russland", "Moscow", "Moskau"]],
  ["Ukraine", "Ukrainian", "der Ukraine", "ukrainisch", ["Ukraine", "Kyiv", "Kiew", "Kiev"]],
  [
    "Germany",
    "German",
    "Deutschlands",
    "deutsch",
    ["Germany", "Deutschland", "Berlin", "Bundesregierung", "Bundeskanzleramt"],
  ],
  ["United States", "U.S.", "der USA", "amerikanisch", ["United States", "USA", "US", "Washington"]],
  ["China", "Chinese", "Chinas", "chinesisch", ["China", "Beijing", "Peking"]],
  ["Japan", "Japanese", "Japans", "japanisch", ["Japan", "Tokyo", "Tokio"]],
  ["France", "French", "Frankreichs", "französisch", ["France", "Frankreich", "Paris"]],
  [
    "United Kingdom",
    "British",
    "Großbritanniens",
    "britisch",
    ["Britain", "Großbritannien", "London", "Downing Street"],
  ],
  ["Israel", "Israeli", "Israels", "israelisch", ["Israel", "Jerusalem"]],
  ["Iran", "Iranian", "Irans", "iranisch", ["Iran", "Tehran", "Teheran"]],
  ["Poland", "Polish", "Polens", "polnisch", ["Poland", "Polen", "Warsaw", "Warschau"]],
  ["Turkey", "Turkish", "der Türkei", "türkisch", ["Turkey", "Türkei", "Ankara"]],
  ["Italy", "Italian", "Italiens", "italienisch", ["Italy", "Italien", "Rome", "Rom"]],
  ["Austria", "Austrian", "Österreichs", "österreichisch", ["Austria", "Österreich", "Vienna", "Wien"]],
  ["Switzerland", "Swiss", "der Schweiz", "schweizerisch", ["Switzerland", "Schweiz", "Bern"]],
  ["India", "Indian", "Indiens", "indisch", ["India", "Indien", "New Delhi", "Neu-Delhi"]],
  ["Belarus", "Belarusian", "von Belarus", "belarussisch", ["Belarus", "Minsk"]],
];

/**
 * The words that name each country, its capital or its genitive ("Südkoreas", "Seoul"), with the country's name in
 * English and German: what "the country" / "das Land" can refer back to.
 */
export const COUNTRY_NAMES: { words: string[]; en: string; de: string }[] = COUNTRIES.map(
  ([en, , deGen, , metonyms]) => ({
    words: [...metonyms, deGen.replace(/^(der|von) /, "")],
    en,
    de: metonyms[1]!,
  }),
);

const MINISTRIES: [enName: string, enAliases: string[], deNoun: string][] = [
  ["government", ["government"], "Regierung"],
  ["Ministry of Foreign Affairs", ["foreign ministry", "Ministry of Foreign Affairs"], "Außenministerium"],
  [
    "Ministry of Defence",
    ["defence ministry", "defense ministry", "Ministry of Defence", "Ministry of Defense"],
    "Verteidigungsministerium",
  ],
];

function countrySources(): BuiltinSource[] {
  return COUNTRIES.flatMap(([en, enAdj, deGen, deAdj, metonyms]) =>
    MINISTRIES.map(([enName, enAliases, deNoun], i) => {
      // German adjective endings are folded by the normaliser, so the stem + "e" covers every case form.
      const aliases = [...enAliases.map((a) => `${enAdj} ${a}`), ...enAliases.map((a) => `${en}'s ${a}`)];
      aliases.push(`${deAdj}e ${deNoun}`, `${deNoun} ${deGen}`);
      if (i === 0) aliases.push(...metonyms);
      return s(`${enAdj.replace("U.S.", "United States")} ${enName}`, "government", ...aliases);
    }),
  );
}

export const BUILTIN_SOURCES: BuiltinSource[] = [...NAMED_SOURCES, ...countrySources()];
