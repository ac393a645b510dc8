// Puts the Compose Specification schema the validate suite reads at ../shared/schemas/compose-spec.json when a
// checkout has no shared/ beside it (hosted CI): the file at a pinned compose-spec commit, checked by its hash.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const COMMIT = "170098ba07d9f53c383a41bfd4c5166b0a4529a6";
const SHA256 = "1f91e091f16b2dd50ab8860e02bb391d22df553d91c145eacedb1b6eff9c3f0e";
const target = fileURLToPath(new URL("../../shared/schemas/compose-spec.json", import.meta.url));

if (!fs.existsSync(target)) {
  const url = `https://raw.githubusercontent.com/compose-spec/compose-spec/${COMMIT}/schema/compose-spec.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const digest = createHash("sha256").update(body).digest("hex");
  if (digest !== SHA256) throw new Error(`${url}: sha256 ${digest}, expected ${SHA256}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, body);
  console.log(`compose-spec.json (${COMMIT.slice(0, 12)}) written to ${target}`);
}
