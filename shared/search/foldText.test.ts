import { describe, expect, it } from 'vitest';
import { foldText } from './foldText';

describe('foldText', () => {
  it.each([
    ['José ÁLVAREZ', 'jose alvarez'],
    ['Zoë Straße', 'zoe straße'],
    ['ＡＢＣ', 'abc'],
    ['Мария', 'мария'],
    ['ąčęėįšųūž', 'aceeisuuz'],
    ['plain@example.com', 'plain@example.com'],
    ['UC_x5XG1OV2P6uZZ5FSM9Ttw', 'uc_x5xg1ov2p6uzz5fsm9ttw'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('keeps scripts without case or marks intact', () => {
    expect(foldText('王小明')).toBe('王小明');
  });
});
