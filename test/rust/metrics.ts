// A generated service's /metrics as a Prometheus server reads it: fetched, parsed by a text-format parser, and
// looked up by family and labels. No assertions here; the suites decide what is wrong.
import parsePrometheusTextFormat, { type Family } from "parse-prometheus-text-format";
import { httpGet, type Endpoint } from "../helpers.js";

export interface Scrape {
  status: number;
  contentType: string;
  families: Family[];
}

/** GET /metrics and parse it; a body that is not valid text format throws. */
export async function scrape(endpoint: Endpoint): Promise<Scrape> {
  const answer = await httpGet(endpoint, "/metrics");
  const families = answer.status === 200 ? parsePrometheusTextFormat(answer.body) : [];
  return { status: answer.status, contentType: String(answer.headers["content-type"] ?? ""), families };
}

export const family = (s: Scrape, name: string) => s.families.find((f) => f.name === name);

/** The samples of a counter or gauge whose labels include `labels`. */
export function samples(s: Scrape, name: string, labels: Record<string, string> = {}) {
  return (family(s, name)?.metrics ?? []).filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

/** The value of the one sample with exactly these labels; 0 when the series does not exist yet. */
export function value(s: Scrape, name: string, labels: Record<string, string>): number {
  const exact = samples(s, name, labels).filter((m) => Object.keys(m.labels ?? {}).length === Object.keys(labels).length);
  return exact.length ? Number(exact[0]!.value) : 0;
}
