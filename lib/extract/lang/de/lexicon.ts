import { words } from "../words";

/** German word lists. Lower-case; each list sorted (German collation) and free of duplicates. */

/** Finite verbs and participles of saying, reporting and assessing: "Rutte sagte, dass …", "bestätigte der Geheimdienst". */
export const SPEECH_VERBS = words(`
  angab angekündigt ankündigte argumentiert argumentierte ausgeführt äußert äußerte äußerten befürchtet befürchtete
  beharrt beharrte beharrten behaupte behaupten behauptet behauptete behaupteten bekannte bekanntgab bekanntgegeben
  beklage beklagen beklagt beklagte beklagten bekräftige bekräftigen bekräftigt bekräftigte bekräftigten bemängeln
  bemängelt bemängelte bemängelten berichten berichtet berichtete berichteten beschreibt beschrieb beschrieben
  bestätigt bestätigte bestätigten bestreite bestreiten bestreitet bestritt bestritten beteuert beteuerte betone
  betonen betont betonte betonten bezeichnen bezeichnet bezeichnete bezeichneten beziffert bezifferte dargelegt
  dementiert dementierte dementierten eingeräumt eingestanden einräumte entgegnet enthüllt enthüllte erfuhr erfuhren
  ergänzt ergänzte erkläre erklären erklärt erklärte erklärten erläutere erläutern erläutert erläuterte erläuterten
  erwähnt erwarten erwartet erwartete folgert folgerte fügt fügte gab geantwortet geäußert gefordert gehen geht
  gemeldet genannt gesagt geschildert geschrieben gesprochen gewarnt gibt ging gingen glaube glauben glaubt glaubte
  hebt heißt hervorgehoben hieß hingewiesen hinwies hinzufügte hob informiert informierte kritisiere kritisieren
  kritisiert kritisierte kritisierten kündigt kündigte kündigten lobt lobte lobten mahnt mahnte mahnten meint meinte
  meldet meldete meldeten mitgeteilt mitteilte mitteilten nannte nannten nenne nennen nennt offenbarte
  prognostizieren prognostiziert prognostizierte räumt räumte rechnen rechnet rechnete rechneten rede reden redet
  sage sagen sagt sagte sagten schätzen schätzt schätzte schildert schilderte schreiben schreibt schrieb schrieben
  signalisiert signalisierte sprach spreche sprechen spricht stellte teilt teilte teilten twitterte unterstreichen
  unterstreicht unterstrich unterstrichen urteilt urteilte verkündet verkündete vermutet vermutete versichere
  versichern versichert versicherte versicherten versprach versprachen verspricht versprochen verteidigt verteidigte
  verurteilt verurteilte verweist verwies vorausgesagt vorgeworfen vorhergesagt warf warfen warne warnen warnt warnte
  warnten weist werfen widersprach widersprachen widersprechen widerspricht widersprochen wiederholt wiederholte
  wiederholten wies wirft zitiert zitierte zugegeben
`);

/** Verbs of belief and knowledge: attributions only with a complement clause ("Ich glaube, dass …"). */
export const BELIEF_VERBS = words(`
  befürchten befürchtet befürchtete befürchteten bezweifeln bezweifelt bezweifelte bezweifle bin dachte denke denken
  denkt fand finde finden findet fürchten fürchtet fürchtete glaube glauben glaubt glaubte hält halte halten hielt
  hoffe hoffen hofft hoffte hofften sah sehe sehen sieht überzeugt vermuten vermutet vermutete weiß wissen wusste
`);

/** Participles of reporting verbs in the passive: "Diese Information wurde vom Geheimdienst bestätigt." */
export const PASSIVE_PARTICIPLES = words(`
  angekündigt bekanntgegeben berichtet bestätigt beziffert dementiert dokumentiert erklärt festgestellt gemeldet
  geschätzt mitgeteilt verbreitet veröffentlicht zitiert
`);

