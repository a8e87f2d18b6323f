import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

// A small GitHub REST API on 127.0.0.1 for end-to-end tests: the endpoints the Action
// calls, with state that persists across runs (so re-runs see earlier comments), a record
// of every request, and faults on demand (any status, secondary rate limits, a read-only
// token, lines GitHub refuses). It checks review-comment lines against the patch itself,
// with its own hunk reader, as GitHub does, rather than trusting the Action's diff logic.

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  /** The token the request carried (the Authorization header without its scheme). */
  token: string;
}

export type ReviewStateName = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';

export interface ReviewState {
  id: number;
  body: string;
  /** The event it was created with (REQUEST_CHANGES, APPROVE, COMMENT). */
  event: string;
  state: ReviewStateName;
  commit_id: string;
  user: { login: string; type: 'User' | 'Bot' };
  dismissMessage?: string;
}

export interface PullFileState {
  filename: string;
  status: string;
  patch?: string;
}

export interface ReviewCommentState {
  id: number;
  body: string;
  path: string;
  line: number | null;
  commit_id: string;
  in_reply_to_id?: number;
}

export interface IssueCommentState {
  id: number;
  body: string;
}

export interface SarifUploadState {
  id: string;
  commit_sha: string;
  ref: string;
  checkout_uri?: string;
  tool_name?: string;
  /** The decoded SARIF (base64, then gunzip, then JSON). */
  sarif: unknown;
  polls: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  headers?: Record<string, string>;
  message?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  pullFiles = new Map<number, PullFileState[]>();
  reviewComments: ReviewCommentState[] = [];
  issueComments: IssueCommentState[] = [];
  reviews: ReviewState[] = [];
  /** Who the Action's token acts as: reviews it creates are theirs. */
  tokenUser = 'github-actions[bot]';
  /** Review requests, as sent. */
  requestedReviewers: { users: string[]; teams: string[] }[] = [];
  /** Team members by `org/slug`, readable only with `teamsToken`. */
  teams = new Map<string, string[]>();
  teamsToken = '';
  /** The pull request's author (GitHub refuses to request their review). */
  author = 'author';
  /** Pull requests GET /pulls/N answers with (their head commit now); others are 404. */
  pullHeads = new Map<number, string>();
  /** Branch protection restricts dismissals: dismissing a review answers 403. */
  dismissRefused = false;
  sarifs: SarifUploadState[] = [];
  faults: Fault[] = [];
  /** Every write answers 403 as for a fork's read-only GITHUB_TOKEN. */
  readOnly = false;
  /** Code scanning disabled on the repository: the SARIF endpoint answers 403 like GitHub. */
  codeScanningOff = false;
  /** Lines GitHub refuses although they are in the patch ("path:line"). */
  refusedLines = new Set<string>();
  /** How many polls answer `pending` before `complete`. */
  pendingPolls = 0;
  private nextId = 1000;
  private server: Server | undefined;

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake GitHub is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.send(res, 500, { message: `fake GitHub crashed: ${String(e)}` });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Requests matching a method and a path pattern. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  private page<T>(
    res: ServerResponse,
    items: T[],
    query: URLSearchParams,
    path: string,
    record: RecordedRequest,
  ) {
    const perPage = Number(query.get('per_page') ?? 30);
    const page = Number(query.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      headers.link = `<${this.url}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    }
    record.status = 200;
    this.send(res, 200, slice, headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const body = await this.readBody(req);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      status: 0,
      token: (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, ''),
    };
    this.requests.push(record);
    const reply = (status: number, data: unknown, headers?: Record<string, string>) => {
      record.status = status;
      this.send(res, status, data, headers);
    };

    const fault = this.faults.find(
      (f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 1) > 0,
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return reply(
        fault.status,
        { message: fault.message ?? `injected ${fault.status}` },
        fault.headers,
      );
    }
    if (this.readOnly && method !== 'GET') {
      return reply(403, { message: 'Resource not accessible by integration' });
    }

    const repo = '/repos/([^/]+)/([^/]+)';
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^${repo}/pulls/(\\d+)$`).exec(url.pathname)) && method === 'GET') {
      const number = Number(m[3]);
      const headSha = this.pullHeads.get(number);
      if (!headSha) return reply(404, { message: 'Not Found' });
      return reply(200, {
        number,
        state: 'open',
        head: { sha: headSha, ref: 'feature' },
        base: { ref: 'main' },
        user: { login: this.author, type: 'User' },
      });
    }
    if ((m = new RegExp(`^${repo}/pulls/(\\d+)/files$`).exec(url.pathname)) && method === 'GET') {
      return this.page(
        res,
        this.pullFiles.get(Number(m[3])) ?? [],
        url.searchParams,
        url.pathname,
        record,
      );
    }
    if ((m = new RegExp(`^${repo}/pulls/(\\d+)/comments$`).exec(url.pathname))) {
      if (method === 'GET')
        return this.page(res, this.reviewComments, url.searchParams, url.pathname, record);
      const c = body as { path: string; line: number; body: string; commit_id: string };
      if (!this.lineAccepted(Number(m[3]), c.path, c.line)) {
        return reply(422, {
          message: 'Validation Failed',
          errors: ['line must be part of the diff'],
        });
      }
      const created = {
        id: this.nextId++,
        body: c.body,
        path: c.path,
        line: c.line,
        commit_id: c.commit_id,
      };
      this.reviewComments.push(created);
      return reply(201, created);
    }
    if (
      (m = new RegExp(`^${repo}/pulls/(\\d+)/comments/(\\d+)/replies$`).exec(url.pathname)) &&
      method === 'POST'
    ) {
      const parent = this.reviewComments.find((c) => c.id === Number(m?.[4]));
      if (!parent) return reply(404, { message: 'Not Found' });
      const created = {
        id: this.nextId++,
        body: (body as { body: string }).body,
        path: parent.path,
        line: parent.line,
        commit_id: parent.commit_id,
        in_reply_to_id: parent.id,
      };
      this.reviewComments.push(created);
      return reply(201, created);
    }
    if (
      (m = new RegExp(`^${repo}/pulls/(\\d+)/reviews$`).exec(url.pathname)) &&
      method === 'POST'
    ) {
      const r = body as {
        commit_id: string;
        event: string;
        body: string;
        comments?: { path: string; line: number; body: string }[];
      };
      // GitHub refuses the whole review when any one comment is not on the diff.
      if ((r.comments ?? []).some((c) => !this.lineAccepted(Number(m?.[3]), c.path, c.line))) {
        return reply(422, {
          message: 'Unprocessable Entity',
          errors: ['Line could not be resolved'],
        });
      }
      const states: Record<string, ReviewStateName> = {
        REQUEST_CHANGES: 'CHANGES_REQUESTED',
        APPROVE: 'APPROVED',
        COMMENT: 'COMMENTED',
      };
      const state = states[r.event];
      if (!state) return reply(422, { message: `unknown event ${r.event}` });
      const review: ReviewState = {
        id: this.nextId++,
        body: r.body,
        event: r.event,
        state,
        commit_id: r.commit_id,
        user: { login: this.tokenUser, type: 'Bot' },
      };
      this.reviews.push(review);
      for (const c of r.comments ?? []) {
        this.reviewComments.push({
          id: this.nextId++,
          body: c.body,
          path: c.path,
          line: c.line,
          commit_id: r.commit_id,
        });
      }
      return reply(200, review);
    }
    if ((m = new RegExp(`^${repo}/pulls/(\\d+)/reviews$`).exec(url.pathname)) && method === 'GET') {
      return this.page(res, this.reviews, url.searchParams, url.pathname, record);
    }
    if (
      (m = new RegExp(`^${repo}/pulls/(\\d+)/reviews/(\\d+)$`).exec(url.pathname)) &&
      method === 'PUT'
    ) {
      const review = this.reviews.find((r) => r.id === Number(m?.[4]));
      if (!review) return reply(404, { message: 'Not Found' });
      review.body = (body as { body: string }).body;
      return reply(200, review);
    }
    if (
      (m = new RegExp(`^${repo}/pulls/(\\d+)/reviews/(\\d+)/dismissals$`).exec(url.pathname)) &&
      method === 'PUT'
    ) {
      const review = this.reviews.find((r) => r.id === Number(m?.[4]));
      if (!review) return reply(404, { message: 'Not Found' });
      if (this.dismissRefused)
        return reply(403, {
          message: 'You are not authorized to dismiss this pull request review.',
        });
      if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED')
        return reply(422, { message: 'Can not dismiss a commented pull request review' });
      review.state = 'DISMISSED';
      review.dismissMessage = (body as { message: string }).message;
      return reply(200, review);
    }
    if (
      (m = new RegExp(`^${repo}/pulls/(\\d+)/requested_reviewers$`).exec(url.pathname)) &&
      method === 'POST'
    ) {
      const b = body as { reviewers?: string[]; team_reviewers?: string[] };
      if ((b.reviewers ?? []).some((u) => u.toLowerCase() === this.author.toLowerCase()))
        return reply(422, { message: 'Review cannot be requested from pull request author.' });
      this.requestedReviewers.push({ users: b.reviewers ?? [], teams: b.team_reviewers ?? [] });
      return reply(201, {});
    }
    if ((m = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/.exec(url.pathname)) && method === 'GET') {
      // The workflow's own token cannot read an organisation's teams.
      if (!this.teamsToken || record.token !== this.teamsToken)
        return reply(403, { message: 'Resource not accessible by integration' });
      const members = this.teams.get(`${m[1]}/${m[2]}`);
      if (!members) return reply(404, { message: 'Not Found' });
      return this.page(
        res,
        members.map((login) => ({ login })),
        url.searchParams,
        url.pathname,
        record,
      );
    }
    if ((m = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      if (method === 'GET')
        return this.page(res, this.issueComments, url.searchParams, url.pathname, record);
      const created = { id: this.nextId++, body: (body as { body: string }).body };
      this.issueComments.push(created);
      return reply(201, created);
    }
    if (
      (m = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(url.pathname)) &&
      method === 'PATCH'
    ) {
      const comment = this.issueComments.find((c) => c.id === Number(m?.[3]));
      if (!comment) return reply(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return reply(200, comment);
    }
    if (
      (m = new RegExp(`^${repo}/code-scanning/sarifs$`).exec(url.pathname)) &&
      method === 'POST'
    ) {
      if (this.codeScanningOff) {
        return reply(403, {
          message: 'Advanced Security must be enabled for this repository to use code scanning.',
        });
      }
      const u = body as {
        commit_sha: string;
        ref: string;
        sarif: string;
        checkout_uri?: string;
        tool_name?: string;
      };
      let sarif: unknown;
      try {
        sarif = JSON.parse(gunzipSync(Buffer.from(u.sarif, 'base64')).toString('utf8'));
      } catch {
        return reply(400, {
          message: 'Invalid request: sarif is not gzipped, base64-encoded JSON',
        });
      }
      if (!/^[0-9a-f]{40}$/.test(u.commit_sha) || !/^refs\//.test(u.ref)) {
        return reply(422, { message: 'Invalid commit_sha or ref' });
      }
      const upload: SarifUploadState = {
        id: `sarif-${this.nextId++}`,
        commit_sha: u.commit_sha,
        ref: u.ref,
        sarif,
        polls: 0,
        ...(u.checkout_uri ? { checkout_uri: u.checkout_uri } : {}),
        ...(u.tool_name ? { tool_name: u.tool_name } : {}),
      };
      this.sarifs.push(upload);
      return reply(202, { id: upload.id, url: `${this.url}${url.pathname}/${upload.id}` });
    }
    if (
      (m = new RegExp(`^${repo}/code-scanning/sarifs/([^/]+)$`).exec(url.pathname)) &&
      method === 'GET'
    ) {
      const upload = this.sarifs.find((s) => s.id === m?.[3]);
      if (!upload) return reply(404, { message: 'Not Found' });
      upload.polls++;
      const status = upload.polls <= this.pendingPolls ? 'pending' : 'complete';
      return reply(200, { processing_status: status, analyses_url: `${this.url}/analyses` });
    }
    return reply(404, { message: `fake GitHub has no ${method} ${url.pathname}` });
  }

  /** A person's review of the pull request, as if submitted on GitHub. */
  submitReview(login: string, state: ReviewStateName, commitId: string, body = ''): ReviewState {
    const review: ReviewState = {
      id: this.nextId++,
      body,
      event: state === 'APPROVED' ? 'APPROVE' : state,
      state,
      commit_id: commitId,
      user: { login, type: 'User' },
    };
    this.reviews.push(review);
    return review;
  }

  /** Reviews kubegate posted (its marker in the body). */
  kubegateReviews(): ReviewState[] {
    return this.reviews.filter((r) => r.body.includes('kubegate:required-reviews'));
  }

  /** True when GitHub would accept a comment on this RIGHT-side line of the pull request. */
  private lineAccepted(pull: number, path: string, line: number): boolean {
    if (this.refusedLines.has(`${path}:${line}`)) return false;
    const file = (this.pullFiles.get(pull) ?? []).find((f) => f.filename === path);
    if (!file?.patch) return false;
    let right = 0;
    for (const text of file.patch.split('\n')) {
      const hunk = /^@@ -[\d,]+ \+(\d+)/.exec(text);
      if (hunk) right = Number(hunk[1]) - 1;
      else if (text.startsWith('+') || text.startsWith(' ')) {
        right++;
        if (right === line) return true;
      }
    }
    return false;
  }
}
