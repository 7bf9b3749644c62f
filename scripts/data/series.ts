import type { Random } from './random.ts';

/**
 * Splits a reported total into integer parts that add up to it exactly: each unit goes
 * to a bucket drawn with the given weights. Used for series the articles only total.
 */
export function splitTotal(total: number, weights: number[], random: Random): number[] {
  const parts = weights.map(() => 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  for (let unit = 0; unit < total; unit++) {
    let draw = random() * sum;
    let bucket = 0;
    while (bucket < weights.length - 1 && draw >= weights[bucket]) draw -= weights[bucket++];
    parts[bucket]++;
  }
  return parts;
}

/** Like splitTotal, but every bucket gets at least `floor` first. */
export function splitTotalWithFloor(total: number, weights: number[], floor: number, random: Random): number[] {
  const rest = splitTotal(total - floor * weights.length, weights, random);
  return rest.map((part) => part + floor);
}

/**
 * Whole-number steps from a real start to a real end value, rising every year: the
 * years between are illustrative. Each step is the even share of the rise, ±30 %.
 */
export function risingSeries(start: number, end: number, steps: number, random: Random): number[] {
  const values = [start];
  for (let i = 1; i < steps; i++) {
    const remaining = end - values[i - 1];
    const share = remaining / (steps - i + 1);
    const step = Math.max(1, Math.round(share * (0.7 + 0.6 * random())));
    values.push(Math.min(end - (steps - i), values[i - 1] + step));
  }
  values.push(end);
  return values;
}

export function months(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export function quarters(year: number): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}