/** Konjunktiv I forms: in German news they mark reported speech and carry the last attribution forward. */
export const KONJUNKTIV_I = words(`
  arbeite beabsichtige bedeute befinde benötige betrachte biete bleibe brauche bringe diene dürfe erfülle erhalte
  erwarte fehle fordere führe fürchte gebe gefährde gehe gehöre gelte glaube habe halte handle hoffe komme könne
  kooperiere lasse lege lehne liege mache möge müsse nehme plane prüfe sehe sei seien setze solle spreche stehe
  stelle strebe suche teile trage unterstütze verfolge verfüge verstoße werde wisse wolle zeige ziele
`);

/** Nouns of "nach Angaben …": "Nach Angaben der Nachrichtenagentur versprach …". */
export const ANGABEN = words(`
  angaben ansicht auffassung aussage aussagen berechnungen darstellung daten einschätzung einschätzungen
  erkenntnissen informationen meinung schätzungen sicht zahlen
`);

/** Finite verbs that leave the verb of saying to the end of the clause: "hat … gesagt", "will … sagen". */
export const AUXILIARIES = words(`
  darf dürfen habe haben hat hatte hatten ist kann können möchte möchten muss müssen sind soll sollen war waren will
  wollen
`);

/** Auxiliaries of the passive: "wurde … bestätigt". */
export const PASSIVE_AUXILIARIES = words(`
  ist sind war waren werden wird worden wurde wurden
`);

/** Adverbs between a verb in second place and its subject: "bestätigte später ein Sprecher". */
export const ADVERBS_BEFORE_SUBJECT = words(`
  andererseits auch außerdem bereits dann ebenfalls einerseits erneut gestern heute inzwischen jetzt mittlerweile nun
  offiziell schließlich später zudem zuvor
`);

/** Adverbs between a passive agent and its participle: "vom Ministerium bereits bestätigt". */
export const ADVERBS_BEFORE_PARTICIPLE = words(`
  auch bereits ebenfalls erst inzwischen nun offiziell später zuvor
`);

/** "genauer gesagt", "offen gesagt": a parenthetical, nobody is quoted. */
export const PARENTHETICAL_BEFORE = words(`
  anders besser ehrlich gelinde genauer grob kurz nebenbei offen salopp
`);

/** Words that open a reported clause after a comma: "glaubt, dass …". */
export const COMPLEMENTIZERS = words(`
  dass ob warum was wer wie wo
`);

/** A subject placed by a preposition: "Die Behörden in Seoul bestätigten …". */
export const PLACE_PREPOSITIONS = words(`
  aus in
`);

/** Words that open a sentence without being its subject: "Dennoch äußerte die Regierung …". */
export const NON_SUBJECT_OPENERS = words(`
  aber allerdings als am an anschließend auch auf außerdem bei bereits bisher bislang da dabei daher damals danach
  darum dass dazu demnach dennoch deshalb dies diese dieser doch dort ebenfalls ebenso eigentlich einige erst freilich
  für gestern gleichwohl gleichzeitig heute hier im immer immerhin in indes inzwischen jedoch jetzt mehrere mit
  mittlerweile morgen nach nachdem natürlich noch nun ob offenbar offensichtlich schließlich seit seitdem
  selbstverständlich so später tatsächlich trotzdem über übrigens und unter vermutlich vor während wahrscheinlich weil
  wenige wenn wie zudem zugleich zuletzt zuvor zwischen
`);

/** Heads that are times, not speakers ("Am Montag sagte …"). */
export const TIME_WORDS = words(`
  abend april august dezember dienstag donnerstag februar freitag jahr jahren januar juli juni mai märz mittwoch
  monat monaten montag morgen november oktober samstag september sonntag tag tage tagen woche wochen wochenende
`);

/** Weekdays and months: never a speaker, capitalised or not. */
export const CALENDAR_WORDS = words(`
  april august dezember dienstag donnerstag februar freitag januar juli juni mai märz mittwoch montag november
  oktober samstag september sonntag
`);

/** Words before a time word that make a time phrase: "am Montag". */
export const TIME_PREPOSITIONS = words(`
  am vom
`);

