import type { EvalStory } from "./matching-articles";

/**
 * Matching set sixteen: whole articles on five invented stories (a head-on collision of a regional and a freight
 * train in the Allgäu; a ransomware attack on a city utility in North Rhine-Westphalia; a Swedish medtech group's
 * takeover bid for a Tuttlingen instrument maker; drought and water restrictions in Austria's Weinviertel; a night
 * raid on a castle museum's coin cabinet in Saxony-Anhalt), each told by three outlets in German and English, with
 * the passage pairs that state one claim (`same`, with `figuresDisagree` where their figures for the same quantity
 * cannot both be true) and those that only share a name, place or event word (`different`).
 *
 * Written by a helper session that never saw the matcher, its tables or any other set; committed before it was
 * scored; unread by the developers of the rules (only aggregate scores are looked at).
 */
export const MATCHING_ARTICLES_16: EvalStory[] = [
  {
    id: "s16-train",
    articles: [
      {
        id: "s16-train-dpa",
        outlet: "dpa",
        language: "de",
        title: "Vier Tote bei Zugunglück im Allgäu",
        text: [
          "Haldenried (dpa) - Bei einem Zusammenstoß eines Regionalzugs mit einem Güterzug im Allgäu sind am Dienstagabend vier Menschen ums Leben gekommen. Mehr als 50 Menschen wurden nach Angaben der Polizei verletzt, elf von ihnen schwer.",
          "Der Regionalexpress der Alpenland Bahn war gegen 18.40 Uhr kurz hinter dem Bahnhof Haldenried auf der eingleisigen Strecke zwischen Kempten und Lindach mit dem entgegenkommenden Güterzug der DB Cargo zusammengestoßen. In dem Zug saßen nach Angaben des Betreibers rund 180 Fahrgäste.",
          "Unter den Toten ist der 58 Jahre alte Lokführer des Regionalzugs, wie ein Polizeisprecher sagte. Die drei weiteren Todesopfer seien Fahrgäste, ihre Identität sei noch nicht vollständig geklärt.",
          "„Die Bergung war extrem schwierig, weil die Unfallstelle in einem Waldstück liegt und nur über einen Forstweg erreichbar ist“, sagte Polizeisprecher Markus Eibl. Mehr als 400 Einsatzkräfte von Feuerwehr, Rettungsdienst, THW und Bergwacht waren im Einsatz, Rettungshubschrauber flogen Schwerverletzte in Kliniken nach Kempten, Memmingen und Ulm.",
          "Warum die beiden Züge auf demselben Gleis unterwegs waren, ist noch unklar. Die Bundesstelle für Eisenbahnunfalluntersuchung hat die Ermittlungen aufgenommen, die Staatsanwaltschaft Kempten ermittelt wegen des Verdachts der fahrlässigen Tötung gegen unbekannt.",
          "Nach Informationen der Deutschen Presse-Agentur prüfen die Ermittler unter anderem, ob der Regionalzug ein Haltesignal überfahren hat. Das Stellwerk in Haldenried wurde wegen einer Störung seit dem Vormittag von Hand bedient.",
          "Die Chefin der Alpenland Bahn, Sabine Roth-Kessler, zeigte sich erschüttert. „Unsere Gedanken sind bei den Opfern und ihren Familien“, sagte sie am Abend in Kempten. Das Unternehmen werde die Ermittler vollständig unterstützen.",
          "Die Strecke bleibt nach Angaben der Deutschen Bahn mindestens bis Freitag gesperrt. Zwischen Kempten und Lindach sollen Busse als Ersatzverkehr fahren.",
          "Es ist das schwerste Zugunglück in Bayern seit dem Unfall von Garmisch-Partenkirchen im Juni 2022, bei dem fünf Menschen starben. Bei dem Frontalzusammenstoß von Bad Aibling im Februar 2016 waren zwölf Menschen ums Leben gekommen.",
        ].join("\n\n"),
      },
      {
        id: "s16-train-sz",
        outlet: "Süddeutsche Zeitung",
        language: "de",
        title: "Frontalzusammenstoß auf eingleisiger Strecke: Was über das Zugunglück von Haldenried bekannt ist",
        text: [
          "Es ist kurz vor 19 Uhr, als auf der eingleisigen Allgäu-Strecke zwischen Kempten und Lindach ein Regionalexpress und ein Güterzug ineinanderkrachen. Vier Menschen sterben, 53 werden verletzt, elf davon schwer – so lautet die Bilanz, die die Polizei am Mittwochmorgen vorlegt.",
          "Die Unfallstelle liegt etwa zwei Kilometer südlich des Bahnhofs Haldenried in einem steilen Waldstück. Der Triebwagen der Alpenland Bahn wurde bei dem Aufprall aus den Schienen gehoben und kippte auf die Seite, die Lokomotive des Güterzugs schob sich in den ersten Wagen.",
          "Nach SZ-Informationen war der Regionalzug mit etwa 80 Kilometern pro Stunde unterwegs, als der Lokführer den entgegenkommenden Güterzug bemerkte. Er soll noch eine Schnellbremsung eingeleitet haben.",
          "Im Mittelpunkt der Ermittlungen steht das Stellwerk Haldenried, das seit Dienstagvormittag wegen einer Signalstörung von Hand betrieben wurde. Die Fahrdienstleiter mussten Zugfahrten per Funk und mit schriftlichen Befehlen zulassen. Ob dabei ein Fehler passiert ist oder ob der Lokführer ein rotes Signal missachtet hat, ist offen.",
          "„Wir schließen derzeit nichts aus“, sagte ein Sprecher der Bundesstelle für Eisenbahnunfalluntersuchung, die drei Ermittler an die Unfallstelle geschickt hat. Ein Zwischenbericht werde frühestens in einigen Wochen vorliegen.",
          "Der Fahrgastverband Pro Bahn kritisiert seit Jahren den Zustand der Strecke. „Die Technik in Haldenried stammt aus den Sechzigerjahren“, sagte der schwäbische Regionalvorsitzende Thomas Wiedemann. Eine Modernisierung des Stellwerks war für 2027 geplant.",
          "Das bayerische Verkehrsministerium kündigte an, alle handbedienten Stellwerke im Freistaat überprüfen zu lassen. Nach Angaben des Ministeriums gibt es davon noch 64.",
          "Für die Region ist die Strecke eine Lebensader: Täglich nutzen sie nach Angaben des Betreibers rund 6.000 Pendler und Schüler. Bis mindestens Freitag fahren statt der Züge Busse.",
          "Die Erinnerung an Bad Aibling ist in Bayern noch präsent. Dort waren im Februar 2016 zwei Nahverkehrszüge auf eingleisiger Strecke frontal zusammengestoßen, zwölf Menschen starben. Ein Fahrdienstleiter hatte damals auf seinem Handy gespielt und falsche Signale gegeben.",
        ].join("\n\n"),
      },
      {
        id: "s16-train-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Five killed as passenger train collides with freight train in southern Germany",
        text: [
          "BERLIN (Reuters) - A regional passenger train collided head-on with a freight train in the Allgaeu region of southern Germany on Tuesday evening, killing five people, the Bavarian interior ministry said on Wednesday.",
          "Around 50 people were injured, 14 of them seriously, a ministry spokesperson said, adding that the death toll could rise further.",
          "The train, operated by private rail company Alpenland Bahn, was carrying about 175 passengers when it struck a DB Cargo freight train on a single-track line near the village of Haldenried, some 130 km (80 miles) southwest of Munich.",
          "Among the dead was the driver of the passenger train, police said. More than 400 emergency workers were deployed, and helicopters flew injured passengers to hospitals in Kempten, Memmingen and Ulm.",
          "Investigators were examining whether the passenger train had run a red signal, a person familiar with the investigation told Reuters. The signal box at Haldenried had been operated manually since Tuesday morning because of a technical fault, the person said.",
          "The regional train had been travelling at around 60 km per hour at the time of the collision, according to a preliminary assessment by Germany's federal rail accident investigation agency.",
          "“We are deeply shaken. Our thoughts are with the victims and their families,” Alpenland Bahn Chief Executive Sabine Roth-Kessler told reporters in Kempten.",
          "Prosecutors in Kempten have opened an investigation on suspicion of negligent homicide, a standard step after fatal accidents in Germany.",
          "The line between Kempten and Lindach will remain closed until at least Friday, Deutsche Bahn said.",
          "Germany's deadliest rail accident in recent years occurred in 2016, when two trains collided head-on near Bad Aibling in Bavaria, killing 12 people.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s16-train-dpa",
          quote:
            "Bei einem Zusammenstoß eines Regionalzugs mit einem Güterzug im Allgäu sind am Dienstagabend vier Menschen ums Leben gekommen",
        },
        b: {
          article: "s16-train-reuters",
          quote:
            "A regional passenger train collided head-on with a freight train in the Allgaeu region of southern Germany on Tuesday evening, killing five people",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s16-train-sz", quote: "53 werden verletzt, elf davon schwer" },
        b: {
          article: "s16-train-dpa",
          quote: "Mehr als 50 Menschen wurden nach Angaben der Polizei verletzt, elf von ihnen schwer",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "Mehr als 50 Menschen wurden nach Angaben der Polizei verletzt, elf von ihnen schwer",
        },
        b: { article: "s16-train-reuters", quote: "Around 50 people were injured, 14 of them seriously" },
        figuresDisagree: true,
      },
      {
        a: { article: "s16-train-dpa", quote: "In dem Zug saßen nach Angaben des Betreibers rund 180 Fahrgäste" },
        b: {
          article: "s16-train-reuters",
          quote: "The train, operated by private rail company Alpenland Bahn, was carrying about 175 passengers",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-train-dpa", quote: "Unter den Toten ist der 58 Jahre alte Lokführer des Regionalzugs" },
        b: { article: "s16-train-reuters", quote: "Among the dead was the driver of the passenger train, police said" },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-train-sz", quote: "war der Regionalzug mit etwa 80 Kilometern pro Stunde unterwegs" },
        b: {
          article: "s16-train-reuters",
          quote: "The regional train had been travelling at around 60 km per hour at the time of the collision",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "prüfen die Ermittler unter anderem, ob der Regionalzug ein Haltesignal überfahren hat",
        },
        b: {
          article: "s16-train-reuters",
          quote: "Investigators were examining whether the passenger train had run a red signal",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "Das Stellwerk in Haldenried wurde wegen einer Störung seit dem Vormittag von Hand bedient",
        },
        b: {
          article: "s16-train-reuters",
          quote:
            "The signal box at Haldenried had been operated manually since Tuesday morning because of a technical fault",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-sz",
          quote:
            "das Stellwerk Haldenried, das seit Dienstagvormittag wegen einer Signalstörung von Hand betrieben wurde",
        },
        b: {
          article: "s16-train-dpa",
          quote: "Das Stellwerk in Haldenried wurde wegen einer Störung seit dem Vormittag von Hand bedient",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "Mehr als 400 Einsatzkräfte von Feuerwehr, Rettungsdienst, THW und Bergwacht waren im Einsatz",
        },
        b: { article: "s16-train-reuters", quote: "More than 400 emergency workers were deployed" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "die Staatsanwaltschaft Kempten ermittelt wegen des Verdachts der fahrlässigen Tötung gegen unbekannt",
        },
        b: {
          article: "s16-train-reuters",
          quote: "Prosecutors in Kempten have opened an investigation on suspicion of negligent homicide",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "Die Strecke bleibt nach Angaben der Deutschen Bahn mindestens bis Freitag gesperrt",
        },
        b: {
          article: "s16-train-reuters",
          quote: "The line between Kempten and Lindach will remain closed until at least Friday, Deutsche Bahn said",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "Bei dem Frontalzusammenstoß von Bad Aibling im Februar 2016 waren zwölf Menschen ums Leben gekommen",
        },
        b: {
          article: "s16-train-reuters",
          quote: "when two trains collided head-on near Bad Aibling in Bavaria, killing 12 people",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-train-dpa",
          quote: "„Unsere Gedanken sind bei den Opfern und ihren Familien“, sagte sie am Abend in Kempten",
        },
        b: {
          article: "s16-train-reuters",
          quote:
            "Our thoughts are with the victims and their families,” Alpenland Bahn Chief Executive Sabine Roth-Kessler told reporters in Kempten",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s16-train-dpa",
          quote:
            "Bei einem Zusammenstoß eines Regionalzugs mit einem Güterzug im Allgäu sind am Dienstagabend vier Menschen ums Leben gekommen",
        },
        b: {
          article: "s16-train-reuters",
          quote: "when two trains collided head-on near Bad Aibling in Bavaria, killing 12 people",
        },
      },
      {
        a: {
          article: "s16-train-dpa",
          quote:
            "Es ist das schwerste Zugunglück in Bayern seit dem Unfall von Garmisch-Partenkirchen im Juni 2022, bei dem fünf Menschen starben",
        },
        b: {
          article: "s16-train-reuters",
          quote:
            "A regional passenger train collided head-on with a freight train in the Allgaeu region of southern Germany on Tuesday evening, killing five people",
        },
      },
      {
        a: { article: "s16-train-sz", quote: "53 werden verletzt, elf davon schwer" },
        b: {
          article: "s16-train-reuters",
          quote:
            "A regional passenger train collided head-on with a freight train in the Allgaeu region of southern Germany on Tuesday evening, killing five people",
        },
      },
      {
        a: {
          article: "s16-train-sz",
          quote:
            "Das bayerische Verkehrsministerium kündigte an, alle handbedienten Stellwerke im Freistaat überprüfen zu lassen",
        },
        b: {
          article: "s16-train-reuters",
          quote:
            "The signal box at Haldenried had been operated manually since Tuesday morning because of a technical fault",
        },
      },
      {
        a: {
          article: "s16-train-sz",
          quote: "Täglich nutzen sie nach Angaben des Betreibers rund 6.000 Pendler und Schüler",
        },
        b: {
          article: "s16-train-reuters",
          quote: "The train, operated by private rail company Alpenland Bahn, was carrying about 175 passengers",
        },
      },
      {
        a: { article: "s16-train-sz", quote: "Eine Modernisierung des Stellwerks war für 2027 geplant" },
        b: {
          article: "s16-train-dpa",
          quote: "Das Stellwerk in Haldenried wurde wegen einer Störung seit dem Vormittag von Hand bedient",
        },
      },
    ],
  },
  {
    id: "s16-cyber",
    articles: [
      {
        id: "s16-cyber-tagesschau",
        outlet: "tagesschau.de",
        language: "de",
        title: "Hackerangriff legt Stadtwerke Hellwegen lahm",
        text: [
          "Ein Cyberangriff hat große Teile der IT der Stadtwerke Hellwegen lahmgelegt. Die Strom-, Gas- und Wasserversorgung für die rund 210.000 Kundinnen und Kunden sei aber zu keinem Zeitpunkt gefährdet gewesen, teilte das Unternehmen mit.",
          "Die Angreifer waren in der Nacht zum Sonntag in das Netzwerk eingedrungen und hatten zahlreiche Server verschlüsselt. Betroffen sind unter anderem das Abrechnungssystem, das Kundenportal und die Telefon-Hotline.",
          "„Wir haben die Systeme sofort vom Netz genommen, um Schlimmeres zu verhindern“, sagte Stadtwerke-Chefin Andrea Fuhrmann. Die Leitstellen für Strom und Wasser arbeiteten auf einem getrennten Netz und seien nicht betroffen. Das kommunale Unternehmen beschäftigt rund 1.400 Menschen.",
          "Zu dem Angriff bekannte sich am Dienstag die Hackergruppe „Black Ember“. Auf ihrer Seite im Darknet behauptet sie, rund 300 Gigabyte an Daten erbeutet zu haben, und veröffentlichte erste Auszüge, darunter Kundenlisten und interne E-Mails.",
          "Nach Informationen des WDR fordern die Täter rund 2,5 Millionen Euro in der Kryptowährung Bitcoin. Die Stadtwerke wollen nicht zahlen. „Wir lassen uns nicht erpressen“, sagte Fuhrmann.",
          "Ermittelt wird von der Zentral- und Ansprechstelle Cybercrime (ZAC NRW) der Staatsanwaltschaft Köln. Auch das Bundesamt für Sicherheit in der Informationstechnik (BSI) unterstützt das Unternehmen.",
          "Nach ersten Erkenntnissen könnten Daten von bis zu 90.000 Kunden betroffen sein, darunter Namen, Adressen und Bankverbindungen. Die Verbraucherzentrale NRW rät, in den kommenden Wochen besonders vorsichtig bei E-Mails und Anrufen zu sein, die angeblich von den Stadtwerken stammen.",
          "Auch der Busverkehr ist betroffen: Die Fahrgastinformation an den Haltestellen und die Ticket-App der Stadtwerke funktionieren nicht, die Busse fahren aber nach Plan.",
          "Bis alle Systeme wieder laufen, könnte es nach Einschätzung der Stadtwerke bis zu vier Wochen dauern. Abschlagszahlungen für Strom und Gas werden bis dahin nicht eingezogen.",
          "Es ist nicht der erste Angriff dieser Art in Nordrhein-Westfalen: Im Oktober 2023 hatten Hacker den kommunalen IT-Dienstleister Südwestfalen-IT angegriffen, mehr als 70 Kommunen waren danach wochenlang nur eingeschränkt arbeitsfähig.",
        ].join("\n\n"),
      },
      {
        id: "s16-cyber-bbc",
        outlet: "BBC",
        language: "en",
        title: "German city's utility hit by ransomware attack",
        text: [
          "A ransomware attack has crippled the computer systems of a municipal utility in western Germany, leaving customers unable to reach it by phone or online.",
          "Stadtwerke Hellwegen, which supplies electricity, gas and water to more than 200,000 customers in the city and surrounding area, said supplies had not been affected.",
          "Hackers broke into the company's network overnight into Sunday and encrypted dozens of servers, including those used for billing and the customer portal.",
          "A cyber-criminal group calling itself Black Ember said on its leak site on Tuesday that it had stolen 300GB of data. It posted what it said were samples, including customer lists and internal emails.",
          "Chief executive Andrea Fuhrmann said the company had taken its systems offline immediately. “We will not give in to blackmail,” Ms Fuhrmann said.",
          "The control rooms that run the power and water networks are on a separate network and were not compromised, the company said.",
          "Germany's federal cyber-security agency, the BSI, is helping the utility, and prosecutors in Cologne who specialise in cybercrime have opened an investigation.",
          "The company said the personal data of as many as 60,000 customers may have been stolen, including names, addresses and bank details. Consumer groups have warned people to be wary of phishing emails and calls.",
          "German councils and public utilities have increasingly become targets for cyber-criminals. In 2023, an attack on the IT provider Südwestfalen-IT disrupted services in more than 70 local authorities for months.",
        ].join("\n\n"),
      },
      {
        id: "s16-cyber-ap",
        outlet: "AP",
        language: "en",
        title: "Hackers demand ransom after crippling German city utility's computers",
        text: [
          "BERLIN (AP) — Hackers who paralyzed the computer systems of a municipal utility in the western German city of Hellwegen are demanding a ransom of 4 million euros ($4.3 million), a person familiar with the investigation said Wednesday.",
          "The person, who spoke on condition of anonymity because the investigation is ongoing, said the demand was made in bitcoin. Stadtwerke Hellwegen, which employs about 1,400 people, has said it will not pay.",
          "The utility serves more than 200,000 electricity, gas and water customers, and supplies have not been disrupted, the company said.",
          "A group calling itself Black Ember has claimed responsibility for the attack, which began early Sunday. On Tuesday it published samples of what it said were 300 gigabytes of stolen data.",
          "Mayor Jörg Weskamp said the city administration's own computers were not affected because they run on a separate network. “Our citizens can rely on the essentials — electricity, water, heating,” Weskamp said.",
          "Restoring all systems will take at least six weeks, Weskamp told reporters.",
          "Until then, the utility will not collect monthly payments for electricity and gas, and customers cannot reach it through its phone hotline.",
          "The bus network run by the utility continued to operate, but digital timetable displays at stops and its ticketing app were down.",
          "Germany's Federal Office for Information Security has repeatedly warned that ransomware is the biggest threat to public institutions. In 2023, an attack on a regional IT service provider knocked out online services for more than 70 municipalities in North Rhine-Westphalia.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote:
            "Die Strom-, Gas- und Wasserversorgung für die rund 210.000 Kundinnen und Kunden sei aber zu keinem Zeitpunkt gefährdet gewesen",
        },
        b: { article: "s16-cyber-ap", quote: "supplies have not been disrupted, the company said" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-bbc",
          quote:
            "which supplies electricity, gas and water to more than 200,000 customers in the city and surrounding area",
        },
        b: {
          article: "s16-cyber-ap",
          quote: "The utility serves more than 200,000 electricity, gas and water customers",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote:
            "Die Angreifer waren in der Nacht zum Sonntag in das Netzwerk eingedrungen und hatten zahlreiche Server verschlüsselt",
        },
        b: {
          article: "s16-cyber-bbc",
          quote: "Hackers broke into the company's network overnight into Sunday and encrypted dozens of servers",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Auf ihrer Seite im Darknet behauptet sie, rund 300 Gigabyte an Daten erbeutet zu haben",
        },
        b: {
          article: "s16-cyber-bbc",
          quote:
            "A cyber-criminal group calling itself Black Ember said on its leak site on Tuesday that it had stolen 300GB of data",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Nach Informationen des WDR fordern die Täter rund 2,5 Millionen Euro in der Kryptowährung Bitcoin",
        },
        b: {
          article: "s16-cyber-ap",
          quote:
            "Hackers who paralyzed the computer systems of a municipal utility in the western German city of Hellwegen are demanding a ransom of 4 million euros ($4.3 million)",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s16-cyber-tagesschau", quote: "„Wir lassen uns nicht erpressen“, sagte Fuhrmann" },
        b: { article: "s16-cyber-bbc", quote: "“We will not give in to blackmail,” Ms Fuhrmann said" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Die Leitstellen für Strom und Wasser arbeiteten auf einem getrennten Netz und seien nicht betroffen",
        },
        b: {
          article: "s16-cyber-bbc",
          quote:
            "The control rooms that run the power and water networks are on a separate network and were not compromised",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Auch das Bundesamt für Sicherheit in der Informationstechnik (BSI) unterstützt das Unternehmen",
        },
        b: {
          article: "s16-cyber-bbc",
          quote: "Germany's federal cyber-security agency, the BSI, is helping the utility",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Ermittelt wird von der Zentral- und Ansprechstelle Cybercrime (ZAC NRW) der Staatsanwaltschaft Köln",
        },
        b: {
          article: "s16-cyber-bbc",
          quote: "prosecutors in Cologne who specialise in cybercrime have opened an investigation",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Nach ersten Erkenntnissen könnten Daten von bis zu 90.000 Kunden betroffen sein",
        },
        b: {
          article: "s16-cyber-bbc",
          quote: "The company said the personal data of as many as 60,000 customers may have been stolen",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Bis alle Systeme wieder laufen, könnte es nach Einschätzung der Stadtwerke bis zu vier Wochen dauern",
        },
        b: {
          article: "s16-cyber-ap",
          quote: "Restoring all systems will take at least six weeks, Weskamp told reporters",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Abschlagszahlungen für Strom und Gas werden bis dahin nicht eingezogen",
        },
        b: {
          article: "s16-cyber-ap",
          quote: "Until then, the utility will not collect monthly payments for electricity and gas",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote:
            "Die Fahrgastinformation an den Haltestellen und die Ticket-App der Stadtwerke funktionieren nicht, die Busse fahren aber nach Plan",
        },
        b: {
          article: "s16-cyber-ap",
          quote:
            "The bus network run by the utility continued to operate, but digital timetable displays at stops and its ticketing app were down",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-cyber-bbc",
          quote:
            "In 2023, an attack on the IT provider Südwestfalen-IT disrupted services in more than 70 local authorities for months",
        },
        b: {
          article: "s16-cyber-ap",
          quote:
            "In 2023, an attack on a regional IT service provider knocked out online services for more than 70 municipalities in North Rhine-Westphalia",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s16-cyber-tagesschau", quote: "Das kommunale Unternehmen beschäftigt rund 1.400 Menschen" },
        b: {
          article: "s16-cyber-bbc",
          quote:
            "which supplies electricity, gas and water to more than 200,000 customers in the city and surrounding area",
        },
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Im Oktober 2023 hatten Hacker den kommunalen IT-Dienstleister Südwestfalen-IT angegriffen",
        },
        b: {
          article: "s16-cyber-ap",
          quote:
            "A group calling itself Black Ember has claimed responsibility for the attack, which began early Sunday",
        },
      },
      {
        a: { article: "s16-cyber-tagesschau", quote: "„Wir lassen uns nicht erpressen“, sagte Fuhrmann" },
        b: {
          article: "s16-cyber-ap",
          quote:
            "Hackers who paralyzed the computer systems of a municipal utility in the western German city of Hellwegen are demanding a ransom of 4 million euros ($4.3 million)",
        },
      },
      {
        a: {
          article: "s16-cyber-bbc",
          quote:
            "The control rooms that run the power and water networks are on a separate network and were not compromised",
        },
        b: {
          article: "s16-cyber-ap",
          quote:
            "Mayor Jörg Weskamp said the city administration's own computers were not affected because they run on a separate network",
        },
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Nach ersten Erkenntnissen könnten Daten von bis zu 90.000 Kunden betroffen sein",
        },
        b: {
          article: "s16-cyber-bbc",
          quote:
            "which supplies electricity, gas and water to more than 200,000 customers in the city and surrounding area",
        },
      },
      {
        a: {
          article: "s16-cyber-tagesschau",
          quote: "Betroffen sind unter anderem das Abrechnungssystem, das Kundenportal und die Telefon-Hotline",
        },
        b: {
          article: "s16-cyber-ap",
          quote:
            "The bus network run by the utility continued to operate, but digital timetable displays at stops and its ticketing app were down",
        },
      },
    ],
  },
  {
    id: "s16-takeover",
    articles: [
      {
        id: "s16-takeover-faz",
        outlet: "FAZ",
        language: "de",
        title: "Schwedischer Konkurrent will Brenner Medizintechnik übernehmen",
        text: [
          "Der Tuttlinger Medizintechnikhersteller Brenner soll schwedisch werden. Der Stockholmer Konzern Norvik Medical bietet den Aktionären 48 Euro je Aktie in bar, wie beide Unternehmen am Montagmorgen mitteilten. Das entspricht einem Aufschlag von 34 Prozent auf den Schlusskurs vom Freitag. Insgesamt wird Brenner damit mit rund 2,6 Milliarden Euro bewertet.",
          "An der Börse schoss die Brenner-Aktie daraufhin um bis zu 30 Prozent nach oben und notierte am Nachmittag bei 46,10 Euro, knapp unter dem Angebotspreis.",
          "Vorstand und Aufsichtsrat von Brenner begrüßen das Angebot und wollen es den Aktionären nach Prüfung der Angebotsunterlage zur Annahme empfehlen. „Unter dem Dach von Norvik können wir unsere Produkte deutlich schneller in die Vereinigten Staaten und nach Asien bringen“, sagte Vorstandschef Klaus Hettich.",
          "Entscheidend dürfte die Gründerfamilie sein, die nach wie vor rund 28 Prozent der Anteile hält. Die Familie hat nach Angaben von Norvik bereits zugesagt, ihre Aktien anzudienen.",
          "Norvik hat eine Mindestannahmeschwelle von 65 Prozent festgelegt. Finanziert werden soll der Kauf aus vorhandenen Barmitteln und einem Brückenkredit mehrerer Banken.",
          "Für die Belegschaft hat Norvik Zusagen gemacht: Der Stammsitz in Tuttlingen soll erhalten bleiben, betriebsbedingte Kündigungen sind bis Ende 2028 ausgeschlossen. Am Stammsitz arbeiten rund 2.100 Menschen, weltweit beschäftigt Brenner rund 4.800 Mitarbeiter.",
          "Die IG Metall reagierte zurückhaltend. „Papier ist geduldig, wir erwarten eine verbindliche Standortvereinbarung“, sagte Petra Kaiser, Erste Bevollmächtigte der IG Metall Albstadt.",
          "Brenner stellt vor allem chirurgische Instrumente und Endoskopie-Systeme her und erzielte im vergangenen Jahr einen Umsatz von 1,1 Milliarden Euro. Norvik, bekannt für Implantate und Geräte für die Intensivmedizin, setzte umgerechnet 3,4 Milliarden Euro um.",
          "Es ist nicht der erste Anlauf der Schweden. Bereits 2021 hatte Norvik 36 Euro je Aktie geboten, war damals aber am Widerstand der Familie gescheitert.",
          "Die Übernahme muss noch von den Kartellbehörden genehmigt werden, unter anderem von der EU-Kommission. Der Abschluss wird für das erste Halbjahr des kommenden Jahres erwartet.",
        ].join("\n\n"),
      },
      {
        id: "s16-takeover-ft",
        outlet: "Financial Times",
        language: "en",
        title: "Sweden's Norvik bids €2.6bn for German surgical tools maker Brenner",
        text: [
          "Swedish medical technology group Norvik Medical has agreed a €2.6bn takeover of Brenner Medizintechnik, in a deal that would create one of Europe's largest suppliers of surgical equipment.",
          "Norvik will pay €48 a share in cash for the Tuttlingen-based company, a premium of 34 per cent to Friday's closing price. Including debt, the deal values Brenner at about €2.9bn.",
          "Brenner's management and supervisory boards said they backed the offer and intended to recommend that shareholders accept it.",
          "The Brenner family, which founded the company in 1921 and still holds a significant stake, has agreed to tender its shares, Norvik said.",
          "“This is a combination that makes strategic sense for both sides,” Norvik chief executive Erik Lindqvist told the Financial Times. “Brenner's instruments and our intensive care portfolio are highly complementary.”",
          "Lindqvist said Norvik expected annual cost savings of about €120mn by the third year after completion, mainly in purchasing and distribution rather than from cutting jobs in Germany.",
          "Norvik has promised to keep Brenner's headquarters in Tuttlingen. It has also pledged that there will be no compulsory redundancies until the end of 2027.",
          "Brenner, which employs about 4,800 people, reported revenue of €1.1bn last year, while Norvik had sales of SKr38bn (€3.4bn).",
          "The offer is subject to a minimum acceptance threshold of 75 per cent and to antitrust approval, including from the European Commission.",
          "Norvik made an approach for Brenner in 2021 at €36 a share but was rebuffed by the founding family.",
        ].join("\n\n"),
      },
      {
        id: "s16-takeover-bloomberg",
        outlet: "Bloomberg",
        language: "en",
        title: "Norvik to Buy German Medtech Firm Brenner in $2.8 Billion Deal",
        text: [
          "(Bloomberg) -- Norvik Medical AB agreed to buy Brenner Medizintechnik AG for about €2.6 billion ($2.8 billion), adding surgical instruments to the Swedish company's portfolio of implants and intensive-care equipment.",
          "Norvik will pay €48 in cash for each Brenner share, the companies said in statements Monday. Brenner shares rose as much as 30% in Frankfurt trading, the biggest intraday gain since the company went public in 2006.",
          "The Brenner family, which owns about 35% of the company, has committed to accept the offer, according to the statement.",
          "The deal is Norvik's biggest acquisition and comes after an earlier attempt to buy Brenner failed in 2021. It will be financed with cash on hand and a bridge loan from SEB, Deutsche Bank and Nordea, according to people familiar with the matter.",
          "Medical technology companies have been seeking scale as hospitals push for lower prices and European regulators tighten approval rules for devices.",
          "Brenner, based in Tuttlingen in southern Germany, a town known as the world center of surgical instruments, employs roughly 4,800 people. It generated sales of €1.1 billion last year.",
          "Norvik shares fell 4.2% in Stockholm, as some analysts questioned the price. “They are paying a full multiple for a business with modest growth,” said Anna Berglund, an analyst at Carnegie in Stockholm.",
          "Brenner Chief Executive Officer Klaus Hettich said the combination would help the company expand faster in the US and Asia.",
          "Norvik expects the transaction to be completed in the first half of next year, pending regulatory approvals.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s16-takeover-faz",
          quote: "Der Stockholmer Konzern Norvik Medical bietet den Aktionären 48 Euro je Aktie in bar",
        },
        b: {
          article: "s16-takeover-ft",
          quote: "Norvik will pay €48 a share in cash for the Tuttlingen-based company",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote: "Das entspricht einem Aufschlag von 34 Prozent auf den Schlusskurs vom Freitag",
        },
        b: { article: "s16-takeover-ft", quote: "a premium of 34 per cent to Friday's closing price" },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-takeover-faz", quote: "Insgesamt wird Brenner damit mit rund 2,6 Milliarden Euro bewertet" },
        b: {
          article: "s16-takeover-bloomberg",
          quote: "Norvik Medical AB agreed to buy Brenner Medizintechnik AG for about €2.6 billion ($2.8 billion)",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-ft",
          quote:
            "Swedish medical technology group Norvik Medical has agreed a €2.6bn takeover of Brenner Medizintechnik",
        },
        b: {
          article: "s16-takeover-bloomberg",
          quote: "Norvik Medical AB agreed to buy Brenner Medizintechnik AG for about €2.6 billion ($2.8 billion)",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote: "An der Börse schoss die Brenner-Aktie daraufhin um bis zu 30 Prozent nach oben",
        },
        b: { article: "s16-takeover-bloomberg", quote: "Brenner shares rose as much as 30% in Frankfurt trading" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote:
            "Vorstand und Aufsichtsrat von Brenner begrüßen das Angebot und wollen es den Aktionären nach Prüfung der Angebotsunterlage zur Annahme empfehlen",
        },
        b: {
          article: "s16-takeover-ft",
          quote:
            "Brenner's management and supervisory boards said they backed the offer and intended to recommend that shareholders accept it",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote: "Entscheidend dürfte die Gründerfamilie sein, die nach wie vor rund 28 Prozent der Anteile hält",
        },
        b: {
          article: "s16-takeover-bloomberg",
          quote: "The Brenner family, which owns about 35% of the company, has committed to accept the offer",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote: "Die Familie hat nach Angaben von Norvik bereits zugesagt, ihre Aktien anzudienen",
        },
        b: {
          article: "s16-takeover-ft",
          quote:
            "The Brenner family, which founded the company in 1921 and still holds a significant stake, has agreed to tender its shares, Norvik said",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-takeover-faz", quote: "betriebsbedingte Kündigungen sind bis Ende 2028 ausgeschlossen" },
        b: {
          article: "s16-takeover-ft",
          quote: "It has also pledged that there will be no compulsory redundancies until the end of 2027",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s16-takeover-faz", quote: "Norvik hat eine Mindestannahmeschwelle von 65 Prozent festgelegt" },
        b: {
          article: "s16-takeover-ft",
          quote: "The offer is subject to a minimum acceptance threshold of 75 per cent",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote: "Finanziert werden soll der Kauf aus vorhandenen Barmitteln und einem Brückenkredit mehrerer Banken",
        },
        b: {
          article: "s16-takeover-bloomberg",
          quote: "It will be financed with cash on hand and a bridge loan from SEB, Deutsche Bank and Nordea",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-takeover-faz", quote: "Bereits 2021 hatte Norvik 36 Euro je Aktie geboten" },
        b: {
          article: "s16-takeover-ft",
          quote: "Norvik made an approach for Brenner in 2021 at €36 a share but was rebuffed by the founding family",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-ft",
          quote: "Brenner, which employs about 4,800 people, reported revenue of €1.1bn last year",
        },
        b: { article: "s16-takeover-bloomberg", quote: "It generated sales of €1.1 billion last year" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote:
            "„Unter dem Dach von Norvik können wir unsere Produkte deutlich schneller in die Vereinigten Staaten und nach Asien bringen“, sagte Vorstandschef Klaus Hettich",
        },
        b: {
          article: "s16-takeover-bloomberg",
          quote:
            "Brenner Chief Executive Officer Klaus Hettich said the combination would help the company expand faster in the US and Asia",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "s16-takeover-faz", quote: "Insgesamt wird Brenner damit mit rund 2,6 Milliarden Euro bewertet" },
        b: { article: "s16-takeover-ft", quote: "Including debt, the deal values Brenner at about €2.9bn" },
      },
      {
        a: { article: "s16-takeover-faz", quote: "Bereits 2021 hatte Norvik 36 Euro je Aktie geboten" },
        b: { article: "s16-takeover-bloomberg", quote: "Norvik will pay €48 in cash for each Brenner share" },
      },
      {
        a: { article: "s16-takeover-faz", quote: "Am Stammsitz arbeiten rund 2.100 Menschen" },
        b: {
          article: "s16-takeover-bloomberg",
          quote:
            "Brenner, based in Tuttlingen in southern Germany, a town known as the world center of surgical instruments, employs roughly 4,800 people",
        },
      },
      {
        a: {
          article: "s16-takeover-faz",
          quote: "und erzielte im vergangenen Jahr einen Umsatz von 1,1 Milliarden Euro",
        },
        b: { article: "s16-takeover-ft", quote: "while Norvik had sales of SKr38bn (€3.4bn)" },
      },
      {
        a: { article: "s16-takeover-bloomberg", quote: "Norvik shares fell 4.2% in Stockholm" },
        b: {
          article: "s16-takeover-faz",
          quote: "An der Börse schoss die Brenner-Aktie daraufhin um bis zu 30 Prozent nach oben",
        },
      },
      {
        a: {
          article: "s16-takeover-ft",
          quote:
            "Lindqvist said Norvik expected annual cost savings of about €120mn by the third year after completion",
        },
        b: {
          article: "s16-takeover-bloomberg",
          quote: "Norvik expects the transaction to be completed in the first half of next year",
        },
      },
    ],
  },
  {
    id: "s16-drought",
    articles: [
      {
        id: "s16-drought-orf",
        outlet: "ORF",
        language: "de",
        title: "Wasser wird knapp: Verbot für Pools und Rasensprenger im Weinviertel",
        text: [
          "Wegen der anhaltenden Trockenheit gelten ab Samstag in 38 Gemeinden im nördlichen Weinviertel strenge Einschränkungen beim Wasserverbrauch. Betroffen sind rund 95.000 Menschen, die vom Wasserverband Pulkautal versorgt werden.",
          "Verboten ist dann das Befüllen privater Schwimmbecken, das Waschen von Autos außerhalb von Waschanlagen und das Bewässern von Gärten und Rasenflächen zwischen 8.00 und 20.00 Uhr. Wer sich nicht daran hält, muss mit einer Strafe von bis zu 1.000 Euro rechnen.",
          "„Wir sind an der Grenze dessen, was unsere Brunnen liefern können“, sagte Verbandsobmann Herbert Zeilinger. An heißen Tagen sei der Verbrauch zuletzt auf bis zu 21.000 Kubikmeter gestiegen, normal seien rund 14.000 Kubikmeter pro Tag.",
          "Seit März fielen in der Region laut GeoSphere Austria nur rund 85 Liter Regen pro Quadratmeter – etwa 40 Prozent der sonst üblichen Menge. Dazu kommt die Hitze: In Retz wurden am Mittwoch 36,4 Grad gemessen.",
          "In drei Ortschaften – Unterpulkau, Hollabrunnsdorf und Altweiden – sind die Hausbrunnen bereits trocken, dort bringt das Bundesheer seit Montag mit Tankwagen Trinkwasser.",
          "Die Landwirtschaftskammer Niederösterreich rechnet mit massiven Ernteausfällen. Bei Getreide und Mais drohten Einbußen von bis zu 50 Prozent, der Schaden könnte sich auf rund 150 Millionen Euro summieren.",
          "Landesrat Martin Grabner kündigte ein Hilfspaket für betroffene Betriebe an. „Niemand wird mit diesem Schaden allein gelassen“, sagte Grabner bei einem Lokalaugenschein in Laa an der Thaya.",
          "Langfristig will das Land die Wasserversorgung im Weinviertel mit einer neuen Transportleitung aus dem Tullnerfeld absichern. Das Projekt soll rund 60 Millionen Euro kosten und bis 2030 fertig sein.",
          "Die Einschränkungen gelten vorerst bis Ende August. Kontrolliert wird von den Gemeinden, in einigen Orten sind dafür eigene Mitarbeiter unterwegs.",
        ].join("\n\n"),
      },
      {
        id: "s16-drought-dpa",
        outlet: "dpa",
        language: "de",
        title: "Dürre in Österreich: Wasser im Weinviertel rationiert",
        text: [
          "Wien (dpa) - Wegen einer monatelangen Dürre ist im Nordosten Österreichs das Trinkwasser knapp geworden. Im Weinviertel nördlich von Wien dürfen etwa 120.000 Einwohner ab Samstag weder ihre Pools befüllen noch tagsüber ihre Gärten gießen.",
          "Auch das Autowaschen ist außerhalb von Waschanlagen untersagt, wie der zuständige Wasserverband mitteilte. Die Regeln gelten in rund 40 Gemeinden, bei Verstößen drohen Geldstrafen von bis zu 1.000 Euro.",
          "Der Wasserverbrauch sei an heißen Tagen um die Hälfte gestiegen, während die Brunnen wegen des gesunkenen Grundwasserspiegels weniger lieferten, hieß es.",
          "In der Region fiel seit dem Frühjahr nur etwa 40 Prozent der üblichen Niederschlagsmenge. Der staatliche Wetterdienst GeoSphere Austria spricht von der trockensten ersten Jahreshälfte seit Beginn der Aufzeichnungen vor mehr als 250 Jahren.",
          "Einige Dörfer sind bereits auf Wasser aus Tankwagen angewiesen, das Soldaten des österreichischen Bundesheeres verteilen.",
          "Landwirte rechnen mit hohen Verlusten. Nach Schätzung der Landwirtschaftskammer könnte bei Getreide bis zur Hälfte der Ernte ausfallen.",
          "Das Weinviertel ist eines der trockensten Gebiete Österreichs und bekannt für seinen Weinbau. Die Winzer sehen die Lage bislang gelassener, weil tief wurzelnde Reben Trockenheit besser vertragen.",
          "Auch in anderen Teilen Mitteleuropas ist es derzeit extrem trocken. In Tschechien riefen mehrere Bezirke im Süden des Landes die Bevölkerung ebenfalls zum Wassersparen auf.",
        ].join("\n\n"),
      },
      {
        id: "s16-drought-afp",
        outlet: "AFP",
        language: "en",
        title: "Austrian wine region bans pool filling as drought bites",
        text: [
          "Vienna (AFP) - Authorities in Austria's Weinviertel wine region have banned residents from filling swimming pools and watering lawns during the day, as a months-long drought drains wells and groundwater.",
          "The restrictions, which take effect on Saturday, apply to about 40 municipalities north of Vienna, the regional water authority said. Violators face fines of up to 2,000 euros ($2,300).",
          "“We are at the limit of what our wells can deliver,” said Herbert Zeilinger, head of the Pulkautal water association, adding that consumption on hot days had jumped by half.",
          "The region has received less than half its usual rainfall since March, according to the national weather service GeoSphere Austria, and temperatures have topped 36 degrees Celsius this week.",
          "In three villages where private wells have run dry, soldiers are delivering drinking water in tanker trucks.",
          "Farmers are bracing for heavy losses. The Lower Austrian chamber of agriculture estimates damage to crops at around 200 million euros. It expects grain and maize yields to fall by up to half.",
          "Regional official Martin Grabner promised an aid package for affected farms. The state government also plans a 60-million-euro pipeline to bring water to the region from the Tullnerfeld basin by 2030.",
          "Austria, like much of central Europe, has been hit by increasingly frequent droughts in recent years. In 2018, a dry summer cost Austrian farmers an estimated 210 million euros, according to the country's hail insurer.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s16-drought-orf",
          quote: "Betroffen sind rund 95.000 Menschen, die vom Wasserverband Pulkautal versorgt werden",
        },
        b: {
          article: "s16-drought-dpa",
          quote:
            "Im Weinviertel nördlich von Wien dürfen etwa 120.000 Einwohner ab Samstag weder ihre Pools befüllen noch tagsüber ihre Gärten gießen",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote:
            "gelten ab Samstag in 38 Gemeinden im nördlichen Weinviertel strenge Einschränkungen beim Wasserverbrauch",
        },
        b: {
          article: "s16-drought-afp",
          quote: "The restrictions, which take effect on Saturday, apply to about 40 municipalities north of Vienna",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote: "Wer sich nicht daran hält, muss mit einer Strafe von bis zu 1.000 Euro rechnen",
        },
        b: { article: "s16-drought-afp", quote: "Violators face fines of up to 2,000 euros ($2,300)" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote: "Wer sich nicht daran hält, muss mit einer Strafe von bis zu 1.000 Euro rechnen",
        },
        b: { article: "s16-drought-dpa", quote: "bei Verstößen drohen Geldstrafen von bis zu 1.000 Euro" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote:
            "„Wir sind an der Grenze dessen, was unsere Brunnen liefern können“, sagte Verbandsobmann Herbert Zeilinger",
        },
        b: {
          article: "s16-drought-afp",
          quote:
            "“We are at the limit of what our wells can deliver,” said Herbert Zeilinger, head of the Pulkautal water association",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-drought-dpa", quote: "Der Wasserverbrauch sei an heißen Tagen um die Hälfte gestiegen" },
        b: { article: "s16-drought-afp", quote: "adding that consumption on hot days had jumped by half" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote:
            "An heißen Tagen sei der Verbrauch zuletzt auf bis zu 21.000 Kubikmeter gestiegen, normal seien rund 14.000 Kubikmeter pro Tag",
        },
        b: { article: "s16-drought-dpa", quote: "Der Wasserverbrauch sei an heißen Tagen um die Hälfte gestiegen" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote:
            "Seit März fielen in der Region laut GeoSphere Austria nur rund 85 Liter Regen pro Quadratmeter – etwa 40 Prozent der sonst üblichen Menge",
        },
        b: {
          article: "s16-drought-afp",
          quote:
            "The region has received less than half its usual rainfall since March, according to the national weather service GeoSphere Austria",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-drought-orf", quote: "In Retz wurden am Mittwoch 36,4 Grad gemessen" },
        b: { article: "s16-drought-afp", quote: "temperatures have topped 36 degrees Celsius this week" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote:
            "In drei Ortschaften – Unterpulkau, Hollabrunnsdorf und Altweiden – sind die Hausbrunnen bereits trocken, dort bringt das Bundesheer seit Montag mit Tankwagen Trinkwasser",
        },
        b: {
          article: "s16-drought-afp",
          quote:
            "In three villages where private wells have run dry, soldiers are delivering drinking water in tanker trucks",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-drought-orf", quote: "der Schaden könnte sich auf rund 150 Millionen Euro summieren" },
        b: {
          article: "s16-drought-afp",
          quote: "The Lower Austrian chamber of agriculture estimates damage to crops at around 200 million euros",
        },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-drought-dpa",
          quote: "Nach Schätzung der Landwirtschaftskammer könnte bei Getreide bis zur Hälfte der Ernte ausfallen",
        },
        b: { article: "s16-drought-afp", quote: "It expects grain and maize yields to fall by up to half" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote: "Landesrat Martin Grabner kündigte ein Hilfspaket für betroffene Betriebe an",
        },
        b: {
          article: "s16-drought-afp",
          quote: "Regional official Martin Grabner promised an aid package for affected farms",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-drought-orf",
          quote: "Das Projekt soll rund 60 Millionen Euro kosten und bis 2030 fertig sein",
        },
        b: {
          article: "s16-drought-afp",
          quote:
            "The state government also plans a 60-million-euro pipeline to bring water to the region from the Tullnerfeld basin by 2030",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s16-drought-afp",
          quote:
            "In 2018, a dry summer cost Austrian farmers an estimated 210 million euros, according to the country's hail insurer",
        },
        b: { article: "s16-drought-orf", quote: "der Schaden könnte sich auf rund 150 Millionen Euro summieren" },
      },
      {
        a: {
          article: "s16-drought-orf",
          quote:
            "Seit März fielen in der Region laut GeoSphere Austria nur rund 85 Liter Regen pro Quadratmeter – etwa 40 Prozent der sonst üblichen Menge",
        },
        b: { article: "s16-drought-afp", quote: "temperatures have topped 36 degrees Celsius this week" },
      },
      {
        a: {
          article: "s16-drought-dpa",
          quote:
            "In Tschechien riefen mehrere Bezirke im Süden des Landes die Bevölkerung ebenfalls zum Wassersparen auf",
        },
        b: {
          article: "s16-drought-orf",
          quote:
            "gelten ab Samstag in 38 Gemeinden im nördlichen Weinviertel strenge Einschränkungen beim Wasserverbrauch",
        },
      },
      {
        a: {
          article: "s16-drought-orf",
          quote: "Betroffen sind rund 95.000 Menschen, die vom Wasserverband Pulkautal versorgt werden",
        },
        b: {
          article: "s16-drought-afp",
          quote: "The restrictions, which take effect on Saturday, apply to about 40 municipalities north of Vienna",
        },
      },
      {
        a: {
          article: "s16-drought-dpa",
          quote: "Die Winzer sehen die Lage bislang gelassener, weil tief wurzelnde Reben Trockenheit besser vertragen",
        },
        b: { article: "s16-drought-afp", quote: "It expects grain and maize yields to fall by up to half" },
      },
      {
        a: { article: "s16-drought-orf", quote: "Die Einschränkungen gelten vorerst bis Ende August" },
        b: {
          article: "s16-drought-afp",
          quote: "The restrictions, which take effect on Saturday, apply to about 40 municipalities north of Vienna",
        },
      },
    ],
  },
  {
    id: "s16-museum",
    articles: [
      {
        id: "s16-museum-zeit",
        outlet: "Die Zeit",
        language: "de",
        title: "Einbruch in Schloss Wettenstein: Goldmünzen und Tabatiere gestohlen",
        text: [
          "Unbekannte sind in der Nacht zum Donnerstag in das Residenzschloss Wettenstein in Sachsen-Anhalt eingebrochen und haben Teile des Münzkabinetts erbeutet. Unter der Beute sind rund 280 Goldmünzen aus der Barockzeit sowie eine mit Diamanten besetzte goldene Tabatiere, wie die Polizei in Halle mitteilte.",
          "Die Täter verschafften sich gegen drei Uhr nachts über ein Fenster im Erdgeschoss des Ostflügels Zugang zum Museum. Sie zerschlugen mit Äxten zwei Vitrinen und flüchteten nach wenigen Minuten.",
          "Die Alarmanlage löste nach Angaben der Polizei aus, als die Täter in den Ausstellungsraum eindrangen. Als die ersten Streifenwagen eintrafen, waren die Einbrecher bereits verschwunden.",
          "Den Wert der Beute schätzt das Museum auf rund vier Millionen Euro. Der kulturhistorische Wert sei jedoch „unermesslich“, sagte Museumsdirektorin Claudia Hensel. „Diese Sammlung ist das Gedächtnis unserer Region.“",
          "Besonders schmerzt der Verlust der sogenannten Wettensteiner Tabatiere. Die Dose aus Gold, besetzt mit mehr als 200 Diamanten, war um 1760 für den damaligen Grafen von Wettenstein angefertigt worden.",
          "Die Polizei hat eine Sonderkommission mit 25 Beamten eingerichtet und sucht nach Zeugen. Für Hinweise, die zur Ergreifung der Täter führen, ist eine Belohnung von 50.000 Euro ausgesetzt.",
          "Sachsen-Anhalts Kulturminister Rainer Lessmann sprach von einem „Angriff auf unser kulturelles Erbe“. Er kündigte an, die Sicherheitskonzepte aller Landesmuseen überprüfen zu lassen.",
          "Der Fall weckt Erinnerungen an den Einbruch ins Grüne Gewölbe in Dresden im November 2019. Damals hatten Täter Juwelen von unschätzbarem Wert erbeutet, ein Teil der Stücke wurde später zurückgegeben.",
        ].join("\n\n"),
      },
      {
        id: "s16-museum-spiegel",
        outlet: "Der Spiegel",
        language: "de",
        title: "Kunstraub in Sachsen-Anhalt: Vier Minuten zu spät",
        text: [
          "Es dauerte nur wenige Minuten. Gegen 3.10 Uhr schlugen die Täter am Donnerstagmorgen ein Fenster am Ostflügel von Schloss Wettenstein ein, stiegen in das Münzkabinett und zertrümmerten zwei Vitrinen.",
          "Als die Polizei nach nur vier Minuten am Schloss eintraf, waren die Einbrecher samt Beute verschwunden. Sie nahmen mehr als 300 Goldmünzen mit, dazu drei Ehrenmedaillen und die berühmte Wettensteiner Tabatiere.",
          "Ein dunkler Audi, den Zeugen in der Nähe des Schlosses gesehen hatten, wurde wenig später ausgebrannt in einem Waldstück bei Kleinrode gefunden. Die Ermittler gehen davon aus, dass es sich um das Fluchtfahrzeug handelt.",
          "Nach SPIEGEL-Informationen prüft das Landeskriminalamt, ob die Täter Verbindungen zu einem Clan-Netzwerk in Berlin haben. Offiziell äußern will sich die Staatsanwaltschaft Halle dazu nicht.",
          "Die Sicherheitstechnik des Schlosses war erst 2021 für rund 1,2 Millionen Euro modernisiert worden. Wachpersonal gab es nachts allerdings nicht: Aus Kostengründen war die Nachtwache vor drei Jahren abgeschafft worden.",
          "„Wir haben getan, was mit unserem Budget möglich war“, sagte Museumsdirektorin Claudia Hensel dem SPIEGEL. Die Tabatiere, die um 1760 entstand, gilt als eines der bedeutendsten Werke der Goldschmiedekunst in Mitteldeutschland.",
          "Eine 25-köpfige Sonderkommission namens „Tabatiere“ ermittelt. Die Staatsanwaltschaft hat eine Belohnung von 50.000 Euro für Hinweise ausgelobt.",
          "Experten fürchten, dass die Münzen eingeschmolzen werden könnten. So war es wohl auch mit der 100 Kilogramm schweren Goldmünze „Big Maple Leaf“, die 2017 aus dem Berliner Bode-Museum gestohlen wurde und nie wieder auftauchte.",
        ].join("\n\n"),
      },
      {
        id: "s16-museum-guardian",
        outlet: "The Guardian",
        language: "en",
        title: "Thieves steal gold coins and diamond snuffbox in German castle museum raid",
        text: [
          "Thieves have stolen hundreds of gold coins and an 18th-century diamond-studded snuffbox from a castle museum in eastern Germany in a night-time raid that lasted only minutes.",
          "The burglars smashed a ground-floor window at Wettenstein Castle in the state of Saxony-Anhalt shortly after 3am on Thursday and broke two display cases with axes, police said.",
          "An alarm went off, but officers arriving eight minutes later found the thieves gone.",
          "The museum estimated the value of the haul at €10m (£8.5m), though its director, Claudia Hensel, said its cultural value was “immeasurable”.",
          "“This collection is the memory of our region,” Hensel said.",
          "The centrepiece of the haul, a gold snuffbox set with more than 200 diamonds, was made around 1760 for the then count of Wettenstein.",
          "Police have set up a special team of 25 investigators. A reward of €50,000 is being offered for information leading to the thieves.",
          "A burnt-out car believed to have been used in the getaway was found in woodland near the castle.",
          "Saxony-Anhalt's culture minister, Rainer Lessmann, described the theft as “an attack on our cultural heritage” and ordered a review of security at all state museums.",
          "The raid bears similarities to the 2019 break-in at the Green Vault in Dresden, in which thieves made off with 18th-century jewels. Five members of a Berlin crime family were convicted over that theft in 2023.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: {
          article: "s16-museum-zeit",
          quote:
            "Unter der Beute sind rund 280 Goldmünzen aus der Barockzeit sowie eine mit Diamanten besetzte goldene Tabatiere",
        },
        b: { article: "s16-museum-spiegel", quote: "Sie nahmen mehr als 300 Goldmünzen mit" },
        figuresDisagree: true,
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote:
            "Unter der Beute sind rund 280 Goldmünzen aus der Barockzeit sowie eine mit Diamanten besetzte goldene Tabatiere",
        },
        b: {
          article: "s16-museum-guardian",
          quote:
            "Thieves have stolen hundreds of gold coins and an 18th-century diamond-studded snuffbox from a castle museum in eastern Germany",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote:
            "Die Täter verschafften sich gegen drei Uhr nachts über ein Fenster im Erdgeschoss des Ostflügels Zugang zum Museum",
        },
        b: {
          article: "s16-museum-guardian",
          quote:
            "The burglars smashed a ground-floor window at Wettenstein Castle in the state of Saxony-Anhalt shortly after 3am on Thursday",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-spiegel",
          quote:
            "Gegen 3.10 Uhr schlugen die Täter am Donnerstagmorgen ein Fenster am Ostflügel von Schloss Wettenstein ein",
        },
        b: {
          article: "s16-museum-zeit",
          quote:
            "Die Täter verschafften sich gegen drei Uhr nachts über ein Fenster im Erdgeschoss des Ostflügels Zugang zum Museum",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-museum-zeit", quote: "Sie zerschlugen mit Äxten zwei Vitrinen" },
        b: { article: "s16-museum-guardian", quote: "broke two display cases with axes, police said" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-spiegel",
          quote:
            "Als die Polizei nach nur vier Minuten am Schloss eintraf, waren die Einbrecher samt Beute verschwunden",
        },
        b: {
          article: "s16-museum-guardian",
          quote: "An alarm went off, but officers arriving eight minutes later found the thieves gone",
        },
        figuresDisagree: true,
      },
      {
        a: { article: "s16-museum-zeit", quote: "Den Wert der Beute schätzt das Museum auf rund vier Millionen Euro" },
        b: { article: "s16-museum-guardian", quote: "The museum estimated the value of the haul at €10m (£8.5m)" },
        figuresDisagree: true,
      },
      {
        a: { article: "s16-museum-zeit", quote: "Diese Sammlung ist das Gedächtnis unserer Region" },
        b: { article: "s16-museum-guardian", quote: "“This collection is the memory of our region,” Hensel said" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote:
            "Die Dose aus Gold, besetzt mit mehr als 200 Diamanten, war um 1760 für den damaligen Grafen von Wettenstein angefertigt worden",
        },
        b: {
          article: "s16-museum-guardian",
          quote:
            "The centrepiece of the haul, a gold snuffbox set with more than 200 diamonds, was made around 1760 for the then count of Wettenstein",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote: "Die Polizei hat eine Sonderkommission mit 25 Beamten eingerichtet und sucht nach Zeugen",
        },
        b: { article: "s16-museum-guardian", quote: "Police have set up a special team of 25 investigators" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-spiegel",
          quote: "Die Staatsanwaltschaft hat eine Belohnung von 50.000 Euro für Hinweise ausgelobt",
        },
        b: {
          article: "s16-museum-guardian",
          quote: "A reward of €50,000 is being offered for information leading to the thieves",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-spiegel",
          quote:
            "Ein dunkler Audi, den Zeugen in der Nähe des Schlosses gesehen hatten, wurde wenig später ausgebrannt in einem Waldstück bei Kleinrode gefunden",
        },
        b: {
          article: "s16-museum-guardian",
          quote: "A burnt-out car believed to have been used in the getaway was found in woodland near the castle",
        },
        figuresDisagree: false,
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote: "Sachsen-Anhalts Kulturminister Rainer Lessmann sprach von einem „Angriff auf unser kulturelles Erbe“",
        },
        b: {
          article: "s16-museum-guardian",
          quote:
            "Saxony-Anhalt's culture minister, Rainer Lessmann, described the theft as “an attack on our cultural heritage”",
        },
        figuresDisagree: false,
      },
      {
        a: { article: "s16-museum-spiegel", quote: "Eine 25-köpfige Sonderkommission namens „Tabatiere“ ermittelt" },
        b: {
          article: "s16-museum-zeit",
          quote: "Die Polizei hat eine Sonderkommission mit 25 Beamten eingerichtet und sucht nach Zeugen",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: {
          article: "s16-museum-spiegel",
          quote:
            "So war es wohl auch mit der 100 Kilogramm schweren Goldmünze „Big Maple Leaf“, die 2017 aus dem Berliner Bode-Museum gestohlen wurde",
        },
        b: {
          article: "s16-museum-guardian",
          quote:
            "Thieves have stolen hundreds of gold coins and an 18th-century diamond-studded snuffbox from a castle museum in eastern Germany",
        },
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote: "Der Fall weckt Erinnerungen an den Einbruch ins Grüne Gewölbe in Dresden im November 2019",
        },
        b: {
          article: "s16-museum-guardian",
          quote: "Five members of a Berlin crime family were convicted over that theft in 2023",
        },
      },
      {
        a: {
          article: "s16-museum-spiegel",
          quote: "Die Sicherheitstechnik des Schlosses war erst 2021 für rund 1,2 Millionen Euro modernisiert worden",
        },
        b: { article: "s16-museum-zeit", quote: "Den Wert der Beute schätzt das Museum auf rund vier Millionen Euro" },
      },
      {
        a: {
          article: "s16-museum-spiegel",
          quote: "Aus Kostengründen war die Nachtwache vor drei Jahren abgeschafft worden",
        },
        b: {
          article: "s16-museum-guardian",
          quote: "An alarm went off, but officers arriving eight minutes later found the thieves gone",
        },
      },
      {
        a: {
          article: "s16-museum-zeit",
          quote:
            "Die Dose aus Gold, besetzt mit mehr als 200 Diamanten, war um 1760 für den damaligen Grafen von Wettenstein angefertigt worden",
        },
        b: { article: "s16-museum-spiegel", quote: "Sie nahmen mehr als 300 Goldmünzen mit" },
      },
      {
        a: { article: "s16-museum-guardian", quote: "Police have set up a special team of 25 investigators" },
        b: {
          article: "s16-museum-zeit",
          quote: "Für Hinweise, die zur Ergreifung der Täter führen, ist eine Belohnung von 50.000 Euro ausgesetzt",
        },
      },
    ],
  },
];
