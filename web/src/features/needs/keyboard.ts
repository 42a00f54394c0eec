import type { KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Arrow keys jump a keyboard-dragged card to the centre of the next column (left/right, or
 * up/down for the same order), instead of dnd-kit's default 25 px nudges.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { collisionRect, droppableRects, droppableContainers } = args.context;
  const step =
    event.code === "ArrowRight" || event.code === "ArrowDown"
      ? 1
      : event.code === "ArrowLeft" || event.code === "ArrowUp"
        ? -1
        : 0;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [rect.left + rect.width / 2] : [];
    })
    .sort((a, b) => a - b);
  const target =
    step > 0 ? columns.find((x) => x > centre + 1) : columns.findLast((x) => x < centre - 1);
  if (target === undefined) return args.currentCoordinates;
  return { x: args.currentCoordinates.x + (target - centre), y: args.currentCoordinates.y };
};
