/**
 * A claim heard and asked about: "half my office insists … Is that actually true?", "stimmt das dass man bei euch
 * fast ein jahr … wartet??", "Der Nachbar sagt … Stimmt das??", "Is da was dran", "Friends keep telling me these
 * air-source pumps just give up … Is that actually the case with yours?". The analysis reads no failure of
 * the writer's in it; the replies answer it with the company's own fact first.
 */
export const CLAIM_CHECKED =
  /\b(?:is (?:that|this|it) (?:actually |really |even )?(?:true|the case)|is there (?:any )?truth (?:in|to) (?:that|this|it)|(?:stimmt|stimmen) (?:das|es)(?: (?:eigentlich |wirklich )?dass|(?: eigentlich| wirklich)?(?=\s?,|\s*(?:\?|\p{Extended_Pictographic}|$)))|(?:is|ist) (?:da|denn) (?:was|etwas) dran|was ist (?:da )?dran)\b/iu;
