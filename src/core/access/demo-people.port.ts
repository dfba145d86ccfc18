/** The professionals a demo visitor of the web chat can log in as (demo mode, loopback only). */
export interface DemoPerson {
  id: string;
  name: string;
  role: string;
  organisation: string | null;
}

export interface DemoPeople {
  list(): Promise<DemoPerson[]>;
}
