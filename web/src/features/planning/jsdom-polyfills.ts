// jsdom has no ResizeObserver; Mantine's SegmentedControl and Select ask for one.
// Imported by this feature's component tests only.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
