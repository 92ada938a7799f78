import { words } from "../words";

/** English word lists. Lower-case; each list sorted (English collation) and free of duplicates. */

/** Verbs of saying, reporting and assessing: "Kim said", "the ministry confirmed". */
export const SPEECH_VERBS = words(`
  accused accuses acknowledge acknowledged acknowledges added adds admit admits admitted advised advises affirmed
  agreed allege alleged alleges announce announced announces argue argued argues asked asks asserted asserts assured
  assures believe believed believes blasted boasted boasts bragged called calls cautioned cautions charged cited
  cites claim claimed claims clarified clarifies commented complain complained complains concede conceded concluded
  concludes condemned condemns confirm confirmed confirms contend contended contends continued countered criticised
  criticized criticizes declared declares declined defended defends demanded demands denied denies deny derided
  described describes disclosed dismissed dismisses disputed echoed echoes emphasised emphasized endorsed endorses
  estimate estimated estimates expect expected expects explained explains finds forecast forecasts found gushed
  hinted hints indicated indicates insist insisted insists joked jokes lamented laments maintain maintained maintains
  mused noted notes observed pledged pledges posted praised praises predict predicted predicts projected projects
  promised promises questioned quipped quips reaffirmed reaffirms recalled recalls recommended recounted recounts
  reiterated reiterates rejected rejects remarked replied report reported reports responded retorted revealed said
  say says scoffed showed shows sighed signaled signalled signals slammed speculated stated stressed stresses suggest
  suggested suggests tell tells testified thinks thought told touted touts tweeted urged urges vowed vows warn warned
  warns writes wrote
`);

/**
 * Verbs of saying that take a person or thing as their object, and so never invert after a comma: "Pence, who is
 * running, praised Cruz for …", "…, endorsed Donald Trump in 2015" and "…, Maria Santos, told The Associated Press"
 * name the object, not the speaker.
 */
export const NON_INVERTING = words(`
  accused accuses blasted called calls cited cites condemned condemns criticised criticized criticizes defended
  defends derided described describes dismissed dismisses endorsed endorses finds found praised praises questioned
  rejected rejects showed shows slammed tell tells told touted touts urged urges
`);

/**
 * Verbs of belief: they report only with a clause after them ("fear that …", "hoped they …"), not an object. Not
 * "fears" or "hopes", as often nouns ("reflect fears that …"), nor "know" (questions and "please know").
 */
export const BELIEF_VERBS = words(`
  assume assumed assumes doubt doubted fear feared feel feels felt hope hoped suspect suspected think worried worry
`);

/** ", saying …": the subject of the main clause speaks. */
export const SPEECH_PARTICIPLES = words(`
  accusing acknowledging adding admitting announcing arguing asking calling claiming complaining conceding confirming
  declaring denying describing emphasising emphasizing explaining insisting lamenting noting predicting promising
  recalling reiterating saying stating stressing suggesting telling urging warning writing
`);

/** "is insisting", "has been saying": the -ing forms that are a verb of saying after "is" or "has been". */
export const PROGRESSIVE_SPEECH = words(`
  acknowledging admitting announcing arguing asserting claiming declaring denying explaining insisting noting
  predicting saying stating suggesting telling warning
`);

/** "was confirmed by the ministry", "reported by AP". */
export const PASSIVE_PARTICIPLES = words(`
  announced cited confirmed denied disclosed estimated published reported revealed stated
`);

/** Words that open a sentence without being its subject: "However, the ministry said …". */
export const NON_SUBJECT_OPENERS = words(`
  according after also although and as at because before being but by earlier for from having however if in last
  later meanwhile now on once previously separately since so still that then these this those though thus today unless
  when whether while with yesterday yet
`);

/** Heads that are times, not speakers ("last week", "on Monday"). */
export const TIME_WORDS = words(`
  april august day days december evening february friday january july june march may monday month months morning
  night november october past saturday september sunday thursday tuesday wednesday week weekend weeks year years
`);

/** Weekdays and months: never a speaker, capitalised or not. */
export const CALENDAR_WORDS = words(`
  april august december february friday january july june march may monday november october saturday september
  sunday thursday tuesday wednesday
`);

/** Words before a time word that make a time phrase: "Hillary Clinton on Tuesday said". */
export const TIME_PREPOSITIONS = words(`
  at early in last late on this
`);

/** Articles that open a noun phrase. */
export const DETERMINERS = words(`
  a an her his its the their these those
`);

