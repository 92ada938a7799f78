/** Word lists the attribution rules share. Lower-case. */
/** A set of words from a space-separated list. */
export const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Finite verbs of saying, reporting and assessing ("Rutte sagte, dass …", "bestätigte der Geheimdienst Südkoreas"). */
export const DE_SPEECH_VERBS = words(`
  sagte sagt sagten sagen erklärte erklärt erklärten bestätigte bestätigt bestätigten berichtete berichtet berichteten
  meldete meldet meldeten teilte teilt teilten betonte betont betonten warnte warnt warnten äußerte äußert äußerten
  dementierte dementiert dementierten kündigte kündigt kündigten behauptete behauptet behaupteten verkündete verkündet
  schrieb schreibt schrieben unterstrich unterstreicht versicherte versichert bekräftigte bekräftigt beteuerte beteuert
  argumentierte argumentiert mahnte mahnt zitierte zitiert ergänzte ergänzt räumte räumt gab gibt hieß heißt
  schätzte schätzt schätzen kritisierte kritisiert sprach spricht nannte nennt fügte fügt stellte wies weist
  verwies verweist hob hebt twitterte schilderte schildert beschrieb beschreibt bekannte bekräftigten versicherten
  informierte informiert enthüllte enthüllt offenbarte signalisierte signalisiert bezifferte beziffert vermutet
  kritisierten lobte lobt lobten verurteilte verurteilt verteidigte verteidigt
  bekräftigten betonten erklärten sagten warnten mahnten bezeichneten nannten
  vermutete glaubt glaubte befürchtet befürchtete erwartet erwartete meint meinte urteilte urteilt folgerte folgert
  sage spreche sprechen rede reden redet erkläre erklären betone betonen glaube glauben behaupte
  behaupten kritisiere kritisieren bezeichnet bezeichnete bezeichnen nenne nennen meint meinte
  gesagt erklärt bestätigt berichtet gemeldet mitgeteilt betont gewarnt angekündigt dementiert behauptet verkündet
  gesprochen ausgeführt dargelegt erläutert kritisiert gefordert widersprochen zugegeben eingestanden erwähnt
  hingewiesen zitiert geschildert beschrieben bezeichnet genannt geantwortet entgegnet widersprechen
  geschrieben geäußert eingeräumt versichert bekräftigt hervorgehoben unterstrichen bekanntgegeben
`);

/** Verbs of belief and knowledge: attributions only with a complement clause ("Ich glaube, dass …", "sieht …: …"). */
export const DE_BELIEF_VERBS = words(`
  glaube glaubt glauben glaubte denke denkt denken dachte finde findet finden fand weiß wissen wusste sehe sieht
  sehen sah halte hält halten hielt bin überzeugt
`);

/** Past participles of reporting verbs used in the passive: "Diese Information wurde vom ukrainischen Geheimdienst bestätigt." */
export const DE_PASSIVE_PARTICIPLES = words(`
  bestätigt berichtet gemeldet mitgeteilt dementiert verbreitet veröffentlicht angekündigt erklärt bekanntgegeben
  zitiert geschätzt beziffert dokumentiert festgestellt
`);

export const EN_SPEECH_VERBS = words(`
  said says say told tells tell reported reports report confirmed confirms confirm announced announces announce
  denied denies deny stated added adds noted notes warned warns claimed claims claim insisted insists argued
  argues wrote writes explained explains acknowledged acknowledges admitted admits estimated estimates predicted
  predicts believes believed believe thinks thought suggested suggests testified tweeted posted alleged alleges
  disclosed revealed indicated indicates asserted asserts contended contends maintained maintains stressed stresses
  emphasized emphasised declared declares observed remarked replied responded countered conceded agreed disputed
  charged accused found finds concluded concludes showed shows asked asks
  called calls described describes criticized criticised criticizes urged urges praised praises blasted slammed
  condemned condemns defended defends dismissed dismisses questioned rejected rejects touted touts
  vowed vows recalled recalls continued declined declares cited cites
  endorsed endorses argued accused accuses demanded demands insisted suggested
`);

