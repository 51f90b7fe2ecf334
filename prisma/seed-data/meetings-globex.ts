// Globex (Enterprise): plant operations, a supplier call, the Mavio rollout, and a German
// shift review from the Munich plant.
import type { GlobexPersonKey } from "./people";
import { dialogue } from "./transcript";
import type { MeetingSeed } from "./types";

const say = dialogue<GlobexPersonKey>;

export const GLOBEX_MEETINGS: MeetingSeed<GlobexPersonKey>[] = [
  {
    key: "munich-shift-review",
    title: "Werk München: Schichtübergabe-Review",
    status: "ready",
    platform: "teams",
    language: "de",
    when: { businessDays: -11, at: "06:30" },
    owner: "erin@globex.test",
    attendees: ["lena", "jonas", "katrin"],
    channels: ["Operations"],
    transcript: say(
      [
        "lena",
        "Guten Morgen zusammen. Kurzer Rückblick auf die Nachtschicht, dann die Vorbereitung für das Audit der Stadtwerke Köln. Jonas, wie lief die Nacht?",
      ],
      [
        "jonas",
        "Ruhig. Wir haben 212 Gehäuse bearbeitet, Ziel waren 200. Einmal stand die Fräse 3 für zwanzig Minuten, weil der Kühlmittelsensor einen Fehler gemeldet hat.",
      ],
      ["lena", "War das ein echter Fehler oder wieder der Sensor selbst?"],
      [
        "jonas",
        "Der Sensor. Wir haben ihn gereinigt und seitdem läuft die Maschine stabil. Ich würde ihn trotzdem im nächsten Wartungsfenster tauschen.",
      ],
      [
        "katrin",
        "Aus Qualitätssicht: Die Ausschussquote der Nacht lag bei 1,6 Prozent. Zwei Gehäuse hatten Lunker im Guss, das ist ein Lieferantenthema und nicht unsere Bearbeitung.",
      ],
      ["lena", "Bitte dokumentiere die beiden Teile mit Fotos, das brauchen wir für die Reklamation."],
      ["katrin", "Mache ich heute Vormittag."],
      [
        "lena",
        "Zum Audit: Die Stadtwerke wollen die Rückverfolgbarkeit vom Rohteil bis zur Auslieferung sehen. Katrin, sind die Prüfprotokolle vollständig?",
      ],
      [
        "katrin",
        "Für die letzten sechs Monate ja. Bei drei älteren Aufträgen fehlen die Unterschriften der Endprüfung, die hole ich diese Woche nach.",
      ],
      [
        "jonas",
        "Die Schichtleiter sollten vorher noch einmal eine Unterweisung zur Dokumentation bekommen. Das letzte Mal ist über ein Jahr her.",
      ],
      [
        "lena",
        "Gute Idee. Jonas, plane bitte eine halbstündige Unterweisung für alle drei Schichten in der nächsten Woche ein.",
      ],
      ["jonas", "Mache ich. Ich schicke die Termine bis morgen herum."],
      ["lena", "Danke euch. Dann bis morgen."],
    ),
    summary:
      "Die Nachtschicht hat 212 Gehäuse bearbeitet (Ziel 200). Fräse 3 stand 20 Minuten wegen eines fehlerhaften Kühlmittelsensors, der gereinigt wurde und im nächsten Wartungsfenster getauscht werden soll. Die Ausschussquote lag bei 1,6 %; zwei Gehäuse mit Lunkern im Guss gehen als Reklamation an den Lieferanten und werden mit Fotos dokumentiert. Für das Audit der Stadtwerke Köln sind die Prüfprotokolle der letzten sechs Monate vollständig; bei drei älteren Aufträgen holt Katrin die fehlenden Unterschriften der Endprüfung nach. Jonas plant eine halbstündige Dokumentations-Unterweisung für alle drei Schichten.",
    minutes: {
      discussion: [
        "Nachtschicht: 212 Gehäuse bearbeitet (Ziel 200); Fräse 3 stand 20 Minuten (Kühlmittelsensor).",
        "Ausschussquote 1,6 %; zwei Gehäuse mit Lunkern im Guss (Lieferantenthema).",
        "Audit Stadtwerke Köln: Rückverfolgbarkeit vom Rohteil bis zur Auslieferung.",
        "Prüfprotokolle der letzten sechs Monate vollständig; drei ältere Aufträge ohne Unterschrift der Endprüfung.",
      ],
      decisions: [
        "Kühlmittelsensor an Fräse 3 im nächsten Wartungsfenster tauschen.",
        "Lunker-Teile gehen als Reklamation an den Lieferanten.",
        "Dokumentations-Unterweisung für alle drei Schichten vor dem Audit.",
      ],
    },
    actionItems: [
      {
        text: "Ausschussteile (Lunker) mit Fotos für die Reklamation dokumentieren",
        segment: 5,
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Fehlende Unterschriften der Endprüfung für drei Aufträge nachholen",
        segment: 8,
        dueInDays: 4,
        doneAfterDays: 3,
      },
      {
        text: "Halbstündige Dokumentations-Unterweisung für alle drei Schichten planen",
        segment: 10,
        dueInDays: 7,
        doneAfterDays: 1,
      },
    ],
  },
  {
    key: "mavio-rollout",
    title: "Mavio Rollout: SSO, Retention and API Access",
    status: "ready",
    platform: "google_meet",
    when: { businessDays: -8, at: "16:00" },
    owner: "erin@globex.test",
    attendees: ["nadia", "erin", "raj"],
    transcript: say(
      [
        "nadia",
        "Erin, I've finished the Mavio configuration review. There are two decisions I need from you: how long we keep recordings, and whether we turn on auto-record for everyone.",
      ],
      ["erin", "What does legal say about retention?"],
      [
        "nadia",
        "Legal wants two years for anything that might involve customer commitments. I'd set 730 days for the whole workspace rather than manage exceptions.",
      ],
      ["erin", "Fine, 730 days. And auto-record?"],
      [
        "nadia",
        "I'd keep it off. The works council in Munich has to approve automatic recording, and in the US some people are uncomfortable with it. Recording on request is easier to defend.",
      ],
      ["raj", "On the plant floor we only record the weekly operations meeting and supplier calls anyway."],
      ["erin", "Then auto-record stays off. What about the integration with our ERP?"],
      [
        "nadia",
        "For the ERP connector I'd like an API key with read access to meetings and action items only, restricted to our data center's IP ranges, so even if the key leaks it can't be used from outside.",
      ],
      ["erin", "Makes sense. I'll create the key today, since only owners and admins can."],
      [
        "nadia",
        "Please set it to expire in ninety days so we rotate it regularly. And add the IPv6 range too, the new data center is dual-stack.",
      ],
      ["erin", "Will do. Can you write all of this up for the IT policy wiki?"],
      ["nadia", "Yes, by Friday."],
    ),
    summary:
      "Nadia reviewed the Mavio configuration with Erin and Raj. Recordings are retained for 730 days across the workspace, matching legal's two-year requirement for customer commitments. Auto-record stays off: the Munich works council would need to approve automatic recording, and recording on request is easier to defend; the plants only record the weekly operations meeting and supplier calls. Erin will create the ERP connector's API key with read-only access to meetings and action items, restricted to the data center's IPv4 and IPv6 ranges and expiring in 90 days. Nadia documents the policy in the IT wiki by Friday.",
    minutes: {
      discussion: [
        "Retention: legal requires two years for potential customer commitments.",
        "Auto-record needs works council approval in Munich; some US staff are uncomfortable with it.",
        "ERP connector needs read access to meetings and action items only.",
      ],
      decisions: [
        "Retention set to 730 days workspace-wide.",
        "Auto-record off; record on request.",
        "ERP key: meetings:read and action-items:read, IP allowlist (IPv4 and IPv6 data center ranges), 90-day expiry.",
      ],
    },
    actionItems: [
      {
        text: "Create the ERP connector API key (read-only, IP-restricted, 90-day expiry)",
        segment: 8,
        assignee: "erin@globex.test",
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Document Mavio retention and recording policy in the IT wiki",
        segment: 11,
        dueInDays: 3,
        doneAfterDays: 3,
      },
    ],
  },
  {
    key: "plant-operations-weekly",
    title: "Plant Operations Weekly",
    status: "ready",
    platform: "teams",
    when: { businessDays: -5, at: "14:00" },
    owner: "erin@globex.test",
    attendees: ["erin", "raj", "tom", "lena"],
    channels: ["Operations"],
    transcript: say(
      ["erin", "Morning, all. Let's start with output. Raj, how did Dayton do last week?"],
      [
        "raj",
        "We shipped 1,860 pump units against a plan of 1,900. The whole shortfall is on the CX-40 line, where we waited two days for impeller castings.",
      ],
      [
        "tom",
        "That's Kestrel again. Their lead time slipped from four weeks to six, and they didn't tell us until the trucks didn't show up.",
      ],
      ["erin", "Is this a one-off or a trend?"],
      [
        "tom",
        "A trend. Three late deliveries in the last two months. I have a call with Greg from Kestrel later this week to talk about it.",
      ],
      [
        "lena",
        "Munich can help in the short term. We have about 400 CX-40 impellers in stock that we won't need until next month. I can ship 250 to Dayton this week.",
      ],
      ["raj", "That would cover us until Kestrel catches up. Air freight or sea?"],
      ["lena", "Air, otherwise it's pointless. Roughly 6,000 euros."],
      [
        "erin",
        "Approved. That's cheaper than missing shipments to Hallmark Water. Tom, I also want a second casting supplier qualified by the end of the quarter.",
      ],
      ["tom", "I have two candidates, one in Monterrey and one in Poznań. I'll send you a comparison next week."],
      ["erin", "Good. Lena, anything else from Munich?"],
      [
        "lena",
        "Scrap rate is down to 1.8 percent after the new fixture on the machining line, and we're preparing for the Stadtwerke Köln audit in three weeks.",
      ],
      ["erin", "Nice work on scrap. Let me know if you need anything for the audit. That's it for today."],
    ),
    summary:
      "Dayton shipped 1,860 pump units against a plan of 1,900; the shortfall came from the CX-40 line waiting two days for Kestrel impeller castings, whose lead time slipped from four to six weeks without notice (three late deliveries in two months). Munich will air-freight 250 of its ~400 spare CX-40 impellers to Dayton this week (about €6,000, approved by Erin as cheaper than missing Hallmark Water shipments). Tom will compare two candidate second casting suppliers (Monterrey and Poznań) next week and talk to Kestrel later this week. Munich's scrap rate fell to 1.8% after a new machining fixture, and the Stadtwerke Köln audit is three weeks away.",
    minutes: {
      discussion: [
        "Dayton: 1,860 of 1,900 planned units; CX-40 line waited two days for castings.",
        "Kestrel lead time slipped from 4 to 6 weeks; three late deliveries in two months.",
        "Munich has ~400 CX-40 impellers not needed until next month.",
        "Munich scrap rate down to 1.8%; Stadtwerke Köln audit in three weeks.",
      ],
      decisions: [
        "Air-freight 250 impellers from Munich to Dayton (~€6,000).",
        "Qualify a second casting supplier by the end of the quarter.",
      ],
    },
    actionItems: [
      { text: "Air-freight 250 CX-40 impellers from Munich to Dayton", segment: 5, dueInDays: 3, doneAfterDays: 2 },
      {
        text: "Approve the ~€6,000 air freight budget",
        segment: 8,
        assignee: "erin@globex.test",
        dueInDays: 0,
        doneAfterDays: 0,
      },
      {
        text: "Send a comparison of the two candidate casting suppliers (Monterrey, Poznań)",
        segment: 9,
        dueInDays: 7,
      },
    ],
  },
  {
    key: "kestrel-supplier-call",
    title: "Supplier Call: Kestrel Castings — Lead Times",
    status: "ready",
    platform: "zoom",
    when: { businessDays: -3, at: "15:00" },
    owner: "erin@globex.test",
    attendees: ["tom", "greg", "erin"],
    channels: ["Suppliers"],
    transcript: say(
      [
        "tom",
        "Greg, thanks for making time. I'll be direct: we've had three late deliveries of CX-40 impeller castings in two months, and the last one cost us forty pump units of output.",
      ],
      [
        "greg",
        "I understand, and I'm sorry. The root cause on our side is the new furnace at the Akron foundry. Commissioning took three weeks longer than planned, so capacity dropped by about a third.",
      ],
      ["erin", "When do you expect to be back to normal capacity?"],
      [
        "greg",
        "The furnace passed its final inspection on Monday. We should be back to a four-week lead time within three weeks.",
      ],
      ["tom", "What we need more than anything is warning. We found out when the truck didn't arrive."],
      [
        "greg",
        "That's fair. I can send you a production status every Monday, with your open orders and their expected ship dates.",
      ],
      ["tom", "Yes, please. And we'd like the next two orders expedited."],
      ["greg", "I can expedite the next order of 600 castings at no cost. The one after that I can't promise yet."],
      [
        "erin",
        "We appreciate that. To be transparent, we are qualifying a second supplier. It's not about replacing Kestrel, it's about not having a single point of failure on the CX-40.",
      ],
      ["greg", "I understand. We'd still like to be your primary supplier, so let us earn that back."],
      [
        "tom",
        "Then let's review in six weeks. If lead times are back to four weeks and the Monday updates happen, we keep the current volume split.",
      ],
      ["greg", "Agreed. I'll send the first status report next Monday."],
    ),
    summary:
      "Tom and Erin raised three late CX-40 casting deliveries in two months, the latest costing 40 pump units of output. Kestrel attributes it to a new furnace at its Akron foundry whose commissioning ran three weeks late and cut capacity by a third; it passed final inspection and lead times should return to four weeks within three weeks. Kestrel will send a production status with open orders and ship dates every Monday and expedite the next order of 600 castings at no cost. Erin disclosed that Globex is qualifying a second supplier to remove a single point of failure. The parties will review in six weeks and keep the current volume split if lead times recover and the Monday updates arrive.",
    minutes: {
      discussion: [
        "Three late CX-40 deliveries in two months; the last cost 40 units of output.",
        "Cause: new furnace at Kestrel's Akron foundry commissioned three weeks late; capacity down a third.",
        "Lead time expected back at four weeks within three weeks.",
        "Globex is qualifying a second supplier.",
      ],
      decisions: [
        "Kestrel sends a production status every Monday.",
        "Next order of 600 castings expedited at no cost.",
        "Review in six weeks; volume split unchanged if commitments are met.",
      ],
    },
    actionItems: [
      { text: "Confirm the expedited order of 600 CX-40 castings with Kestrel", segment: 7, dueInDays: 5 },
      {
        text: "Hold the six-week Kestrel review of lead times and volume split",
        segment: 10,
        assignee: "erin@globex.test",
        dueInDays: 42,
      },
    ],
  },
  {
    key: "plant-operations-weekly-next",
    title: "Plant Operations Weekly",
    status: "scheduled",
    platform: "teams",
    when: { businessDays: 5, at: "14:00" },
    owner: "erin@globex.test",
    attendees: ["erin", "raj", "tom", "lena"],
    channels: ["Operations"],
    lengthMinutes: 45,
  },
];