/** Lower-case words that end a noun phrase (verbs, prepositions, relatives), though lower-case heads are allowed. */
export const NOUN_PHRASE_STOP = words(`
  about after also and are aren't aren’t as at be because been before but by can can't can’t could couldn't couldn’t
  did didn't didn’t do does doesn't doesn’t don't don’t during even from had hadn't hadn’t has hasn't hasn’t have
  haven't haven’t her here his how if in including into is isn't isn’t it it's its just like may might must not now
  on only or our over probably reported said says should shouldn't shouldn’t than that their there these this those
  to told was wasn't wasn’t were weren't weren’t what when where which while who whom whose why will with won't won’t
  would
`);

/** Nouns that end like adverbs: "the Smith family", "a NATO ally" (other -ly words after a noun end its phrase). */
export const LY_NOUNS = words(`
  ally anomaly assembly belly bully butterfly family fly folly homily jelly lily monopoly panoply rally reply supply
  tally
`);

/** After a name these are the verb, not a head: "Kim said". */
export const VERBS_AFTER_NAME = words(`
  adds announces called calls claims confirms denies notes plans remain remains reports said says see sees sent
  signed tells told urged urges wants warned warns writes wrote
`);

/** "data from the Vigo County office", "a poll by Quinnipiac": the origin after such a head. */
export const ORIGIN_PREPOSITIONS = words(`
  by from of
`);

/** Pronouns that are whole noun phrases: "he said". */
export const PERSONAL_PRONOUNS = words(`
  he i it she they we
`);

/** Coordinating conjunctions that open a clause of their own: "…, and Nicklaus said". */
export const CLAUSE_CONJUNCTIONS = words(`
  although and because but since so though unless whereas while
`);

/** Words that never name a source ("I"/"we" do: inside a quote they are its speaker). */
export const NON_SOURCE_WORDS = words(`
  anyone anything emphasis everyone everything here nobody nothing something that there this you
`);

/** Pronouns that refer back to a person. */
export const PERSON_PRONOUNS = words(`
  he she
`);

/** Pronouns that refer back to an organisation. */
export const GROUP_PRONOUNS = words(`
  it they
`);

/** The speaker of a quote: resolved to whoever the sentence or the report it continues attributes. */
export const FIRST_PERSON_PRONOUNS = words(`
  i we
`);

/** Relative pronouns that point to the noun before them: "Barkley, who said …". */
export const RELATIVE_PRONOUNS = words(`
  that which who
`);

/** Conditional and modal verb forms. */
export const CONDITIONAL = words(`
  could might must ought should would
`);

/** The author's own evaluation: evaluative nouns, adjectives and stance adverbs. */
export const EVALUATIVE = words(`
  absolutely absurd absurdity air alas amazing anyone appalling arguably astonishing awful beautiful believe best
  better blunder brilliant cabal catastrophe certainly chaotic clearly completely crucial cynical dangerous deeply
  despicable disappointing disaster disastrous disgrace disgraceful doubt doubtful elites embarrassing entirely
  essential everyone everything evidently excellent extremely extremist failure fantastic farcical feel fiasco
  foolish fortunately fraud great greatest grotesque hardly hopefully horrible hot hypocrisy hypocritical hysteria
  important incredibly indeed indoctrinated insane irresponsible just leftists lie lies luckily ludicrous massively
  maybe mere merely mistake naive naturally necessary never nightmare nobody nonsense nothing obviously opinion
  outrageous pathetic perhaps poison poisons probably propaganda questionable radical really reckless regrettably
  remarkable ridiculous right sad sadly scam scandal scandalous seem seemed seems setback shame shameful shocking
  simply sinister smart so-called strongest stunning stupid success supposed surely surprising terrible think
  totally toxic tragic truly ugly unbearable undoubtedly unfortunately urgent utterly weakest whim wildfire wise
  woke wonderful worse worst wrong
`);

/** First-person words: the author or a speaker talks about themself. */
export const FIRST_PERSON = words(`
  i i'm let's me my our us we we're
`);

/** Words that qualify a claim's truth: "reportedly", "allegedly", "could". */
export const HEDGES = words(`
  alleged allegedly apparently could likely may might possibly presumably purportedly reportedly rumored rumoured
  supposedly suspected unconfirmed
`);

/** Sentences that open with an imperative address the reader: "Observe another strange bedfellowship." */
export const IMPERATIVE_OPENERS = words(`
  consider imagine let's look note observe picture recall remember suppose think
`);

/** Auxiliaries, modals and common irregular past forms: finite wherever they stand. */
export const FINITE = words(`
  am are aren't became began bought broke brought built came can can't cannot caught chose could couldn't did didn't
  do does doesn't don't drew drove fell fled flew fought found gave grew had hadn't has hasn't have haven't he's
  held is isn't it's kept knew laid led left lost made may met might must paid ran rose said saw sent shall she's should
  shouldn't sold sought spent spoke stole stood struck taught that's there's they're thought threw told took was
  wasn't we're went were weren't will won won't would wouldn't wrote you're
`);

