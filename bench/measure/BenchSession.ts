import type { ContenderEnvironment } from '../contenders/Contender';
import type { EmulatorAdmin } from '../emulator/EmulatorAdmin';
import type { BenchFixtures } from '../fixtures/BenchFixtures';
import type { BenchProfile } from '../options';
import type { ChildProcessGroup } from '../processes/ChildProcessGroup';

/** What every measurement needs: the running emulator, the process group, ids and timings. */
export interface BenchSession {
  profile: BenchProfile;
  processes: ChildProcessGroup;
  emulator: EmulatorAdmin;
  fixtures: BenchFixtures;
  contenderEnv: (port: number) => ContenderEnvironment;
  log: (line: string) => void;
}
