// A test OTLP/HTTP receiver: what a collector's `otlp` receiver is to a generated service. OTLP's JSON encoding
// (OTEL_EXPORTER_OTLP_PROTOCOL=http/json) is decoded and every span kept; the suites decide what is wrong. Protobuf
// exports (the default protocol) are only counted, for the bench, which measures the sender and not a decoder.
import http from "node:http";
import type { AddressInfo } from "node:net";

/** One span as OTLP/JSON encodes it (ids in hex, 64-bit integers as strings), with its attributes flattened. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  /** 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, string | number | boolean>;
  /** The resource's service.name. */
  service: string;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpRequest {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { spans?: (Omit<ReceivedSpan, "attributes" | "service"> & { attributes?: OtlpAttribute[] })[] }[];
  }[];
}

const flatten = (attributes: OtlpAttribute[] = []) =>
  Object.fromEntries(
    attributes.map(({ key, value }) => [key, value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue ?? ""))]),
  );

export interface Receiver {
  /** The base URL to give OTEL_EXPORTER_OTLP_ENDPOINT. */
  endpoint: string;
  spans: ReceivedSpan[];
  /** Protobuf trace exports received and not decoded. */
  protobufExports: number;
  /** Requests that were not OTLP trace exports, as "METHOD path content-type". */
  rejected: string[];
  close: () => Promise<void>;
}

/** Listens on a free loopback port; answers each export 200 `{}` (a full success, in OTLP's terms). */
export async function startReceiver(): Promise<Receiver> {
  const spans: ReceivedSpan[] = [];
  const rejected: string[] = [];
  const receiver = { spans, rejected, protobufExports: 0 };
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const type = String(req.headers["content-type"] ?? "");
      if (req.method === "POST" && req.url === "/v1/traces" && type === "application/x-protobuf") {
        receiver.protobufExports++;
        // An empty ExportTraceServiceResponse: full success.
        res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
        return;
      }
      if (req.method !== "POST" || req.url !== "/v1/traces" || !type.startsWith("application/json")) {
        rejected.push(`${req.method} ${req.url} ${type}`);
        res.writeHead(404).end();
        return;
      }
      const request = JSON.parse(body) as OtlpRequest;
      for (const resourceSpans of request.resourceSpans ?? []) {
        const service = String(flatten(resourceSpans.resource?.attributes)["service.name"] ?? "");
        for (const scope of resourceSpans.scopeSpans ?? [])
          for (const span of scope.spans ?? []) spans.push({ ...span, attributes: flatten(span.attributes), service });
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
