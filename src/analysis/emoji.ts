/**
 * Emoji are signals, not noise: 😡 and 🖕 say anger, 🔪 next to "euch" says threat, 🙄 and 🤡 turn praise into
 * irony. Each group counts how often its emoji occur.
 */
const GROUPS = {
  angry: ["😡", "🤬", "😠", "👿", "💢", "😤", "🖕", "👊", "🤮", "🤢", "💩"],
  positive: [
    "😀",
    "😃",
    "😄",
    "😁",
    "😊",
    "🙂",
    "😍",
    "🥰",
    "😘",
    "❤",
    "🧡",
    "💛",
    "💚",
    "💙",
    "💜",
    "💕",
    "💖",
    "👍",
    "👏",
    "🙌",
    "🎉",
    "🥳",
    "💯",
    "⭐",
    "🌟",
    "✨",
    "🤩",
    "😎",
    "💪",
    // "10/10 for the WP 9 👌", "Hafer-Flat-White 😋", "der Guji 🏆": approval and taste.
    "👌",
    "😋",
    "🤤",
    "🏆",
    "🥇",
    // "that Ethiopia Guji as filter 🤯🤯": mind blown by it.
    "🤯",
  ],
  sad: ["😢", "😭", "😞", "😔", "☹", "🙁", "😩", "😫", "💔", "👎", "😕", "😟"],
  ironic: ["🙄", "🤡", "🤦", "😏", "🙃", "🥱", "🤔"],
  laughing: ["😂", "🤣", "😆", "😹"],
  violent: ["🔪", "🔫", "💣", "🪓", "⚰", "☠", "💀", "🧨", "🩸", "🗡", "🔥"],
  thanks: ["🙏"],
} as const;

export type EmojiGroup = keyof typeof GROUPS;
/** Each group's count, and tears ("😭", "🥹") that praise may be shed for, counted apart from sadness. */
export type EmojiSignals = Record<EmojiGroup, number> & { crying: number };
const CRYING = new Set(["😭", "🥹"]);

const GROUP_OF = new Map<string, EmojiGroup>();
for (const [group, emoji] of Object.entries(GROUPS) as Array<[EmojiGroup, readonly string[]]>) {
  for (const one of emoji) GROUP_OF.set(one, group);
}

/**
 * Counts the emoji of each group; skin tones and joiners do not change an emoji's meaning. Beside a question
 * ("im Shop aber ab 29 €. Was stimmt? 🤔") the thinking face is puzzlement, not irony.
 */
export function readEmoji(emoji: readonly string[], asking = false): EmojiSignals {
  const signals: EmojiSignals = {
    angry: 0,
    positive: 0,
    sad: 0,
    ironic: 0,
    laughing: 0,
    violent: 0,
    thanks: 0,
    crying: 0,
  };
  for (const one of emoji) {
    const base = [...one][0] ?? "";
    const group = GROUP_OF.get(base);
    if (group && !(asking && base === "🤔")) signals[group]++;
    if (CRYING.has(base)) signals.crying++;
  }
  return signals;
}

/** Is this emoji one that can carry a threat next to a target ("🔪 euch")? */
export function isViolentEmoji(emoji: string): boolean {
  const base = [...emoji][0] ?? "";
  return GROUP_OF.get(base) === "violent" && base !== "🔥" && base !== "💀";
}

/** 🙄, 🤡, 🙃 …: an emoji of rolled eyes or mockery. */
export function isIronicEmoji(emoji: string): boolean {
  return GROUP_OF.get([...emoji][0] ?? "") === "ironic";
}
