/**
 * "Espresso jetzt 4,20", "now €4.80", "kostet schon 5,20": what a thing costs now, said as a figure. The analysis
 * hears it laughed at as sarcasm; the replies name it as criticism of the prices.
 */
export const PRICE_NOW = /\b(?:jetzt|nun|now|kostet|costs)\s(?:schon\s|already\s)?[€£$]?\d{1,2}[.,]\d{2}\b/iu;
