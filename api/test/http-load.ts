import http from 'node:http';

/** One HTTP answer as a client saw it. */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One request over `agent` (a keep-alive agent reuses its sockets, as a browser or a load
 * balancer does). Rejects with the socket's error (ECONNRESET, ECONNREFUSED, …) if there was no
 * answer.
 */
export function send(
  agent: http.Agent,
  url: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent,
        method: options.method ?? (payload ? 'POST' : 'GET'),
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** A GraphQL answer's errors' codes, or ['UNREADABLE'] when the body is not a GraphQL answer. */
export function errorCodes(answer: Answer): string[] {
  try {
    const body = JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] };
    return (body.errors ?? []).map((error) => String(error.extensions?.code));
  } catch {
    return ['UNREADABLE'];
  }
}
