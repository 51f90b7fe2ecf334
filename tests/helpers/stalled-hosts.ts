import net from "node:net";

// Receivers that never answer, for tests of what a delivery does when a host stalls.

/**
 * Accepts TCP connections, reads the request and never answers. Counts the connections
 * open now (in total and per request path) and the most seen at once.
 */
export class SilentServer {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private readonly openPerPath = new Map<string, number>();
  port = 0;
  open = 0;
  maxOpen = 0;
  maxOpenPerPath = 0;

  async start(): Promise<void> {
    this.server = net.createServer((socket) => {
      this.sockets.add(socket);
      this.open += 1;
      this.maxOpen = Math.max(this.maxOpen, this.open);
      let path: string | null = null;
      socket.once("data", (chunk: Buffer) => {
        path = /^\w+ (\S+)/.exec(chunk.toString("latin1"))?.[1] ?? "?";
        const open = (this.openPerPath.get(path) ?? 0) + 1;
        this.openPerPath.set(path, open);
        this.maxOpenPerPath = Math.max(this.maxOpenPerPath, open);
      });
      socket.on("error", () => socket.destroy());
      socket.on("close", () => {
        this.sockets.delete(socket);
        this.open -= 1;
        if (path !== null) this.openPerPath.set(path, this.openPerPath.get(path)! - 1);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** Drops every connection (the waiting clients see it reset) and stops listening. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}
