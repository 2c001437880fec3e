import type { Role } from "@/db/schema/auth";

export type DemoUser = { email: string; name: string; role: Role; password: string };

/**
 * The demo console accounts, one per role. Documented in the README and printed by
 * `npm run demo`: these passwords are public by design and exist only on demo databases.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "staff@audience3d.demo", name: "Camille Martin", role: "data_staff", password: "demo-staff-2025" },
  { email: "manager@audience3d.demo", name: "Julien Bernard", role: "manager", password: "demo-manager-2025" },
  { email: "admin@audience3d.demo", name: "Sophie Laurent", role: "admin", password: "demo-admin-2025" },
  { email: "readonly@audience3d.demo", name: "Louis Petit", role: "read_only", password: "demo-readonly-2025" },
];
