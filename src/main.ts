import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { errorMessage } from './errors.js';
import { loadConfig } from './load-config.js';
import { toSarif } from './report/sarif.js';
import { scanWithRenders } from './scan-renders.js';
import { failsGate, SEVERITIES, type FailOn } from './types.js';
import { kubegateVersion } from './version.js';

// The Action's edge: inputs in, files and outputs out. Uploading SARIF, review comments and
// required reviews are not wired yet (see the README's status section).
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const paths = core
      .getMultilineInput('paths')
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean);
    const config = loadConfig(workspace, core.getInput('config') || undefined);
    const failOnInput = core.getInput('fail-on') || config.failOn;
    if (failOnInput !== 'none' && !(SEVERITIES as readonly string[]).includes(failOnInput)) {
      throw new Error(
        `input fail-on: "${failOnInput}" is not one of critical, high, medium, low, none`,
      );
    }
    const failOn = failOnInput as FailOn;
    const result = await scanWithRenders({
      root: workspace,
      paths,
      config,
      today: new Date().toISOString().slice(0, 10),
    });
    for (const w of result.warnings) core.warning(w);
    const sarifFile = core.getInput('sarif-file') || 'kubegate.sarif';
    writeFileSync(
      sarifFile,
      JSON.stringify(
        toSarif(
          result.findings,
          result.rules,
          { version: kubegateVersion(), category: 'kubegate' },
          config.rules.severity,
        ),
      ),
    );
    const failing = result.findings.filter((f) => failsGate(f, failOn));
    const annotate = core.getInput('annotations') !== 'false';
    for (const f of annotate ? failing : []) {
      core.error(f.message, {
        file: f.location.file,
        startLine: f.location.line,
        title: `${f.ruleId} (${f.severity})`,
      });
    }
    core.setOutput('findings', String(result.findings.length));
    core.setOutput('sarif-file', sarifFile);
    core.setOutput('result', failing.length > 0 ? 'fail' : 'pass');
    if (failing.length > 0)
      core.setFailed(`kubegate: ${failing.length} findings at or above "${failOn}"`);
  } catch (e) {
    core.setFailed(`kubegate: ${errorMessage(e)}`);
  }
}
