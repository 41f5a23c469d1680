import type { Author } from "../../shared/comment";
import { countBefore } from "../numbers";

const URN = /urn:li:comment:\((?:urn:li:)?(?:activity|ugcPost|share):(\d+),(\d+)\)/;

/** The comment's URN, written one way for both front ends, and its post's activity id. */
export function parseCommentUrn(text: string | null | undefined): { id: string; threadId: string } | undefined {
  const match = text ? URN.exec(text) : null;
  if (!match?.[1] || !match[2]) return undefined;
  return { id: `urn:li:comment:(activity:${match[1]},${match[2]})`, threadId: match[1] };
}

const DEGREES: [RegExp, NonNullable<Author["degree"]>][] = [
  [/•\s*(1st|1\.)(?!\S)/i, "1st"],
  [/•\s*(2nd|2\.)(?!\S)/i, "2nd"],
  [/•\s*(3rd\+?|3\.\s*\+?)(?!\S)/i, "3rd+"],
  [/•\s*(you|sie|du)\b/i, "you"],
  [/•\s*(following|folge ich|gefolgt)\b/i, "following"],
];

/** The connection degree in "• 2nd" / "• 2." and friends. */
export function parseDegree(text: string | null | undefined): Author["degree"] {
  if (!text) return undefined;
  return DEGREES.find(([pattern]) => pattern.test(text))?.[1];
}

/** A company's follower count in its headline ("12,345 followers", "12.345 Follower"). */
export function followersIn(headline: string | undefined): number | undefined {
  return countBefore(headline, /followers?\b|follower\b/i);
}
