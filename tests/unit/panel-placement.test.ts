/** Where the panel sits (beside the article when there is room) and the middle-third rule of its scroll area. */
import { describe, expect, test } from 'vitest';
import { PANEL_GAP_PX, PANEL_MIN_WIDTH_PX, PANEL_WIDTH_PX, placePanel } from '../../src/content/panel/placement';
import { middleBandScroll } from '../../src/ui/use-keep-in-middle';

const AUTO = { side: 'auto' } as const;

describe('placePanel', () => {
  test('a wide window: full width beside the article, at the end side', () => {
    expect(placePanel(AUTO, 'right', 1600, { left: 400, right: 1100 })).toEqual({
      side: 'right',
      width: PANEL_WIDTH_PX,
      overlay: false,
    });
  });

  test('a little less room: narrower, still beside the article, never over its text', () => {
    const column = { left: 200, right: 1280 - PANEL_MIN_WIDTH_PX - 2 * PANEL_GAP_PX - 10 };
    const placement = placePanel(AUTO, 'right', 1280, column);
    expect(placement.overlay).toBe(false);
    expect(placement.width).toBeGreaterThanOrEqual(PANEL_MIN_WIDTH_PX);
    expect(1280 - PANEL_GAP_PX - placement.width).toBeGreaterThanOrEqual(column.right + PANEL_GAP_PX);
  });

  test('automatic side switches to the side with room; a chosen side is kept (overlaying)', () => {
    const column = { left: 420, right: 1200 }; // room only on the left
    expect(placePanel(AUTO, 'right', 1280, column)).toMatchObject({ side: 'left', overlay: false });
    expect(placePanel({ side: 'right' }, 'right', 1280, column)).toMatchObject({ side: 'right', overlay: true });
  });

  test('a narrow window or an unknown column: over the page at the chosen side', () => {
    expect(placePanel(AUTO, 'left', 800, { left: 20, right: 780 })).toMatchObject({ side: 'left', overlay: true });
    expect(placePanel({ side: 'left' }, 'right', 1280, null)).toEqual({
      side: 'left',
      width: PANEL_WIDTH_PX,
      overlay: true,
    });
    expect(placePanel(AUTO, 'right', 300, null).width).toBe(300 - 2 * PANEL_GAP_PX);
  });
});

describe('middleBandScroll', () => {
  const area = { top: 100, height: 600 }; // middle third: 300..500
  test('a row inside the middle third stays where it is', () => {
    expect(middleBandScroll({ top: 320, bottom: 350 }, area)).toBe(0);
  });
  test('a row near the bottom or top edge is brought to the middle', () => {
    expect(middleBandScroll({ top: 680, bottom: 700 }, area)).toBe(690 - 400);
    expect(middleBandScroll({ top: 110, bottom: 130 }, area)).toBe(120 - 400);
  });
});