/** Articles and contracted prepositions that open a noun phrase. */
export const DETERMINERS = words(`
  beim das dem den der des die ein eine einem einen einer eines vom zum zur
`);

/** Genitive articles that attach a noun phrase to the one before: "Sprecher des Ministeriums". */
export const GENITIVE_ARTICLES = words(`
  der des
`);

/** End like adjectives but are possessives and quantifiers: "ihre Besorgnis" starts a new phrase. */
export const NOT_ADJECTIVES = words(`
  alle allen aller deine diese diesem diesen dieser eine einem einen einer einige eure ihre ihrem ihren ihrer jede
  jeden jeder jene keine keinen keiner manche meine seine seinem seinen seiner sie solche sowie unsere unseren viele
  welche wenige
`);

/** Pronouns that are whole noun phrases: "sagte er", "hat sie gesagt". */
export const PERSONAL_PRONOUNS = words(`
  er ich sie wir
`);

/** Coordinating conjunctions that open a clause of their own. */
export const CLAUSE_CONJUNCTIONS = words(`
  aber doch und
`);

/** Words that never name a source ("ich"/"wir" do: inside a quote they are its speaker). */
export const NON_SOURCE_WORDS = words(`
  das dies du es hier ihr man
`);

/** Pronouns that refer back to a person. */
export const PERSON_PRONOUNS = words(`
  er sie
`);

/** Pronouns that refer back to an organisation. */
export const GROUP_PRONOUNS = words(`
  es sie
`);

/** The speaker of a quote: resolved to whoever the sentence or the report it continues attributes. */
export const FIRST_PERSON_PRONOUNS = words(`
  ich wir
`);

/** Relative pronouns that point to the noun before them. */
export const RELATIVE_PRONOUNS = words(`
  das der die welche welcher
`);

/** Conditional and predictive verb forms: "Dies würde die Spannungen … verschärfen". */
export const CONDITIONAL = words(`
  dürfte dürften hätte hätten müsste müssten sollte sollten wäre wären würde würden
`);

/** The author's own evaluation: evaluative nouns, adjectives and stance adverbs. */
export const EVALUATIVE = words(`
  absolut absurd angeblichen ansicht ausgerechnet äußerst bedauerlicherweise bedenklich bemerkenswert besser beste
  blamage debakel desaster dramatisch dreck dreist dringend dumm eigentlich eindeutig einmal empörend endlich
  enttäuschend erbärmlich erfolg erfreulicherweise erstaunlich extrem falsch fatal fehler fiasko fragwürdig
  furchtbar gänzlich gar gefährlich geradezu geschäftemacherei glücklicherweise großartig grotesk hervorragend
  höchste hoffentlich hysterie ideologie ideologisch immerhin irrsinn katastrophal katastrophe klug kolossal
  kolossale lächerlich leider lüge lügen massiv massive meiner meines meinung misserfolg naiv naive natürlich
  nichtmal nötig notwendig offensichtlich panikmache peinlich perfide propaganda quatsch regelrecht richtig
  rückschlag schande schlimm schlimmer schlimmste schrecklich selbstverständlich sicherlich sinnlos skandal
  skandalös sogenannte sogenannten sogenannter tatsächlich total totale überhaupt überraschend unerlässlich
  unerträglich unfassbar ungeheuerlich unglaublich unglücklicherweise unsäglich unserer unsinn unverantwortlich
  unverständlich verheerend verheerende vermutlich versagen völlig völlige vorsätzlich wahnsinn wichtig willkürlich
  wohl wunderbar zweifelhaft zweifellos zweifelsohne zynisch zynische
`);

/** First-person words: the author or a speaker talks about themself. */
export const FIRST_PERSON = words(`
  ich mein meine meinen mich mir uns unser unsere unseren wir
`);

/** Words that qualify a claim's truth ("angeblich", "soll", "könnte"); Konjunktiv I is reported speech, not a hedge. */
export const HEDGES = words(`
  angeblich anscheinend dürfte dürften eventuell könnte könnten möglicherweise mutmaßlich offenbar soll sollen
  unbestätigt unbestätigten vermutlich wohl womöglich
`);

