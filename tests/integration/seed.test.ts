import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { recordingPath } from "@/lib/storage/paths";
import { seed } from "@/prisma/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed-data/users";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { db, setUpTestDatabase } from "../helpers/database";

setUpTestDatabase();
let storage: string;

beforeAll(async () => {
  storage = await mkdtemp(path.join(os.tmpdir(), "mavio-seed-"));
  process.env.STORAGE_DIR = storage;
});
afterAll(async () => {
  await rm(storage, { recursive: true, force: true });
});

describe("the demo seed", () => {
  it("creates the demo teams and content, says nothing secret, and a second run changes nothing", async () => {
    const output = vi.spyOn(console, "log");
    const first = await seed(db);
    expect(first.teams.map((team) => [team.slug, team.created])).toEqual([
      ["acme", true],
      ["globex", true],
    ]);
    expect(first.counts.meetings).toBeGreaterThanOrEqual(20);
    expect(first.counts.transcriptSegments).toBeGreaterThan(200);
    expect(first.counts.usageHours).toBeGreaterThan(1_000);
    expect(JSON.stringify(first)).not.toMatch(/mavio_sk_/);
    expect(output.mock.calls.flat().join(" ")).not.toMatch(/mavio_sk_/);

    const second = await seed(db);
    expect(second.teams.every((team) => !team.created)).toBe(true);
    expect(second.counts).toEqual(first.counts);
    expect(second.recordingFilesWritten).toBe(0);
  });

  it("lets every demo user sign in with the documented password", async () => {
    for (const user of DEMO_USERS)
      expect(await verifyCredentials(user.email, DEMO_PASSWORD), user.email).not.toBeNull();
  });

  it("hashes the demo password at the same bcrypt cost as a real sign-up, so timing cannot tell them apart", async () => {
    const demo = await db.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[0].email },
      select: { passwordHash: true },
    });
    expect(bcrypt.getRounds(demo.passwordHash!)).toBe(bcrypt.getRounds(await hashPassword("a-real-person's-password")));
  });

  it("stores real WAV recordings whose size and duration match their rows", async () => {
    const recordings = await db.recording.findMany({
      select: { filePath: true, sizeBytes: true, durationMs: true, mimeType: true },
    });
    expect(recordings.length).toBeGreaterThan(10);
    for (const recording of recordings) {
      const file = recordingPath(recording.filePath);
      expect(file.startsWith(storage)).toBe(true);
      expect((await stat(file)).size).toBe(recording.sizeBytes);
      const header = await readFile(file);
      expect(header.toString("ascii", 0, 4)).toBe("RIFF");
      expect(header.toString("ascii", 8, 12)).toBe("WAVE");
      const sampleRate = header.readUInt32LE(24);
      const byteRate = header.readUInt32LE(28);
      const dataBytes = header.readUInt32LE(40);
      expect(Math.round((dataBytes / byteRate) * 1000)).toBeCloseTo(recording.durationMs, -1);
      expect(sampleRate).toBe(16_000);
      expect(recording.mimeType).toBe("audio/wav");
    }
  });

  it("keeps API keys as hashes only, with usage history and a request log for the usage page", async () => {
    const keys = await db.apiKey.findMany({
      select: {
        id: true,
        hash: true,
        last4: true,
        revokedAt: true,
        ipAllowlist: true,
        _count: { select: { usageHours: true, loggedRequests: true } },
      },
    });
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.some((key) => key.revokedAt)).toBe(true);
    expect(keys.some((key) => key.ipAllowlist.length > 0)).toBe(true);
    expect(keys.filter((key) => key._count.usageHours > 0).length).toBeGreaterThanOrEqual(2);
    for (const key of keys.filter((candidate) => candidate._count.usageHours > 0)) {
      expect(key._count.loggedRequests).toBeGreaterThan(100);
      // The log agrees with the counts: every logged request was counted in its hour.
      const logged = await db.loggedRequest.groupBy({ by: ["status"], where: { keyId: key.id }, _count: true });
      const counted = await db.usageHour.groupBy({ by: ["status"], where: { keyId: key.id }, _sum: { count: true } });
      for (const { status, _count } of logged)
        expect(counted.find((row) => row.status === status)?._sum.count ?? 0).toBeGreaterThanOrEqual(_count);
    }
    const statuses = await db.loggedRequest.findMany({ distinct: ["status"], select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(expect.arrayContaining([200, 404]));
  });
});
