/**
 * A visit owed by the company's people: a technician, a fitter, an appointment or a time slot. "kam keiner" is a
 * no-show only beside one ("2 Stunden auf den Techniker gewartet, kam keiner"), never of guests who stayed away from
 * an event; the analysis and the reply plans both read it.
 */
export const VISIT_OWED =
  /techniker|monteur|handwerker|installateur|elektriker|ableser|termin|zeitfenster|wartung|engineer|technician|appointment|fitter|installer|time slot/iu;

/**
 * The one sent for did not come: "Techniker kam nicht", "schon wieder ein Monteur, der nicht kommt". Read by the
 * analysis (a wait, not an answer) and by the reply (said as an appointment not kept).
 */
export const SENT_NOT_COME =
  /(?:techniker|monteur\p{L}*|elektriker|handwerker|installateur)\s(?:(?:kam|kamen|ist|sind)\s(?:nicht|nie)|(?:der|die)\s(?:nicht|nie)\s(?:kommt|kommen|erscheint|erscheinen))/iu;
