import { SettingsNav } from "@/components/shell/settings-nav";

export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <div className="mt-6 grid grid-cols-1 gap-8 md:grid-cols-[200px_minmax(0,1fr)]">
        <aside className="min-w-0">
          <SettingsNav />
        </aside>
        <main className="min-w-0">{children}</main>
      </div>
    </div>
  );
}
