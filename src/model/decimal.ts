// Exact decimal arithmetic on canonical strings ("24252.311082"), so 万元 amounts never drift
// the way binary floating point does (0.1 + 0.2).

interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(value: string): Scaled {
  const negative = value.startsWith('-');
  const [int = '0', frac = ''] = value.replace(/^[+-]/, '').split('.');
  const units = BigInt(int + frac) * (negative ? -1n : 1n);
  return { units, scale: frac.length };
}

function align(a: Scaled, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

function fromScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = scale > 0 ? digits.slice(digits.length - scale) : '';
  return (negative ? '-' : '') + int + (frac ? `.${frac}` : '');
}

/** Integers this short sum exactly as JS numbers, even thousands of them (4096 × 10^12 < 2^53). */
const SMALL_INT = /^-?\d{1,12}$/;
const FAST_MAX_TERMS = 4096;

/** Sum of canonical decimal strings, keeping the largest number of decimals among them. */
export function sumDecimals(values: readonly string[]): string {
  // Fast path for counts (every total of 表三/表四): the checks recompute all totals on each edit.
  if (values.length <= FAST_MAX_TERMS) {
    let n = 0;
    let i = 0;
    for (; i < values.length; i++) {
      const v = values[i]!;
      if (!SMALL_INT.test(v)) break;
      n += Number(v);
    }
    if (i === values.length) return String(n === 0 ? 0 : n);
  }
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((s) => s.scale));
  return fromScaled(
    scaled.reduce((acc, s) => acc + align(s, scale), 0n),
    scale,
  );
}

/** -1, 0 or 1, comparing numeric values (so "1.50" equals "1.5"). */
export function compareDecimals(a: string, b: string): number {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  const d = align(x, scale) - align(y, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}
