/**
 * The time module: clocks, sleep, struct_time and the calendar conversions (gmtime,
 * localtime, mktime, strftime, strptime, asctime, ctime).
 *
 * Clocks: time() is the wall clock (performance.timeOrigin + performance.now(), sub-ms);
 * monotonic() and perf_counter() read process.hrtime (CLOCK_MONOTONIC, the same clock in
 * every worker, so readings taken on different threads compare); process_time() sums user
 * and system CPU time. Local time follows the process's TZ through JS Date.
 *
 * sleep() is a blocking call: the thread leaves the running state (beginBlocking), waits on
 * the heap's pending-signal word in slices so that Ctrl-C interrupts a sleeping main thread,
 * and re-enters (endBlocking) before touching any object.
 */
import { F, I32, NULL, REF_BASE } from '../heap/memory';
import { CTRL_SIGNAL } from '../heap/layout';
import { defineNative, NativeSpec } from '../runtime/natives';
import { newBuiltinFunction } from '../objects/typeobject';
import { moduleDict } from '../objects/module';
import { intern, newStr, StrType, strValue } from '../objects/str';
import { dictSetItem } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { newInt, isIntLike, intValue } from '../objects/int';
import { newFloat, FloatType, floatValue } from '../objects/float';
import { Layout } from '../heap/layout';
import { defineBuiltinType } from '../objects/registry';
import { setTypeField, T_NSLOTS } from '../objects/typeobject';
import { allocInstance } from '../objects/object';
import { tupleHandle, tupleItem } from '../objects/tuple';
import { raise } from '../runtime/errors';
import { exc } from '../objects/exceptions';
import * as P from '../runtime/protocol';
import { N } from '../runtime/names';
import { iterableToArray } from '../runtime/iteration';
import { registerNativeModule } from '../runtime/nativeModules';
import { beginBlocking, endBlocking, safepoint, ts } from '../threads/threadState';

const functions: { name: string; spec: NativeSpec }[] = [];
function fn(signature: string, f: (...a: any[]) => number, doc: string | null = null): void {
  const name = signature.slice(0, signature.indexOf('('));
  functions.push({ name, spec: defineNative(`time.${name}`, signature, f, doc) });
}

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
/**
 * time.struct_time: a struct sequence (subclass of tuple, the 9 visible items in slot 0)
 * with two more attributes outside the sequence, tm_zone and tm_gmtoff (slots 1 and 2).
 */
