// Outside the dashboard (people arrive here signed out, or signed in to no team yet) and
// dressed like sign-in and sign-up, which it leads to.
export { default } from "@/app/(auth)/layout";
