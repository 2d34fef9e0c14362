import {
  containerMemoryLimit,
  DEFAULT_SIZING,
  heapFlags,
  heapFlagsGiven,
  heapSizing,
  type ReadText,
} from '../../src/runtime/heapSizing';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const PHYSICAL = 24 * GB;

/** A file system holding only `files`. */
function files(contents: Record<string, string>): ReadText {
  return (path) => contents[path];
}

describe('heapSizing', () => {
  test('without a container limit: the gateway default', () => {
    expect(heapSizing(undefined)).toBe(DEFAULT_SIZING);
    expect(heapFlags(DEFAULT_SIZING)).toEqual([
      `--max-semi-space-size=${DEFAULT_SIZING.maxSemiSpaceMb}`,
      `--max-old-space-size=${DEFAULT_SIZING.maxOldSpaceMb}`,
    ]);
  });

  test.each([
    // limit MB, semi-space MB, old space MB
    [128, 4, 56],
    [256, 8, 137],
    [512, 16, 275],
    [1024, 16, 582],
    [4096, 16, 2425],
  ])('a %i MB container: %i MB semi-spaces, %i MB of old space', (limitMb, semi, old) => {
    expect(heapSizing(limitMb * MB)).toMatchObject({
      maxSemiSpaceMb: semi,
      maxOldSpaceMb: old,
      basis: `container memory limit of ${limitMb} MB`,
    });
  });

  test('a container too small for Node gets the smallest heap, not a negative one', () => {
    expect(heapSizing(48 * MB)).toMatchObject({ maxSemiSpaceMb: 1, maxOldSpaceMb: 32 });
  });

  test('young, old and the rest of Node fit in the limit', () => {
    for (const limitMb of [128, 200, 256, 384, 512, 768, 1024, 2048, 8192]) {
      const { maxSemiSpaceMb, maxOldSpaceMb } = heapSizing(limitMb * MB);
      expect(2 * maxSemiSpaceMb + maxOldSpaceMb + 64).toBeLessThanOrEqual(limitMb);
    }
  });
});

describe('heapFlagsGiven', () => {
  test.each([
    [['--max-old-space-size=128'], undefined],
    [['--max_old_space_size=128'], undefined],
    [[], '--max-semi-space-size=2'],
    [[], '--enable-source-maps --max-heap-size=300'],
    [['--import', 'tsx'], ' --max-old-space-size=512 '],
  ])('%j with NODE_OPTIONS %j: the operator chose', (execArgv, nodeOptions) => {
    expect(heapFlagsGiven(execArgv, nodeOptions)).toBe(true);
  });

  test.each([
    [[], undefined],
    [['--import', 'tsx'], ''],
    [[], '--enable-source-maps --max-http-header-size=16384'],
    [['--initial-old-space-size=64'], undefined],
  ])('%j with NODE_OPTIONS %j: no heap limit given', (execArgv, nodeOptions) => {
    expect(heapFlagsGiven(execArgv, nodeOptions)).toBe(false);
  });
});

describe('containerMemoryLimit', () => {
  test('cgroup v2 inside a container: memory.max at the root of what it sees', () => {
    const read = files({
      '/proc/self/cgroup': '0::/\n',
      '/sys/fs/cgroup/memory.max': '536870912\n',
    });
    expect(containerMemoryLimit(PHYSICAL, read)).toBe(512 * MB);
  });

  test('cgroup v2 "max" is no limit', () => {
    const read = files({
      '/proc/self/cgroup': '0::/\n',
      '/sys/fs/cgroup/memory.max': 'max\n',
    });
    expect(containerMemoryLimit(PHYSICAL, read)).toBeUndefined();
  });

  test('cgroup v2 outside a container: the smallest limit along the path, ancestors included', () => {
    const read = files({
      '/proc/self/cgroup': '0::/system.slice/gateway.service\n',
      '/sys/fs/cgroup/system.slice/gateway.service/memory.max': 'max\n',
      '/sys/fs/cgroup/system.slice/memory.max': '1073741824\n',
    });
    expect(containerMemoryLimit(PHYSICAL, read)).toBe(GB);
  });

  test('cgroup v1: memory.limit_in_bytes of the memory controller', () => {
    const read = files({
      '/proc/self/cgroup': '5:cpuacct,cpu:/\n4:memory:/docker/abc\n0::/\n',
      '/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes': '268435456\n',
      '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712\n',
    });
    expect(containerMemoryLimit(PHYSICAL, read)).toBe(256 * MB);
  });

  test('cgroup v1 without a limit reads 2^63 rounded to pages', () => {
    const read = files({
      '/proc/self/cgroup': '4:memory:/process_api/56a9\n',
      '/sys/fs/cgroup/memory/process_api/56a9/memory.limit_in_bytes': '9223372036854771712',
      '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712',
    });
    expect(containerMemoryLimit(PHYSICAL, read)).toBeUndefined();
  });

  test('a limit at or above the machine’s memory is no limit', () => {
    const read = files({
      '/proc/self/cgroup': '0::/\n',
      '/sys/fs/cgroup/memory.max': String(32 * GB),
    });
    expect(containerMemoryLimit(PHYSICAL, read)).toBeUndefined();
  });

  test('no cgroup information at all (another OS, /proc not mounted)', () => {
    expect(containerMemoryLimit(PHYSICAL, files({}))).toBeUndefined();
  });
});