let structTimeType = 0;
const stSlot = (o: number, k: number) => ((o - REF_BASE) >> 3) + 2 + k;
const structTimeHandle = defineBuiltinType({
  name: 'struct_time', module: 'time', base: tupleHandle, layout: Layout.Object, size: 40,
  doc: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().',
  setRef: (r) => { structTimeType = r; setTypeField(r, T_NSLOTS, 3); },
  methods: [
    { name: '__new__', sig: '__new__(cls, sequence, dict=None)', kind: 'staticmethod', fn: (cls: number, seq: number) => {
      const items = iterableToArray(seq);
      if (items.length < 9) raise(exc.TypeError, `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
      if (items.length > 11) raise(exc.TypeError, `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
      const o = allocInstance(cls);
      F[stSlot(o, 0)] = newTuple(items.slice(0, 9));
      F[stSlot(o, 1)] = items.length > 9 ? items[9] : P.None;
      F[stSlot(o, 2)] = items.length > 10 ? items[10] : P.None;
      return o;
    } },
    { name: '__repr__', sig: '__repr__(self, /)', fn: (s: number) => {
      const t = F[stSlot(s, 0)];
      return newStr(`time.struct_time(${FIELDS.map((f, i) => `${f}=${P.reprJs(tupleItem(t, i))}`).join(', ')})`);
    } },
    { name: '__reduce__', sig: '__reduce__(self, /)', fn: (s: number) => newTuple([structTimeType, newTuple([F[stSlot(s, 0)]])]) },
  ],
  getsets: [
    ...FIELDS.map((f, i) => ({ name: f, get: (s: number) => tupleItem(F[stSlot(s, 0)], i) })),
    { name: 'tm_zone', get: (s: number) => F[stSlot(s, 1)] },
    { name: 'tm_gmtoff', get: (s: number) => F[stSlot(s, 2)] },
  ],
});
void structTimeHandle;

// ---- clocks -------------------------------------------------------------------------------
const wallMs = () => performance.timeOrigin + performance.now();
fn('time()', () => newFloat(wallMs() / 1000), 'time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.');
fn('time_ns()', () => newInt(BigInt(Math.round(wallMs() * 1000)) * 1000n), 'time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.');
const mono = () => process.hrtime.bigint();
fn('monotonic()', () => newFloat(Number(mono()) / 1e9), 'monotonic() -> float\n\nMonotonic clock, cannot go backward.');
fn('monotonic_ns()', () => newInt(mono()), 'monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.');
fn('perf_counter()', () => newFloat(Number(mono()) / 1e9), 'perf_counter() -> float\n\nPerformance counter for benchmarking.');
fn('perf_counter_ns()', () => newInt(mono()), 'perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; };
fn('process_time()', () => newFloat(cpu() / 1e9), 'process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time.');
fn('process_time_ns()', () => newInt(cpu()), 'process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.');
fn('thread_time()', () => newFloat(cpu() / 1e9), 'thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time.');
fn('thread_time_ns()', () => newInt(cpu()), 'thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.');

// ---- sleep --------------------------------------------------------------------------------
/** Seconds from a Python number (int or float; __index__ otherwise, as CPython's _PyTime). */
function seconds(v: number): number {
  if (P.isInstance(v, FloatType)) {
    const x = floatValue(v);
    if (x !== x) raise(exc.ValueError, 'Invalid value NaN (not a number)');
    return x;
  }
  const i = P.index(v);
  return Number(i);
}
fn('sleep(secs, /)', (secs: number) => {
  const s = seconds(secs);
  if (s < 0) raise(exc.ValueError, 'sleep length must be non-negative');
  if (!Number.isFinite(s) || s > 9.2e9) raise(exc.OverflowError, 'sleep length is too large');
  let remaining = s * 1000;
  const end = performance.now() + remaining;
  const sig = CTRL_SIGNAL >> 2;
  for (;;) {
    let interrupted = false;
    beginBlocking();
    try {
      while (remaining > 0) {
        Atomics.wait(I32, sig, 0, Math.min(remaining, 50));
        if (ts.isMain && Atomics.load(I32, sig) !== 0) { interrupted = true; break; }
        remaining = end - performance.now();
      }
    } finally { endBlocking(); }
    if (!interrupted) break;
    safepoint(); // delivers the pending signal (KeyboardInterrupt) on the main thread
    remaining = end - performance.now();
    if (remaining <= 0) break;
  }
  return P.None;
}, 'sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision.');

// ---- calendar conversions -----------------------------------------------------------------
interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number; zone?: string; gmtoff?: number }

const MIN_MS = -8.64e15, MAX_MS = 8.64e15;
function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}
function utcDate(y: number, m: number, d: number): Date { const t = new Date(0); t.setUTCFullYear(y, m - 1, d); return t; }

function tmFromDate(dt: Date, utc: boolean): Tm {
  const g = utc
    ? { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), H: dt.getUTCHours(), M: dt.getUTCMinutes(), S: dt.getUTCSeconds(), w: dt.getUTCDay() }
    : { y: dt.getFullYear(), m: dt.getMonth() + 1, d: dt.getDate(), H: dt.getHours(), M: dt.getMinutes(), S: dt.getSeconds(), w: dt.getDay() };
  const isdst = utc ? 0 : isDst(dt) ? 1 : 0;
  const gmtoff = utc ? 0 : -dt.getTimezoneOffset() * 60;
  return {
    year: g.y, mon: g.m, mday: g.d, hour: g.H, min: g.M, sec: g.S, wday: (g.w + 6) % 7,
    yday: Math.round((utcDate(g.y, g.m, g.d).getTime() - utcDate(g.y, 1, 1).getTime()) / 86400000) + 1,
    isdst, zone: utc ? 'GMT' : tzName(isdst), gmtoff,
  };
}
function isDst(dt: Date): boolean {
  const y = dt.getFullYear();
  const jan = new Date(y, 0, 1).getTimezoneOffset(), jul = new Date(y, 6, 1).getTimezoneOffset();
  return jan !== jul && dt.getTimezoneOffset() === Math.min(jan, jul);
}
function zoneAbbrev(dt: Date): string {
  // A zero offset with no TZ (or TZ=UTC) is UTC: skip Intl, whose first use costs ~50 ms.
  const tz = process.env.TZ;
  if (dt.getTimezoneOffset() === 0 && (tz === undefined || tz === '' || tz === 'UTC' || tz === 'UTC0' || tz === ':UTC')) return 'UTC';
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(dt);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    return z;
  } catch { return 'UTC'; }
}
function tzInfo(): { timezone: number; altzone: number; daylight: number; names: [string, string] } {
  const y = new Date().getFullYear();
  const janD = new Date(y, 0, 1), julD = new Date(y, 6, 1);
  const jan = janD.getTimezoneOffset(), jul = julD.getTimezoneOffset();
  const std = Math.max(jan, jul), dst = Math.min(jan, jul);
  const stdD = jan >= jul ? janD : julD, dstD = jan >= jul ? julD : janD;
  return { timezone: std * 60, altzone: dst * 60, daylight: jan !== jul ? 1 : 0, names: [zoneAbbrev(stdD), zoneAbbrev(dstD)] };
}
function tzName(isdst: number): string { return tzInfo().names[isdst > 0 ? 1 : 0]; }

