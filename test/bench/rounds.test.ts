import { median, ratioSummary, rotated } from '../../bench/measure/rounds';

describe('interleaved rounds', () => {
  test('ratios are taken round by round, then summarised by their median and range', () => {
    // Round 2 ran while the machine was busy: both sides slowed down, their ratio did not.
    expect(ratioSummary([110, 45, 120, 90], [100, 50, 100, 100])).toEqual({
      median: 1.0,
      min: 0.9,
      max: 1.2,
      ratios: [1.1, 0.9, 1.2, 0.9],
    });
  });

  test('a round without a figure on either side is left out', () => {
    expect(ratioSummary([10, 20, 30], [0, 10])).toEqual({
      median: 2,
      min: 2,
      max: 2,
      ratios: [2],
    });
    expect(ratioSummary([], [])).toBeNull();
  });

  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  test('each round starts with the next contender', () => {
    const order = [0, 1, 2, 3].map((round) => rotated(['A', 'B', 'C'], round).join(''));
    expect(order).toEqual(['ABC', 'BCA', 'CAB', 'ABC']);
  });
});
