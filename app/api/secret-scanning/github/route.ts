import { githubAlertRoute } from "@/lib/api/github-secret-scanning";

// GitHub's secret scanning partner program posts matches of the Mavio key pattern here
// (README "Secret scanning"). No API key: GitHub signs the body.
export const { GET, POST, PUT, PATCH, DELETE } = githubAlertRoute;
