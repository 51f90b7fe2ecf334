// Acme customer calls: onboarding, security review, QBR, renewal.
import type { AcmePersonKey } from "./people";
import { dialogue } from "./transcript";
import type { MeetingSeed } from "./types";

const say = dialogue<AcmePersonKey>;

export const ACME_CUSTOMER_MEETINGS: MeetingSeed<AcmePersonKey>[] = [
  {
    key: "brightline-kickoff",
    title: "Brightline Outfitters — Onboarding Kickoff",
    status: "ready",
    platform: "teams",
    when: { businessDays: -17, at: "17:00" },
    owner: "maya@acme.test",
    attendees: ["hannah", "tomas", "aisha", "priya", "maya"],
    channels: ["Customer Calls"],
    transcript: say(
      [
        "hannah",
        "Welcome to Stockroom, everyone. I'm Hannah and I'll be your onboarding lead for the next six weeks. With me are Maya from product and Priya from engineering, who built most of the Shopify sync.",
      ],
      [
        "tomas",
        "Thanks. Quick context from our side: we run two Shopify stores, the main one and an outlet, with about nine thousand SKUs combined, and one warehouse in Columbus.",
      ],
      ["aisha", "And I run the warehouse. Today we count stock in spreadsheets every Sunday, which is why we're here."],
      [
        "hannah",
        "Then the plan is three phases: catalog import in week one, Shopify sync in weeks two and three, and scanning in the warehouse from week four.",
      ],
      ["tomas", "Our holiday code freeze starts in five weeks. Anything risky has to be live before then."],
      [
        "priya",
        "The sync is the riskiest part. Last holiday season your main store peaked at about 800 orders per minute, right?",
      ],
      ["tomas", "Roughly 750, yes."],
      [
        "priya",
        "We've load tested 1,200 orders per minute per store, so there's headroom. I'd still want two weeks of the sync running in production before the freeze.",
      ],
      ["maya", "That means the sync has to be live within three weeks from today. Is that realistic on your side?"],
      [
        "tomas",
        "If the catalog import is clean, yes. Our SKUs are messy, though. The outlet store reuses some SKUs with a dash-O suffix.",
      ],
      [
        "priya",
        "That's fine. We can map outlet SKUs to the same product with a location tag. Send me an export of both stores and I'll run a dry-run import this week.",
      ],
      ["aisha", "What about scanners? We have twelve handhelds, all fairly new Android devices."],
      [
        "hannah",
        "Those will work with the app. I'll ship you two loaner scanners anyway so your team can practise before week four.",
      ],
      ["aisha", "Perfect. My shift leads will want a training session, maybe forty-five minutes."],
      ["hannah", "I'll schedule it for week three. Let's also set a weekly check-in. Tuesdays at 1 PM Eastern?"],
      ["tomas", "Tuesdays work for us."],
    ),
    summary:
      "Kickoff with Brightline Outfitters (two Shopify stores, ~9,000 SKUs, one warehouse in Columbus; stock is counted in spreadsheets today). Onboarding runs in three phases: catalog import in week one, Shopify sync in weeks two and three, warehouse scanning from week four. Their holiday code freeze starts in five weeks and the main store peaked at ~750 orders/min last season, well under the 1,200 orders/min load-tested per store; Priya wants two weeks of production sync before the freeze, so sync must be live within three weeks. Outlet SKUs with a -O suffix will be mapped to the same products with a location tag after a dry-run import. Hannah will ship two loaner scanners, schedule a 45-minute shift lead training in week three, and hold weekly check-ins on Tuesdays at 1 PM Eastern.",
    minutes: {
      discussion: [
        "Brightline: two Shopify stores (main and outlet), ~9,000 SKUs, one warehouse in Columbus, weekly spreadsheet stock counts.",
        "Plan: catalog import (week 1), Shopify sync (weeks 2-3), scanning (week 4 onwards).",
        "Holiday code freeze in five weeks; peak ~750 orders/min vs. 1,200 orders/min load-tested.",
        "Outlet store reuses SKUs with a -O suffix.",
        "Twelve recent Android handhelds in the warehouse.",
      ],
      decisions: [
        "Shopify sync goes live within three weeks to allow two weeks in production before the freeze.",
        "Outlet SKUs map to the same product with a location tag.",
        "Weekly check-in on Tuesdays at 1 PM Eastern.",
      ],
    },
    actionItems: [
      {
        text: "Run a dry-run catalog import of both Brightline Shopify stores",
        segment: 10,
        dueInDays: 4,
        doneAfterDays: 3,
      },
      {
        text: "Ship two loaner scanners to Brightline's Columbus warehouse",
        segment: 12,
        dueInDays: 5,
        doneAfterDays: 2,
      },
      {
        text: "Schedule a 45-minute scanner training for Brightline shift leads in week three",
        segment: 14,
        dueInDays: 12,
        doneAfterDays: 9,
      },
    ],
  },
  {
    key: "halden-security-review",
    title: "Halden Medical Supply — SSO and Security Review",
    status: "ready",
    platform: "teams",
    when: { businessDays: -12, at: "20:00" },
    owner: "adam@acme.test",
    attendees: ["marcus", "dev", "karen", "adam", "ben"],
    channels: ["Customer Calls"],
    transcript: say(
      [
        "marcus",
        "Thanks for joining, Dev and Karen. Karen mentioned that the security review is the last step before procurement can sign, so we brought Adam and Ben from engineering.",
      ],
      [
        "dev",
        "Right. I have our standard questionnaire, but three items matter most to us: SAML single sign-on with Okta, audit logs we can export, and where the data is stored.",
      ],
      [
        "adam",
        "Taking them in order. SAML with Okta is supported on the Enterprise plan today. We also support SCIM provisioning, so deactivating a user in Okta removes their Stockroom access within about a minute.",
      ],
      [
        "dev",
        "Within a minute is good. Our policy requires access removal within twenty-four hours, so that's well inside it. What about audit logs?",
      ],
      [
        "ben",
        "Every sign-in, permission change, API key creation and data export is logged. You can export the logs as CSV from settings or stream them to your SIEM through a webhook. We keep them for 400 days.",
      ],
      ["dev", "We use Splunk. Is there a documented integration?"],
      [
        "ben",
        "There's a guide for the Splunk HTTP event collector, and a couple of customers use it already. I'll send it over.",
      ],
      ["dev", "And data residency? Some of our customers are in Canada and they ask."],
      [
        "adam",
        "Everything runs in AWS us-east-2 today, with backups in us-west-2. We don't have a Canadian region. Encryption is AES-256 at rest and TLS 1.2 or higher in transit.",
      ],
      [
        "karen",
        "Is a Canadian region on the roadmap? It's not a blocker, but I need to write something in the risk assessment.",
      ],
      [
        "adam",
        "It's not on the roadmap for the next two quarters. I'd rather say that plainly than promise something we won't ship.",
      ],
      ["karen", "I appreciate that. We'll note it as an accepted risk."],
      ["dev", "Last thing. Do you have a SOC 2 Type II report?"],
      ["ben", "Yes, and the current report covers the last twelve months. We can share it under NDA."],
      ["karen", "We already have a mutual NDA from the pilot. Please send the report with the questionnaire answers."],
      ["marcus", "We'll get both to you by Wednesday. Karen, does that keep us on track for signature this month?"],
      ["karen", "If Dev signs off on the questionnaire, yes."],
    ),
    summary:
      "Security review with Halden Medical Supply, the last step before procurement signs. SAML SSO with Okta is available on Enterprise, and SCIM deprovisioning removes access within about a minute (their policy requires 24 hours). Audit logs cover sign-ins, permission changes, API key creation and data exports, export as CSV or stream to a SIEM, and are kept for 400 days; Ben will send the Splunk HTTP event collector guide. Data is hosted in AWS us-east-2 with backups in us-west-2, encrypted with AES-256 at rest and TLS 1.2+ in transit. There is no Canadian region planned for the next two quarters, which Halden will record as an accepted risk. Acme will send the SOC 2 Type II report (under the existing NDA) and the questionnaire answers by Wednesday, keeping signature on track for this month.",
    minutes: {
      discussion: [
        "SSO: SAML with Okta on Enterprise; SCIM deprovisioning within ~1 minute (Halden policy: 24 hours).",
        "Audit logs: sign-ins, permission changes, API key creation, data exports; CSV export or SIEM streaming; 400-day retention.",
        "Data residency: AWS us-east-2, backups in us-west-2; AES-256 at rest, TLS 1.2+ in transit; no Canadian region.",
        "SOC 2 Type II report covering the last twelve months, shared under NDA.",
      ],
      decisions: [
        "No Canadian region commitment; Halden records it as an accepted risk.",
        "SOC 2 report and questionnaire answers go to Halden by Wednesday.",
      ],
    },
    actionItems: [
      {
        text: "Send Halden the SOC 2 Type II report and completed security questionnaire",
        segment: 15,
        assignee: "adam@acme.test",
        dueInDays: 2,
        doneAfterDays: 2,
      },
      {
        text: "Send Dev the Splunk HTTP event collector integration guide",
        segment: 6,
        dueInDays: 2,
        doneAfterDays: 1,
      },
    ],
  },
  {
    key: "northwind-qbr",
    title: "Northwind Traders — Quarterly Business Review",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -6, at: "18:00" },
    owner: "maya@acme.test",
    attendees: ["marcus", "hannah", "maya", "rachel", "kevin"],
    channels: ["Customer Calls"],
    transcript: say(
      [
        "marcus",
        "Thanks for making time, Rachel and Kevin. The plan for today: a look back at the quarter, what's coming on the roadmap, and then your renewal. Hannah has the numbers.",
      ],
      [
        "hannah",
        "This quarter Northwind processed 184,000 orders through Stockroom, up twenty-two percent on last quarter. Stock accuracy across your three warehouses is 99.1 percent, and average time to fulfil dropped from thirty-one hours to twenty-six.",
        "This quarter north wind processed 184,000 orders through stock room, up twenty-two percent on last quarter. Stock accuracy across your three warehouses is 99.1 percent, and average time to fulfil dropped from thirty-one hours to twenty-six.",
      ],
      [
        "rachel",
        "The fulfilment number is what my boss cares about, so thank you. Reno is still our weak spot, though. They're at ninety-seven percent accuracy.",
      ],
      [
        "hannah",
        "We looked into that. Reno does most adjustments by hand at the end of the shift instead of scanning, about 1,400 manual adjustments a week.",
      ],
      ["kevin", "Part of that is the scanners. Reno has the old Zebra devices and your app is slow on them."],
      [
        "maya",
        "That's useful. The new scanner app release in two weeks cuts startup time roughly in half on older Android devices. I'd like to put Reno in the early access group, if you're open to it.",
      ],
      ["rachel", "Yes, do it. Kevin, can you be the contact?"],
      ["kevin", "Sure. I'll need a week's notice to schedule the device updates."],
      [
        "maya",
        "On the roadmap: bulk edit for products is in beta and you're already in the cohort. Per-location low-stock thresholds ship this month. And the public API with scoped keys is ready, which I think Kevin asked about.",
      ],
      ["kevin", "Yes, we want to push orders into our ERP without the nightly CSV. Does the API support webhooks?"],
      [
        "maya",
        "It does: order and stock events, signed, with retries. I'll send you the docs and a sandbox key today.",
      ],
      [
        "rachel",
        "Then the renewal. We're on twenty-five seats, and we'll probably need thirty-five after we open the Sacramento site next quarter.",
      ],
      [
        "marcus",
        "We can structure that as thirty-five seats from renewal with the extra ten starting when Sacramento opens, so you're not paying for empty seats. I'll send a proposal by Friday.",
      ],
      ["rachel", "That works. Finance will want it before the middle of the month."],
      [
        "hannah",
        "One last thing from me: when Kevin sets up the ERP integration, please create a separate API key for it with only the scopes it needs, rather than reusing the key from the CSV uploader.",
      ],
      ["kevin", "Makes sense. One key per integration, got it."],
      ["rachel", "Great. Thanks, everyone, this was a good quarter."],
    ),
    summary:
      "Quarterly business review with Northwind Traders. They processed 184,000 orders this quarter (+22%), stock accuracy is 99.1% across three warehouses, and average time to fulfil fell from 31 to 26 hours. Reno lags at 97% accuracy because of ~1,400 manual end-of-shift adjustments a week on slow, old Zebra scanners; Reno will join early access for the new scanner app (two weeks out), with Kevin as contact and a week's notice for device updates. Northwind is in the bulk edit beta and wants to replace its nightly CSV with the API and webhooks; Maya sends docs and a sandbox key today, and Hannah asked for a dedicated, minimally scoped key for the ERP integration. Renewal: 25 seats today, 35 once the Sacramento site opens next quarter; Marcus will send a proposal by Friday with the extra ten seats starting when Sacramento opens.",
    minutes: {
      discussion: [
        "Quarter: 184,000 orders (+22%), 99.1% stock accuracy, time to fulfil 31 h → 26 h.",
        "Reno warehouse at 97% accuracy: ~1,400 manual adjustments/week; old Zebra scanners are slow.",
        "Roadmap: bulk edit beta (Northwind in cohort), per-location low-stock thresholds this month, public API with scoped keys and webhooks.",
        "Kevin wants to push orders into their ERP instead of a nightly CSV.",
        "Renewal: 25 seats now, 35 after the Sacramento site opens next quarter.",
      ],
      decisions: [
        "Reno joins the scanner app early access group; Kevin is the contact.",
        "Renewal proposal: 35 seats, with the extra ten starting when Sacramento opens.",
        "The ERP integration gets its own API key with only the scopes it needs.",
      ],
    },
    actionItems: [
      {
        text: "Send Kevin the API docs and a sandbox key",
        segment: 10,
        assignee: "maya@acme.test",
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Send Northwind the renewal proposal (35 seats, extra ten from the Sacramento opening)",
        segment: 12,
        dueInDays: 3,
        doneAfterDays: 3,
      },
      {
        text: "Add Northwind's Reno warehouse to scanner app early access",
        segment: 5,
        assignee: "maya@acme.test",
        dueInDays: 10,
      },
    ],
    customNote: {
      title: "Account notes: Northwind",
      author: "maya@acme.test",
      hoursAfter: 2,
      markdown: [
        "## Account notes",
        "",
        "- Rachel's success metric is **time to fulfil** (now 26 h, was 31 h). Lead with it in every update.",
        "- Reno's 97% accuracy is a device problem more than a process problem: old Zebra scanners make people batch adjustments at the end of the shift.",
        "- Sacramento opens next quarter: **+10 seats**. Marcus owns the proposal.",
        "- Kevin wants to replace the nightly CSV with the API + webhooks. If it goes well, ask about a case study.",
        "",
        "_Follow-up:_ check in with Kevin a week after he gets the sandbox key.",
        "",
      ].join("\n"),
    },
  },
  {
    key: "copperleaf-renewal",
    title: "Copperleaf Coffee — Renewal & Pricing",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -3, at: "18:00" },
    owner: "olivia@acme.test",
    attendees: ["marcus", "olivia", "lauren"],
    channels: ["Customer Calls"],
    transcript: say(
      [
        "marcus",
        "Lauren, thanks for joining. Olivia wanted to be here since you've been with us since the very first version.",
      ],
      [
        "olivia",
        "It's true, you were customer number nine. I wanted to hear directly how the year went before we talk numbers.",
      ],
      [
        "lauren",
        "Honestly, good. We went from four roasteries to six and Stockroom scaled with us. The painful moments were the CSV export timing out and the sync delay a few weeks ago, but your team was quick and open about both.",
      ],
      [
        "olivia",
        "The export was a streaming fix: sixty thousand rows now finish in under a minute. Sorry both of those bit you.",
      ],
      [
        "lauren",
        "The issue now is price. Our renewal quote went from 18,000 to 26,400 a year. That's a forty-seven percent jump and I can't take that to our CFO.",
      ],
      [
        "marcus",
        "Most of that is the move from the Growth plan to Pro, because you now have six locations and Growth caps at five.",
      ],
      ["lauren", "I understand the logic, but we only use the sixth location for returns. It's not a real warehouse."],
      [
        "olivia",
        "That's a fair point. A returns-only location shouldn't count the same as a fulfilment site. Marcus, can we treat it as a non-billable location?",
      ],
      [
        "marcus",
        "We can. Staying on Growth with six locations, plus the eight percent annual increase, puts you at 19,440.",
      ],
      ["lauren", "That I can sign. Can we do two years at that price?"],
      [
        "olivia",
        "Two years at 19,440, if we can use Copperleaf as a reference customer for other multi-roastery accounts. Two or three calls a year, nothing more.",
      ],
      ["lauren", "Deal. I'm happy to talk to people, we genuinely like the product."],
      ["marcus", "I'll send the updated order form today. Contract review on our side usually takes two days."],
      ["lauren", "Put the contract review on the calendar for later this week and I'll have our counsel join."],
      [
        "olivia",
        "And Lauren, the returns location is something we should build into the product. Would you mind if Maya from product reaches out for a short interview?",
      ],
      ["lauren", "Not at all. Send her my way."],
    ),
    summary:
      "Renewal call with Copperleaf Coffee, customer since the first version, now grown from four to six roasteries. Lauren was happy overall (the CSV export timeout and the recent sync delay were handled well) but pushed back on a 47% price increase, from $18,000 to $26,400 a year, caused by moving from Growth to Pro for a sixth location that is only used for returns. Olivia agreed to treat the returns location as non-billable, keeping Copperleaf on Growth at $19,440 a year (including the 8% annual increase), fixed for two years in exchange for being a reference customer (two or three calls a year). Marcus sends the updated order form today, and a contract review with Copperleaf's counsel is set for later this week. Maya will interview Lauren about returns-only locations.",
    minutes: {
      discussion: [
        "Copperleaf grew from four to six roasteries; export timeout and sync delay were handled well.",
        "Renewal quote rose from $18,000 to $26,400 (+47%) due to the Growth → Pro move at six locations.",
        "The sixth location is used only for returns.",
      ],
      decisions: [
        "Returns location is non-billable; Copperleaf stays on Growth at $19,440/year for two years.",
        "Copperleaf becomes a reference customer (2-3 calls a year).",
        "Contract review with Copperleaf's counsel later this week.",
      ],
    },
    actionItems: [
      {
        text: "Send Copperleaf the updated order form (Growth, 2 years at $19,440/yr)",
        segment: 12,
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Interview Lauren (Copperleaf) about returns-only locations",
        segment: 14,
        assignee: "maya@acme.test",
        dueInDays: 5,
        doneAfterDays: 0,
      },
      { text: "Add Copperleaf to the reference customer list", segment: 10 },
    ],
  },
  {
    key: "northwind-api-checkin",
    title: "Northwind Traders — API Integration Check-in",
    status: "processing",
    platform: "zoom",
    when: { minutesAgo: 70 },
    owner: "maya@acme.test",
    attendees: ["maya", "hannah", "kevin"],
    channels: ["Customer Calls"],
    lengthMinutes: 42,
  },
  {
    key: "copperleaf-contract-review",
    title: "Copperleaf Coffee — Contract Review",
    status: "scheduled",
    platform: "google_meet",
    when: { businessDays: 2, at: "18:00" },
    owner: "olivia@acme.test",
    attendees: ["marcus", "olivia", "lauren"],
    channels: ["Customer Calls"],
    lengthMinutes: 30,
  },
];
