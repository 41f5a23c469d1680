import type { SparseRows } from "./sparse";

/**
 * L2-regularised logistic regression, fitted with L-BFGS: the objective scikit-learn's LogisticRegression
 * minimises (½‖w‖² + C·Σ sᵢ·log(1 + e^(−yᵢ(w·xᵢ + b))), intercept not penalised) and its stopping rule (at most
 * 100 iterations; stop when the largest gradient component of the mean loss is below 1e-4), so the reference is
 * the textbook model and not a weaker imitation. Deterministic: no randomness at all.
 */
export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

export interface LogisticOptions {
  C: number;
  /** Stop when the gradient's largest component, divided by the number of examples, is below this. */
  tolerance?: number;
  /** Per-example weights (class balancing); 1 when absent. */
  sampleWeights?: Float64Array;
  maxIterations?: number;
}

function objective(
  x: SparseRows,
  y: Uint8Array,
  params: Float64Array,
  gradient: Float64Array,
  options: LogisticOptions,
): number {
  const dim = x.columns;
  const bias = params[dim] as number;
  let loss = 0;
  gradient.fill(0);
  for (let i = 0; i < dim; i++) {
    const w = params[i] as number;
    loss += 0.5 * w * w;
    gradient[i] = w;
  }
  let biasGradient = 0;
  for (let row = 0; row < x.rows; row++) {
    let z = bias;
    const end = x.rowStart[row + 1] as number;
    for (let k = x.rowStart[row] as number; k < end; k++)
      z += (params[x.indices[k] as number] as number) * (x.values[k] as number);
    const sign = y[row] ? 1 : -1;
    const margin = sign * z;
    const weight = options.C * (options.sampleWeights?.[row] ?? 1);
    loss += weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
    const g = (-weight * sign) / (1 + Math.exp(margin));
    biasGradient += g;
    for (let k = x.rowStart[row] as number; k < end; k++) {
      const column = x.indices[k] as number;
      gradient[column] = (gradient[column] as number) + g * (x.values[k] as number);
    }
  }
  gradient[dim] = biasGradient;
  return loss;
}

function largest(values: Float64Array): number {
  let max = 0;
  for (const value of values) max = Math.max(max, Math.abs(value));
  return max;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
};

export function trainLogistic(x: SparseRows, y: Uint8Array, options: LogisticOptions): LogisticModel {
  const n = x.columns + 1;
  const memory = 10;
  const maxIterations = options.maxIterations ?? 100;
  let params = new Float64Array(n);
  let gradient = new Float64Array(n);
  let loss = objective(x, y, params, gradient, options);
  const s: Float64Array[] = [];
  const t: Float64Array[] = [];
  const rho: number[] = [];
  const direction = new Float64Array(n);
  const alpha = new Float64Array(memory);
  const gradientTolerance = (options.tolerance ?? 1e-4) * x.rows;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (largest(gradient) <= gradientTolerance) break;
    // Two-loop recursion: direction = −H·gradient.
    direction.set(gradient);
    for (let j = s.length - 1; j >= 0; j--) {
      alpha[j] = (rho[j] as number) * dot(s[j] as Float64Array, direction);
      const tj = t[j] as Float64Array;
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) - (alpha[j] as number) * (tj[i] as number);
    }
    if (s.length) {
      const last = s.length - 1;
      const scale =
        dot(s[last] as Float64Array, t[last] as Float64Array) / dot(t[last] as Float64Array, t[last] as Float64Array);
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) * scale;
    } else {
      const norm = Math.sqrt(dot(gradient, gradient)) || 1;
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) / norm;
    }
    for (let j = 0; j < s.length; j++) {
      const beta = (rho[j] as number) * dot(t[j] as Float64Array, direction);
      const sj = s[j] as Float64Array;
      for (let i = 0; i < n; i++)
        direction[i] = (direction[i] as number) + ((alpha[j] as number) - beta) * (sj[i] as number);
    }
    for (let i = 0; i < n; i++) direction[i] = -(direction[i] as number);
    const slope = dot(gradient, direction);
    if (slope >= 0) break;
    // Backtracking line search (Armijo).
    let step = 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = (params[i] as number) + step * (direction[i] as number);
      nextLoss = objective(x, y, next, nextGradient, options);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    const sNew = new Float64Array(n);
    const tNew = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sNew[i] = (next[i] as number) - (params[i] as number);
      tNew[i] = (nextGradient[i] as number) - (gradient[i] as number);
    }
    const curvature = dot(sNew, tNew);
    if (curvature > 1e-10) {
      if (s.length === memory) {
        s.shift();
        t.shift();
        rho.shift();
      }
      s.push(sNew);
      t.push(tNew);
      rho.push(1 / curvature);
    }
    const improvement = (loss - nextLoss) / Math.max(1, Math.abs(loss));
    params = next;
    gradient = nextGradient;
    loss = nextLoss;
    if (improvement < 1e-7) break;
  }
  return { weights: params.subarray(0, x.columns), bias: params[x.columns] as number };
}

export function predictLogistic(model: LogisticModel, x: SparseRows): Float64Array {
  const out = new Float64Array(x.rows);
  for (let row = 0; row < x.rows; row++) {
    let z = model.bias;
    for (let k = x.rowStart[row] as number; k < (x.rowStart[row + 1] as number); k++) {
      z += (model.weights[x.indices[k] as number] as number) * (x.values[k] as number);
    }
    out[row] = 1 / (1 + Math.exp(-z));
  }
  return out;
}
