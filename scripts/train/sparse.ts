/** A sparse matrix in compressed rows: row i holds indices/values from rowStart[i] to rowStart[i + 1]. */
export interface SparseRows {
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float32Array;
  rows: number;
  columns: number;
}

/** Builds compressed rows from one Map (column → value) per row. */
export function toSparse(rows: ReadonlyArray<Map<number, number>>, columns: number): SparseRows {
  const total = rows.reduce((sum, row) => sum + row.size, 0);
  const rowStart = new Int32Array(rows.length + 1);
  const indices = new Int32Array(total);
  const values = new Float32Array(total);
  let at = 0;
  rows.forEach((row, index) => {
    rowStart[index] = at;
    for (const [column, value] of row) {
      indices[at] = column;
      values[at] = value;
      at++;
    }
  });
  rowStart[rows.length] = at;
  return { rowStart, indices, values, rows: rows.length, columns };
}

/** Divides every row by its Euclidean length (scikit-learn's norm="l2"). */
export function normaliseRows(row: Map<number, number>): Map<number, number> {
  let sum = 0;
  for (const value of row.values()) sum += value * value;
  const length = Math.sqrt(sum) || 1;
  for (const [column, value] of row) row.set(column, value / length);
  return row;
}

/** Picks rows by index (for cross-validation folds). */
export function pickRows(matrix: SparseRows, which: readonly number[]): SparseRows {
  const maps = which.map((row) => {
    const map = new Map<number, number>();
    for (let k = matrix.rowStart[row] as number; k < (matrix.rowStart[row + 1] as number); k++) {
      map.set(matrix.indices[k] as number, matrix.values[k] as number);
    }
    return map;
  });
  return toSparse(maps, matrix.columns);
}
