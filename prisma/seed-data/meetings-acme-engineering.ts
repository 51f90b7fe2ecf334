// Acme engineering: standups, sprint planning, architecture, incidents, support triage.
import type { AcmePersonKey } from "./people";
import { dialogue } from "./transcript";
import type { MeetingSeed } from "./types";

const say = dialogue<AcmePersonKey>;

export const ACME_ENGINEERING_MEETINGS: MeetingSeed<AcmePersonKey>[] = [
  {
    key: "arch-review-ledger",
    title: "Architecture Review: Inventory Ledger Service",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -27, at: "17:00" },
    owner: "adam@acme.test",
    attendees: ["priya", "adam", "ben", "daniel"],
    channels: ["Engineering"],
    transcript: say(
      [
        "priya",
        "Thanks for reading the doc ahead of time. Short version: today stock levels are a mutable number per SKU per location. I'm proposing an append-only ledger of stock movements, and the on-hand quantity becomes a projection of that ledger.",
      ],
      ["adam", "What problem are we solving first? I want to be sure this isn't architecture for its own sake."],
      [
        "priya",
        "Reconciliation. Support spends about twenty hours a week answering 'why is my stock wrong', and right now we can't answer it because we overwrite the number. With a ledger every change has a source: a sale, a scan, a transfer or a manual adjustment.",
      ],
      ["ben", "What does it do to write volume? Northwind alone does about four million stock changes a month."],
      [
        "priya",
        "Each change becomes one insert instead of an update, so write volume stays the same. Storage grows by about forty gigabytes a year at current volume. We'd partition the table by month.",
      ],
      ["daniel", "Do reads get slower? The product list shows on-hand quantity for every row."],
      [
        "priya",
        "No. Reads still come from the current-quantity table, which is updated in the same transaction as the ledger insert. The product list doesn't change at all.",
      ],
      ["adam", "And the migration? We can't stop the world for every customer."],
      [
        "priya",
        "Dual-write first, for two weeks: keep updating the number and also write the ledger. Then backfill opening balances per SKU, reconcile, and switch reads for the reconciliation screens only.",
      ],
      [
        "ben",
        "I want a kill switch on the dual-write. If the ledger insert fails, the stock update must still succeed.",
      ],
      [
        "priya",
        "Agreed. In phase one the ledger write is best-effort and we count failures. If the failure rate is above zero, we don't move to the next phase.",
      ],
      ["adam", "Estimate?"],
      ["priya", "Six weeks with one engineer. Four if Daniel helps with the reconciliation screen."],
      [
        "adam",
        "Approved. Priya leads, and Daniel joins for the screen in weeks three and four. Let's check progress in the standup every week.",
      ],
    ),
    summary:
      "Priya proposed replacing mutable stock numbers with an append-only ledger of stock movements, with on-hand quantity kept as a projection. The main goal is reconciliation: support spends about 20 hours a week explaining stock discrepancies it cannot trace today. Write volume stays the same (one insert per change instead of an update), storage grows about 40 GB a year with monthly partitions, and reads are unchanged because the current-quantity table is updated in the same transaction. The migration starts with two weeks of best-effort dual-write behind a kill switch, then an opening-balance backfill and reconciliation. Adam approved the plan: six weeks, Priya leading, Daniel joining for the reconciliation screen in weeks three and four.",
    minutes: {
      discussion: [
        "Problem: support spends ~20 h/week on 'why is my stock wrong' questions that cannot be traced because quantities are overwritten.",
        "Write volume unchanged (insert instead of update); Northwind does ~4M stock changes a month. Storage +40 GB/year, partitioned by month.",
        "Reads keep using the current-quantity table, updated in the same transaction as the ledger insert.",
        "Migration: two weeks of dual-write, opening-balance backfill, reconciliation, then switch reads for reconciliation screens only.",
      ],
      decisions: [
        "Ledger service approved: six weeks, Priya leads, Daniel helps with the reconciliation screen in weeks 3-4.",
        "Dual-write is best-effort with a kill switch; any ledger write failure blocks the next phase.",
        "Progress reviewed weekly in the engineering standup.",
      ],
    },
    actionItems: [
      {
        text: "Add a kill switch and a failure counter to the ledger dual-write",
        segment: 10,
        dueInDays: 7,
        doneAfterDays: 6,
      },
      {
        text: "Plan Daniel's time for the reconciliation screen in weeks 3-4",
        segment: 13,
        assignee: "adam@acme.test",
        dueInDays: 10,
        doneAfterDays: 8,
      },
    ],
  },
  {
    key: "standup-1",
    title: "Weekly Engineering Standup",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -19, at: "15:30" },
    owner: "adam@acme.test",
    attendees: ["adam", "priya", "ben", "daniel", "maya"],
    channels: ["Engineering"],
    transcript: say(
      ["adam", "Morning everyone, let's keep this to fifteen minutes. Priya, do you want to kick off?"],
      [
        "priya",
        "Sure. The inventory ledger is at about forty percent. Dual-write has been on for a week with zero failed ledger inserts, and yesterday the backfill of warehouse transfer events ran through 2.3 million rows without errors. Today I'm starting the reconciliation job.",
      ],
      ["adam", "Any blockers on the reconciliation side?"],
      [
        "priya",
        "One. I need read access to the production replica to compare counts, and my request has been sitting with IT since last week.",
      ],
      ["ben", "I can grant that today, I just need the ticket number. It's a ten minute change."],
      ["priya", "It's OPS-418. Thanks, Ben."],
      [
        "daniel",
        "On my side, the new scanner onboarding is in internal testing. Startup on the old Zebra devices went from nine seconds to four and a half. The remaining issue is the location picker crashing on Android 8.",
      ],
      ["maya", "How many installs are still on Android 8? If it's only a handful I wouldn't block the release on it."],
      [
        "daniel",
        "About three percent. I'll timebox a fix to today, and otherwise we show the picker as a plain list on old versions.",
      ],
      [
        "ben",
        "Infra: the Postgres 15 upgrade is scheduled for Saturday at 6 AM UTC. Expected downtime is under five minutes. I'll post the status page notice tomorrow.",
      ],
      [
        "adam",
        "Can we make sure support knows this time? Hannah's team got surprised last time. I'll bring it up in the leads sync.",
      ],
      ["ben", "Thanks. I'll also send Hannah the customer-facing wording today so her team can answer tickets."],
      [
        "maya",
        "Last thing from me: the Brightline kickoff is later this week and they'll ask about Shopify sync limits. Priya, can you give me real numbers for orders per minute before then?",
      ],
      [
        "priya",
        "We've load tested up to 1,200 orders per minute per store. I'll put the graph in the product channel today.",
      ],
      ["adam", "Great, that's everything. Thanks all."],
    ),
    summary:
      "Weekly engineering round-up. The inventory ledger is about 40% done: dual-write has run for a week with no failed inserts and the warehouse transfer backfill processed 2.3M rows cleanly. Reconciliation is blocked on production replica access (OPS-418), which Ben will grant today. Daniel's new scanner onboarding cut startup on old Zebra devices from 9 s to 4.5 s; an Android 8 location picker crash (about 3% of installs) gets one day before falling back to a plain list. The Postgres 15 upgrade is set for Saturday 06:00 UTC with under five minutes of downtime, and support will be briefed beforehand. Priya will share the 1,200 orders/min Shopify load test results ahead of the Brightline kickoff.",
    minutes: {
      discussion: [
        "Inventory ledger ~40%: a week of dual-write with zero failed inserts; 2.3M warehouse transfer events backfilled.",
        "Reconciliation job blocked on production replica read access (OPS-418).",
        "Scanner onboarding in internal testing: startup on old Zebra devices down from 9 s to 4.5 s; location picker crashes on Android 8 (~3% of installs).",
        "Postgres 15 upgrade on Saturday 06:00 UTC, under five minutes of downtime.",
        "Brightline will ask about Shopify sync limits at their kickoff.",
      ],
      decisions: [
        "Android 8 picker fix is timeboxed to one day; otherwise old versions get a plain list.",
        "Support gets the customer-facing maintenance wording before the status page notice.",
      ],
    },
    actionItems: [
      {
        text: "Grant Priya read access to the production replica (OPS-418)",
        segment: 4,
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Fix the Android 8 location picker crash or fall back to a plain list",
        segment: 8,
        dueInDays: 1,
        doneAfterDays: 1,
      },
      {
        text: "Brief support leads on the Saturday Postgres 15 maintenance window",
        segment: 10,
        assignee: "adam@acme.test",
        dueInDays: 2,
        doneAfterDays: 1,
      },
      {
        text: "Share Shopify sync load test results (1,200 orders/min per store) before the Brightline kickoff",
        segment: 13,
        dueInDays: 2,
        doneAfterDays: 0,
      },
    ],
  },
  {
    key: "incident-retro-inc-231",
    title: "Incident Retro: INC-231 Delayed Inventory Sync",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -14, at: "18:30" },
    owner: "adam@acme.test",
    attendees: ["adam", "ben", "priya", "hannah"],
    channels: ["Engineering"],
    transcript: say(
      [
        "adam",
        "This is the blameless retro for INC-231. Ben was incident commander, so Ben, walk us through the timeline.",
      ],
      [
        "ben",
        "At 14:02 UTC the stock update queue started backing up. Consumers were running, but processing about forty messages a second instead of the usual nine hundred. The first alert fired at 14:19, seventeen minutes later, on customer-facing sync lag.",
      ],
      ["adam", "Why did it take seventeen minutes to alert?"],
      [
        "ben",
        "We only alerted on sync lag as customers see it, with a fifteen-minute threshold. We had no alert on the queue depth itself. That's the biggest gap.",
      ],
      [
        "priya",
        "The root cause was the deploy at 13:58 that added the ledger lookup to the stock adjustment handler. Under normal load it cost two milliseconds. But the query planner picked a sequential scan on the largest tenant's table, which took 600 milliseconds per message.",
        "The root cause was the deploy at 13:58 that added the ledger look up to the stock adjustment handler. Under normal load it cost two milliseconds. But the query planner picked a sequential scan on the largest tenants table, which took 60 milliseconds per message.",
      ],
      ["adam", "And the tests didn't catch it because staging data is small."],
      ["priya", "Exactly. Staging's largest tenant has fifty thousand adjustments. Northwind has thirty-one million."],
      [
        "ben",
        "We rolled back at 14:41 and the queue drained by 14:49. So customers saw stale stock levels for forty-seven minutes in total.",
      ],
      [
        "hannah",
        "On the customer side we had twenty-three tickets, and 312 orders were oversold across fourteen accounts. Most were Northwind and Copperleaf during the West Coast lunch peak.",
      ],
      ["adam", "What did we do for those customers?"],
      [
        "hannah",
        "A status page update at 14:25 and a written explanation the next morning. Northwind asked for a credit. I'd recommend one day of service credit for all fourteen accounts.",
      ],
      ["adam", "Agreed. Let's do that proactively instead of waiting for people to ask."],
      [
        "priya",
        "For prevention I have three proposals. One, alert on queue depth and consumer throughput, not just customer-facing lag. Two, run a slow query check against a production-sized snapshot in CI. Three, deploy the handler as a canary to five percent of tenants first.",
      ],
      [
        "ben",
        "I'd add a fourth. The runbook said 'check the queue dashboard' but didn't say what normal looks like. I lost five minutes working out whether forty a second was bad.",
      ],
      ["adam", "Good point. Let's put baseline numbers on the dashboard itself."],
      [
        "priya",
        "The CI snapshot is the expensive one. A thirty-one million row snapshot takes a long time to restore. We could use a sampled ten percent copy.",
      ],
      ["ben", "Ten percent of Northwind would still have triggered the sequential scan. I checked."],
      [
        "adam",
        "Then let's go with the sampled copy. Priorities: queue alerts this week, canary deploys next sprint, the CI snapshot the sprint after. Anything else?",
      ],
      [
        "hannah",
        "Only that the status page update went out twenty-three minutes after the queue started backing up. Support should be able to post it without waiting for engineering.",
      ],
      [
        "adam",
        "Agreed. Hannah, write down who can post and what the template is, and we'll add it to the incident runbook.",
      ],
    ),
    summary:
      "Blameless retro for INC-231. A deploy at 13:58 UTC added a ledger lookup to the stock adjustment handler; on Northwind's 31M-row table the planner chose a sequential scan (600 ms per message), so queue throughput fell from ~900 to ~40 messages/s. Alerting only watched customer-facing lag with a 15-minute threshold, so the first alert came at 14:19. The rollback at 14:41 drained the queue by 14:49: 47 minutes of stale stock, 23 tickets and 312 oversold orders across 14 accounts. The team agreed to proactively credit all 14 accounts one day of service, add queue depth and throughput alerts this week, canary deploys next sprint, a sampled 10% production snapshot in CI after that, baseline numbers on the queue dashboard, and a support-owned status page template.",
    minutes: {
      discussion: [
        "Timeline: backlog from 14:02 UTC, first alert 14:19, rollback 14:41, queue drained 14:49 (47 minutes of stale stock levels).",
        "Root cause: ledger lookup added to the stock adjustment handler triggered a sequential scan on the largest tenant (600 ms per message).",
        "Staging data (50k adjustments) is far smaller than Northwind's (31M), so tests could not catch it.",
        "Impact: 23 tickets, 312 oversold orders across 14 accounts; Northwind asked for a credit.",
        "Runbook lacked baseline numbers; the status page update took 23 minutes.",
      ],
      decisions: [
        "Proactive one-day service credit for all 14 affected accounts.",
        "Priorities: queue depth/throughput alerts this week, canary deploys next sprint, sampled 10% snapshot in CI the sprint after.",
        "Baseline numbers go on the queue dashboard; support can post status page updates using a template.",
      ],
    },
    actionItems: [
      {
        text: "Add alerts on queue depth and consumer throughput",
        segment: 12,
        assignee: "adam@acme.test",
        dueInDays: 5,
        doneAfterDays: 4,
      },
      {
        text: "Issue one day of service credit to the 14 affected accounts",
        segment: 11,
        dueInDays: 3,
        doneAfterDays: 2,
      },
      {
        text: "Add a status page template and support posting rights to the incident runbook",
        segment: 19,
        dueInDays: 7,
      },
      { text: "Set up canary deploys for the stock adjustment handler (5% of tenants)", segment: 17, dueInDays: 21 },
    ],
  },
  {
    key: "sprint-41-planning",
    title: "Sprint 41 Planning",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -11, at: "16:00" },
    owner: "maya@acme.test",
    attendees: ["maya", "adam", "priya", "daniel", "sofia"],
    channels: ["Engineering"],
    transcript: say(
      [
        "maya",
        "Welcome to sprint 41 planning. We have thirty-eight points of capacity because Daniel is out on Friday. The goal I'm proposing: bulk edit beta-ready, and the low-stock alerts rewrite started.",
      ],
      [
        "adam",
        "Thirty-eight sounds right. Last sprint we committed forty-four and finished thirty-nine, so let's not overcommit again.",
      ],
      [
        "maya",
        "First item, bulk edit for products. Sofia's designs are final as of the review. Daniel, what's your estimate?",
      ],
      [
        "daniel",
        "The table and the field editors are about eight points. Validation and the preview diff are another five. Undo is the unknown, I'd say five but it could grow.",
      ],
      [
        "sofia",
        "The undo design is simple on purpose: one level of undo, for ten minutes after the edit. No history panel in the beta.",
      ],
      ["daniel", "With one level it's three points. So sixteen in total."],
      [
        "priya",
        "The backend needs a batch update endpoint with per-row errors. That's five points, and I want to reuse the import validator so we don't end up with two sets of rules.",
      ],
      [
        "maya",
        "Yes, same rules as CSV import, please. Next, low-stock alerts. Customers want per-location thresholds instead of one global number. Halden has asked for this twice.",
      ],
      [
        "priya",
        "The data model change is small, but alert evaluation runs every five minutes over all SKUs. With per-location thresholds that's eight times more rows for the biggest accounts. I'd spike it first: three points, then we size the real work.",
      ],
      ["adam", "Good, spike it. That puts us at twenty-four. What else is on the list?"],
      ["maya", "The CSV export timeout for large catalogs. Copperleaf hit it last week with sixty thousand rows."],
      ["priya", "We should stream the export instead of building the whole file in memory. Five points."],
      [
        "adam",
        "That's twenty-nine. I'd keep the remaining nine as buffer for on-call and the tail of the ledger migration.",
      ],
      [
        "maya",
        "Agreed, no more items. Reading back the sprint goal: bulk edit beta-ready, export streaming fixed, and a sizing answer for per-location alerts.",
      ],
      ["daniel", "Can we agree the beta cohort before the sprint ends, so I know which accounts to flag?"],
      ["maya", "I'll have the list by Wednesday. Probably ten to twelve accounts, Northwind and Brightline included."],
      ["adam", "Great, sprint 41 is planned. Thanks everyone."],
    ),
    summary:
      "Sprint 41 has 38 points of capacity (Daniel out Friday) after last sprint finished 39 of 44 committed. The team committed 29 points: bulk edit for products (16 points frontend with a single ten-minute undo, 5 points for a batch update endpoint reusing the CSV import validator), a 3-point spike on per-location low-stock thresholds, and 5 points to stream CSV exports after Copperleaf's 60,000-row export timed out. Nine points stay as buffer for on-call and the ledger migration. Sprint goal: bulk edit beta-ready, export streaming fixed, and a sizing answer for per-location alerts. Maya will publish the 10-12 account beta cohort, including Northwind and Brightline, by Wednesday.",
    minutes: {
      discussion: [
        "Capacity 38 points; last sprint committed 44 and finished 39.",
        "Bulk edit: 16 points frontend (one level of undo for ten minutes), 5 points backend batch endpoint with per-row errors reusing the import validator.",
        "Per-location low-stock thresholds multiply evaluated rows by ~8x for the largest accounts; spike first.",
        "CSV export times out on large catalogs (Copperleaf, 60k rows); fix by streaming.",
      ],
      decisions: [
        "Commit 29 points and keep 9 as buffer.",
        "Sprint goal: bulk edit beta-ready, export streaming fixed, sizing answer for per-location alerts.",
        "Bulk edit uses the same validation rules as CSV import.",
      ],
    },
    actionItems: [
      {
        text: "Publish the bulk edit beta cohort (10-12 accounts incl. Northwind and Brightline)",
        segment: 15,
        assignee: "maya@acme.test",
        dueInDays: 2,
        doneAfterDays: 2,
      },
      {
        text: "Spike per-location low-stock thresholds and bring an estimate",
        segment: 8,
        dueInDays: 7,
        doneAfterDays: 6,
      },
      { text: "Stream CSV exports for large catalogs", segment: 11, dueInDays: 9, doneAfterDays: 7 },
    ],
  },
  {
    key: "standup-2",
    title: "Weekly Engineering Standup",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -4, at: "15:30" },
    owner: "adam@acme.test",
    attendees: ["adam", "daniel", "sofia", "priya", "ben"],
    channels: ["Engineering"],
    transcript: say(
      [
        "adam",
        "Okay, we're at time. Quick round, then five minutes on the queue lag alerts. Daniel, you go first today.",
      ],
      [
        "daniel",
        "Bulk edit went out to the beta cohort earlier this week. Eleven accounts have it and we've seen 340 bulk edits so far. Two bug reports, both about the undo toast disappearing too fast. The fix is in review.",
      ],
      [
        "sofia",
        "I looked at that too. Let's keep the toast for eight seconds and pin it while the pointer is over it. That matches what we do for deletes.",
      ],
      ["daniel", "Perfect, eight seconds with hover to pin."],
      [
        "priya",
        "The ledger migration is done. Reconciliation matched every account except two, both from a 2019 import with negative on-hand quantities. I'm fixing those by hand with Hannah so the customers get a heads-up.",
      ],
      ["adam", "Good. Let's not write a generic fixer for two accounts."],
      ["priya", "Agreed, it's a one-off script and I'll delete it afterwards."],
      [
        "ben",
        "Alerts: since the retro we alert on queue lag at ninety seconds. It fired four times this week, all during the nightly Shopify full sync at 3 AM UTC. None of them were real incidents.",
      ],
      ["adam", "So is the threshold wrong for that window, or does the full sync need its own queue?"],
      [
        "priya",
        "Its own queue. Full syncs are batch work and shouldn't share a lane with real-time stock updates. It's maybe two days of work.",
      ],
      [
        "ben",
        "Then I'd rather keep the ninety-second threshold and move the batch jobs. Paging someone at 3 AM for a backfill is how people learn to ignore alerts.",
      ],
      [
        "adam",
        "Agreed. Priya, put the separate queue into next sprint. Ben, mute the alert for the full sync window until then, with an expiry so we don't forget it.",
      ],
      ["ben", "Will do. I'll set the mute to expire in fourteen days."],
      [
        "sofia",
        "One request from design: can someone pair with me on the scanner app empty states? I need to know which errors the API actually returns.",
      ],
      ["daniel", "I can do tomorrow after lunch."],
    ),
    summary:
      "Bulk edit is live for 11 beta accounts with 340 edits so far; the two bug reports concern the undo toast, which will now stay for eight seconds and pin on hover. The ledger migration is complete; two accounts with negative on-hand quantities from a 2019 import will be fixed by a one-off script, with Hannah informing the customers. The new 90-second queue lag alert fired four times, all during the 3 AM UTC Shopify full sync, so the team will move full syncs to a dedicated batch queue next sprint and mute the alert for that window with a 14-day expiry. Daniel will pair with Sofia on scanner app empty states.",
    minutes: {
      discussion: [
        "Bulk edit beta: 11 accounts, 340 bulk edits, two bug reports about the undo toast.",
        "Ledger migration complete; two accounts with negative on-hand quantities from a 2019 import need a manual fix.",
        "Queue lag alert (90 s) fired four times, all during the 3 AM UTC Shopify full sync; none were incidents.",
        "Design needs the list of API errors for scanner app empty states.",
      ],
      decisions: [
        "Undo toast stays for 8 seconds and pins on hover.",
        "No generic fixer for the two accounts: a one-off script, deleted afterwards.",
        "Keep the 90-second threshold; move full syncs to their own queue next sprint; mute the alert for that window with a 14-day expiry.",
      ],
    },
    actionItems: [
      { text: "Undo toast: show for 8 seconds and pin on hover", segment: 3, dueInDays: 2, doneAfterDays: 1 },
      { text: "Move Shopify full sync jobs to a dedicated batch queue", segment: 11, dueInDays: 12 },
      {
        text: "Mute the queue lag alert during the 3 AM UTC full sync, expiring in 14 days",
        segment: 12,
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Pair with Sofia on scanner app empty states and API errors",
        segment: 14,
        dueInDays: 1,
        doneAfterDays: 1,
      },
    ],
  },
  {
    key: "support-triage",
    title: "Support Escalations Triage",
    status: "ready",
    platform: "teams",
    when: { businessDays: -3, at: "19:30" },
    owner: "maya@acme.test",
    attendees: ["hannah", "daniel", "ben", "maya"],
    channels: ["Engineering", "Customer Calls"],
    transcript: say(
      [
        "hannah",
        "We have five escalations this week, sorted by customer impact. First: Northwind reports that purchase order PDFs show the wrong currency for their Canadian supplier.",
      ],
      [
        "daniel",
        "I looked this morning. The PDF template uses the account currency instead of the supplier's currency. It's a one-line fix in the template and I can ship it today.",
      ],
      ["hannah", "Great. Second: Copperleaf's web store had fourteen orders that didn't sync on Saturday night."],
      [
        "ben",
        "Those hit a Shopify rate limit during their flash sale, and our retry gave up after three attempts. The orders are in the dead letter queue, so I can replay them.",
      ],
      [
        "maya",
        "Replay them today and let's raise the retry limit. Giving up after three attempts during a flash sale is exactly the wrong moment.",
      ],
      ["ben", "I'll replay now and change the retry policy to exponential backoff for up to an hour."],
      ["hannah", "Third: two customers asked why their API key shows 'expiring soon'. They didn't know keys expire."],
      [
        "maya",
        "That's working as designed, but we should email the key owners fourteen days and three days before a key expires, not just show a banner.",
      ],
      ["daniel", "The usage page work touches the same code. I can add the emails, it's maybe two points."],
      [
        "hannah",
        "Fourth: Halden asked whether the audit log export includes API key usage. Dev is checking it for their security sign-off.",
      ],
      [
        "ben",
        "Key creation, rotation and revocation are in the audit log. Per-request usage isn't, that's on the usage page. I'll write that up for Dev.",
      ],
      ["hannah", "The last one is low priority: a Brightline shift lead wants dark mode in the scanner app."],
      ["maya", "That goes on the feature request board, not into triage. Thanks, Hannah."],
      ["hannah", "Okay. So three fixes this week and one answer for Halden. I'll update the customers."],
    ),
    summary:
      "Five escalations triaged. Northwind's purchase order PDFs show the account currency instead of the supplier's; Daniel ships a one-line template fix today. Fourteen Copperleaf orders from a Saturday flash sale hit a Shopify rate limit and were dead-lettered after three retries; Ben will replay them and switch to exponential backoff for up to an hour. Customers surprised by expiring API keys will get reminder emails 14 and 3 days before expiry (about two points, alongside the usage page work). Ben will explain to Halden that the audit log covers key creation, rotation and revocation while per-request usage lives on the usage page. A dark mode request for the scanner app goes to the feature request board.",
    minutes: {
      discussion: [
        "Northwind: PO PDFs use the account currency instead of the supplier's (Canadian supplier).",
        "Copperleaf: 14 orders dead-lettered after a Shopify rate limit during a flash sale; retries stopped after 3 attempts.",
        "Two customers surprised by 'expiring soon' API keys.",
        "Halden: does the audit log export include API key usage?",
        "Brightline: dark mode request for the scanner app.",
      ],
      decisions: [
        "Retry Shopify rate limits with exponential backoff for up to an hour.",
        "Email key owners 14 and 3 days before an API key expires.",
        "Feature requests go to the request board, not triage.",
      ],
    },
    actionItems: [
      { text: "Fix PO PDF currency: use the supplier's currency", segment: 1, dueInDays: 0, doneAfterDays: 0 },
      {
        text: "Replay Copperleaf's 14 dead-lettered orders and switch retries to exponential backoff",
        segment: 5,
        dueInDays: 1,
        doneAfterDays: 1,
      },
      {
        text: "Spec API key expiry reminder emails (14 and 3 days before expiry)",
        segment: 7,
        assignee: "maya@acme.test",
        dueInDays: 3,
      },
      { text: "Explain to Halden what the audit log covers versus the usage page", segment: 10, dueInDays: 2 },
    ],
  },
  {
    key: "sprint-42-planning",
    title: "Sprint 42 Planning",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -1, at: "17:00" },
    owner: "maya@acme.test",
    attendees: ["maya", "priya", "adam", "ben", "daniel"],
    channels: ["Engineering"],
    transcript: say(
      [
        "maya",
        "Sprint 42. Quick recap first: sprint 41 closed thirty-five of thirty-eight points. Bulk edit is in beta with eleven accounts, export streaming shipped, and the per-location alerts spike is done.",
      ],
      [
        "priya",
        "The spike result: per-location thresholds are fine if we evaluate on stock change events instead of scanning every five minutes. Evaluation cost actually drops by about seventy percent.",
      ],
      ["adam", "So the rewrite is the better design anyway, not just the feature."],
      ["priya", "Yes. It's thirteen points, including migrating the existing global thresholds."],
      ["maya", "Let's commit to that as the main item. Ben, you had the batch queue from the standup."],
      [
        "ben",
        "A separate queue for full syncs is five points, and Priya and I will pair on it. I also want two points to remove the temporary alert mute once it's live.",
      ],
      [
        "daniel",
        "For bulk edit, the beta feedback list has nine items. Six are small polish, about five points together. The big one is editing variants, which people keep asking for.",
      ],
      [
        "maya",
        "Variants are out of scope this sprint. I want two more weeks of beta data before we design that. Let's do the six polish items.",
      ],
      ["daniel", "Okay. Then I have room for the API key usage page Adam wanted."],
      [
        "adam",
        "Yes please. Customers keep asking which integration is calling us so much. A per-key chart of requests per day and an endpoint breakdown would answer most of those tickets.",
      ],
      ["daniel", "I'd estimate eight points with the charts, plus the two points for the expiry emails from triage."],
      [
        "maya",
        "That's thirteen, five, two, five and ten, so thirty-five against forty points of capacity. Anything else?",
      ],
      [
        "ben",
        "SOC 2 evidence collection is due at the end of next week. I need about a day from Priya for the access reviews.",
      ],
      ["adam", "Put it in as three points so it's visible. Thirty-eight total, that's our commitment."],
      [
        "maya",
        "Sprint goal: per-location low-stock alerts live for all accounts, and per-key API usage visible in settings. I'll post it in the channel.",
      ],
    ),
    summary:
      "Sprint 41 closed 35 of 38 points: bulk edit is in beta with 11 accounts, export streaming shipped and the per-location alerts spike is done. The spike showed that evaluating thresholds on stock change events instead of a five-minute scan cuts evaluation cost by about 70%, so the 13-point rewrite is the main item. The team committed 38 of 40 points: the alerts rewrite, a dedicated full sync queue (5) plus removing the temporary alert mute (2), six bulk edit polish items (5), the API key usage page with expiry reminder emails (10), and SOC 2 access review evidence (3). Editing variants stays out of scope until there are two more weeks of beta data.",
    minutes: {
      discussion: [
        "Sprint 41: 35 of 38 points done; bulk edit beta with 11 accounts; export streaming shipped.",
        "Event-driven threshold evaluation reduces evaluation cost by ~70%.",
        "Nine bulk edit beta feedback items; variant editing is the most requested.",
        "Customers want to know which integration is calling the API: per-key usage chart and endpoint breakdown.",
        "SOC 2 evidence due at the end of next week.",
      ],
      decisions: [
        "Commit 38 of 40 points.",
        "Variant editing is out of scope until two more weeks of beta data.",
        "Sprint goal: per-location low-stock alerts live for all accounts; per-key API usage visible in settings.",
      ],
    },
    actionItems: [
      {
        text: "Post the sprint 42 goal and commitment in #engineering",
        segment: 14,
        assignee: "maya@acme.test",
        dueInDays: 0,
        doneAfterDays: 0,
      },
      { text: "Build the per-key API usage page: requests per day and endpoint breakdown", segment: 9, dueInDays: 9 },
      { text: "Collect SOC 2 access review evidence", segment: 12, assignee: "adam@acme.test", dueInDays: 8 },
    ],
  },
  {
    key: "sprint-43-planning",
    title: "Sprint 43 Planning",
    status: "scheduled",
    platform: "zoom",
    when: { businessDays: 9, at: "16:00" },
    owner: "maya@acme.test",
    attendees: ["maya", "adam", "priya", "daniel", "ben", "sofia"],
    channels: ["Engineering"],
    lengthMinutes: 60,
  },
];
