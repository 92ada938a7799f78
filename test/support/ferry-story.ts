/**
 * A story of our own, told by a German and an English outlet: a ferry company, a town and a captain the lexicon does
 * not know, in no country it names; and another story of the same kind (a fire at another company's plant, in
 * another town). For the tests of names the lexicon does not know, pure and through the database.
 */
export const FERRY_GERMAN = [
  "Die Reederei Halvorsen Maritime hat nach dem Untergang einer Fähre vor Brekkvik den gesamten Fährbetrieb eingestellt. Das teilte das Unternehmen am Dienstag mit.",
  "Bei dem Unglück kamen nach Angaben der Polizei vier Menschen ums Leben. Der Kapitän Ole Brandt wurde festgenommen.",
].join("\n\n");

export const FERRY_ENGLISH = [
  "Ferry operator Halvorsen Maritime has halted all ferry services after one of its vessels sank off Brekkvik, the company said on Tuesday.",
  "Four people were killed in the disaster, police said. Captain Ole Brandt was arrested.",
].join("\n\n");

export const PLANT_FIRE = [
  "A fire at the Vestmar chemical plant in Trondvik killed two people on Monday, the company said.",
  "Two people were killed in the fire, police said. The plant's manager was arrested.",
].join("\n\n");
