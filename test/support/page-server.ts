import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface PageServer {
  /** http://HOST:PORT */
  origin: string;
  port: number;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A local web server a test starts for the fetcher to read from (our machines have no internet). `host` may be any
 * loopback address (127.0.0.2 stands in for a public server where the test says which addresses count as public).
 */
export async function startPageServer(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  host = "127.0.0.1",
): Promise<PageServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
