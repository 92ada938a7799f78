import type { LexiconEntry } from "./lexicon";
import { parseEntries } from "./places";

/**
 * Bodies the news names in both languages, for the lexicon's entities: international organisations, central banks
 * and courts, whose German names are words of their own ("Weltgesundheitsorganisation", "IWF", "EZB",
 * "Bundesverfassungsgericht"), and the companies most in the news, whose names are the same in both but, known as
 * bodies, let "Tesla ruft … zurück" and "Tesla recalls …" meet on the body and the event as two countries' claims do.
 * Which are listed: the UN's agencies and the world's economic and judicial bodies named in German and English news,
 * and the largest companies of Germany's DAX, the US and Asia that report news of their own. A company whose name is a
 * common word is written to be read only as written ("=Meta", "=Shell"), in full ("Amnesty International", not
 * "amnesty") or left out ("Amazon" is also the river).
 *
 * The notation is places.ts's: label | English forms | German forms.
 */
const ORGANISATIONS = `
the WHO | =WHO, world health organization*, world health organisation* | =WHO, weltgesundheitsorganisation*
the IMF | =IMF, international monetary fund | =IWF, währungsfonds*
the World Bank | world bank* | weltbank*
the ECB | =ECB, european central bank* | =EZB, europäische zentralbank, europäischen zentralbank
the Federal Reserve | federal reserve*, =Fed | =Fed, us notenbank*, federal reserve*
the Bundesbank | bundesbank* | bundesbank*
the Bank of England | bank of england | bank of england
the European Commission | european commission* | eu kommission*, europäische kommission, europäischen kommission
the European Parliament | european parliament* | europaparlament*, eu parlament*, europäische parlament, europäischen parlament
the International Criminal Court | international criminal court*, =ICC | internationale strafgerichtshof*, internationalen strafgerichtshof*, =IStGH
the International Court of Justice | international court of justice, =ICJ | internationale gerichtshof*, internationalen gerichtshof*, =IGH
the Red Cross | red cross | rote kreuz, roten kreuz*, =DRK, =IKRK
Amnesty International | amnesty international | amnesty international
OPEC | =OPEC | =OPEC
the IAEA | =IAEA, international atomic energy agency | =IAEA, =IAEO, atomenergiebehörde*
the OSCE | =OSCE | =OSZE
the G7 | =G7 | =G7
the G20 | =G20 | =G20
UNHCR | =UNHCR, un refugee agency | =UNHCR, un flüchtlingshilfswerk*, uno flüchtlingshilfswerk*
UNICEF | =UNICEF, =Unicef | =UNICEF, =Unicef
the World Food Programme | world food programme, world food program, =WFP | welternährungsprogramm*, =WFP
the WTO | =WTO, world trade organization*, world trade organisation* | =WTO, welthandelsorganisation*
the Constitutional Court | constitutional court* | bundesverfassungsgericht*, verfassungsgericht*
the Supreme Court | supreme court* | oberste gerichtshof, obersten gerichtshof*, supreme court*
the Federal Statistical Office | federal statistical office, federal statistics office, =Destatis | statistische bundesamt, statistischen bundesamt*, =Destatis
Eurostat | eurostat* | eurostat*
`;

const COMPANIES = `
Volkswagen | volkswagen*, =VW | volkswagen*, =VW
BMW | =BMW | =BMW
Mercedes-Benz | mercedes*, daimler* | mercedes*, daimler*
Porsche | porsche* | porsche*
Siemens | siemens* | siemens*
BASF | =BASF | =BASF
Bayer | =Bayer | =Bayer
Deutsche Bank | deutsche bank | deutsche bank, deutschen bank
Commerzbank | commerzbank* | commerzbank*
Allianz | allianz se, allianz insurance | allianz versicherung*, allianz se
SAP | =SAP | =SAP
Deutsche Telekom | telekom* | telekom*
Lufthansa | lufthansa* | lufthansa*
Thyssenkrupp | thyssenkrupp*, thyssen* | thyssenkrupp*, thyssen*
Rheinmetall | rheinmetall* | rheinmetall*
Airbus | airbus* | airbus*
Boeing | boeing* | boeing*
Ryanair | ryanair* | ryanair*
Apple | =Apple | =Apple
Google | google*, =Alphabet | google*, =Alphabet
Microsoft | microsoft* | microsoft*
Meta | =Meta, facebook*, instagram* | =Meta, facebook*, instagram*
Nvidia | nvidia* | nvidia*
Intel | =Intel | =Intel
Tesla | tesla* | tesla*
OpenAI | openai* | openai*
TikTok | tiktok* | tiktok*
Samsung | samsung* | samsung*
Toyota | toyota* | toyota*
Huawei | huawei* | huawei*
Stellantis | stellantis* | stellantis*
Shell | =Shell | =Shell
BP | =BP | =BP
Gazprom | gazprom* | gazprom*
Nestlé | nestlé*, nestle* | nestlé*, nestle*
Pfizer | pfizer* | pfizer*
BioNTech | biontech* | biontech*
Novo Nordisk | novo nordisk* | novo nordisk*
`;

export const BODIES: LexiconEntry[] = [...parseEntries(ORGANISATIONS, "body"), ...parseEntries(COMPANIES, "body")];
