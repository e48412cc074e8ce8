// Lighthouse runs for the benchmark: the pinned npm `lighthouse` (12.2.3, package-lock.json)
// driving the system Chromium (CHROME_PATH), mobile and desktop presets, median of N runs.
//
// Lighthouse is started with execFile (asynchronous): the static server runs in this process,
// and a blocked event loop would never answer it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_FLAGS as E2E_FLAGS } from '../e2e/browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};
/** The flags of the e2e tests' Chromium (tests/e2e/browser.mjs), as Lighthouse's option. */
const CHROME_FLAGS = E2E_FLAGS.join(' ');
/** Longest one Lighthouse run may take on a busy 2-core machine. */
const RUN_TIMEOUT = 240000;

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One Lighthouse run; resolves to its JSON result (or { error }). */
function runOnce({ root, url, preset, out, log }) {
  const bin = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    bin, url, '--output=json', `--output-path=${out}`, '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`,
    '--max-wait-for-load=60000',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env, timeout: RUN_TIMEOUT, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) {
        log(`lighthouse ${preset} ${url}: failed: ${(stderr || error.message).trim().split('\n').slice(-3).join(' | ')}`);
        resolve({ error: (stderr || error.message).trim().split('\n').at(-1) });
        return;
      }
      try {
        const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
        log(`lighthouse ${preset} ${url}: performance ${Math.round(lhr.categories.performance.score * 100)} in ${Math.round((Date.now() - started) / 1000)} s`);
        resolve(lhr);
      } catch (e) {
        resolve({ error: `no report: ${e.message}` });
      }
    });
  });
}

/** The figures of one run: scores (0–100) and metrics (ms; CLS unitless). */
function figures(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? NaN : Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN]));
  return { scores, metrics };
}

/**
 * Runs Lighthouse `runs` times for every URL and preset, interleaved (mobile, desktop, mobile,
 * ...) so that a slow spell of the machine does not fall on one preset only. Returns
 * [{ url, label, preset, runs: [figures], median: figures, medianRun: lhr, errors }].
 */
export async function lighthouse({ root, targets, runs = 3, presets = ['mobile', 'desktop'], dir, log }) {
  fs.mkdirSync(dir, { recursive: true });
  const results = [];
  for (const target of targets) {
    for (const preset of presets) results.push({ ...target, preset, runs: [], lhrs: [], errors: [] });
  }
  for (let i = 0; i < runs; i += 1) {
    for (const r of results) {
      const out = path.join(dir, `${r.slug}-${r.preset}-${i + 1}.json`);
      const lhr = await runOnce({ root, url: r.url, preset: r.preset, out, log });
      if (lhr.error) {
        r.errors.push(lhr.error);
        continue;
      }
      const f = figures(lhr);
      r.runs.push(f);
      r.lhrs.push({ lhr, file: out, performance: f.scores.performance });
    }
  }
  for (const r of results) {
    r.median = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(r.runs.map((x) => x.scores[c]))])),
      metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(r.runs.map((x) => x.metrics[k]))])),
    };
    // The run whose performance score is the median, for its diagnostics.
    const sorted = [...r.lhrs].sort((a, b) => a.performance - b.performance);
    const middle = sorted[Math.floor((sorted.length - 1) / 2)];
    r.medianRun = middle?.lhr ?? null;
    r.medianFile = middle?.file ?? null;
    r.benchmarkIndex = median(r.lhrs.map((x) => x.lhr.environment?.benchmarkIndex));
    r.warnings = [...new Set(r.lhrs.flatMap((x) => x.lhr.runWarnings ?? []))];
    delete r.lhrs;
  }
  return results;
}

const ms = (x) => (Number.isNaN(x) ? 'n/a' : `${Math.round(x)}`);
const sec = (x) => (Number.isNaN(x) ? 'n/a' : `${(x / 1000).toFixed(2)} s`);

/** The Markdown table of the medians (and the per-run performance scores). */
export function lighthouseTable(results) {
  const lines = [
    '| page | preset | performance (runs) | accessibility | best practices | SEO | FCP | LCP | TBT ms | CLS | Speed Index |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const s = r.median.scores;
    const m = r.median.metrics;
    const each = r.runs.map((x) => x.scores.performance).join(', ');
    const failed = r.errors.length ? `, ${r.errors.length} failed` : '';
    lines.push(`| ${r.label} | ${r.preset} | **${ms(s.performance)}** (${each}${failed}) | ${ms(s.accessibility)} | ${ms(s['best-practices'])} | ${ms(s.seo)} | ${sec(m.fcp)} | ${sec(m.lcp)} | ${ms(m.tbt)} | ${Number.isNaN(m.cls) ? 'n/a' : m.cls.toFixed(3)} | ${sec(m.si)} |`);
  }
  return lines.join('\n');
}