/** Auxiliaries, modals and the commonest irregular verbs: finite wherever they stand ("Seoul hat …", "es gab …"). */
export const FINITE = words(`
  bat bin bist bleibt blieb darf dürfen durfte dürfte ergab erwarb fand fiel findet gab gäbe geht gibt ging haben
  hat hatte hätte hatten hätten hielt ist kam kann kommt können konnte könnte konnten könnten lag lief liegt lud mag
  möchte mögen muss müssen musste müsste mussten nahm nimmt rief sank schickt schickte schuf seid sind soll sollen
  sollte sollten sprach stand steht stieg traf trifft versprach war wäre waren wären werden will wird wollen wollte
  wollten wurde würde wurden würden zieht zog
`);

/** Lower-case words that are never verbs: articles, pronouns, prepositions, conjunctions, particles, numerals, cue words. */
export const NEVER_VERBS = words(`
  aber acht alle alleine allen aller als also am an angeblich auch auf aus außen bei beide beiden beim bereits bis
  da dafür dagegen daran darin das dass davon dem den denn dennoch der des deshalb die dies diese diesem diesen
  dieser dieses doch dort drei durch eben ebenfalls ein eine einem einen einer eines einige einigen er erneut erst
  es etwa fast fünf für gegen gemäß gern gerne gestern gut heute hier hinter höchstens hundert ich ihr ihre ihrem
  ihren ihrer im in innen ins insbesondere insgesamt je jedoch jene jetzt kaum kein keine keinem keinen keiner knapp
  lange laut man mehr mehrere meist mindestens mit morgen mutmaßlich nach neben neun nicht nichts nie noch nun nur
  ob oben oder offenbar oft ohne ohnehin pro recht rund samt schon sechs sehr sein seine seinem seinen seiner seit
  selbst sich sie sieben so sofort sondern tausend trotz über um und unser unsere unten unter viele vielen
  vielleicht vier vom von vor während wegen weil weit weniger wenn wie wir zehn zu zudem zufolge zuletzt zum
  zunächst zur zwei zwischen
`);

/** Words that open a subject right after a verb in second place. */
export const SUBJECT_OPENERS = words(`
  das dem den der die ein eine einen er es man sich sie wir
`);

/** Pronouns: a word before them is no attributive adjective. */
export const PRONOUNS = words(`
  er es ich ihr man sich sie wir
`);

/** Conjunctions that may join two main clauses, each its own claim. */
export const COMPOUND_CONJUNCTIONS = words(`
  aber doch sondern und während wohingegen
`);

/** After a subject these are not verbs: "zwischen Moskau und Pjöngjang zu beschweren". */
export const COMPOUND_NOT_VERB = words(`
  ab alle allen als am an auf aus bei beide beiden beim bis das dem den der des die diese diesem diesen dieser dieses
  durch ein eine einem einen einer eines einige für gegen im in ins jede jeden jeder jedes kein keine keinem keinen
  keiner keines mehrere mit nach neben nicht oder ohne sämtliche seit trotz über um und unter viele vom von vor wegen
  wenige wie zu zum zur
`);

/** A subject is nominative: "und dem Westen verschärfen" coordinates objects, not clauses. */
export const OBLIQUE_ARTICLES = words(`
  dem den des einem einen eines
`);

/** Auxiliaries a label leaves out after its participle. */
export const LABEL_AUXILIARIES = words(`
  habe haben hat hatte hatten ist sei seien sind war waren werde werden wird worden wurde wurden
`);

/** Articles and sentence adverbs that carry nothing in a headline. */
export const LABEL_DROP = words(`
  auch außerdem bereits das dem demnach den der des die ebenfalls ein eine einem einen einer eines zudem zuvor
`);

/** Cue words that belong to the attribution, not to the claim: "AP News zufolge", "Laut The Guardian". */
export const LABEL_CUE_WORDS = words(`
  angaben auf äußerte berichtete berufung bestätigte betonte erklärt erklärte informationen laut meldete mit nach
  sagt sagte so teilte unter warnte wie zufolge
`);

