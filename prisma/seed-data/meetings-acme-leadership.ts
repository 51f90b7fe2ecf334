// Acme leadership: board prep, pricing, hiring debriefs, leadership syncs and 1:1s.
import type { AcmePersonKey } from "./people";
import { dialogue } from "./transcript";
import type { MeetingSeed } from "./types";

const say = dialogue<AcmePersonKey>;

export const ACME_LEADERSHIP_MEETINGS: MeetingSeed<AcmePersonKey>[] = [
  {
    key: "hiring-debrief-designer",
    title: "Hiring Debrief: Product Designer (Sam Whitaker)",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -26, at: "19:00" },
    owner: "olivia@acme.test",
    attendees: ["olivia", "sofia", "maya", "daniel"],
    channels: ["Leadership"],
    transcript: say(
      [
        "olivia",
        "Thanks, everyone. Sam Whitaker for product designer. Same format as always: thumbs first, then reasons. Sofia?",
      ],
      [
        "sofia",
        "No hire, but it's close. The portfolio was beautiful, especially the banking app. But when I asked about a project that failed, every answer was about stakeholders getting in the way.",
      ],
      [
        "maya",
        "I'm a weak yes. The product exercise was strong. They asked the right questions about warehouse workers before sketching anything, which most candidates skip.",
      ],
      [
        "daniel",
        "No hire from me. In the handoff exercise the specs didn't include any error or empty states, and when I asked, they said engineering usually figures those out.",
      ],
      [
        "olivia",
        "That's a pattern worth taking seriously. Our product is basically error states. Scans fail, syncs fail, stock goes negative.",
      ],
      [
        "maya",
        "That's fair. I weighted the research skills highly, but we need someone who thinks about edge cases from day one.",
      ],
      [
        "olivia",
        "My interview was mostly about motivation. They want to move into a design lead role within a year, which we don't have.",
      ],
      ["sofia", "That matches what I heard. I think they'd get frustrated here."],
      ["olivia", "Then it's a no hire. Sofia, what would you change in the process for the next candidates?"],
      [
        "sofia",
        "I'd add an exercise on designing an error flow, say a failed barcode scan. It's cheap and it tests exactly what we missed here.",
      ],
      ["maya", "And move the research exercise earlier, so strong researchers still stand out."],
      ["olivia", "Do both. And let's send Sam kind, specific feedback. They put real effort into the exercise."],
      ["sofia", "I'll write the feedback and send it to the recruiter by tomorrow."],
    ),
    summary:
      "Debrief for Sam Whitaker (product designer). Votes: Sofia no hire (strong portfolio, but attributed every failed project to stakeholders), Maya weak yes (excellent user research instincts), Daniel no hire (handoff specs had no error or empty states). Olivia noted that Stockroom is largely about error states and that Sam wants a design lead role within a year, which Acme cannot offer. Decision: no hire. The interview loop gains a failed-barcode-scan error flow exercise and moves the research exercise earlier; Sofia will send Sam kind, specific feedback through the recruiter.",
    minutes: {
      discussion: [
        "Sofia: no hire; great portfolio, weak ownership of failures.",
        "Maya: weak yes; strong research questions before sketching.",
        "Daniel: no hire; no error or empty states in handoff specs.",
        "Candidate wants a design lead role within a year.",
      ],
      decisions: [
        "No hire.",
        "Add an error flow exercise (failed barcode scan) and move the research exercise earlier.",
      ],
    },
    actionItems: [
      {
        text: "Add a failed-barcode-scan error flow exercise to the designer interview loop",
        segment: 9,
        dueInDays: 7,
        doneAfterDays: 6,
      },
      { text: "Send Sam Whitaker specific feedback via the recruiter", segment: 12, dueInDays: 1, doneAfterDays: 1 },
    ],
  },
  {
    key: "pricing-workshop",
    title: "Pricing & Packaging Workshop",
    status: "ready",
    platform: "upload",
    when: { businessDays: -19, at: "18:00" },
    owner: "olivia@acme.test",
    attendees: ["olivia", "grace", "marcus", "maya"],
    channels: ["Leadership"],
    unmappedSpeakers: true,
    transcript: say(
      [
        "olivia",
        "I'm recording this one because Adam couldn't make it. The goal is to decide what changes in our packaging for next year. Grace, start with what the data says.",
      ],
      [
        "grace",
        "We have three plans. Starter has 112 accounts, Growth 214 and Pro 94. Pro is fifty-eight percent of revenue. The biggest issue is the jump from Growth to Pro: it's 2.4 times the price, and accounts get pushed over by location count, not by features.",
      ],
      [
        "marcus",
        "That matches what I hear on calls. Nobody upgrades for SSO or the API. They upgrade because they opened another warehouse.",
      ],
      ["maya", "And then they're unhappy, because they're paying for features they don't use."],
      ["olivia", "So what's the alternative? Price per location?"],
      [
        "grace",
        "I modelled per-location pricing. It's fairer, but revenue becomes less predictable, and small accounts with many tiny locations would pay more than today.",
      ],
      [
        "marcus",
        "What about a location add-on? Growth includes five locations, then 150 dollars a month per extra location.",
      ],
      [
        "grace",
        "That one works in the model. It keeps ninety-seven percent of current revenue, and roughly thirty accounts would pay less than today.",
      ],
      [
        "maya",
        "I'd like Pro to be about capabilities: SSO, audit logs, the API with higher rate limits, and per-location alerts. Then the upgrade makes sense on its own.",
      ],
      ["olivia", "I like that. What's the risk for existing Pro customers?"],
      [
        "grace",
        "About twenty Pro accounts are only on Pro because of locations. With the add-on some of them would downgrade. That's about 90,000 of ARR at risk in the worst case.",
      ],
      ["olivia", "We grandfather existing customers for twelve months, then they choose. That limits the risk."],
      ["marcus", "Sales would love that. It's much easier to explain."],
      [
        "olivia",
        "Decision, then: a location add-on on Growth at 150 a month, Pro repositioned around capabilities, and twelve months of grandfathering. Grace, can you update the model with the grandfathering curve?",
      ],
      ["grace", "Yes, by next Wednesday."],
      ["maya", "I'll draft the new plan comparison page so we can test it with five customers."],
    ),
    summary:
      "Packaging workshop (recorded in the office; Adam absent). Grace showed 112 Starter, 214 Growth and 94 Pro accounts, with Pro at 58% of revenue; the Growth-to-Pro jump is 2.4x and is triggered by location count rather than features, which matches what sales hears. Per-location pricing was rejected as less predictable and worse for small multi-location accounts. The group chose a location add-on for Growth ($150/month per location beyond five, keeping 97% of revenue with ~30 accounts paying less), repositioning Pro around capabilities (SSO, audit logs, higher API rate limits, per-location alerts), and twelve months of grandfathering to contain up to ~$90k ARR of downgrade risk. Grace updates the model; Maya drafts a plan comparison page to test with five customers.",
    minutes: {
      discussion: [
        "Accounts: Starter 112, Growth 214, Pro 94; Pro is 58% of revenue.",
        "Growth → Pro is 2.4x the price and driven by location count.",
        "Per-location pricing: fairer but less predictable; worse for small accounts with many tiny locations.",
        "Location add-on keeps 97% of revenue; ~30 accounts pay less.",
        "~20 Pro accounts are on Pro only for locations (~$90k ARR at risk).",
      ],
      decisions: [
        "Growth gets a location add-on at $150/month per location beyond five.",
        "Pro is repositioned around capabilities: SSO, audit logs, API rate limits, per-location alerts.",
        "Existing customers are grandfathered for twelve months.",
      ],
    },
    actionItems: [
      {
        text: "Update the pricing model with the 12-month grandfathering curve",
        segment: 14,
        dueInDays: 5,
        doneAfterDays: 6,
      },
      {
        text: "Draft the new plan comparison page and test it with five customers",
        segment: 15,
        assignee: "maya@acme.test",
        dueInDays: 14,
        doneAfterDays: 16,
      },
      { text: "Prepare a sales talk track for the location add-on", segment: 12, cancelled: true },
    ],
  },
  {
    key: "board-prep",
    title: "Board Prep: Quarterly Board Deck Review",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -8, at: "17:00" },
    owner: "olivia@acme.test",
    attendees: ["olivia", "grace", "maya", "adam"],
    channels: ["Leadership"],
    transcript: say(
      [
        "olivia",
        "The board meets in a little over two weeks and I want the deck locked a week before. Grace, start with the numbers.",
      ],
      [
        "grace",
        "ARR is 4.82 million, up eleven percent quarter over quarter. Net revenue retention is 118 percent. Gross margin improved to seventy-eight percent after the database consolidation Ben's team did.",
      ],
      ["olivia", "What's the burn?"],
      [
        "grace",
        "Net burn averaged 310,000 a month, so we have twenty-six months of runway on the current plan. I'd lead with that, because the board asked about runway last time.",
      ],
      ["olivia", "Agreed. And logo churn?"],
      [
        "grace",
        "Seven accounts churned, 61,000 in ARR. Three of them cited location-based pricing, which Maya is looking into.",
      ],
      [
        "maya",
        "I'll have a proposal on that in a few weeks. I don't want it in this deck until we've run the numbers.",
      ],
      ["olivia", "Fine. Mention it as an area we're investigating, nothing more."],
      [
        "adam",
        "For the product slide I'd show three things: bulk edit going into beta, the public API with scoped keys, and the incident. The board will hear about INC-231 from someone, so better from us.",
      ],
      [
        "olivia",
        "Yes. Put the timeline and the fixes on one slide: forty-seven minutes of stale data, what we changed, and that no data was lost.",
      ],
      [
        "grace",
        "For hiring, we planned eight hires this half and made five. The backend and design roles are still open.",
      ],
      ["adam", "We're close on backend. The debrief for Jordan Ellis is this week."],
      [
        "olivia",
        "Good. The ask for the board this time is approval of next half's hiring plan. We'll also get questions about a Canadian data region after the Halden deal. Do we raise it ourselves?",
      ],
      ["grace", "I'd leave it out. Halden accepted it as a risk and nobody else has asked this quarter."],
      [
        "olivia",
        "Okay, Canada stays out. Grace, send me the financial slides by Friday, and Adam, the product and incident slides by Monday.",
      ],
    ),
    summary:
      "Board deck review ahead of the quarterly board meeting; the deck is to be locked a week before. Financials: ARR $4.82M (+11% QoQ), net revenue retention 118%, gross margin 78% after the database consolidation, net burn ~$310k/month giving 26 months of runway (to lead the deck). Seven accounts churned ($61k ARR), three citing location-based pricing, which will be mentioned only as an area under investigation. The product slide covers bulk edit entering beta, the public API with scoped keys, and a one-slide account of INC-231 (47 minutes of stale data, fixes, no data loss). Hiring is at five of eight planned; the board ask is approval of next half's hiring plan, and the Canadian data region stays out of the deck. Grace sends financial slides by Friday, Adam the product and incident slides by Monday.",
    minutes: {
      discussion: [
        "ARR $4.82M (+11% QoQ), NRR 118%, gross margin 78%.",
        "Net burn ~$310k/month; 26 months of runway.",
        "Churn: 7 accounts, $61k ARR; 3 cited location-based pricing.",
        "Product: bulk edit beta, public API with scoped keys, INC-231.",
        "Hiring: 5 of 8 planned hires; backend and design roles open.",
      ],
      decisions: [
        "Lead the deck with runway.",
        "Location pricing mentioned only as under investigation.",
        "INC-231 gets its own slide.",
        "Board ask: approve next half's hiring plan; Canadian data region not raised.",
      ],
    },
    actionItems: [
      {
        text: "Send the financial slides (ARR, NRR, burn, runway) to Olivia",
        segment: 14,
        dueInDays: 3,
        doneAfterDays: 2,
      },
      {
        text: "Prepare product and INC-231 slides for the board deck",
        segment: 14,
        assignee: "adam@acme.test",
        dueInDays: 4,
        doneAfterDays: 4,
      },
      {
        text: "Lock the board deck a week before the meeting",
        segment: 0,
        assignee: "olivia@acme.test",
        dueInDays: 9,
        doneAfterDays: 9,
      },
    ],
  },
  {
    key: "hiring-debrief-backend",
    title: "Hiring Debrief: Senior Backend Engineer (Jordan Ellis)",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -7, at: "20:00" },
    owner: "adam@acme.test",
    attendees: ["adam", "priya", "ben", "daniel"],
    channels: ["Leadership"],
    transcript: say(
      [
        "adam",
        "Debrief for Jordan Ellis, senior backend. Votes first, then discussion, so nobody anchors on anyone else. Priya?",
      ],
      [
        "priya",
        "Strong yes. The system design was the best I've seen this year. They designed the stock reservation service with idempotency keys without being prompted, and talked through what happens when a warehouse goes offline.",
      ],
      [
        "ben",
        "Yes. The on-call scenario was solid. They found the disk-full issue in about six minutes and, more importantly, said what they'd tell customers while still debugging.",
      ],
      [
        "daniel",
        "Leaning yes. The pairing session was good, tests first and clean code. But they were quite dismissive about frontend concerns when we talked about the API shape.",
      ],
      ["adam", "Can you say more about dismissive?"],
      [
        "daniel",
        "I asked how they'd paginate for a table the frontend virtualizes, and they said that's the frontend's problem. Later they came back to it and suggested cursor pagination, which is the right answer. So maybe more first instinct than attitude.",
      ],
      [
        "priya",
        "I saw that in system design too, but they changed their mind when I pushed back with data. That's what I care about.",
      ],
      [
        "adam",
        "My interview was on collaboration and career. They led a payments migration at their last company with four teams involved, and they were specific about what went wrong. I'm a yes.",
      ],
      ["ben", "What level are we thinking? Their experience is closer to staff than senior in some areas."],
      [
        "adam",
        "Senior, with a clear path to staff. I don't want to hire into staff without seeing them with our systems. Compensation at the top of the senior band, 185,000 base.",
      ],
      ["priya", "Fair. I'd like to be their mentor if they accept."],
      [
        "adam",
        "Noted, that's great. Decision: we make an offer at senior, top of band. Daniel, would you add your note about API design to the scorecard so the onboarding plan covers it?",
      ],
      ["daniel", "Sure, I'll add it tonight."],
      ["adam", "I'll send the offer details to the recruiter tomorrow and aim for a call with Jordan later this week."],
    ),
    summary:
      "Debrief for Jordan Ellis (senior backend engineer). Priya was a strong yes (excellent system design with unprompted idempotency and offline-warehouse handling), Ben a yes (found the on-call disk-full issue in ~6 minutes and communicated well), Daniel leaning yes (clean, test-first pairing, but an initially dismissive take on frontend pagination that Jordan later corrected to cursor pagination), and Adam a yes (led a four-team payments migration and was candid about its problems). Decision: offer at senior, top of band ($185k base), with a clear path to staff; Priya offered to mentor. Daniel adds his API design note to the scorecard and Adam sends the offer to the recruiter tomorrow.",
    minutes: {
      discussion: [
        "Priya: strong yes (system design, idempotency keys, offline warehouses).",
        "Ben: yes (on-call scenario solved in ~6 minutes, clear customer communication).",
        "Daniel: leaning yes (good pairing; initially dismissive about frontend pagination, later proposed cursor pagination).",
        "Adam: yes (led a four-team payments migration).",
        "Level: experience partly at staff level.",
      ],
      decisions: [
        "Offer at senior, top of band ($185k base), with a path to staff.",
        "Priya mentors Jordan if they accept.",
      ],
    },
    actionItems: [
      {
        text: "Send Jordan Ellis's offer details to the recruiter (senior, $185k base)",
        segment: 13,
        assignee: "adam@acme.test",
        dueInDays: 1,
        doneAfterDays: 1,
      },
      { text: "Add API design feedback to Jordan's scorecard", segment: 12, dueInDays: 0, doneAfterDays: 0 },
    ],
  },
  {
    key: "one-on-one-adam-priya",
    title: "1:1 Adam / Priya",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -5, at: "21:00" },
    owner: "adam@acme.test",
    attendees: ["adam", "priya"],
    transcript: say(
      ["adam", "How are you doing? That was a heavy couple of weeks, with the incident and the migration."],
      [
        "priya",
        "Tired but okay. Finishing the ledger migration felt good. The incident was stressful mostly because it was my deploy.",
      ],
      [
        "adam",
        "I want to be clear that nobody sees it that way. The gap was in our tests and alerts, and you wrote most of the fixes.",
      ],
      ["priya", "Thanks. It helped that the retro stayed blameless."],
      [
        "adam",
        "I wanted to talk about the staff engineer promotion. I think you're already operating at that level. The packet needs two things we haven't written down yet: a design doc you led across teams, and evidence of mentoring.",
      ],
      [
        "priya",
        "The ledger design doc covers the first one. Ben and Daniel both reviewed it, and it changed how support does reconciliations.",
      ],
      [
        "adam",
        "Agreed, that's a strong one. For mentoring, you've been pairing with Daniel on backend work. Would you formally mentor the new backend hire when they start?",
      ],
      ["priya", "Yes. If Jordan accepts, I'd like that. I liked how they think about failure modes."],
      [
        "adam",
        "Good. Then the plan: you draft a one-page summary of your impact this half, I collect peer feedback from Ben, Hannah and Daniel, and we submit before the calibration deadline in three weeks.",
      ],
      [
        "priya",
        "Okay. One more thing: I'd like to drop the Thursday release manager rotation. It's eating my focus time.",
      ],
      ["adam", "That's reasonable. Ben asked to take more releases anyway. I'll swap you out starting next week."],
      ["priya", "Thank you. That's everything from me."],
      ["adam", "Great. Same time in two weeks."],
    ),
    summary:
      "Adam checked in with Priya after the INC-231 incident and the ledger migration, reassuring her that the incident was a gap in tests and alerts rather than her fault. Adam supports a staff engineer promotion: the ledger design doc covers cross-team design leadership, and mentoring the new backend hire (Jordan, if they accept) will cover mentoring. Priya drafts a one-page impact summary and Adam gathers peer feedback from Ben, Hannah and Daniel, to submit before calibration in three weeks. Priya leaves the Thursday release manager rotation from next week; Ben takes more releases.",
    minutes: {
      discussion: [
        "Wellbeing after INC-231 and the ledger migration.",
        "Staff promotion packet: cross-team design doc (ledger) and mentoring evidence.",
        "Release manager rotation is eating Priya's focus time.",
      ],
      decisions: [
        "Submit the promotion packet before calibration in three weeks.",
        "Priya mentors the new backend hire.",
        "Priya leaves the Thursday release rotation from next week.",
      ],
    },
    actionItems: [
      { text: "Draft a one-page impact summary for the staff promotion packet", segment: 8, dueInDays: 10 },
      {
        text: "Collect peer feedback from Ben, Hannah and Daniel for Priya's packet",
        segment: 8,
        assignee: "adam@acme.test",
        dueInDays: 14,
      },
      {
        text: "Swap Priya out of the Thursday release manager rotation",
        segment: 10,
        assignee: "adam@acme.test",
        dueInDays: 5,
        doneAfterDays: 1,
      },
    ],
  },
  {
    key: "one-on-one-olivia-maya",
    title: "1:1 Olivia / Maya",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -2, at: "22:00" },
    owner: "olivia@acme.test",
    attendees: ["olivia", "maya"],
    transcript: say(
      [
        "olivia",
        "Hi Maya. I've read your notes from the Copperleaf call. Let's start there and then talk about the roadmap.",
      ],
      [
        "maya",
        "Sure. Lauren was really open in the interview. And the returns-only location isn't just Copperleaf. I checked the data: thirty-eight accounts have at least one location with no outbound orders in ninety days.",
      ],
      ["olivia", "Thirty-eight? That's more than I expected."],
      [
        "maya",
        "It's about nine percent of paying accounts. Most are returns, overflow storage or a pop-up shop. If we charge per location, all of them feel punished for something that costs us very little.",
      ],
      ["olivia", "What would you propose?"],
      [
        "maya",
        "A location type: fulfilment, returns or storage. Only fulfilment locations count towards plan limits. It's a small engineering change, maybe one sprint.",
      ],
      ["olivia", "The revenue impact worries me. Grace will want a number before we change how we bill."],
      [
        "maya",
        "I estimated it. If all thirty-eight accounts reclassify, we lose about 41,000 dollars of annual revenue. But three of our last seven churned accounts cited location pricing.",
      ],
      [
        "olivia",
        "Okay. Bring it to the pricing follow-up with Grace, and show the churn data next to the revenue number.",
      ],
      [
        "maya",
        "Will do. The other thing: I'd like to hire a second product manager. I'm covering integrations, warehouse and billing, and things are slipping.",
      ],
      [
        "olivia",
        "I agree, I've seen it. Write a role description focused on integrations and the API platform, and I'll get it approved in tomorrow's leadership sync.",
      ],
      ["maya", "Great, I'll send it to you first thing tomorrow."],
      ["olivia", "And take a real day off this month. That's not optional."],
      ["maya", "Deal."],
    ),
    summary:
      "Maya shared findings from her Copperleaf interview: 38 accounts (about 9% of paying accounts) have a location with no outbound orders in 90 days, mostly returns, overflow storage or pop-up shops. She proposes location types (fulfilment, returns, storage) where only fulfilment locations count towards plan limits, roughly one sprint of work, at a cost of up to ~$41k in annual revenue, against three of the last seven churned accounts citing location pricing. Olivia asked her to take it to the pricing follow-up with Grace with churn and revenue side by side. Olivia also agreed to a second product manager focused on integrations and the API platform; Maya sends the role description first thing tomorrow for approval in the leadership sync. Olivia also told Maya to take a real day off this month.",
    minutes: {
      discussion: [
        "38 accounts (~9% of paying accounts) have a location with no outbound orders in 90 days.",
        "Proposal: location types (fulfilment, returns, storage); only fulfilment counts towards plan limits (~1 sprint).",
        "Revenue impact up to ~$41k ARR; 3 of the last 7 churned accounts cited location pricing.",
        "Maya is covering integrations, warehouse and billing; a second PM is needed.",
      ],
      decisions: [
        "Location type proposal goes to the pricing follow-up with Grace.",
        "Second PM role (integrations and API platform) goes to the leadership sync for approval.",
      ],
    },
    actionItems: [
      {
        text: "Prepare the location type proposal with churn data and revenue impact for Grace",
        segment: 8,
        assignee: "maya@acme.test",
        dueInDays: 7,
      },
      {
        text: "Write the second PM role description (integrations and API platform)",
        segment: 11,
        assignee: "maya@acme.test",
        dueInDays: 1,
        doneAfterDays: 0,
      },
      { text: "Take a full day off this month", segment: 12, assignee: "maya@acme.test", dueInDays: 21 },
    ],
  },
  {
    key: "leadership-sync",
    title: "Leadership Sync",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -1, at: "15:00" },
    owner: "olivia@acme.test",
    attendees: ["olivia", "marcus", "adam", "grace"],
    channels: ["Leadership"],
    transcript: say(
      [
        "olivia",
        "Weekly leadership sync. Three topics: pipeline, the second PM role, and board meeting logistics. Marcus, pipeline first.",
      ],
      [
        "marcus",
        "We have 410,000 in new ARR in late-stage deals. Halden is the biggest at 96,000, and they're waiting on their security sign-off. Dev said end of this week.",
      ],
      ["adam", "Ben sent everything two weeks ago. If Dev has follow-up questions we can turn them around in a day."],
      [
        "marcus",
        "Copperleaf agreed to two years at 19,440 a year and to be a reference customer. The contract review with their counsel is in two days.",
      ],
      [
        "grace",
        "Good, I've updated the forecast. We're at ninety-six percent of the quarterly new business target if Halden closes.",
      ],
      [
        "olivia",
        "Second topic. Maya asked for a second product manager focused on integrations and the API platform. I support it. Grace, can we afford it this half?",
      ],
      [
        "grace",
        "We planned eight hires and made five, so there's budget for one more role without changing the burn plan. Yes.",
      ],
      [
        "adam",
        "I support it too. API keys and usage alone are a full-time PM area, and engineering keeps waiting on decisions.",
      ],
      ["olivia", "Then it's approved. Maya sent me the role description this morning and I'll post it this week."],
      ["marcus", "Could that PM also own partner integrations? Two prospects asked about NetSuite."],
      ["olivia", "Yes, integrations broadly. Put NetSuite in the role description as an example."],
      [
        "olivia",
        "Last topic: the board meeting is in person this time, at our office. Grace, you're handling the dinner?",
      ],
      ["grace", "Booked for eight people. The deck is locked, and I sent the final version to the board this morning."],
      ["olivia", "Great. That's it, thanks everyone."],
    ),
    summary:
      "Pipeline: $410k of new ARR in late-stage deals, led by Halden ($96k), which awaits its security sign-off (Dev expects end of week; engineering can answer follow-ups within a day). Copperleaf agreed to two years at $19,440/year as a reference customer, with contract review in two days; the forecast sits at 96% of the quarterly new business target if Halden closes. The second product manager role (integrations and the API platform, including partner integrations such as NetSuite) was approved: budget exists because only five of eight planned hires were made. The in-person board meeting dinner is booked for eight and the final deck has been sent to the board.",
    minutes: {
      discussion: [
        "Late-stage pipeline $410k new ARR; Halden $96k pending security sign-off.",
        "Copperleaf: two years at $19,440/year, reference customer; contract review in two days.",
        "Forecast at 96% of the new business target if Halden closes.",
        "Second PM: budget available (5 of 8 planned hires made).",
        "Board meeting in person at the office; deck final.",
      ],
      decisions: ["Second PM role approved, scoped to integrations broadly (NetSuite as an example)."],
    },
    actionItems: [
      {
        text: "Post the second PM job (integrations and API platform; mention NetSuite)",
        segment: 10,
        assignee: "olivia@acme.test",
        dueInDays: 4,
      },
      { text: "Check in with Halden on the security questionnaire sign-off", segment: 1, dueInDays: 3 },
    ],
  },
  {
    key: "board-meeting",
    title: "Quarterly Board Meeting",
    status: "scheduled",
    platform: "zoom",
    when: { businessDays: 4, at: "17:00" },
    owner: "olivia@acme.test",
    attendees: ["olivia", "adam", "grace"],
    channels: ["Leadership"],
    lengthMinutes: 120,
  },
];