/** Seconds argument of gmtime/localtime/ctime: None means now; floats are floored. */
function timestampMs(secs: number): number {
  if (secs === NULL || secs === P.None) return Date.now();
  let s: number;
  if (P.isInstance(secs, FloatType)) {
    s = floatValue(secs);
    if (s !== s) raise(exc.ValueError, 'Invalid value NaN (not a number)');
    s = Math.floor(s);
  } else s = Number(P.index(secs));
  const ms = s * 1000;
  if (!(ms >= MIN_MS && ms <= MAX_MS)) raise(exc.OverflowError, 'timestamp out of range for platform time_t');
  return ms;
}

function makeStruct(tm: Tm): number {
  const t = newTuple([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst]);
  const o = allocInstance(structTimeType);
  F[stSlot(o, 0)] = t;
  F[stSlot(o, 1)] = tm.zone === undefined ? P.None : newStr(tm.zone);
  F[stSlot(o, 2)] = tm.gmtoff === undefined ? P.None : tm.gmtoff;
  return o;
}

/** A struct_time or 9-tuple argument (gettmarg), with CPython's checks. */
function tmArg(t: number, fname: string): Tm {
  const isStruct = P.isInstance(t, structTimeType);
  const seq = isStruct ? F[stSlot(t, 0)] : t;
  if (!P.isInstance(seq, newTupleType())) raise(exc.TypeError, `Tuple or struct_time argument required`);
  const items = iterableToArray(seq);
  if (items.length !== 9) raise(exc.TypeError, `${fname}(): illegal time tuple argument`);
  const v = items.map((x) => Number(P.index(x)));
  const tm: Tm = { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8] };
  if (isStruct) {
    const z = F[stSlot(t, 1)], off = F[stSlot(t, 2)];
    if (P.isInstance(z, StrType)) tm.zone = strValue(z);
    if (off < REF_BASE) tm.gmtoff = off;
  }
  return tm;
}
let tupleTypeRef = 0;
function newTupleType(): number { if (!tupleTypeRef) tupleTypeRef = P.typeOf(newTuple([])); return tupleTypeRef; }

/** checktm + the normalisation strftime/asctime apply. */
function checkTm(tm: Tm, fname: string): void {
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 0 || tm.mon > 12) raise(exc.ValueError, 'month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) raise(exc.ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) raise(exc.ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) raise(exc.ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) raise(exc.ValueError, 'seconds out of range');
  if (tm.wday < 0) raise(exc.ValueError, 'day of week out of range');
  tm.wday = ((tm.wday + 1) % 7 + 7) % 7; // to C's Sunday=0 ... then back below
  tm.wday = (tm.wday + 6) % 7;
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 0 || tm.yday > 366) raise(exc.ValueError, 'day of year out of range');
  if (tm.isdst < -1) tm.isdst = -1; else if (tm.isdst > 1) tm.isdst = 1;
  void fname;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number, w: number, c = '0') => { const s = String(Math.abs(n)); return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s); };

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon1 = tm.wday + 1; // 1..7, Monday = 1
  const thursdayYday = tm.yday - wdayMon1 + 4; // yday of this week's Thursday
  let y = tm.year;
  let yd = thursdayYday;
  const yearLen = (yy: number) => ((yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 366 : 365);
  if (yd < 1) { y--; yd += yearLen(y); } else if (yd > yearLen(y)) { yd -= yearLen(y); y++; }
  return [y, Math.floor((yd - 1) / 7) + 1];
}

