// Which lines of a pull request's new file version can carry an inline review comment.
// GitHub accepts comments on any line shown in a hunk on the RIGHT side: added lines and
// the unchanged context around them. Anything else answers 422, so findings there go to
// the summary comment instead.

/** Calls `visit` for every RIGHT-side line a unified-diff patch shows. */
function walkPatch(patch: string, visit: (line: number) => void): void {
  let next = 0; // the new-file line number the next context or added line carries
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (header) {
      next = Number(header[1]);
      inHunk = true;
    } else if (inHunk && (raw.startsWith('+') || raw.startsWith(' ') || raw === '')) {
      // Added and context lines; an empty line is a context line whose space was stripped.
      visit(next++);
    }
    // Removed lines and "\ No newline at end of file" do not advance the new side.
  }
}

/** RIGHT-side line numbers that appear in a patch (as `GET .../pulls/N/files` gives it). */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (patch) walkPatch(patch, (line) => lines.add(line));
  return lines;
}

/** One file of a pull request as the files endpoint describes it. */
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

/** The diff map of a pull request: path -> commentable RIGHT-side lines. */
export function diffMap(files: readonly PullFile[]): Map<string, Set<number>> {
  const map = new Map<string, Set<number>>();
  for (const f of files) {
    if (f.status !== 'removed') map.set(f.filename, commentableLines(f.patch));
  }
  return map;
}