/** Short name of a URL for tables (path after the origin, query kept). */
const short = (url, origin) => {
  const rest = url.startsWith(origin) ? url.slice(origin.length) : url;
  return rest.length > 60 ? `${rest.slice(0, 57)}…` : rest;
};

/**
 * What the median mobile run says about the first load: the LCP element and its phases, the
 * main-thread work by kind, script boot-up, long tasks, render-blocking files and the network
 * waterfall as observed (unthrottled; Lighthouse simulates the throttled timings from it).
 */
export function lighthouseDiagnostics(result, origin) {
  const lhr = result.medianRun;
  if (!lhr) return '';
  const a = lhr.audits;
  const out = [`### ${result.label}, ${result.preset}: the median run's diagnostics`, ''];
  const lcp = a['largest-contentful-paint-element']?.details?.items ?? [];
  const element = lcp[0]?.items?.[0]?.node;
  if (element) out.push(`- LCP element: \`${(element.snippet ?? '').slice(0, 140).replaceAll('|', '\\|')}\` (${element.nodeLabel?.slice(0, 60) ?? ''})`);
  else if (a['largest-contentful-paint-element']?.errorMessage) out.push('- LCP element: not read by Lighthouse 12.2.3 from this Chromium\'s trace (see the LCP line under the phone-like waterfalls)');
  const phases = lcp[1]?.items ?? [];
  if (phases.length) out.push(`- LCP phases (simulated): ${phases.map((p) => `${p.phase} ${ms(p.timing)} ms`).join(', ')}`);
  const tti = a.interactive?.numericValue;
  if (tti) out.push(`- Time to Interactive (simulated): ${sec(tti)}; Max Potential FID ${ms(a['max-potential-fid']?.numericValue ?? NaN)} ms`);
  const blocking = a['render-blocking-resources']?.details?.items ?? [];
  if (blocking.length) out.push(`- Render-blocking: ${blocking.map((b) => `${short(b.url, origin)} (${ms(b.wastedMs)} ms)`).join(', ')}`);
  out.push('');
  const work = a['mainthread-work-breakdown']?.details?.items ?? [];
  if (work.length) {
    out.push(`Main-thread work (${sec(a['mainthread-work-breakdown'].numericValue)}, CPU ×${lhr.configSettings?.throttling?.cpuSlowdownMultiplier ?? '?'} simulated):`, '');
    out.push('| kind | ms |', '|---|---:|');
    for (const w of work) out.push(`| ${w.groupLabel ?? w.group} | ${ms(w.duration)} |`);
    out.push('');
  }
  const boot = a['bootup-time']?.details?.items ?? [];
  if (boot.length) {
    out.push('Script boot-up (execution, parse and compile):', '');
    out.push('| script | total ms | scripting ms | parse/compile ms |', '|---|---:|---:|---:|');
    for (const b of boot) out.push(`| ${short(b.url, origin)} | ${ms(b.total)} | ${ms(b.scripting)} | ${ms(b.scriptParseCompile)} |`);
    out.push('');
  }
  const tasks = a['long-tasks']?.details?.items ?? [];
  if (tasks.length) {
    out.push('Long tasks (over 50 ms, simulated):', '');
    out.push('| script | start ms | duration ms |', '|---|---:|---:|');
    for (const t of tasks.slice(0, 12)) out.push(`| ${short(t.url, origin)} | ${ms(t.startTime)} | ${ms(t.duration)} |`);
    out.push('');
  }
  const network = a['network-requests']?.details?.items ?? [];
  if (network.length) {
    out.push('Network waterfall as observed (unthrottled; ms from navigation start):', '');
    out.push('| file | start | end | transferred | priority |', '|---|---:|---:|---:|---|');
    for (const n of network) {
      out.push(`| ${short(n.url, origin)} | ${ms(n.networkRequestTime ?? n.startTime)} | ${ms(n.networkEndTime ?? n.endTime)} | ${Math.round((n.transferSize ?? 0) / 102.4) / 10} kB | ${n.priority ?? ''} |`);
    }
    out.push('');
  }
  if (result.medianFile) out.push(`Full report: \`${result.medianFile}\`.`, '');
  return out.join('\n');
}