function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    const d = fmt[++i];
    const cWday = (tm.wday + 1) % 7; // Sunday = 0
    switch (d) {
      case 'a': out += DAYS[tm.wday].slice(0, 3); break;
      case 'A': out += DAYS[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[tm.mon - 1]; break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', tm); break;
      case 'C': out += pad(Math.floor(tm.year / 100), 2); break;
      case 'd': out += pad(tm.mday, 2); break;
      case 'D': out += strftime('%m/%d/%y', tm); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', tm); break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2); break;
      case 'H': out += pad(tm.hour, 2); break;
      case 'I': out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2, ' '); break;
      case 'm': out += pad(tm.mon, 2); break;
      case 'M': out += pad(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'r': out += strftime('%I:%M:%S %p', tm); break;
      case 'R': out += strftime('%H:%M', tm); break;
      case 's': out += String(Math.floor(Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000) - (tm.gmtoff ?? 0)); break;
      case 'S': out += pad(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += strftime('%H:%M:%S', tm); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - cWday) / 7), 2); break;
      case 'V': out += pad(isoWeek(tm)[1], 2); break;
      case 'w': out += String(cWday); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'x': out += strftime('%m/%d/%y', tm); break;
      case 'X': out += strftime('%H:%M:%S', tm); break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(tm.year); break;
      case 'z': { const off = tm.gmtoff ?? -tzInfo()[tm.isdst > 0 ? 'altzone' : 'timezone']; const a = Math.abs(off); out += (off < 0 ? '-' : '+') + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2); break; }
      case 'Z': out += tm.zone ?? tzName(tm.isdst); break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

fn('gmtime(seconds=None, /)', (secs: number) => makeStruct(tmFromDate(new Date(timestampMs(secs)), true)),
  'gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When \'seconds\' is not passed in, convert the current time instead.');
fn('localtime(seconds=None, /)', (secs: number) => makeStruct(tmFromDate(new Date(timestampMs(secs)), false)),
  'localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen \'seconds\' is not passed in, convert the current time instead.');
fn('mktime(t, /)', (t: number) => {
  const tm = tmArg(t, 'mktime');
  const dt = new Date(2000, 0, 1);
  dt.setFullYear(tm.year, tm.mon - 1, tm.mday);
  dt.setHours(tm.hour, tm.min, tm.sec, 0);
  const ms = dt.getTime();
  if (ms !== ms) raise(exc.OverflowError, 'mktime argument out of range');
  return newFloat(ms / 1000);
}, 'mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.');
fn('strftime(format, tuple=<unrepresentable>, /)', (format: number, t: number) => {
  if (!P.isInstance(format, StrType)) raise(exc.TypeError, `strftime() argument 1 must be str, not ${P.typeName(format)}`);
  let tm: Tm;
  if (t === NULL) tm = tmFromDate(new Date(), false);
  else { tm = tmArg(t, 'strftime'); checkTm(tm, 'strftime'); }
  return newStr(strftime(strValue(format), tm));
}, 'strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.');
fn('asctime(tuple=<unrepresentable>, /)', (t: number) => {
  let tm: Tm;
  if (t === NULL) tm = tmFromDate(new Date(), false);
  else { tm = tmArg(t, 'asctime'); checkTm(tm, 'asctime'); }
  return newStr(asctime(tm));
}, 'asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. \'Sat Jun 06 16:26:11 1998\'.');
fn('ctime(seconds=None, /)', (secs: number) => newStr(asctime(tmFromDate(new Date(timestampMs(secs)), false))),
  'ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.');

