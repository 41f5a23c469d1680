import type { GermanBank } from "./slots";

/** German wordings for corrections, opinions, questions, praise, trolls and violations. */
export const GERMAN_DIALOGUE = {
  thanksCorrection: {
    sie: [
      "Danke für den Hinweis.",
      "Vielen Dank, dass Sie so genau hingeschaut haben.",
      "Danke, dass Sie uns darauf aufmerksam machen.",
    ],
    du: [
      "Danke für den Hinweis.",
      "Vielen Dank, dass du so genau hingeschaut hast.",
      "Danke, dass du uns darauf aufmerksam machst.",
    ],
  },
  acknowledge: {
    sie: ["Das sehen wir uns genau an.", "Das prüfen wir gleich.", "Dem gehen wir nach."],
    du: ["Das sehen wir uns genau an.", "Das prüfen wir gleich.", "Dem gehen wir nach."],
  },
  fix: {
    sie: [
      "Falls da etwas nicht stimmt, korrigieren wir es.",
      "Stimmt die Angabe nicht, passen wir den Beitrag an.",
      "Ist da ein Fehler, korrigieren wir ihn im Beitrag.",
    ],
    du: [
      "Falls da etwas nicht stimmt, korrigieren wir es.",
      "Stimmt die Angabe nicht, passen wir den Beitrag an.",
      "Ist da ein Fehler, korrigieren wir ihn im Beitrag.",
    ],
  },
  inviteMore: {
    sie: ["Wenn Ihnen noch etwas auffällt, sagen Sie es uns gern.", "Schön, dass jemand so aufmerksam mitliest."],
    du: ["Wenn dir noch etwas auffällt, sag es uns gern.", "Schön, dass jemand so aufmerksam mitliest."],
  },
  thanksView: {
    sie: [
      "Danke, dass Sie das Thema ansprechen.",
      "Vielen Dank für Ihre Einschätzung.",
      "Danke für Ihren Beitrag zu diesem Thema.",
    ],
    du: [
      "Danke, dass du das Thema ansprichst.",
      "Vielen Dank für deine Einschätzung.",
      "Danke für deinen Beitrag zu diesem Thema.",
    ],
  },
  serious: {
    sie: [
      "Wir nehmen Ihren Punkt ernst und möchten offen darauf antworten: {answer}",
      "Dazu möchten wir Ihnen eine ehrliche Antwort geben: {answer}",
      "Darauf möchten wir konkret eingehen: {answer}",
    ],
    du: [
      "Wir nehmen deinen Punkt ernst und möchten offen darauf antworten: {answer}",
      "Dazu möchten wir dir eine ehrliche Antwort geben: {answer}",
      "Darauf möchten wir konkret eingehen: {answer}",
    ],
  },
  valued: {
    sie: ["Ihre Sicht ist uns wichtig.", "Ihre Perspektive hilft uns weiter.", "Wir nehmen Ihre Anmerkungen ernst."],
    du: ["Deine Sicht ist uns wichtig.", "Deine Perspektive hilft uns weiter.", "Wir nehmen deine Anmerkungen ernst."],
  },
  inviteTalk: {
    sie: [
      "Gern sprechen wir ausführlicher darüber – melden Sie sich {contact}.",
      "Wir würden uns freuen, das mit Ihnen im Gespräch zu vertiefen. Sie erreichen uns {contact}.",
      "Haben Sie Lust auf einen Austausch dazu? Schreiben Sie uns gern {wcontact}.",
    ],
    du: [
      "Gern sprechen wir ausführlicher darüber – melde dich {contact}.",
      "Wir würden uns freuen, das mit dir im Gespräch zu vertiefen. Du erreichst uns {contact}.",
      "Hast du Lust auf einen Austausch dazu? Schreib uns gern {wcontact}.",
    ],
  },
  ideas: {
    sie: ["Ihre Anregungen nehmen wir mit ins Team.", "Solche Impulse bringen uns weiter."],
    du: ["Deine Anregungen nehmen wir mit ins Team.", "Solche Impulse bringen uns weiter."],
  },
  thanksQuestion: {
    // Never "Gute Frage": judging a question reads as filler, and wrong wherever a complaint is asked as one.
    sie: ["Danke für Ihre Frage.", "Danke, dass Sie sich an uns wenden.", "Danke, dass Sie nachfragen."],
    du: ["Danke für deine Frage.", "Danke, dass du dich an uns wendest.", "Danke, dass du nachfragst."],
  },
  answer: {
    sie: ["Kurz zur Antwort: {answer}", "Hier die Antwort: {answer}", "Dazu ganz konkret: {answer}"],
    du: ["Kurz zur Antwort: {answer}", "Hier die Antwort: {answer}", "Dazu ganz konkret: {answer}"],
  },
  moreHelp: {
    sie: ["Wenn noch etwas offen ist, fragen Sie gern nach.", "Bei weiteren Fragen sind wir {contact} für Sie da."],
    du: ["Wenn noch etwas offen ist, frag gern nach.", "Bei weiteren Fragen sind wir {contact} für dich da."],
  },
  holding: {
    sie: [
      "Wir prüfen das gerade und melden uns {deadline} bei Ihnen.",
      "Wir klären das intern und geben Ihnen {deadline} Bescheid.",
      "Wir schauen uns das genau an und antworten Ihnen {deadline}.",
      "Zum Thema {terms} fragen wir beim zuständigen Team nach und melden uns {deadline} bei Ihnen.",
      "Ihre Frage zum Thema {terms} klären wir intern und geben Ihnen {deadline} Bescheid.",
    ],
    du: [
      "Wir prüfen das gerade und melden uns {deadline} bei dir.",
      "Wir klären das intern und geben dir {deadline} Bescheid.",
      "Wir schauen uns das genau an und antworten dir {deadline}.",
      "Zum Thema {terms} fragen wir beim zuständigen Team nach und melden uns {deadline} bei dir.",
      "Deine Frage zum Thema {terms} klären wir intern und geben dir {deadline} Bescheid.",
    ],
  },
  patience: {
    sie: ["Danke für Ihre Geduld.", "Vielen Dank für Ihr Verständnis."],
    du: ["Danke für deine Geduld.", "Vielen Dank für dein Verständnis."],
  },
  factual: {
    sie: [
      "Wenn Sie ein konkretes Anliegen haben, helfen wir Ihnen gern weiter.",
      "Sachliche Kritik nehmen wir gern auf, und bei konkreten Fragen sind wir für Sie da.",
      "Auf konkrete Fragen antworten wir gern.",
    ],
    du: [
      "Wenn du ein konkretes Anliegen hast, helfen wir dir gern weiter.",
      "Sachliche Kritik nehmen wir gern auf, und bei konkreten Fragen sind wir für dich da.",
      "Auf konkrete Fragen antworten wir gern.",
    ],
  },
  thanksWarm: {
    sie: [
      "Vielen Dank für Ihre freundlichen Worte!",
      "Herzlichen Dank für Ihr Lob!",
      "Danke, dass Sie sich die Zeit dafür nehmen!",
    ],
    du: [
      "Vielen Dank für deine lieben Worte!",
      "Herzlichen Dank für dein Lob!",
      "Danke, dass du dir die Zeit dafür nimmst!",
    ],
  },
  joy: {
    sie: ["Das freut uns sehr.", "So etwas lesen wir besonders gern.", "Schön, dass Sie dabei sind."],
    du: ["Das freut uns riesig.", "So etwas lesen wir besonders gern.", "Schön, dass du dabei bist."],
  },
  engage: {
    sie: [
      "Erzählen Sie uns gern, was Ihnen am besten gefällt.",
      "Bleiben Sie dran – es kommt noch mehr.",
      "Wir freuen uns auf Ihr nächstes Feedback.",
    ],
    du: [
      "Erzähl uns gern, was dir am besten gefällt.",
      "Bleib dran – es kommt noch mehr.",
      "Wir freuen uns auf dein nächstes Feedback.",
    ],
  },
  thanksComment: {
    sie: ["Danke für Ihren Kommentar.", "Vielen Dank für Ihre Rückmeldung.", "Danke, dass Sie mitdiskutieren."],
    du: ["Danke für deinen Kommentar.", "Vielen Dank für deine Rückmeldung.", "Danke, dass du mitdiskutierst."],
  },
  welcome: {
    sie: [
      "Schön, dass Sie sich einbringen.",
      "Wir freuen uns über den Austausch mit Ihnen.",
      "Gut, dass Sie Ihre Sicht teilen.",
    ],
    du: [
      "Schön, dass du dich einbringst.",
      "Wir freuen uns über den Austausch mit dir.",
      "Gut, dass du deine Sicht teilst.",
    ],
  },
  boundaryInsult: {
    sie: [
      "^Kritik ist hier willkommen, persönliche Angriffe sind es nicht.",
      "Wir sind offen für Kritik, aber beleidigende Äußerungen haben hier keinen Platz.",
      "Auf unserer Seite gilt ein respektvoller Umgangston, auch bei Kritik.",
      // The shortest, for a reply on X that must still hold the help.
      "Bitte ohne Beleidigungen.",
    ],
    du: [
      "^Kritik ist hier willkommen, persönliche Angriffe sind es nicht.",
      "Wir sind offen für Kritik, aber beleidigende Äußerungen haben hier keinen Platz.",
      "Auf unserer Seite gilt ein respektvoller Umgangston, auch bei Kritik.",
      "Bitte ohne Beleidigungen.",
    ],
  },
  boundaryHate: {
    sie: [
      "Menschenverachtende Äußerungen dulden wir hier nicht.",
      "^Abwertungen von Menschen wegen ihrer Herkunft, ihres Glaubens oder ihrer Identität haben hier keinen Platz.",
    ],
    du: [
      "Menschenverachtende Äußerungen dulden wir hier nicht.",
      "^Abwertungen von Menschen wegen ihrer Herkunft, ihres Glaubens oder ihrer Identität haben hier keinen Platz.",
    ],
  },
  boundaryThreat: {
    sie: ["^Drohungen haben hier keinen Platz.", "^Drohungen dulden wir auf unserer Seite nicht."],
    du: ["^Drohungen haben hier keinen Platz.", "^Drohungen dulden wir auf unserer Seite nicht."],
  },
  boundaryHarassment: {
    sie: [
      "Persönliche Angriffe auf andere haben hier keinen Platz.",
      "Bitte gehen Sie respektvoll mit anderen in dieser Diskussion um.",
    ],
    du: [
      "Persönliche Angriffe auf andere haben hier keinen Platz.",
      "Bitte geh respektvoll mit anderen in dieser Diskussion um.",
    ],
  },
  boundarySpam: {
    sie: ["^Werbung und Spam gehören nicht in diese Diskussion.", "^Werbebeiträge sind hier nicht vorgesehen."],
    du: ["^Werbung und Spam gehören nicht in diese Diskussion.", "^Werbebeiträge sind hier nicht vorgesehen."],
  },
  netiquette: {
    sie: [
      "^Beiträge, die gegen unsere Netiquette verstoßen, entfernen wir.",
      "Bitte halten Sie sich an unsere Netiquette.",
      "^Kommentare, die unsere Netiquette verletzen, nehmen wir von der Seite.",
    ],
    du: [
      "^Beiträge, die gegen unsere Netiquette verstoßen, entfernen wir.",
      "Bitte halte dich an unsere Netiquette.",
      "^Kommentare, die unsere Netiquette verletzen, nehmen wir von der Seite.",
    ],
  },
  helpOffer: {
    sie: [
      "Wenn Sie ein konkretes Anliegen haben, sind wir {contact} gern für Sie da.",
      "Sachliche Fragen beantworten wir gern {contact}.",
    ],
    du: [
      "Wenn du ein konkretes Anliegen hast, sind wir {contact} gern für dich da.",
      "Sachliche Fragen beantworten wir gern {contact}.",
    ],
  },
} satisfies Partial<GermanBank>;
