import { spawn, type ChildProcess } from "node:child_process";
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

/**
 * A port whose listener never accepts: a child process listening with a backlog of one is
 * stopped (SIGSTOP) and its accept queue filled, so the kernel drops further SYNs and a
 * connection attempt hangs, as with a host behind a firewall that drops packets.
 */
export class UnacceptingHost {
  private child: ChildProcess | null = null;
  private readonly fillers: net.Socket[] = [];
  port = 0;

  async start(): Promise<void> {
    const listen =
      "require('net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, function () { console.log(this.address().port) })";
    const child = (this.child = spawn(process.execPath, ["-e", listen], { stdio: ["ignore", "pipe", "inherit"] }));
    this.port = await new Promise<number>((resolve, reject) => {
      child.stdout!.once("data", (data: Buffer) => resolve(Number(data.toString().trim())));
      child.once("error", reject);
    });
    process.kill(child.pid!, "SIGSTOP");
    for (let attempt = 0; attempt < 16; attempt++) {
      if (!(await this.fillOne())) return;
    }
    throw new Error("The accept queue did not fill up");
  }

  /** One more connection into the queue; false when it did not connect (the queue is full). */
  private async fillOne(): Promise<boolean> {
    const socket = net.connect(this.port, "127.0.0.1");
    socket.on("error", () => socket.destroy());
    this.fillers.push(socket);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once("connect", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  stop(): void {
    for (const socket of this.fillers) socket.destroy();
    this.child?.kill("SIGKILL");
    this.child = null;
  }
}