/** After these a word is a noun or adjective: "the armed forces". */
export const DETERMINER_WORDS = words(`
  a all an another any both each every few her his its many more most my no other our own several some such that the
  their these this those your
`);

/** Words that start a phrase, never a verb: "Russian troops in Ukraine". */
export const FUNCTION_WORDS = words(`
  about across after against along also amid among and around as at before behind below between beyond but by down
  during even for from here in inside into just near nor not now of off on only onto or out outside over per since
  still than then there through to too toward towards under until up upon very via with within without yet
`);

/** Relative pronouns, never verbs. */
export const RELATIVES = words(`
  that which who whom whose
`);

/** Subjects a third-person verb follows: "it seems". */
export const SINGULAR_SUBJECTS = words(`
  he it she that which who
`);

/** Subjects a plural verb follows without an ending of its own: "they remain". */
export const PLURAL_PRONOUNS = words(`
  i they we you
`);

/** End in -s without being plural nouns. */
export const NOT_PLURAL = words(`
  does has his is its this thus us was yes
`);

/** Conjunctions that may join two main clauses, each its own claim. */
export const COMPOUND_CONJUNCTIONS = words(`
  and but whereas while yet
`);

/** After a subject these are not verbs. */
export const COMPOUND_NOT_VERB = words(`
  a an and as at by for from in of on or that the to which who with
`);

/** Auxiliaries. */
export const LABEL_AUXILIARIES = words(`
  are be been had has have is was were will would
`);

/** Articles and sentence adverbs that carry nothing in a headline. */
export const LABEL_DROP = words(`
  a allegedly already also an reportedly the
`);

/** Cue words that belong to the attribution, not to the claim: "according to", "said". */
export const LABEL_CUE_WORDS = words(`
  according added adds announced argued came citing claimed confirmed explained finds found insisted noted per
  reported said say says show showed shows stated to told warned wrote
`);

/** Words that open reported content. */
export const CONTENT_OPENERS = words(`
  that whether
`);

/** Things that show or say nothing by themselves: "This captured image shows …" has no source. */
export const NON_AGENT_HEADS = words(`
  caption chart charts footage graphic graphics image images map maps photo photos picture pictures screenshot video
  videos
`);

/** Verbs that report findings; a source only when a study, survey or poll is their subject: "Polls show …". */
export const FINDING_VERBS = words(`
  find finds found indicate indicated indicates reveal reveals show showed shown shows suggest suggested suggests
`);

/** Function words a label never ends on: conjunctions, prepositions, articles, pronouns, auxiliaries. */
export const LABEL_TRAILING_STOP = words(`
  a about above across after against all along also am among an and another any anyone are around as at be because
  been before behind being below beneath beside besides between both but by can could did do does during each either
  every few for from further had has have he her here him his if in into is it its just like many may me might more
  most must my near neither no nor not of off on once only onto or other our ours out over own per same several shall
  she should since so some such than that the their then there these they this those though through to too toward
  towards under unless until up upon us very via was we were what when where whereas whether which while who whom
  whose why will with within without would yet you your
`);

/**
 * A past verb for "1,000 troops sent": regular forms and the irregular ones news uses. Not a modal ("could"), nor a
 * noun that only looks like one ("statement", "decade", "new").
 */
export const LABEL_PAST_VERB =
  /^(\p{Ll}+ed|sent|spent|lent|went|meant|bought|brought|fought|sought|thought|caught|taught|paid|laid|held|sold|built|lost|won|flew|drew|threw|knew|withdrew|made|got|shot|cut|put|hit|struck|killed|took|gave|left|met|began|became|ran|saw|found|kept|led|hid|stole)$/u;

/** Verbs of change take their figure as a size: "Prices rose 3 percent" is not "3 percent rose". */
export const LABEL_CHANGE_VERBS = words(`
  climbed declined decreased dipped dropped edged fell gained grew increased jumped plunged rallied rose slid slipped
  soared surged tumbled
`);

/** A share of the people asked: "six in 10", "85% of Democrats", "nearly three in five", "most", "a majority of voters". */
const NUMBER = "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)";
export const SHARE = {
  phrase: new RegExp(
    `^(?:(?:nearly|almost|about|roughly|more than|fewer than|less than|over|under|at least|just|only|some)\\s+)?` +
      `(?:${NUMBER}(?:\\s*(?:%|percent|per cent))?(?:\\s+in\\s+${NUMBER})?|most|many|half|(?:a|the)\\s+majority|` +
      `(?:a|one|two)[- ](?:third|quarter|fifth)s?|two-thirds|three-quarters)(?:\\s+of\\s+\\S+(?:\\s+\\S+){0,4})?$`,
  ),
  bareCount: new RegExp(`^${NUMBER}$`),
};