/** Words that open reported content. */
export const CONTENT_OPENERS = words(`
  dass ob
`);

/** Articles that open an object: "hat den Botschafter einbestellt". */
export const ACCUSATIVE_ARTICLES = words(`
  das den die eine einen
`);

/** Verbs that report findings; a source only when a study, survey or report is their subject: "Die Studie zeigt, dass …". */
export const FINDING_VERBS = words(`
  belegen belegt belegte ergab ergaben ergeben ergibt kam kommt legt legte zeigen zeigt zeigte zeigten
`);

/** Konjunktiv II forms that stand in for a Konjunktiv I identical to the indicative: "gäbe", "hätten". */
export const KONJUNKTIV_II_SUBSTITUTES = words(`
  gäbe gäben hätten käme kämen würden
`);

/** Openers of a conditional sentence: its Konjunktiv II is the author's own. */
export const CONDITIONAL_OPENERS = words(`
  falls hätte hätten sollte sollten wäre wären wenn würde würden
`);

/** Function words a label never ends on: conjunctions, prepositions, articles, pronouns, auxiliaries. */
export const LABEL_TRAILING_STOP = words(`
  aber alle allem allen aller alles als am an andere anderen anderer auf aus bei beim bereits bis da damit dann darauf
  darf darüber das dass davon dazu dem den denn der deren des dessen die dies diese dieser doch dort durch dürfen
  ebenfalls ein eine einem einen einer eines einige einigen er es etwa etwas für gegen gewesen habe haben hat hatte
  hatten ich ihm ihn ihr ihre ihrem ihren ihrer im in ins ist jede jedem jeden jeder jedes jene jener kann kein keine
  keinem keinen keiner können konnte könnte konnten könnten mag man manche mehr mit möchte muss müssen nach nicht noch
  nun nur ob oder ohne sehr sei seien sein seine seinem seinen seiner seit selbst sich sie sind so soll sollen sollte
  sollten sondern sowie über um und uns unser unsere unter viel viele vom von vor während war waren was weil welche
  welchem welchen welcher wenn wer werde werden wie wieder will wir wird wo wollen wollte worden wurde würde wurden
  würden zu zum zur zwar zwischen
`);

/**
 * The past participle that ends a German headline: "gemeldet", "einbestellt", "informiert", and those with a prefix
 * that takes no "ge-": "verlegt", "bestätigt", "untersucht".
 */
export const LABEL_FINAL_PARTICIPLE =
  /^(\p{Ll}*ge\p{Ll}+(t|en)|\p{Ll}+iert|\p{Ll}+(sandt|stellt|bracht)|(be|ver|er|ent|zer|emp|miss|unter|über|wider|hinter)\p{Ll}{2,}t)$/u;

/**
 * A share of the people asked: "Sechs von zehn Befragten", "62 Prozent der Befragten", "Jeder Dritte", "Die Hälfte der
 * Deutschen", "Zwei Drittel".
 */
const NUMBER = "(?:\\d[\\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)";
const OF_WHOM = "(?:\\s+(?:der|aller)\\s+\\S+(?:\\s+\\S+){0,3})?";
export const SHARE = {
  phrase: new RegExp(
    `^(?:(?:knapp|rund|etwa|fast|mehr als|über|gut|nur)\\s+)?(?:` +
      `${NUMBER}\\s*(?:%|prozent)${OF_WHOM}|${NUMBER}\\s+von\\s+${NUMBER}(?:\\s+\\S+)?|` +
      `jede[rs]?\\s+(?:zweite|dritte|vierte|fünfte|zehnte)[rs]?|(?:die\\s+)?(?:hälfte|mehrheit|minderheit)${OF_WHOM}|` +
      `(?:ein|zwei|drei)\\s+(?:drittel|viertel|fünftel)${OF_WHOM})$`,
  ),
  bareCount: new RegExp(`^${NUMBER}$`),
};
