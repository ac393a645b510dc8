// A throwaway local npm registry (verdaccio, no uplinks): packages are published to it and `npm create` installs
// from it exactly as from the public registry, with its own user config and a fresh cache per client.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, cliEnv, freePort, tail, tempDir } from "../helpers.js";

const VERDACCIO = path.join(ROOT, "node_modules", "verdaccio", "bin", "verdaccio");

export interface LocalRegistry {
  url: string;
  /** Publishes a packed tarball (or a package folder) as the registry's user. */
  publish: (tarballOrDir: string) => void;
  /** The environment of an npm client with a fresh, empty cache that knows only this registry. */
  clientEnv: () => NodeJS.ProcessEnv;
  /** Stops the server and removes its storage, caches and config. */
  stop: () => Promise<void>;
}

export async function startRegistry(): Promise<LocalRegistry> {
  const home = tempDir("crc-registry-");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  fs.writeFileSync(
    path.join(home, "config.yaml"),
    [
      `storage: ${path.join(home, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${path.join(home, "htpasswd")}`,
      "uplinks: {}",
      "packages:",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  let output = "";
  const server: ChildProcess = spawn(process.execPath, [VERDACCIO, "--config", path.join(home, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`verdaccio exited ${server.exitCode}: ${tail(output)}`);
      const ok = await fetch(`${url}-/ping`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`verdaccio did not answer on ${url} within 30 s: ${tail(output)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // Registering a user is how npm logs in; the answer carries the token npm publish needs.
    const login = await fetch(`${url}-/user/org.couchdb.user:publisher`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "publisher", password: "publisher-password" }),
    });
    const { token } = (await login.json()) as { token?: string };
    if (!login.ok || !token) throw new Error(`verdaccio refused the user (${login.status})`);
    const registryKey = url.replace(/^http:/, "");
    const publisherRc = path.join(home, "publisher.npmrc");
    fs.writeFileSync(publisherRc, `registry=${url}\n${registryKey}:_authToken=${token}\n`);
    const clientRc = path.join(home, "client.npmrc");
    fs.writeFileSync(clientRc, `registry=${url}\n`);
    let clients = 0;
    return {
      url,
      publish(tarballOrDir) {
        const r = spawnSync("npm", ["publish", tarballOrDir, "--registry", url, "--ignore-scripts", "--access", "public"], {
          encoding: "utf8",
          env: cliEnv({ npm_config_userconfig: publisherRc, npm_config_cache: path.join(home, "publisher-cache"), npm_config_update_notifier: "false" }),
          timeout: 120_000,
        });
        if (r.status !== 0) throw new Error(`npm publish ${tarballOrDir} failed: ${tail(r.stdout + r.stderr)}`);
      },
      clientEnv: () =>
        cliEnv({
          npm_config_userconfig: clientRc,
          npm_config_registry: url,
          npm_config_cache: path.join(home, `client-cache-${++clients}`),
          npm_config_update_notifier: "false",
          npm_config_fund: "false",
          npm_config_audit: "false",
        }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
