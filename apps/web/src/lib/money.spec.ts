import { formatFen, yuanToFen } from './money';

describe('yuan typed in the form becomes integer fen exactly', () => {
  it.each([
    ['3600', 360000],
    ['3600.5', 360050],
    ['0.29', 29],
    ['1.13', 113],
    ['0', 0],
    ['007.07', 707],
    ['36,000.00', 3600000],
    ['  12.30 ', 1230],
    ['３６００．５０', 360050],
    ['9999999999999.99', 999999999999999],
  ])('%s yuan → %d fen', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it('has no floating-point drift on any amount with two decimals', () => {
    for (let fen = 0; fen < 100_000; fen += 7) {
      expect(yuanToFen(formatFen(fen, false))).toBe(fen);
    }
  });

  it.each(['', '-5', '1.234', '1e3', '12.', '.5', 'abc', '1 000', '10000000000000'])('refuses %p', (text) => {
    expect(yuanToFen(text)).toBeUndefined();
  });
});

describe('fen shown as yuan', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatFen(3_600_050)).toBe('36,000.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(120_000, false)).toBe('1200.00');
  });
});
