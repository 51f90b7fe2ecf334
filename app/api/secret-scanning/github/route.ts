import { receiveGitHubAlert } from "@/lib/api/github-secret-scanning";

// GitHub's secret scanning partner program posts matches of the Mavio key pattern here
// (README "Secret scanning"). No API key: the body is signed by GitHub.
export const POST = receiveGitHubAlert;
