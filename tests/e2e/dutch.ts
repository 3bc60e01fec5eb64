/**
 * Dutch number formatting written out independently of the app's formatter, so end-to-end tests compare the
 * screen with the published data without trusting the code under test.
 */
export function dutch(value: number, decimals: number): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
