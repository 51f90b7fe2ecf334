// Acme design reviews.
import type { AcmePersonKey } from "./people";
import { dialogue } from "./transcript";
import type { MeetingSeed } from "./types";

const say = dialogue<AcmePersonKey>;

export const ACME_DESIGN_MEETINGS: MeetingSeed<AcmePersonKey>[] = [
  {
    key: "design-review-scanner-onboarding",
    title: "Design Review: Scanner App Onboarding",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -31, at: "16:30" },
    owner: "maya@acme.test",
    attendees: ["sofia", "maya", "daniel"],
    channels: ["Design"],
    transcript: say(
      [
        "sofia",
        "Today is the scanner app's first-run experience. Right now a new warehouse worker needs eleven taps before they can scan anything. My proposal gets it down to four.",
      ],
      ["maya", "Where do the seven taps go?"],
      [
        "sofia",
        "Three are permission prompts, which we now ask for only when they're needed: camera when you first scan, notifications after your first shift. The rest is the location picker, which we can infer from the device's assigned warehouse.",
      ],
      ["daniel", "We can infer it for managed devices. For personal phones we still need the picker."],
      [
        "sofia",
        "Right, so the picker stays, but only for unmanaged devices. Going by the analytics that's about fifteen percent of installs.",
      ],
      ["maya", "What about sign-in? Workers share devices between shifts."],
      [
        "sofia",
        "I'm proposing badge sign-in. You scan your employee badge, enter a four-digit PIN, and you're in. It's how most warehouse systems do it.",
      ],
      ["daniel", "Then we'd need to store a PIN per worker. That's a backend change and a security review."],
      [
        "maya",
        "Let's separate it, then. Ship the permission and picker changes now, and make badge sign-in its own project with Ben and Priya involved.",
      ],
      [
        "sofia",
        "That's fine. Last thing: the empty state after sign-in. Instead of a blank list I'd show 'Scan your first item' with a short animation of where the barcode goes.",
      ],
      ["daniel", "Is the animation a Lottie file? Those are heavy on the old Zebra devices."],
      ["sofia", "I can make a static illustration for low-end devices."],
      [
        "maya",
        "Good. Decision: four-tap onboarding for managed devices, the picker for unmanaged ones, and badge sign-in as a separate project. Daniel, can you estimate before Thursday?",
      ],
      ["daniel", "Yes, I'll have a number by Wednesday."],
    ),
    summary:
      "Sofia presented a new first-run flow for the scanner app that cuts the taps before a first scan from eleven to four: camera and notification permissions are requested only when needed, and the location is inferred from the device's assigned warehouse on managed devices (the picker remains for the ~15% of unmanaged installs). Badge-plus-PIN sign-in for shared devices needs backend work and a security review, so it becomes a separate project with Ben and Priya. The 'Scan your first item' empty state gets a static illustration on low-end Zebra devices instead of a Lottie animation. Daniel will estimate the work by Wednesday.",
    minutes: {
      discussion: [
        "First-run today needs 11 taps before the first scan; proposal needs 4.",
        "Permissions requested just in time; location inferred for managed devices (picker stays for ~15% unmanaged installs).",
        "Badge + 4-digit PIN sign-in for shared devices requires storing PINs and a security review.",
        "Empty state animation is too heavy for old Zebra devices.",
      ],
      decisions: [
        "Four-tap onboarding for managed devices; picker only for unmanaged devices.",
        "Badge sign-in becomes a separate project with Ben and Priya.",
        "Static illustration fallback on low-end devices.",
      ],
    },
    actionItems: [
      { text: "Estimate the scanner onboarding changes", segment: 13, dueInDays: 2, doneAfterDays: 1 },
      {
        text: "Write a one-page proposal for badge + PIN sign-in",
        segment: 8,
        assignee: "maya@acme.test",
        dueInDays: 10,
        doneAfterDays: 9,
      },
      {
        text: "Provide a static empty-state illustration for low-end devices",
        segment: 11,
        dueInDays: 5,
        doneAfterDays: 4,
      },
    ],
  },
  {
    key: "design-review-bulk-edit",
    title: "Design Review: Bulk Edit for Products",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -13, at: "17:00" },
    owner: "maya@acme.test",
    attendees: ["sofia", "maya", "daniel", "adam"],
    channels: ["Design", "Engineering"],
    transcript: say(
      [
        "sofia",
        "This is the final pass on bulk edit before it goes into sprint 41. I'll share my screen. The entry point is a new 'Edit in bulk' button that appears when you select more than one product.",
      ],
      ["maya", "What happens if someone selects all four thousand products with the header checkbox?"],
      [
        "sofia",
        "We show a confirmation: 'You're editing 4,213 products'. I tested this with five customers and three of them didn't realise select-all meant every page, not just the visible one.",
      ],
      ["daniel", "Good, that's exactly the bug email clients had for years."],
      [
        "sofia",
        "Next, the editor itself. It's a spreadsheet-style grid, but only with the columns you choose. Price, cost, reorder point, supplier and tags are editable. SKU and barcode are read-only.",
      ],
      ["adam", "Why read-only for SKU? People do ask to rename them."],
      [
        "maya",
        "Renaming a SKU breaks Shopify mappings and purchase order history. I'd rather keep that as a separate, deliberate flow.",
      ],
      ["adam", "Fair enough. Let's keep it out."],
      [
        "sofia",
        "Before saving there's a review step with a diff: old value, new value, and the number of products affected per field. Errors show inline per row, so a bad price on one row doesn't block the other two hundred.",
      ],
      [
        "daniel",
        "That means the backend has to return per-row errors. I'll check with Priya that the batch endpoint does that.",
      ],
      ["sofia", "The last piece is undo: one level, available for ten minutes, as a toast after saving."],
      ["maya", "In the testing sessions, did anyone ask for more than one level?"],
      ["sofia", "One person out of five. Everyone else was fine with one."],
      ["maya", "Then one level for the beta. We can revisit with real usage data."],
      ["adam", "I'm happy with this. One accessibility question: can you drive the grid entirely by keyboard?"],
      ["sofia", "Arrow keys to move, Enter to edit, Escape to cancel. I'll add the keyboard map to the spec."],
      ["maya", "Approved from product. Sofia, please mark the Figma file as final."],
    ),
    summary:
      "Final design review of bulk edit for products before sprint 41. Selecting more than one product reveals 'Edit in bulk'; select-all shows an explicit count ('You're editing 4,213 products') because three of five test users misread select-all. The editor is a spreadsheet-style grid limited to the chosen columns: price, cost, reorder point, supplier and tags are editable, while SKU and barcode stay read-only to protect Shopify mappings and purchase order history. A review step shows a per-field diff and inline per-row errors, so one bad row never blocks the rest, and undo is a single level for ten minutes. The design was approved; Sofia adds a keyboard map to the spec and Daniel confirms per-row errors with Priya.",
    minutes: {
      discussion: [
        "Entry point: 'Edit in bulk' when more than one product is selected; explicit count on select-all (3 of 5 testers misread it).",
        "Editable: price, cost, reorder point, supplier, tags. Read-only: SKU, barcode.",
        "Review step with per-field diff; per-row inline errors.",
        "Undo: one level for ten minutes (1 of 5 testers wanted more).",
        "Keyboard: arrows to move, Enter to edit, Escape to cancel.",
      ],
      decisions: [
        "SKU renaming stays out of bulk edit and gets its own flow.",
        "One level of undo for the beta.",
        "Design approved for sprint 41.",
      ],
    },
    actionItems: [
      { text: "Confirm the batch update endpoint returns per-row errors", segment: 9, dueInDays: 2, doneAfterDays: 1 },
      { text: "Add the keyboard interaction map to the bulk edit spec", segment: 15, dueInDays: 2, doneAfterDays: 1 },
      { text: "Mark the bulk edit Figma file as final", segment: 16, dueInDays: 0, doneAfterDays: 0 },
    ],
  },
  {
    key: "design-critique-reporting",
    title: "Design Critique: Reporting Dashboard",
    status: "failed",
    platform: "upload",
    when: { businessDays: -7, at: "16:00" },
    owner: "maya@acme.test",
    attendees: ["sofia", "maya", "daniel"],
    channels: ["Design"],
    lengthMinutes: 38,
  },
];
