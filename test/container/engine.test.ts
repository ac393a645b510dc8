// The engine the container proof suite needs: started by the shared offline script. Its absence skips the suite,
// except under CI=true, where it fails here.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { docker, startEngine } from "./docker.js";

test("a container engine with BuildKit starts (required when CI=true; elsewhere its absence skips the suite)", () => {
  const e = startEngine();
  if (!e.ok) {
    console.log(`skipped: container proof suite: no container engine could be started (${e.reason})`);
    assert.not.ok(process.env.CI === "true", `CI=true requires a container engine: ${e.reason}`);
    return;
  }
  assert.match(e.serverVersion, /^\d+\.\d+/, `server version "${e.serverVersion}"`);
  assert.is(e.env.DOCKER_BUILDKIT, "1", "builds must go through BuildKit (cache mounts)");
  const info = docker(["info", "--format", "{{.OSType}}"]);
  assert.is(info.stdout.trim(), "linux", `the engine must run Linux containers: ${info.stdout}${info.stderr}`);
});

test.run();
