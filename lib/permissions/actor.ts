/** The signed-in person acting on a team, and where they act from (the key audit log records it). */
export interface Actor {
  userId: string;
  ip: string | null;
  userAgent: string | null;
}