// ---- strptime -----------------------------------------------------------------------------
function strptime(text: string, format: string): Tm {
  let pos = 0;
  let year = 1900, mon = 1, mday = 1, hour = 0, min = 0, sec = 0, yday = -1, wday = -1, pm = -1, hour12 = -1;
  const fail = (): never => raise(exc.ValueError, `time data ${P.reprJs(newStr(text))} does not match format ${P.reprJs(newStr(format))}`);
  const num = (maxLen: number): number => {
    const m = /^[+-]?\d+/.exec(text.slice(pos, pos + maxLen));
    if (!m) fail();
    pos += m![0].length;
    return parseInt(m![0], 10);
  };
  const name = (list: string[]): number => {
    const rest = text.slice(pos).toLowerCase();
    let best = -1, bestLen = 0;
    list.forEach((n, i) => {
      for (const cand of [n.toLowerCase(), n.slice(0, 3).toLowerCase()]) if (rest.startsWith(cand) && cand.length > bestLen) { best = i; bestLen = cand.length; }
    });
    if (best < 0) fail();
    pos += bestLen;
    return best;
  };
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const d = format[++i];
      switch (d) {
        case 'Y': year = num(4); break;
        case 'y': { const y = num(2); year = y < 69 ? 2000 + y : 1900 + y; break; }
        case 'm': mon = num(2); if (mon < 1 || mon > 12) fail(); break;
        case 'd': mday = num(2); if (mday < 1 || mday > 31) fail(); break;
        case 'H': hour = num(2); if (hour > 23) fail(); break;
        case 'I': hour12 = num(2); if (hour12 < 1 || hour12 > 12) fail(); break;
        case 'M': min = num(2); if (min > 59) fail(); break;
        case 'S': sec = num(2); if (sec > 61) fail(); break;
        case 'j': yday = num(3); break;
        case 'f': num(6); break;
        case 'b': case 'B': case 'h': mon = name(MONTHS) + 1; break;
        case 'a': case 'A': wday = name(DAYS); break;
        case 'p': { const r = text.slice(pos, pos + 2).toUpperCase(); if (r === 'AM') pm = 0; else if (r === 'PM') pm = 1; else fail(); pos += 2; break; }
        case 'z': { const m = /^(?:Z|[+-]\d\d:?\d\d)/.exec(text.slice(pos)); if (!m) fail(); pos += m![0].length; break; }
        case 'Z': { const m = /^[A-Za-z]+/.exec(text.slice(pos)); if (!m) fail(); pos += m![0].length; break; }
        case '%': if (text[pos] !== '%') fail(); pos++; break;
        default: raise(exc.ValueError, `'${d}' is a bad directive in format '${format}'`);
      }
    } else if (/\s/.test(c)) {
      while (pos < text.length && /\s/.test(text[pos])) pos++;
    } else {
      if (text[pos] !== c) fail();
      pos++;
    }
  }
  if (pos < text.length) raise(exc.ValueError, `unconverted data remains: ${text.slice(pos)}`);
  if (hour12 >= 0) hour = (hour12 % 12) + (pm === 1 ? 12 : 0);
  if (yday >= 1 && format.includes('%j')) {
    const dt = new Date(Date.UTC(2000, 0, 1)); dt.setUTCFullYear(year, 0, yday);
    mon = dt.getUTCMonth() + 1; mday = dt.getUTCDate();
  }
  const dt = new Date(Date.UTC(2000, 0, 1)); dt.setUTCFullYear(year, mon - 1, mday);
  if (dt.getUTCDate() !== mday) raise(exc.ValueError, 'day is out of range for month');
  void wday;
  return { year, mon, mday, hour, min, sec, wday: (dt.getUTCDay() + 6) % 7, yday: dayOfYear(year, mon, mday), isdst: -1 };
}
fn('strptime(string, format=<unrepresentable>, /)', (s: number, f: number) => {
  if (!P.isInstance(s, StrType)) raise(exc.TypeError, `strptime() argument 1 must be str, not ${P.typeName(s)}`);
  const fmt = f === NULL ? '%a %b %d %H:%M:%S %Y' : (P.isInstance(f, StrType) ? strValue(f) : raise(exc.TypeError, `strptime() argument 2 must be str, not ${P.typeName(f)}`));
  const tm = strptime(strValue(s), fmt);
  return makeStruct(tm);
}, 'strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.');

registerNativeModule('time', (m) => {
  const d = moduleDict(m);
  for (const { name, spec } of functions) dictSetItem(d, intern(name), newBuiltinFunction(spec, m));
  dictSetItem(d, intern('struct_time'), structTimeType);
  const tz = tzInfo();
  dictSetItem(d, intern('timezone'), tz.timezone);
  dictSetItem(d, intern('altzone'), tz.altzone);
  dictSetItem(d, intern('daylight'), tz.daylight);
  dictSetItem(d, intern('tzname'), newTuple([newStr(tz.names[0]), newStr(tz.names[1])]));
  dictSetItem(d, N.__doc__, newStr('This module provides various functions to manipulate time values.'));
  void isIntLike; void intValue;
});
