import type { CaseSlot, GermanBank } from "./slots";

/**
 * German wordings of the plans by situation (issue 10): the case named, one next step with a time, the one
 * question; criticism taken seriously without thanks; the tone named once; a correction checked, not conceded.
 * Nothing here admits a fault, promises money or "never again", or thanks anyone for rudeness.
 */
export const GERMAN_CASE: Pick<GermanBank, CaseSlot> = {
  caseSeen: {
    sie: [
      "Es tut uns leid, {clause}.",
      "Das ist ärgerlich, {clause} – das verstehen wir.",
      "Es ist ärgerlich, {clause}, und wir verstehen Ihren Unmut.",
      "Wir verstehen Ihren Ärger darüber, {clause}.",
      "Wir bedauern sehr, {clause}.",
    ],
    du: [
      "Es tut uns leid, {clause}.",
      "Das ist ärgerlich, {clause} – das verstehen wir.",
      "Es ist ärgerlich, {clause}, und wir verstehen deinen Unmut.",
      "Wir verstehen deinen Ärger darüber, {clause}.",
      "Wir bedauern sehr, {clause}.",
    ],
  },
  caseStep: {
    sie: [
      "Unser Kundenservice sieht sich {subject} an und meldet sich {deadline} bei Ihnen.",
      "Wir klären {subject} mit dem zuständigen Team und melden uns {deadline} bei Ihnen.",
      "Wir kümmern uns um {subject} und geben Ihnen {deadline} Bescheid.",
    ],
    du: [
      "Unser Kundenservice sieht sich {subject} an und meldet sich {deadline} bei dir.",
      "Wir klären {subject} mit dem zuständigen Team und melden uns {deadline} bei dir.",
      "Wir kümmern uns um {subject} und geben dir {deadline} Bescheid.",
    ],
  },
  caseStepPlain: {
    sie: [
      "Unser Kundenservice kümmert sich darum und meldet sich {deadline} bei Ihnen.",
      "Wir klären das mit dem zuständigen Team und melden uns {deadline} bei Ihnen.",
      "Wir sehen uns das mit dem zuständigen Team an und geben Ihnen {deadline} Bescheid.",
      "Unser Kundenservice nimmt sich der Sache an und meldet sich {deadline} bei Ihnen.",
      "Unser Kundenservice sieht sich das mit Ihren Angaben ({details}) an und meldet sich {deadline} bei Ihnen.",
      "Wir geben Ihre Angaben ({details}) an das zuständige Team weiter und melden uns {deadline} bei Ihnen.",
    ],
    du: [
      "Unser Kundenservice kümmert sich darum und meldet sich {deadline} bei dir.",
      "Wir klären das mit dem zuständigen Team und melden uns {deadline} bei dir.",
      "Wir sehen uns das mit dem zuständigen Team an und geben dir {deadline} Bescheid.",
      "Unser Kundenservice nimmt sich der Sache an und meldet sich {deadline} bei dir.",
      "Unser Kundenservice sieht sich das mit deinen Angaben ({details}) an und meldet sich {deadline} bei dir.",
      "Wir geben deine Angaben ({details}) an das zuständige Team weiter und melden uns {deadline} bei dir.",
    ],
  },
  caseAsk: { sie: ["{question}"], du: ["{question}"] },
  caseNoted: {
    sie: ["Ihre Angaben ({details}) haben wir notiert.", "Notiert haben wir schon: {details}."],
    du: ["Deine Angaben ({details}) haben wir notiert.", "Notiert haben wir schon: {details}."],
  },
  caseHolding: {
    sie: [
      "Wir prüfen {subject} und melden uns {deadline} bei Ihnen.",
      "Wir sehen uns {subject} genau an und geben Ihnen {deadline} Bescheid.",
      "Wir sehen uns das an und melden uns {deadline} bei Ihnen.",
    ],
    du: [
      "Wir prüfen {subject} und melden uns {deadline} bei dir.",
      "Wir sehen uns {subject} genau an und geben dir {deadline} Bescheid.",
      "Wir sehen uns das an und melden uns {deadline} bei dir.",
    ],
  },
  thanksIdea: {
    sie: [
      "Danke für Ihre Anregung zum Thema {terms}.",
      "Danke für Ihren Hinweis zum Thema {terms}.",
      "Danke für Ihre Anregung.",
      "Danke, dass Sie uns das vorschlagen.",
    ],
    du: [
      "Danke für deine Anregung zum Thema {terms}.",
      "Danke für deinen Hinweis zum Thema {terms}.",
      "Danke für deine Anregung.",
      "Danke, dass du uns das vorschlägst.",
    ],
  },
  criticismHeard: {
    sie: [
      "Ihre Kritik {topic} nehmen wir ernst.",
      "Ihre Kritik zum Thema {terms} nehmen wir ernst.",
      "Was Sie zum Thema {terms} schreiben, nehmen wir ernst.",
      "Ihre Kritik {topic} kommt bei uns an, und wir nehmen sie ernst.",
      "Ihre Kritik kommt bei uns an, und wir nehmen sie ernst.",
      "Wir lesen Ihre Kritik und nehmen sie ernst.",
      "Wir nehmen Ihre Kritik ernst.",
    ],
    du: [
      "Deine Kritik {topic} nehmen wir ernst.",
      "Deine Kritik zum Thema {terms} nehmen wir ernst.",
      "Was du zum Thema {terms} schreibst, nehmen wir ernst.",
      "Deine Kritik {topic} kommt bei uns an, und wir nehmen sie ernst.",
      "Deine Kritik kommt bei uns an, und wir nehmen sie ernst.",
      "Wir lesen deine Kritik und nehmen sie ernst.",
      "Wir nehmen deine Kritik ernst.",
    ],
  },
  criticismCase: {
    sie: [
      "Ihre Kritik nehmen wir ernst: Es ist ärgerlich, {clause}.",
      "Wir nehmen Ihre Kritik ernst – es ist ärgerlich, {clause}.",
      "Ihre Kritik kommt bei uns an: Es ist ärgerlich, {clause}.",
    ],
    du: [
      "Deine Kritik nehmen wir ernst: Es ist ärgerlich, {clause}.",
      "Wir nehmen deine Kritik ernst – es ist ärgerlich, {clause}.",
      "Deine Kritik kommt bei uns an: Es ist ärgerlich, {clause}.",
    ],
  },
  boundaryTone: {
    sie: [
      "Den Ton lassen wir so nicht stehen – Ihr Anliegen nehmen wir trotzdem ernst.",
      "Bitte bleiben Sie sachlich; um Ihr Anliegen kümmern wir uns gern.",
      // On X the boundary must leave room for the case and its next step.
      "Bitte bleiben Sie sachlich.",
    ],
    du: [
      "Den Ton lassen wir so nicht stehen – dein Anliegen nehmen wir trotzdem ernst.",
      "Bitte bleib sachlich; um dein Anliegen kümmern wir uns gern.",
      "Bitte bleib sachlich.",
    ],
  },
  checkFact: {
    sie: [
      "Wir prüfen das und korrigieren den Beitrag, falls er nicht stimmt.",
      "Wir sehen uns das an und passen den Beitrag an, wenn nötig.",
      "Wir prüfen die Angaben im Beitrag ({terms}) und korrigieren ihn, falls er nicht stimmt.",
    ],
    du: [
      "Wir prüfen das und korrigieren den Beitrag, falls er nicht stimmt.",
      "Wir sehen uns das an und passen den Beitrag an, wenn nötig.",
      "Wir prüfen die Angaben im Beitrag ({terms}) und korrigieren ihn, falls er nicht stimmt.",
    ],
  },
  confirmFact: {
    sie: [
      "Zur Klarstellung: {fact} Steht im Beitrag etwas anderes, korrigieren wir ihn.",
      "Nach unseren Angaben gilt: {fact} Weicht der Beitrag davon ab, passen wir ihn an.",
    ],
    du: [
      "Zur Klarstellung: {fact} Steht im Beitrag etwas anderes, korrigieren wir ihn.",
      "Nach unseren Angaben gilt: {fact} Weicht der Beitrag davon ab, passen wir ihn an.",
    ],
  },
  engageTake: {
    sie: [
      "Das ist ein wichtiger Punkt, und wir möchten ernsthaft darauf eingehen.",
      "Ihr Einwand verdient eine ausführliche Antwort.",
      "Was Sie zum Thema {terms} schreiben, ist ein wichtiger Punkt, und wir möchten ernsthaft darauf eingehen.",
    ],
    du: [
      "Das ist ein wichtiger Punkt, und wir möchten ernsthaft darauf eingehen.",
      "Dein Einwand verdient eine ausführliche Antwort.",
      "Was du zum Thema {terms} schreibst, ist ein wichtiger Punkt, und wir möchten ernsthaft darauf eingehen.",
    ],
  },
  thanksSpecific: {
    sie: [
      "Vielen Dank für Ihre freundlichen Worte!",
      "Schön, dass Sie zufrieden sind – vielen Dank!",
      "Schön, dass {praised} bei Ihnen so gut ankommt – vielen Dank!",
      "Schön, dass {praisedMany} bei Ihnen so gut ankommen – vielen Dank!",
    ],
    du: [
      "Vielen Dank für deine freundlichen Worte!",
      "Schön, dass du zufrieden bist – vielen Dank!",
      "Schön, dass {praised} bei dir so gut ankommt – vielen Dank!",
      "Schön, dass {praisedMany} bei dir so gut ankommen – vielen Dank!",
    ],
  },
  thanksPerson: {
    sie: [
      "Über Ihr Lob wird sich {person} sehr freuen – vielen Dank!",
      "Schön, dass {person} Ihnen so gut geholfen hat – danke!",
    ],
    du: [
      "Über dein Lob wird sich {person} sehr freuen – vielen Dank!",
      "Schön, dass {person} dir so gut geholfen hat – danke!",
    ],
  },
  // "Huge thanks to Dariusz and Lena": both named, and the verb says they are two.
  thanksPeople: {
    sie: [
      "Über Ihr Lob werden sich {person} sehr freuen – vielen Dank!",
      "Schön, dass {person} Ihnen so gut geholfen haben – danke!",
    ],
    du: [
      "Über dein Lob werden sich {person} sehr freuen – vielen Dank!",
      "Schön, dass {person} dir so gut geholfen haben – danke!",
    ],
  },
  thanksPersonPlace: {
    sie: [
      "Über Ihr Lob werden sich {person} und das Team in {place} sehr freuen – vielen Dank!",
      "Danke für die netten Worte – {person} und unser Team in {place} freuen sich sehr!",
    ],
    du: [
      "Über dein Lob werden sich {person} und das Team in {place} sehr freuen – vielen Dank!",
      "Danke für die netten Worte – {person} und unser Team in {place} freuen sich sehr!",
    ],
  },
  // "Herr Özdemir … unsere PV-Anlage in Bergisch Gladbach": the place is the customer's, where the work was done; no
  // team of ours is there.
  thanksPersonSite: {
    sie: [
      "Über Ihr Lob wird sich {person} sehr freuen – schön, dass in {place} alles so gut geklappt hat!",
      "Schön, dass {person} Ihnen in {place} so gut geholfen hat – danke!",
    ],
    du: [
      "Über dein Lob wird sich {person} sehr freuen – schön, dass in {place} alles so gut geklappt hat!",
      "Schön, dass {person} dir in {place} so gut geholfen hat – danke!",
    ],
  },
  thanksPlace: {
    sie: [
      "Schön, dass Sie sich bei unserem Team in {place} gut aufgehoben gefühlt haben – danke!",
      "Danke für das Lob für unser Team in {place}!",
    ],
    du: [
      "Schön, dass du dich bei unserem Team in {place} gut aufgehoben gefühlt hast – danke!",
      "Danke für das Lob für unser Team in {place}!",
    ],
  },
  thanksGreeting: {
    sie: [
      "Wir richten {person} Ihre Grüße gern aus – vielen Dank!",
      "Danke – {person} freut sich bestimmt über Ihre Grüße!",
    ],
    du: [
      "Wir richten {person} deine Grüße gern aus – danke dir!",
      "Danke – {person} freut sich bestimmt über deine Grüße!",
    ],
  },
  thanksFair: {
    sie: ["Schön, dass Sie uns auf der {fair} besucht haben – vielen Dank!", "Danke für Ihren Besuch auf der {fair}!"],
    du: ["Schön, dass du uns auf der {fair} besucht hast – vielen Dank!", "Danke für deinen Besuch auf der {fair}!"],
  },
  thanksWishes: {
    sie: [
      "Vielen Dank für Ihre Glückwünsche – darüber freut sich unser ganzes Team!",
      "Herzlichen Dank für die lieben Glückwünsche!",
    ],
    du: [
      "Vielen Dank für deine Glückwünsche – darüber freut sich unser ganzes Team!",
      "Danke dir für die lieben Glückwünsche!",
    ],
  },
  thanksProduct: {
    sie: ["Danke für die netten Worte zu {ourProduct}!", "Schön, dass Sie mit {ourProduct} zufrieden sind – danke!"],
    du: ["Danke für die netten Worte zu {ourProduct}!", "Schön, dass du mit {ourProduct} zufrieden bist – danke!"],
  },
  present: {
    sie: [
      "Wir lesen mit und sind {contact} für Sie da, wenn Sie Fragen haben.",
      "Wenn Sie Fragen haben, erreichen Sie uns {contact}.",
    ],
    du: [
      "Wir lesen mit und sind {contact} für dich da, wenn du Fragen hast.",
      "Wenn du Fragen hast, erreichst du uns {contact}.",
    ],
  },
  boundaryShort: {
    sie: ["Bitte bleiben Sie sachlich, auch wenn Sie sich ärgern.", "Bitte achten Sie auf den Ton."],
    du: ["Bitte bleib sachlich, auch wenn du dich ärgerst.", "Bitte achte auf den Ton."],
  },
  passOn: {
    sie: [
      "Wir geben Ihr Lob gern weiter.",
      "Das geben wir gern ans Team weiter.",
      "Ihr Lob zum Thema {praisedAlso} geben wir gern weiter.",
    ],
    du: [
      "Wir geben dein Lob gern weiter.",
      "Das geben wir gern ans Team weiter.",
      "Dein Lob zum Thema {praisedAlso} geben wir gern weiter.",
    ],
  },
  // A sweeping claim about a group: the company's stance, calm and without thanks; never "we take it seriously".
  stance: {
    sie: [
      "Pauschale Urteile über ganze Gruppen von Menschen teilen wir nicht.",
      "Ganze Gruppen von Menschen über einen Kamm zu scheren, lehnen wir ab.",
    ],
    du: [
      "Pauschale Urteile über ganze Gruppen von Menschen teilen wir nicht.",
      "Ganze Gruppen von Menschen über einen Kamm zu scheren, lehnen wir ab.",
    ],
  },
  staySubject: {
    sie: [
      "Bitte bleiben Sie sachlich und respektvoll, auch gegenüber denen, über die Sie schreiben.",
      "Für eine sachliche Diskussion sind wir gern da.",
    ],
    du: [
      "Bitte bleib sachlich und respektvoll, auch gegenüber denen, über die du schreibst.",
      "Für eine sachliche Diskussion sind wir gern da.",
    ],
  },
  // Another comment reported: thanks, and the check against the netiquette; no verdict on it before it is read.
  safetySeen: {
    sie: [
      "Es tut uns sehr leid, {clause}.",
      "Wir bedauern sehr, {clause}.",
      "Es tut uns sehr leid zu lesen, {clause}.",
    ],
    du: ["Es tut uns sehr leid, {clause}.", "Wir bedauern sehr, {clause}.", "Es tut uns sehr leid zu lesen, {clause}."],
  },
  safetyStep: {
    sie: [
      "Das nehmen wir sehr ernst und geben es sofort an unsere Qualitätssicherung weiter; wir melden uns {deadline} bei Ihnen.",
      "Wir nehmen das sehr ernst: Unsere Qualitätssicherung bekommt Ihre Meldung sofort, und wir melden uns {deadline} bei Ihnen.",
      "Das nehmen wir sehr ernst und geben es sofort an unsere Qualitätssicherung weiter.",
    ],
    du: [
      "Das nehmen wir sehr ernst und geben es sofort an unsere Qualitätssicherung weiter; wir melden uns {deadline} bei dir.",
      "Wir nehmen das sehr ernst: Unsere Qualitätssicherung bekommt deine Meldung sofort, und wir melden uns {deadline} bei dir.",
      "Das nehmen wir sehr ernst und geben es sofort an unsere Qualitätssicherung weiter.",
    ],
  },
  roadStep: {
    sie: [
      "Das nehmen wir sehr ernst und geben es sofort an die Leitung unserer Fahrerinnen und Fahrer weiter; wir melden uns {deadline} bei Ihnen.",
      "Wir nehmen das sehr ernst: Die Verantwortlichen für unsere Fahrzeuge bekommen Ihre Meldung sofort, und wir melden uns {deadline} bei Ihnen.",
      "Das nehmen wir sehr ernst und geben es sofort an die Leitung unserer Fahrerinnen und Fahrer weiter.",
    ],
    du: [
      "Das nehmen wir sehr ernst und geben es sofort an die Leitung unserer Fahrerinnen und Fahrer weiter; wir melden uns {deadline} bei dir.",
      "Wir nehmen das sehr ernst: Die Verantwortlichen für unsere Fahrzeuge bekommen deine Meldung sofort, und wir melden uns {deadline} bei dir.",
      "Das nehmen wir sehr ernst und geben es sofort an die Leitung unserer Fahrerinnen und Fahrer weiter.",
    ],
  },
  emergencyLine: {
    sie: ["Weil das nicht warten sollte: {emergency}", "Falls es nicht warten kann: {emergency}"],
    du: ["Weil das nicht warten sollte: {emergency}", "Falls es nicht warten kann: {emergency}"],
  },
  condolence: {
    sie: ["Unser herzliches Beileid zu Ihrem Verlust.", "Es tut uns sehr leid, von Ihrem Verlust zu lesen."],
    du: ["Unser herzliches Beileid zu deinem Verlust.", "Es tut uns sehr leid, von deinem Verlust zu lesen."],
  },
  leavingSeen: {
    sie: ["Schade, dass Sie gehen möchten.", "Es tut uns leid, dass Sie uns verlassen möchten."],
    du: ["Schade, dass du gehen möchtest.", "Es tut uns leid, dass du uns verlassen möchtest."],
  },
  leavingAsk: {
    sie: [
      "Damit wir uns um {subject} kümmern können, schicken Sie uns bitte {wcontact} Ihre Kundennummer.",
      "Schicken Sie uns bitte {wcontact} Ihre Kundennummer, dann kümmern wir uns um {subject}.",
    ],
    du: [
      "Damit wir uns um {subject} kümmern können, schick uns bitte {wcontact} deine Kundennummer.",
      "Schick uns bitte {wcontact} deine Kundennummer, dann kümmern wir uns um {subject}.",
    ],
  },
  leavingStep: {
    sie: [
      "Wir kümmern uns um {subject} und melden uns {deadline} bei Ihnen.",
      "Um {subject} kümmern wir uns, und wir bestätigen sie Ihnen {deadline}.",
    ],
    du: [
      "Wir kümmern uns um {subject} und melden uns {deadline} bei dir.",
      "Um {subject} kümmern wir uns, und wir bestätigen sie dir {deadline}.",
    ],
  },
  // Nothing about what the company does or never does: only the guidelines could say that.
  scamThanks: {
    sie: ["Gut, dass Sie erst bei uns nachfragen.", "Danke, dass Sie vorher bei uns nachfragen."],
    du: ["Gut, dass du erst bei uns nachfragst.", "Danke, dass du vorher bei uns nachfragst."],
  },
  scamAdvice: {
    sie: [
      "Bitte klicken Sie nicht auf den Link und geben Sie dort keine Daten ein.",
      "Bitte öffnen Sie den Link nicht, antworten Sie nicht auf die Nachricht und geben Sie keine persönlichen oder Zahlungsdaten ein.",
    ],
    du: [
      "Bitte klick nicht auf den Link und gib dort keine Daten ein.",
      "Bitte öffne den Link nicht, antworte nicht auf die Nachricht und gib keine persönlichen oder Zahlungsdaten ein.",
    ],
  },
  scamCheck: {
    sie: [
      "Leiten Sie uns die Nachricht gern {wcontact} weiter, dann prüfen wir, ob sie wirklich von uns stammt.",
      "Wenn Sie sie uns {wcontact} weiterleiten, prüfen wir, ob sie echt ist.",
    ],
    du: [
      "Leite uns die Nachricht gern {wcontact} weiter, dann prüfen wir, ob sie wirklich von uns stammt.",
      "Wenn du sie uns {wcontact} weiterleitest, prüfen wir, ob sie echt ist.",
    ],
  },
  scamCallAdvice: {
    sie: [
      "Bitte geben Sie am Telefon keine Bank- oder Kontodaten heraus, wenn Sie nicht sicher sind, wer anruft.",
      "Bitte nennen Sie am Telefon keine Bankverbindung und keine Zugangsdaten, solange nicht klar ist, wer anruft.",
    ],
    du: [
      "Bitte gib am Telefon keine Bank- oder Kontodaten heraus, wenn du nicht sicher bist, wer anruft.",
      "Bitte nenn am Telefon keine Bankverbindung und keine Zugangsdaten, solange nicht klar ist, wer anruft.",
    ],
  },
  scamCallCheck: {
    sie: [
      "Schreiben Sie uns gern {wcontact}, wann der Anruf kam und von welcher Nummer, dann prüfen wir das.",
      "Wenn Sie uns {wcontact} sagen, wann und von welcher Nummer angerufen wurde, gehen wir dem nach.",
    ],
    du: [
      "Schreib uns gern {wcontact}, wann der Anruf kam und von welcher Nummer, dann prüfen wir das.",
      "Wenn du uns {wcontact} sagst, wann und von welcher Nummer angerufen wurde, gehen wir dem nach.",
    ],
  },
  reportThanks: {
    sie: ["Danke für den Hinweis.", "Danke, dass Sie uns darauf aufmerksam machen."],
    du: ["Danke für den Hinweis.", "Danke, dass du uns darauf aufmerksam machst."],
  },
  reportCheck: {
    sie: [
      "Wir sehen uns den Kommentar an und entfernen ihn, wenn er gegen unsere Netiquette verstößt.",
      "Wir prüfen den Beitrag anhand unserer Netiquette und nehmen ihn von der Seite, wenn er dagegen verstößt.",
    ],
    du: [
      "Wir sehen uns den Kommentar an und entfernen ihn, wenn er gegen unsere Netiquette verstößt.",
      "Wir prüfen den Beitrag anhand unserer Netiquette und nehmen ihn von der Seite, wenn er dagegen verstößt.",
    ],
  },
};
