import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, vi } from "vitest";
import type { Locale } from "../api/types.ts";
import { I18nProvider } from "../i18n/i18n.tsx";

// jsdom has no matchMedia; Mantine asks it for the colour scheme and breakpoints.
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Nor document.fonts, which the autosizing textarea listens to.
if (typeof document !== "undefined" && !("fonts" in document)) {
  Object.defineProperty(document, "fonts", {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

// Nor ResizeObserver, which Mantine's Select, SegmentedControl and scroll areas ask for.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Every component test file imports this module: one place to unmount and unstub after each.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders with the app's providers; each call gets a fresh cache so tests never share data. */
export function renderWithProviders(ui: ReactElement, locale: Locale = "en") {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider>
      <I18nProvider locale={locale}>
        <QueryClientProvider client={client}>{ui}</QueryClientProvider>
      </I18nProvider>
    </MantineProvider>,
  );
}

/** What the app sent, read from the `Request` the API client passes to `fetch`. */
export async function sent(
  call: unknown[],
): Promise<{ path: string; method: string; body: unknown }> {
  const request = call[0] as Request;
  const url = new URL(request.url);
  const text = await request.clone().text();
  return {
    path: url.pathname + url.search,
    method: request.method,
    body: text ? JSON.parse(text) : undefined,
  };
}
