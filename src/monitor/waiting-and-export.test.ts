import { describe, expect, it } from "vitest";
import type { DeletionEntry } from "../shared/monitor";
import { CSV_COLUMNS, deletionsToCsv, deletionsToJson } from "./deletion-export";
import { thread } from "./test-threads";
import { waitingComments } from "./waiting";

describe("waitingComments", () => {
  it("lists unanswered comments that owe a reply, longest wait first", () => {
    const snapshot = thread(0, ["anna:critical", "bob:question", "@acme>c1", "carl:positive"]);
    const waiting = waitingComments([{ url: snapshot.url, comments: snapshot.comments }], 10_000);
    expect(waiting.map((item) => item.key)).toEqual(["c2"]);
    expect(waiting[0]).toMatchObject({ author: "bob", waitedMs: 10_000 - (0 - 4 + 1) });
  });

  it("orders across threads by waiting time", () => {
    const older = thread(0, ["anna:question"]);
    const newer = { ...thread(5000, ["bob:critical"]), url: "https://x.com/acme/status/2" };
    const waiting = waitingComments([newer, older], 10_000);
    expect(waiting.map((item) => item.author)).toEqual(["anna", "bob"]);
  });
});

const entry: DeletionEntry = {
  at: Date.UTC(2026, 10, 28, 9, 30),
  site: "x",
  url: "https://x.com/acme/status/1",
  commentKey: "x:1",
  text: '=HYPERLINK("http://evil.example") you are "idiots",\nreally',
  author: "troll42",
  action: "delete",
  verdict: "may-delete",
  violations: ["insult"],
  reasons: [{ code: "insult", words: ["idiots"] }],
  overrode: false,
};
const headers = Object.fromEntries(CSV_COLUMNS.map((column) => [column, column.toUpperCase()])) as never;

describe("deletion log export", () => {
  it("writes CSV a spreadsheet opens: BOM, quoted cells, defused formulas", () => {
    const csv = deletionsToCsv([entry], headers);
    expect(csv.startsWith("\uFEFFTIME,SITE,URL")).toBe(true);
    const line = csv.split("\r\n")[1] ?? "";
    expect(line).toContain(
      "2026-11-28T09:30:00.000Z,x,https://x.com/acme/status/1,troll42,delete,may-delete,no,insult,insult,",
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") you are ""idiots"",\nreally"`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes JSON that reads back to the same entries", () => {
    expect(JSON.parse(deletionsToJson([entry])).entries).toEqual([entry]);
  });

  it("writes a removal after a review as such: verdict review, no override, the model's reason", () => {
    const review: DeletionEntry = {
      ...entry,
      text: "You can shove your new opening hours up your ass.",
      action: "hide",
      verdict: "review",
      violations: ["profanity"],
      reasons: [{ code: "review-model", words: ["ass"] }, { code: "criticism-not-violation" }],
    };
    const line = deletionsToCsv([review], headers).split("\r\n")[1] ?? "";
    expect(line).toBe(
      "2026-11-28T09:30:00.000Z,x,https://x.com/acme/status/1,troll42,hide,review,no,profanity,review-model criticism-not-violation,You can shove your new opening hours up your ass.",
    );
    expect(JSON.parse(deletionsToJson([review])).entries[0]).toMatchObject({ verdict: "review", overrode: false });
  });
});
