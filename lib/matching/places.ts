import type { LexiconEntry } from "./lexicon";

/**
 * The world's countries and the regions and cities the news names, each with its English and German names, for the
 * lexicon's entities (lexicon.ts keeps the hand-written entries with more to them: "Kreml", "the Pentagon", the
 * bodies). Without them "Italien" and "Italy" are two unknown words, and "München" and "Munich" two places that keep
 * two claims apart. Which are listed: every country of the UN with a German name of its own or in the news of the
 * last years; the German states and largest cities; the regions and cities German writes in its own way (Mailand,
 * Krakau, Lemberg) or that foreign news names most. A name that is also a common word is left out ("Essen", "Halle",
 * German "Island": forms are looked for in texts of both languages) or written to be read only as written ("=Nice",
 * "=Chad"). A capital ("@rome") stands for its country, as the hand-written entries have it ("Rom erklärte …"), and is
 * a city too.
 *
 * One line per place: label | English forms | German forms, comma-separated, in the lexicon's notation ("italian*"
 * for a word that begins so, "=Chad" for exactly that spelling); a plain name also matches with its possessive
 * ("Italy's") or genitive ("Italiens"). A region or city names its country after its label: "Munich > germany".
 */
const COUNTRIES = `
Afghanistan | afghanistan, afghan*, @kabul | afghanistan, afghanisch*, @kabul
Albania | albania, albanian*, @tirana | albanien, albanisch*, @tirana
Algeria | algeria, algerian*, @algiers | algerien, algerisch*, @algier
Angola | angola, angolan*, @luanda | angola, angolanisch*, @luanda
Argentina | argentin*, @buenos aires | argentinien, argentinisch*, @buenos aires
Armenia | armenia, armenian*, @yerevan | armenien, armenisch*, @eriwan, @jerewan
Australia | australia, australian*, @canberra | australien, australisch*, @canberra
Austria | austria, austrian*, @vienna | österreich*, @wien
Azerbaijan | azerbaijan*, azeri*, @baku | aserbaidschan*, @baku
Bahrain | bahrain* | bahrain*
Bangladesh | bangladesh* | bangladesch*
Belgium | belgium, belgian* | belgien, belgisch*
Bolivia | bolivia* | bolivien, bolivianisch*
Bosnia and Herzegovina | bosnia*, bosnian*, @sarajevo | bosnien*, bosnisch*, @sarajevo
Brazil | brazil*, @brasilia, @brasília | brasilien, brasilianisch*, @brasília
Bulgaria | bulgaria* | bulgarien, bulgarisch*
Burkina Faso | burkina faso | burkina faso
Cambodia | cambodia*, @phnom penh | kambodscha*, @phnom penh
Cameroon | cameroon* | kamerun*
Canada | canada, canadian*, @ottawa | kanada, kanadisch*, @ottawa
Chad | =Chad, =Chadian | tschad*
Chile | chile, chilean* | chile, chilenisch*
Colombia | colombia*, @bogota, @bogotá | kolumbien, kolumbianisch*, @bogotá
Congo | congo*, @kinshasa | kongo*, @kinshasa
Croatia | croatia*, croat, croats, @zagreb | kroatien, kroatisch*, @zagreb
Cuba | cuba, cuban*, @havana | kuba, kubanisch*, @havanna
Cyprus | cyprus, cypriot*, @nicosia | zypern, zypriot*, zyprisch*, @nikosia
Czech Republic | czech*, @prague | tschechien, tschechisch*, @prag
Denmark | denmark, danish, @copenhagen | dänemark, dänisch*, @kopenhagen
Ecuador | ecuador* | ecuador*
Egypt | egypt*, @cairo | ägypten, ägyptisch*, @kairo
Eritrea | eritrea* | eritrea*
Estonia | estonia*, @tallinn | estland, estnisch*, @tallinn
Ethiopia | ethiopia*, @addis ababa | äthiopien, äthiopisch*, @addis abeba
Finland | finland, finnish, @helsinki | finnland, finnisch*, @helsinki
Ghana | ghana*, @accra | ghana*, @accra
Greece | greece, greek*, @athens | griechenland, griechisch*, @athen
Greenland | greenland* | grönland*
Guatemala | guatemala* | guatemala*
Haiti | haiti* | haiti*
Hungary | hungary, hungarian*, @budapest | ungarn, ungarisch*, @budapest
Iceland | iceland*, icelandic, @reykjavik | isländisch*, @reykjavík, @reykjavik
India | india, indian, indians, @new delhi, @delhi | indien, indisch*, @neu delhi, @delhi
Indonesia | indonesia*, @jakarta | indonesien, indonesisch*, @jakarta
Iraq | iraq*, @baghdad | irak*, @bagdad
Ireland | ireland, irish, @dublin | irland, irisch*, @dublin
Italy | italy, italian*, @rome | italien*, @rom
Ivory Coast | ivory coast, ivorian*, @abidjan | elfenbeinküste, ivorisch*, @abidjan
Jordan | =Jordan, jordanian*, @amman | jordanien, jordanisch*, @amman
Kazakhstan | kazakh*, @astana | kasachstan, kasachisch*, @astana
Kenya | kenya*, @nairobi | kenia, kenianisch*, @nairobi
Kosovo | kosovo*, @pristina | kosovo*, @pristina
Kuwait | kuwait* | kuwait*
Kyrgyzstan | kyrgyz*, @bishkek | kirgisistan, kirgisisch*, @bischkek
Latvia | latvia*, @riga | lettland, lettisch*, @riga
Libya | libya*, @tripoli | libyen, libysch*, @tripolis
Lithuania | lithuania*, @vilnius | litauen, litauisch*, @vilnius, @wilna
Luxembourg | luxembourg* | luxemburg*
Malaysia | malaysia*, @kuala lumpur | malaysia*, malaysisch*, @kuala lumpur
Mali | =Mali, malian*, @bamako | =Mali, malisch*, @bamako
Malta | malta, maltese, @valletta | malta, maltesisch*, @valletta
Mexico | mexico, mexican* | mexiko*, mexikanisch*
Moldova | moldova*, moldovan*, @chisinau | moldau, moldawien, moldauisch*, moldawisch*, @chisinau
Mongolia | mongolia*, @ulaanbaatar | mongolei, mongolisch*, @ulan bator
Montenegro | montenegr*, @podgorica | montenegr*, @podgorica
Morocco | morocc*, @rabat | marokko, marokkanisch*, @rabat
Mozambique | mozambique* | mosambik*
Myanmar | myanmar*, burma, burmese | myanmar*, birma
Namibia | namibia* | namibia*, namibisch*
Nepal | nepal*, @kathmandu | nepal*, @kathmandu
Netherlands | netherlands, dutch, holland, @amsterdam | niederlande, niederländisch*, holland, @amsterdam
New Zealand | new zealand* | neuseeland*
Nicaragua | nicaragua* | nicaragua*
Niger | =Niger, @niamey | =Niger, @niamey
Nigeria | nigeria*, @abuja | nigeria*, @abuja
North Macedonia | macedonia*, @skopje | nordmazedonien*, mazedonien*, mazedonisch*, @skopje
Norway | norway, norwegian*, @oslo | norwegen, norwegisch*, @oslo
Oman | =Oman, omani*, @muscat | =Oman, @maskat
Pakistan | pakistan*, @islamabad | pakistan*, @islamabad
Panama | panama* | panama*
Paraguay | paraguay* | paraguay*
Peru | peru, peruvian*, @lima | peru, peruanisch*, @lima
Philippines | philippine*, filipino*, @manila | philippinen, philippinisch*, @manila
Portugal | portugal, portuguese, @lisbon | portugal, portugiesisch*, @lissabon
Qatar | qatar*, @doha | katar*, @doha
Romania | romania*, @bucharest | rumänien, rumänisch*, @bukarest
Rwanda | rwanda*, @kigali | ruanda*, @kigali
Saudi Arabia | saudi*, @riyadh | saudi*, @riad
Senegal | senegal*, @dakar | senegal*, @dakar
Serbia | serbia*, serb, serbs, @belgrade | serbien, serbisch*, serbe, serben, @belgrad
Singapore | singapore* | singapur*
Slovakia | slovak*, @bratislava | slowakei, slowakisch*, @bratislava
Slovenia | slovenia*, slovene*, @ljubljana | slowenien, slowenisch*, @ljubljana
Somalia | somalia*, @mogadishu | somalia*, somalisch*, @mogadischu
South Africa | south africa*, @pretoria | südafrika*, @pretoria
South Sudan | south sudan*, @juba | südsudan*, @juba
Spain | spain, spanish, spaniard*, @madrid | spanien, spanisch*, @madrid
Sri Lanka | sri lanka*, @colombo | sri lanka*, @colombo
Sudan | sudan, sudanese, @khartoum | sudan, sudanesisch*, @khartum
Sweden | sweden, swedish, swede, swedes, @stockholm | schweden, schwedisch*, @stockholm
Switzerland | switzerland, swiss, @bern, @berne | schweiz, schweizer*, schweizerisch*, @bern
Tajikistan | tajik*, dushanbe | tadschikistan, tadschikisch*
Tanzania | tanzania* | tansania*
Thailand | thailand*, thai, @bangkok | thailand*, thailändisch*, @bangkok
Tunisia | tunisia*, @tunis | tunesien, tunesisch*, @tunis
Turkmenistan | turkmen* | turkmenistan*, turkmenisch*
Uganda | uganda*, @kampala | uganda*, @kampala
United Arab Emirates | united arab emirates, emirati*, =UAE, @abu dhabi | vereinigte arabische emirate, vereinigten arabischen emiraten, =VAE, @abu dhabi
Uruguay | uruguay*, @montevideo | uruguay*, @montevideo
Uzbekistan | uzbek*, @tashkent | usbekistan, usbekisch*, @taschkent
Vatican | vatican* | vatikan*
Venezuela | venezuela*, @caracas | venezuela*, venezolanisch*, @caracas
Vietnam | vietnam*, @hanoi | vietnam*, @hanoi
Yemen | yemen*, @sanaa | jemen*, @sanaa
Zambia | zambia* | sambia*
Zimbabwe | zimbabwe*, @harare | simbabwe*, @harare
`;

