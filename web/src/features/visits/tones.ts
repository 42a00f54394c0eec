/**
 * Dark text for light-tinted badges and alerts. The app theme darkens only blue, grey text and
 * red; Mantine's green, orange and yellow (even shade 9) on their own tint stay under WCAG AA's
 * 4.5:1, so these are picked by hand (≥ 5.5:1 on the tint).
 */
const DARK: Record<string, string> = {
  green: "#1e6b2f",
  orange: "#a63a0b",
  yellow: "#8a5a00",
  gray: "var(--mantine-color-gray-8)",
  red: "var(--mantine-color-red-9)",
  blue: "var(--mantine-color-blue-9)",
};

const dark = (color: string) => DARK[color] ?? `var(--mantine-color-${color}-9)`;

export const badgeText = (color: string) => () => ({ root: { "--badge-color": dark(color) } });

export const alertText = (color: string) => () => ({ root: { "--alert-color": dark(color) } });
