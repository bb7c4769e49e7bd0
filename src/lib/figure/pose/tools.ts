/**
 * Tool sizes in the figure's units (about 1 cm): a foam roller is 15 cm
 * across; balls are drawn a little larger than life (8 cm, not 6.5) so they
 * still read at phone size, the lacrosse ball a touch smaller than the tennis ball. Hand tools are the
 * working hand itself; their radius is the fingertip's (the hand segment's end).
 */
import { SPECS } from './skeleton';
import type { ToolId } from '../picture-spec';

export const TOOL_RADIUS: Record<ToolId, number> = {
  hand: SPECS.nearHand.rb,
  thumb: SPECS.nearHand.rb,
  fingers: SPECS.nearHand.rb,
  knuckles: SPECS.nearHand.rb,
  'tennis-ball': 4.2,
  'lacrosse-ball': 3.9,
  'two-balls-sock': 4.2,
  'foam-roller': 7.5,
};
