// GET /api/health: liveness for load balancers. Touches nothing, so it is also the bare
// baseline the API benchmark compares authenticated requests against.
export function GET() {
  return Response.json({ status: "ok" });
}
