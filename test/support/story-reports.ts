/** Two reports of one story of our own (a landslide on a Norwegian railway): an agency's in German, one in English. */
export const LANDSLIDE_DPA = [
  "Ein Erdrutsch hat am Dienstag die Bergenbahn zwischen Oslo und Bergen in Norwegen verschüttet. Nach Angaben der " +
    "Bahngesellschaft Bane NOR wurden 240 Fahrgäste aus zwei Zügen in Sicherheit gebracht.",
  "Die Strecke bleibt nach Schätzung der Behörde mindestens zwei Wochen gesperrt. Verletzt wurde niemand, teilte " +
    "die Polizei mit.",
  "Ein Bautrupp aus Voss räumt mit schwerem Gerät das Geröll von den Gleisen. Rund 30 Arbeiter sind seit dem Morgen " +
    "im Einsatz. Die Bergenbahn wurde im Jahr 1909 eröffnet.",
].join("\n\n");
export const LANDSLIDE_REUTERS = [
  "A landslide buried the Bergen railway between Oslo and Bergen in Norway on Tuesday. Some 240 passengers from two " +
    "trains were brought to safety, rail operator Bane NOR said.",
  "The line will stay closed for at least two weeks, the agency estimated. Nobody was hurt, police said.",
  "Workers from Voss are clearing mud and rocks off the tracks with excavators. About 60 workers have been on site " +
    "since morning.",
].join("\n\n");
