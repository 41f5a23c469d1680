/** The early warning: many critical comments on one post in a short time. */
export const SURGE = {
  windowMinutes: 60,
  /** Critical or angry comments within the window that raise the warning. */
  threshold: 8,
  /** One warning per post in this time. */
  quietHours: 24,
};

export type Arrival = { key: string; at: number; negative: boolean; counts?: boolean };

export function negativeArrivals(arrivals: readonly Arrival[], now: number): number {
  const since = now - SURGE.windowMinutes * 60_000;
  return arrivals.filter((arrival) => arrival.counts !== false && arrival.negative && arrival.at >= since).length;
}

/** Whether to warn now: enough negative arrivals in the window, and no warning for this post lately. */
export function shouldWarn(arrivals: readonly Arrival[], now: number, warnedAt: number | undefined): boolean {
  if (warnedAt !== undefined && now - warnedAt < SURGE.quietHours * 3_600_000) return false;
  return negativeArrivals(arrivals, now) >= SURGE.threshold;
}
