import { t } from "../platform/i18n";
import type { Mood } from "../shared/monitor";
import { moodLabel } from "./labels";

type Point = { at: number; mood: Mood; negative: number; total: number };

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 4;

/**
 * A thread's mood over its visits: the line is the share of critical and angry comments, each dot a visit in
 * its mood's colour. The text alternative names the moods in order.
 */
export function MoodChart({ points }: { points: readonly Point[] }) {
  const shown = points.slice(-12);
  const x = (index: number) => (shown.length < 2 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (shown.length - 1));
  const y = (point: Point) => HEIGHT - PAD - (point.total ? point.negative / point.total : 0) * (HEIGHT - 2 * PAD);
  const summary = shown.map((point) => moodLabel(point.mood)).join(" → ");
  return (
    <svg
      class="mood-chart"
      role="img"
      aria-label={t("moodChartLabel", [String(shown.length), summary])}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <polyline class="mood-line" points={shown.map((point, index) => `${x(index)},${y(point)}`).join(" ")} />
      {shown.map((point, index) => (
        <circle key={point.at} class="mood-dot" data-mood={point.mood} cx={x(index)} cy={y(point)} r={3} />
      ))}
    </svg>
  );
}