/** ", saying …": the subject of the main clause speaks. */
export const EN_SPEECH_PARTICIPLES = words(`
  saying telling adding noting arguing claiming warning explaining insisting calling stating writing asking
  suggesting describing accusing acknowledging admitting announcing declaring predicting
`);

/** "was confirmed by the ministry", "reported by AP". */
export const EN_PASSIVE_PARTICIPLES = words(
  `confirmed reported announced denied stated disclosed revealed estimated published cited`,
);

/** Konjunktiv I forms: in German news they mark reported speech and carry the last attribution forward. */
export const DE_KONJUNKTIV_I = words(`
  sei seien habe werde gebe könne müsse solle wolle dürfe möge stehe liege gehe komme sehe halte plane prüfe
  betrachte fordere wisse bleibe brauche arbeite erwarte befinde handle verfüge zeige spreche trage führe biete
  lasse mache nehme bringe erhalte stelle lehne unterstütze kooperiere bedeute verfolge setze suche teile glaube
  hoffe fürchte benötige diene fehle gelte gehöre ziele strebe beabsichtige lege verstoße gefährde erfülle
`);

/** Words that open a sentence without being its subject: "Dennoch äußerte die Regierung …". */
export const NON_SUBJECT_OPENERS = words(`
  dennoch zudem außerdem auch so doch aber und trotzdem daher deshalb darum jedoch zuvor später gestern heute morgen
  bereits nun jetzt damals inzwischen indes allerdings zugleich gleichzeitig ebenfalls bislang bisher zuletzt dabei
  dazu danach anschließend demnach schließlich erst noch immer wie als wenn während nachdem weil da dass ob hier dort
  seitdem am im vor nach seit bei mit in an auf für über unter zwischen wenige einige mehrere dies diese dieser
  however meanwhile also but and yesterday today earlier later still yet then now separately previously thus in on at
  after before last this that these those when while since as for with by from if whether unless although though
  because once
`);

/** Heads that are times, not speakers ("Am Montag sagte …"). */
export const TIME_WORDS = words(`
  montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende januar februar märz april mai juni juli
  august september oktober november dezember tag tage tagen woche wochen monat monaten jahr jahren abend morgen
  monday tuesday wednesday thursday friday saturday sunday weekend january february march may june july october
  december day days week weeks month months year years morning evening night statement interview
`);

/** Weekdays and months: never a speaker, capitalised or not. */
export const CALENDAR_WORDS = words(`
  montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
  september oktober november dezember monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december
`);

export const PRONOUNS_PERSON = words(`er sie he she`);
export const PRONOUNS_GROUP = words(`they it es`);
/** The speaker of a quote: resolved to whoever the sentence or the report it continues attributes. */
export const PRONOUNS_FIRST_PERSON = words(`i we ich wir`);
export const RELATIVE_PRONOUNS = words(`who which that der die das welcher welche`);

/** Definite descriptions that point back to a source already named, and the types they fit. */
export const DESCRIPTOR_TYPES: [RegExp, string[]][] = [
  [/^(nachrichten|presse)?agentur$|^agency$|^news agency$|^wire service$/, ["news_agency"]],
  [/^(blatt|zeitung|tageszeitung|magazin|newspaper|paper|magazine)$/, ["newspaper"]],
  [/^(sender|fernsehsender|rundfunk|broadcaster|network|channel)$/, ["broadcaster"]],
  [/^(ministerium|behörde|regierung|ministry|department|government|administration)$/, ["government"]],
  [
    /^(geheimdienst|nachrichtendienst|dienst|intelligence service|intelligence agency|spy agency)$/,
    ["intelligence_service"],
  ],
  [/^(institut|denkfabrik|think tank|institute|center|centre)$/, ["think_tank"]],
  [/^(studie|bericht|umfrage|study|report|survey)$/, ["study"]],
  [/^(organisation|organization|group|gruppe|bündnis|alliance)$/, ["organization"]],
];
