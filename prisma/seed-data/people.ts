// Everyone who shows up in the demo meetings, keyed by a short handle used in transcripts.
import type { Person, TeamSlug } from "./types";

function staff(name: string, email: string): Person {
  return { name, email, hasSpeakerProfile: true };
}

function guest(name: string, email: string): Person {
  return { name, email, hasSpeakerProfile: false };
}

// Acme builds Stockroom, inventory and order management for retailers and wholesalers.
const ACME_PEOPLE = {
  olivia: staff("Olivia Park", "olivia@acme.test"), // CEO
  adam: staff("Adam Novak", "adam@acme.test"), // VP Engineering
  maya: staff("Maya Rodriguez", "maya@acme.test"), // Product Manager
  priya: staff("Priya Nair", "priya@acme.test"), // Staff backend engineer
  daniel: staff("Daniel Kim", "daniel@acme.test"), // Frontend / mobile engineer
  sofia: staff("Sofia Alvarez", "sofia@acme.test"), // Product designer
  marcus: staff("Marcus Reed", "marcus@acme.test"), // Account executive
  hannah: staff("Hannah Cole", "hannah@acme.test"), // Customer success lead
  ben: staff("Ben Foster", "ben@acme.test"), // Site reliability engineer
  grace: staff("Grace Liu", "grace@acme.test"), // Head of finance
  rachel: guest("Rachel Grant", "rachel.grant@northwind.test"), // Northwind Traders, VP Operations
  kevin: guest("Kevin Li", "kevin.li@northwind.test"), // Northwind Traders, IT manager
  tomas: guest("Tomás Herrera", "tomas@brightline.test"), // Brightline Outfitters, e-commerce
  aisha: guest("Aisha Bello", "aisha.bello@brightline.test"), // Brightline Outfitters, warehouse
  lauren: guest("Lauren Mitchell", "lauren@copperleaf.test"), // Copperleaf Coffee, COO
  dev: guest("Dev Malhotra", "dev.malhotra@haldenmedical.test"), // Halden Medical Supply, IT security
  karen: guest("Karen Whitfield", "karen.whitfield@haldenmedical.test"), // Halden, procurement
} satisfies Record<string, Person>;

// Globex makes industrial pumps: a plant in Dayton, Ohio and one in Munich.
const GLOBEX_PEOPLE = {
  erin: staff("Erin Walsh", "erin@globex.test"), // COO
  raj: staff("Raj Patel", "raj.patel@globex.test"), // Plant manager, Dayton
  tom: staff("Tom Okafor", "tom.okafor@globex.test"), // Supply chain lead
  lena: staff("Lena Fischer", "lena.fischer@globex.test"), // Plant manager, Munich
  nadia: staff("Nadia Rahman", "nadia.rahman@globex.test"), // IT director
  jonas: guest("Jonas Weber", "jonas.weber@globex.test"), // Shift lead, Munich
  katrin: guest("Katrin Braun", "katrin.braun@globex.test"), // Quality, Munich
  greg: guest("Greg Hollis", "greg@kestrelcastings.test"), // Kestrel Castings, account manager
} satisfies Record<string, Person>;

export type AcmePersonKey = keyof typeof ACME_PEOPLE;
export type GlobexPersonKey = keyof typeof GLOBEX_PEOPLE;

export const PEOPLE: Record<TeamSlug, Record<string, Person>> = {
  acme: ACME_PEOPLE,
  globex: GLOBEX_PEOPLE,
};