const REGIONS_AND_CITIES = `
Moscow > russia | moscow* | moskau*
Kyiv > ukraine | kyiv*, kiev* | kiew*, kyjiw*
Seoul > south_korea | seoul* | seoul, seouls
Pyongyang > north_korea | pyongyang* | pjöngjang, pjöngjangs
Washington > united_states | washington* | washington*
Beijing > china | beijing* | peking*
Berlin > germany | berlin* | berlin*
Paris > france | paris* | paris*
London > united_kingdom | london* | london*
Tokyo > japan | tokyo* | tokio*
Taipei > taiwan | taipei* | taipeh*
Jerusalem > israel | jerusalem* | jerusalem*
Tehran > iran | tehran* | teheran*
Damascus > syria | damascus* | damaskus*
Ankara > turkey | ankara* | ankara*
Warsaw > poland | warsaw* | warschau*
Minsk > belarus | minsk* | minsk*
Beirut > lebanon | beirut* | beirut*
Tbilisi > georgia | tbilisi* | tiflis*
Dubai > united_arab_emirates | dubai | dubai
The Hague > netherlands | hague | haag
Bavaria > germany | bavaria* | bayern*, bayerisch*
Baden-Württemberg > germany | baden württemberg | baden württemberg
Saxony > germany | saxony | sachsen, sächsisch*
Lower Saxony > germany | lower saxony | niedersachsen*
North Rhine-Westphalia > germany | north rhine westphalia, =NRW | nordrhein westfalen, =NRW
Hesse > germany | hesse | hessen*, hessisch*
Thuringia > germany | thuringia* | thüringen*, thüringisch*
Brandenburg > germany | brandenburg* | brandenburg*
Rhineland-Palatinate > germany | rhineland palatinate | rheinland pfalz
Schleswig-Holstein > germany | schleswig holstein | schleswig holstein
Mecklenburg-Western Pomerania > germany | mecklenburg* | mecklenburg*
Saarland > germany | saarland* | saarland*
Hamburg > germany | hamburg | hamburg, =Hamburger
Bremen > germany | bremen | bremen
Munich > germany | munich* | münchen*, münchner*
Cologne > germany | cologne | köln*, kölner*
Frankfurt > germany | frankfurt* | frankfurt*
Stuttgart > germany | stuttgart* | stuttgart*
Düsseldorf > germany | düsseldorf*, dusseldorf* | düsseldorf*
Dortmund > germany | dortmund* | dortmund*
Leipzig > germany | leipzig* | leipzig*
Dresden > germany | dresden* | dresden*
Hanover > germany | hanover | hannover*
Nuremberg > germany | nuremberg | nürnberg*
Duisburg > germany | duisburg* | duisburg*
Bochum > germany | bochum* | bochum*
Bonn > germany | bonn | bonn
Mannheim > germany | mannheim* | mannheim*
Karlsruhe > germany | karlsruhe* | karlsruhe*
Wiesbaden > germany | wiesbaden* | wiesbaden*
Kiel > germany | kiel | kiel
Magdeburg > germany | magdeburg* | magdeburg*
Rostock > germany | rostock* | rostock*
Potsdam > germany | potsdam* | potsdam*
Erfurt > germany | erfurt* | erfurt*
Mainz > germany | mainz | mainz
Graz > austria | graz | graz
Linz > austria | linz | linz
Salzburg > austria | salzburg* | salzburg*
Innsbruck > austria | innsbruck* | innsbruck*
Zurich > switzerland | zurich, zürich | zürich*
Geneva > switzerland | geneva | genf*
Basel > switzerland | basel | basel
Milan > italy | milan | mailand*
Naples > italy | naples | neapel*
Venice > italy | venice | venedig*
Florence > italy | =Florence | florenz*
Turin > italy | turin | turin
Genoa > italy | genoa | genua
Sicily > italy | sicily, sicilian* | sizilien*, sizilianisch*
Sardinia > italy | sardinia* | sardinien*
Lampedusa > italy | lampedusa* | lampedusa*
Marseille > france | marseille* | marseille*
Lyon > france | lyon | lyon
Strasbourg > france | strasbourg | straßburg*, strassburg*
Nice > france | =Nice | nizza
Corsica > france | corsica* | korsika*
Normandy > france | normandy | normandie
Brittany > france | brittany | bretagne
Barcelona > spain | barcelona* | barcelona*
Valencia > spain | valencia* | valencia*
Seville > spain | seville | sevilla
Catalonia > spain | catalonia*, catalan* | katalonien*, katalanisch*
Andalusia > spain | andalusia* | andalusien*
Mallorca > spain | mallorca*, majorca* | mallorca*
Canary Islands > spain | canary islands, canaries | kanarische inseln, kanaren
Scotland > united_kingdom | scotland, scottish | schottland, schottisch*
Wales > united_kingdom | wales, welsh | wales, walisisch*
England > united_kingdom | england | england
Northern Ireland > united_kingdom | northern ireland | nordirland*
Birmingham > united_kingdom | birmingham | birmingham
Manchester > united_kingdom | manchester | manchester
Glasgow > united_kingdom | glasgow | glasgow
Liverpool > united_kingdom | liverpool | liverpool
Edinburgh > united_kingdom | edinburgh | edinburgh
Krakow > poland | krakow, kraków, cracow | krakau*
Gdansk > poland | gdansk, gdańsk | danzig*
Wroclaw > poland | wroclaw, wrocław | breslau*
Brno > czech_republic | brno | brünn
St Petersburg > russia | petersburg* | petersburg*
Siberia > russia | siberia* | sibirien*, sibirisch*
Chechnya > russia | chechnya, chechen* | tschetschenien*, tschetschenisch*
Dagestan > russia | dagestan* | dagestan*
Belgorod > russia | belgorod* | belgorod*
Bryansk > russia | bryansk* | brjansk*
Kaliningrad > russia | kaliningrad* | kaliningrad*, königsberg*
Lviv > ukraine | lviv, lvov | lwiw, lemberg
Dnipro > ukraine | dnipro* | dnipro*
Mariupol > ukraine | mariupol* | mariupol*
Bakhmut > ukraine | bakhmut | bachmut
Sumy > ukraine | sumy | sumy
Chernihiv > ukraine | chernihiv | tschernihiw
Mykolaiv > ukraine | mykolaiv | mykolajiw
Luhansk > ukraine | luhansk, lugansk | luhansk
Pokrovsk > ukraine | pokrovsk | pokrowsk
Chernobyl > ukraine | chernobyl | tschernobyl
Tel Aviv > israel | tel aviv | tel aviv
Golan Heights > israel | golan | golan
Rafah > gaza | rafah | rafah
Khan Younis > gaza | khan younis, khan yunis | chan junis
Aleppo > syria | aleppo | aleppo
Idlib > syria | idlib | idlib
Mosul > iraq | mosul | mossul
Mecca > saudi_arabia | mecca | mekka
Shanghai > china | shanghai | shanghai, schanghai
Hong Kong > china | hong kong | hongkong*
Wuhan > china | wuhan | wuhan
Xinjiang > china | xinjiang | xinjiang
Tibet > china | tibet* | tibet*
Osaka > japan | osaka | osaka
Fukushima > japan | fukushima | fukushima
Hiroshima > japan | hiroshima | hiroshima
Okinawa > japan | okinawa | okinawa
Mumbai > india | mumbai, bombay | mumbai, bombay
Kolkata > india | kolkata, calcutta | kalkutta
Kashmir > india | kashmir* | kaschmir*
Bali > indonesia | bali | bali
Sydney > australia | sydney | sydney
Melbourne > australia | melbourne | melbourne
New York > united_states | new york* | new york*
California > united_states | california* | kalifornien*, kalifornisch*
Texas > united_states | texas | texas
Florida > united_states | florida | florida
Los Angeles > united_states | los angeles | los angeles
Chicago > united_states | chicago | chicago
Hawaii > united_states | hawaii* | hawaii*
Alaska > united_states | alaska* | alaska*
Toronto > canada | toronto | toronto
Quebec > canada | quebec | quebec
Rio de Janeiro > brazil | rio de janeiro | rio de janeiro
São Paulo > brazil | são paulo, sao paulo | são paulo, sao paulo
Darfur > sudan | darfur | darfur
Lagos > nigeria | lagos | lagos
Cape Town > south_africa | cape town | kapstadt
Johannesburg > south_africa | johannesburg | johannesburg
Carinthia > austria | carinthia* | kärnten*, kärntner*
Styria > austria | styria* | steiermark*, steirisch*
Tyrol > austria | tyrol* | tirol*
Upper Austria > austria | upper austria | oberösterreich*
Lower Austria > austria | lower austria | niederösterreich*
Vorarlberg > austria | vorarlberg* | vorarlberg*
Burgenland > austria | burgenland* | burgenland*
Klagenfurt > austria | klagenfurt | klagenfurt*
Lausanne > switzerland | lausanne | lausanne
Ticino > switzerland | ticino | tessin*
Grisons > switzerland | grisons, graubünden | graubünden*
South Tyrol > italy | south tyrol* | südtirol*
Lombardy > italy | lombardy | lombardei
Tuscany > italy | tuscany, tuscan | toskana, toskanisch*
Piedmont > italy | piedmont | piemont*
Apulia > italy | apulia, puglia | apulien
Calabria > italy | calabria* | kalabrien*
Veneto > italy | veneto | venetien
Emilia-Romagna > italy | emilia romagna | emilia romagna
Bologna > italy | bologna | bologna
Palermo > italy | palermo | palermo
Alsace > france | alsace | elsass*, elsäss*
Lorraine > france | =Lorraine | lothringen*
Burgundy > france | burgundy | burgund
Provence > france | provence | provence
Bordeaux > france | bordeaux | bordeaux
Toulouse > france | toulouse | toulouse
Calais > france | calais | calais
Basque Country > spain | basque* | baskenland, baskisch*
Bilbao > spain | bilbao | bilbao
Malaga > spain | malaga, málaga | malaga, málaga
Ibiza > spain | ibiza | ibiza
Tenerife > spain | tenerife | teneriffa
Madeira > portugal | madeira | madeira
Flanders > belgium | flanders, flemish | flandern, flämisch*
Wallonia > belgium | wallonia*, walloon* | wallonien, wallonisch*
Antwerp > belgium | antwerp | antwerpen
Rotterdam > netherlands | rotterdam | rotterdam
Crete > greece | crete, cretan | kreta
Rhodes > greece | =Rhodes | rhodos
Lesbos > greece | lesbos | lesbos
Thessaloniki > greece | thessaloniki | thessaloniki, saloniki
Istanbul > turkey | istanbul | istanbul
Izmir > turkey | izmir | izmir
Antalya > turkey | antalya | antalya
Silesia > poland | silesia* | schlesien*, schlesisch*
Bohemia > czech_republic | bohemia* | böhmen*, böhmisch*
Moravia > czech_republic | moravia* | mähren*, mährisch*
Gothenburg > sweden | gothenburg | göteborg
Transylvania > romania | transylvania* | siebenbürgen
`;

