import { drawReasons } from './draw-reasons';

const held = (status: string, actions: string[] = []) => ({ status, actions });

describe('why an inspection target was drawn, read from its assignments as the draw weighed them', () => {
  it('puts an agency that never reported first', () => {
    expect(drawReasons([held('pending', ['opened'])])).toEqual(['never-reported']);
    expect(drawReasons([held('overdue', ['opened', 'overdue'])])).toEqual(['never-reported', 'overdue']);
  });

  it('names a report once overdue or returned, even when finally accepted', () => {
    expect(drawReasons([held('accepted', ['opened', 'overdue', 'submitted', 'accepted'])])).toEqual(['overdue']);
    expect(drawReasons([held('accepted', ['opened', 'submitted', 'returned', 'submitted', 'accepted'])])).toEqual([
      'returned',
    ]);
  });

  it('says nothing for an agency that reported well: it was drawn by lot', () => {
    expect(drawReasons([held('accepted', ['opened', 'submitted', 'accepted'])])).toEqual([]);
    expect(drawReasons([])).toEqual([]);
  });

  it('passes over waived and cancelled work', () => {
    expect(drawReasons([held('waived', ['opened', 'waived']), held('cancelled')])).toEqual([]);
  });
});
