// Checks a generated Dockerfile with the real parser and linter (dockerfile-ast, dockerfile-utils), plus the rules
// those tools miss: stages referenced exist, exec forms, non-root numeric USER, ports in range.
import { DockerfileParser, type From, type Instruction } from "dockerfile-ast";
import { validate } from "dockerfile-utils";

export interface DockerfileFacts {
  stages: string[];
  baseImages: string[];
  finalUser?: string;
  exposed: number[];
  entrypoint?: string[];
  healthcheck?: string[];
  /** HEALTHCHECK options, e.g. { interval: "30s", "start-interval": "1s" }. */
  healthcheckOptions: Record<string, string>;
  args: Record<string, string>;
  /** ARG defaults and ENV values declared inside stages (the build stage's CARGO_PROFILE, RUSTUP_TOOLCHAIN…). */
  stageArgs: Record<string, string>;
  env: Record<string, string>;
  runs: string[];
  /** The Rust version the build stage's rust:<version>-… tag names (offline: RUST_BUILDER's default). */
  rustVersion?: string;
}

/** The Rust version a rust:<version>-… image reference names (x.y.z or x.y), if it is one. */
export const rustTagVersion = (image: string): string | undefined => /^rust:(\d+\.\d+(?:\.\d+)?)-/.exec(image)?.[1];

/** Returns the problems found (empty when the file is sound) and the facts other checks compare against. */
export function checkDockerfile(content: string): { problems: string[]; facts: DockerfileFacts } {
  const problems: string[] = [];
  const errors = validate(content).filter((d) => d.severity === 1);
  for (const d of errors) problems.push(`dockerfile-utils: line ${d.range.start.line + 1}: ${d.message}`);
  const file = DockerfileParser.parse(content);
  // An air-gapped builder cannot pull the frontend image a syntax directive names: offline builds use the built-in one.
  const offline = /cargo (auditable )?build [^\n]*--offline/.test(content.replace(/\\\n/g, " "));
  const syntax = file.getDirectives().find((d) => d.getDirective() === "syntax")?.getValue();
  if (offline && syntax !== undefined) problems.push(`an offline build's Dockerfile names the frontend image ${syntax}, which it cannot pull`);
  if (!offline && !content.startsWith("# syntax=docker/dockerfile:1\n")) problems.push("first line must be the # syntax=docker/dockerfile:1 directive");

  const facts: DockerfileFacts = { stages: [], baseImages: [], exposed: [], healthcheckOptions: {}, args: {}, stageArgs: {}, env: {}, runs: [] };
  let stageIndex = -1;
  let user: string | undefined;
  for (const ins of file.getInstructions() as Instruction[]) {
    const keyword = ins.getKeyword();
    const text = ins.getArgumentsContent() ?? "";
    if (keyword === "FROM") {
      const from = ins as From;
      stageIndex++;
      user = undefined;
      const stage = from.getBuildStage();
      if (stage) facts.stages.push(stage);
      const image = from.getImage();
      if (image) facts.baseImages.push(image);
      // Dependabot reads no variable in a FROM line: only a literal image can be kept current.
      if (!offline && image?.includes("$")) problems.push(`FROM ${image}: a variable in the image hides it from Dependabot`);
      if (stage === "build") facts.rustVersion = rustTagVersion(image === "${RUST_BUILDER}" ? facts.args.RUST_BUILDER : image ?? "");
      if (image && facts.stages.includes(image)) continue;
    } else if (keyword === "ARG") {
      const [name, value] = text.split("=");
      (stageIndex < 0 ? facts.args : facts.stageArgs)[name] = value;
    } else if (keyword === "ENV") {
      for (const m of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) facts.env[m[1]] = m[2].replace(/^"|"$/g, "");
    } else if (keyword === "COPY") {
      const from = /--from=(\S+)/.exec(text)?.[1];
      if (from && !facts.stages.includes(from)) problems.push(`COPY --from=${from} names no earlier stage`);
    } else if (keyword === "USER") {
      user = text.trim();
    } else if (keyword === "EXPOSE") {
      for (const p of text.trim().split(/\s+/)) {
        const port = Number(p.split("/")[0]);
        if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`EXPOSE ${p} is not a port`);
        facts.exposed.push(port);
      }
    } else if (keyword === "ENTRYPOINT") {
      facts.entrypoint = execForm("ENTRYPOINT", text, problems);
    } else if (keyword === "HEALTHCHECK") {
      const joined = ins.getTextContent().replace(/\\\n/g, " ");
      const cmd = /\bCMD\s+(.*)$/s.exec(joined)?.[1];
      for (const m of joined.split(/\bCMD\b/)[0].matchAll(/--([a-z-]+)=(\S+)/g)) facts.healthcheckOptions[m[1]] = m[2];
      if (!cmd) problems.push("HEALTHCHECK has no CMD");
      else facts.healthcheck = execForm("HEALTHCHECK CMD", cmd, problems);
    } else if (keyword === "RUN") {
      // The whole instruction: its --mount flags are not part of the arguments.
      facts.runs.push(ins.getTextContent().replace(/\\\n\s*/g, " "));
    }
  }
  facts.finalUser = user;
  if (!user) problems.push("the final stage sets no USER: it would run as root");
  else if (!/^[1-9]\d*:[1-9]\d*$/.test(user)) problems.push(`final USER ${user} must be a numeric non-root uid:gid`);
  if (!facts.entrypoint) problems.push("no ENTRYPOINT");
  return { problems, facts };
}

function execForm(what: string, text: string, problems: string[]): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text.trim());
    if (Array.isArray(parsed) && parsed.every((a) => typeof a === "string")) return parsed as string[];
  } catch {
    /* reported below */
  }
  problems.push(`${what} must be in exec form (a JSON array of strings), got: ${text.trim()}`);
  return undefined;
}