/** "Munich" → "munich", "the Golan Heights" → "golan_heights": the id the lexicon and stored keys use. */
export const idOf = (label: string) =>
  label
    .replace(/^the /, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "_");

/** A plain name with its possessive (English) or genitive (German); "*" and "=" forms as written. */
function withInflections(form: string, language: "de" | "en"): string[] {
  // A German name read only as written stays so: "=Island" is Iceland, "Islands" the English plural.
  if (form.endsWith("*") || (form.startsWith("=") && language === "de")) return [form];
  if (language === "en") return [form, `${form}'s`, `${form}’s`];
  return /[sßxz]$/.test(form) ? [form] : [form, `${form}s`];
}

const forms = (list: string, language: "de" | "en") =>
  list.split(",").flatMap((form) => withInflections(form.trim(), language));

/**
 * The lines of a table as lexicon entries: places (a city or region also `local`) or bodies. A country's capital,
 * marked "@", names the country (its government: "Rom erklärte …") and is also a city of its own, so a claim about
 * Kyiv and one about Kharkiv are about two places.
 */
export function parseEntries(table: string, kind: "place" | "local" | "body"): LexiconEntry[] {
  return table
    .trim()
    .split("\n")
    .flatMap((line) => {
      const [name, en, de] = line.split("|").map((part) => part.trim()) as [string, string, string];
      const [label, country] = name.split(">").map((part) => part.trim()) as [string, string | undefined];
      const entry: LexiconEntry = {
        id: idOf(label),
        label,
        en: forms(en.replace(/@/g, ""), "en"),
        de: forms(de.replace(/@/g, ""), "de"),
        ...(kind === "local" ? { local: true as const } : {}),
        ...(kind === "body" ? { body: true as const } : {}),
        ...(country ? { country } : {}),
      };
      const capital = (list: string) =>
        list
          .split(",")
          .filter((f) => f.trim().startsWith("@"))
          .map((f) => f.trim().slice(1));
      const [enCapital, deCapital] = [capital(en), capital(de)];
      if (enCapital.length === 0) return [entry];
      const capitalLabel = enCapital[0]!.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      const city: LexiconEntry = {
        id: idOf(capitalLabel),
        label: capitalLabel,
        en: forms(enCapital.join(","), "en"),
        de: forms(deCapital.join(","), "de"),
        local: true,
        country: entry.id,
      };
      return [entry, city];
    });
}

export const PLACES: LexiconEntry[] = [
  ...parseEntries(COUNTRIES, "place"),
  ...parseEntries(REGIONS_AND_CITIES, "local"),
];
