import { type CSSVariablesResolver, createTheme } from "@mantine/core";

// Mantine's default shade 6 blue, grey and red fail WCAG AA contrast (4.5:1) on white for
// small text; links, hints and error messages use darker shades so axe finds nothing serious.
export const theme = createTheme({
  primaryShade: { light: 8, dark: 6 },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-anchor": "var(--mantine-color-blue-8)",
    // Text on light-tinted backgrounds (active nav link, light badges and buttons).
    "--mantine-primary-color-light-color": "var(--mantine-color-blue-9)",
    "--mantine-color-blue-light-color": "var(--mantine-color-blue-9)",
    "--mantine-color-red-light-color": "var(--mantine-color-red-9)",
  },
  dark: {},
});
